"""Migration 1: the base schema."""

SQL = """
    CREATE TABLE event (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        uid TEXT NOT NULL,
        name TEXT NOT NULL,
        starts_at TEXT NOT NULL,
        venue TEXT NOT NULL DEFAULT '',
        theme TEXT NOT NULL DEFAULT '',
        hosts TEXT NOT NULL DEFAULT '[]',
        organiser TEXT NOT NULL DEFAULT '',
        secret TEXT NOT NULL
    );
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE categories (
        name TEXT PRIMARY KEY,
        badge_class TEXT NOT NULL DEFAULT '代表证',
        color TEXT NOT NULL DEFAULT '#c00000',
        zone TEXT NOT NULL DEFAULT '',
        sort INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE attendees (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        gender TEXT NOT NULL DEFAULT '',
        unit TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT '',
        rank INTEGER NOT NULL DEFAULT 0,
        phone TEXT NOT NULL DEFAULT '',
        id_number TEXT NOT NULL DEFAULT '',
        plate TEXT NOT NULL DEFAULT '',
        on_rostrum INTEGER NOT NULL DEFAULT 0,
        speaker INTEGER NOT NULL DEFAULT 0,
        rsvp TEXT NOT NULL DEFAULT 'yes',
        notes TEXT NOT NULL DEFAULT '',
        badge_no TEXT NOT NULL DEFAULT '',
        attendance TEXT NOT NULL DEFAULT '',
        attendance_reason TEXT NOT NULL DEFAULT '',
        substitute_name TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX attendees_unit ON attendees(unit);
    CREATE INDEX attendees_phone ON attendees(phone);
    CREATE INDEX attendees_category ON attendees(category);
    CREATE TABLE venue_sections (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('rostrum', 'hall')),
        sort INTEGER NOT NULL DEFAULT 0,
        numbering TEXT NOT NULL DEFAULT 'plain'
    );
    CREATE TABLE zones (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        color TEXT NOT NULL DEFAULT '#dddddd',
        category TEXT NOT NULL DEFAULT '',
        unit TEXT NOT NULL DEFAULT '',
        sort INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE seats (
        id INTEGER PRIMARY KEY,
        section_id INTEGER NOT NULL REFERENCES venue_sections(id) ON DELETE CASCADE,
        row INTEGER NOT NULL,          -- 1 = front
        x INTEGER NOT NULL,            -- physical position from the audience's left, 1-based, aisles leave gaps
        number TEXT NOT NULL,          -- printed seat number
        blocked INTEGER NOT NULL DEFAULT 0,
        reserved TEXT NOT NULL DEFAULT '',
        zone_id INTEGER REFERENCES zones(id) ON DELETE SET NULL,
        UNIQUE (section_id, row, x)
    );
    CREATE TABLE assignments (
        seat_id INTEGER PRIMARY KEY REFERENCES seats(id) ON DELETE CASCADE,
        attendee_id INTEGER NOT NULL UNIQUE REFERENCES attendees(id) ON DELETE CASCADE,
        locked INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE badge_codes (
        token TEXT PRIMARY KEY,
        attendee_id INTEGER NOT NULL REFERENCES attendees(id) ON DELETE CASCADE,
        issued_at TEXT NOT NULL,
        revoked_at TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX badge_codes_attendee ON badge_codes(attendee_id);
    CREATE TABLE checkins (
        id INTEGER PRIMARY KEY,
        attendee_id INTEGER REFERENCES attendees(id) ON DELETE SET NULL,
        at TEXT NOT NULL,              -- local ISO time, seconds precision or finer
        desk TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL,            -- scan, search, manual, walkin, refused, undo ...
        status TEXT NOT NULL DEFAULT '',
        temperature REAL,
        health_code TEXT NOT NULL DEFAULT '',
        trip_flag INTEGER,
        mask INTEGER,
        reason TEXT NOT NULL DEFAULT '',
        substitute_name TEXT NOT NULL DEFAULT '',
        undoes INTEGER REFERENCES checkins(id),
        undone INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX checkins_attendee ON checkins(attendee_id);
    CREATE TABLE print_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,            -- badge, table_card, signin_sheet, sign, seating_chart ...
        attendee_id INTEGER REFERENCES attendees(id) ON DELETE SET NULL,
        attendee_version INTEGER,
        layout TEXT NOT NULL DEFAULT '',
        target TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX print_log_attendee ON print_log(attendee_id);
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        desk TEXT NOT NULL DEFAULT '',
        action TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '{}'
    );
    """
