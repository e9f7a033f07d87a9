"""Migration 48: LAN sync looks only at people, seats and badge codes written since its last look.

Triggers note each changed person (by uid) and badge code in ``sync_dirty``; the sync
thread journals those and clears the note in one transaction. Everything present is
noted once here, so the first look after upgrading compares every row as before.
"""

SQL = """
    CREATE TABLE sync_dirty (
        kind TEXT NOT NULL,            -- attendee or badge
        key TEXT NOT NULL,             -- a person's uid or a badge token
        PRIMARY KEY (kind, key)
    ) WITHOUT ROWID;
    INSERT OR IGNORE INTO sync_dirty SELECT 'attendee', uid FROM attendees WHERE uid <> '';
    INSERT OR IGNORE INTO sync_dirty SELECT 'badge', token FROM badge_codes;
    CREATE TRIGGER sync_dirty_attendee_insert AFTER INSERT ON attendees WHEN NEW.uid <> ''
    BEGIN INSERT OR IGNORE INTO sync_dirty VALUES ('attendee', NEW.uid); END;
    CREATE TRIGGER sync_dirty_attendee_update AFTER UPDATE ON attendees WHEN NEW.uid <> ''
    BEGIN INSERT OR IGNORE INTO sync_dirty VALUES ('attendee', NEW.uid); END;
    CREATE TRIGGER sync_dirty_seat_insert AFTER INSERT ON assignments
    BEGIN INSERT OR IGNORE INTO sync_dirty SELECT 'attendee', uid FROM attendees WHERE id = NEW.attendee_id; END;
    CREATE TRIGGER sync_dirty_seat_update AFTER UPDATE ON assignments
    BEGIN
        INSERT OR IGNORE INTO sync_dirty SELECT 'attendee', uid FROM attendees WHERE id IN (OLD.attendee_id, NEW.attendee_id);
    END;
    CREATE TRIGGER sync_dirty_seat_delete AFTER DELETE ON assignments
    BEGIN INSERT OR IGNORE INTO sync_dirty SELECT 'attendee', uid FROM attendees WHERE id = OLD.attendee_id; END;
    CREATE TRIGGER sync_dirty_badge_insert AFTER INSERT ON badge_codes
    BEGIN INSERT OR IGNORE INTO sync_dirty VALUES ('badge', NEW.token); END;
    CREATE TRIGGER sync_dirty_badge_update AFTER UPDATE ON badge_codes
    BEGIN INSERT OR IGNORE INTO sync_dirty VALUES ('badge', NEW.token); END;
    """
