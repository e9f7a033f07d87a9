"""Migration 47: copies of one event on several desks stay in step (LAN sync).

* ``attendees.uid``: a person's identity across copies. Local ids differ between
  desks (two desks each register a walk-in as #301); the uid, made where the
  person was first written, never does. A trigger fills it for every insert.
* ``sync_records``: every change that travels between copies, once, by uuid.
  On the host ``seq`` numbers them in log order; on a desk ``acked_by`` names
  the host log that acknowledged the record (a different host log gets it again).
* ``sync_heads``: for each synchronised value (a person's roster fields, their
  attendance mark, their seat, a badge code) the stamp and digest of the version
  this copy holds, so every copy picks the same winner and sees its own changes.
* ``sync_state``: this copy's role, host log id, pull position, pinned host.
* the ``sync_file_key`` setting signs the no-network exchange files; every copy of the event has it
  (it is not the badge-signing secret, which never leaves the organiser's file).
"""

SQL = """
    ALTER TABLE attendees ADD COLUMN uid TEXT NOT NULL DEFAULT '';
    UPDATE attendees SET uid = lower(hex(randomblob(16))) WHERE uid = '';
    CREATE UNIQUE INDEX attendees_uid ON attendees(uid) WHERE uid <> '';
    CREATE TRIGGER attendees_uid_default AFTER INSERT ON attendees WHEN NEW.uid = ''
    BEGIN
        UPDATE attendees SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
    END;
    CREATE TABLE sync_records (
        uuid TEXT PRIMARY KEY,
        kind TEXT NOT NULL,            -- checkin, person, mark, seat, badge
        key TEXT NOT NULL DEFAULT '',  -- what it is about: a person uid, a badge token
        ref TEXT NOT NULL DEFAULT '',  -- an undo: the uuid of the check-in it undoes
        stamp TEXT NOT NULL DEFAULT '',
        origin TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '{}',
        seq INTEGER UNIQUE,            -- host only: position in the host's log
        acked_by TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX sync_records_acked ON sync_records(acked_by);
    CREATE INDEX sync_records_ref ON sync_records(ref) WHERE ref <> '';
    CREATE TABLE sync_heads (
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        stamp TEXT NOT NULL DEFAULT '',
        uuid TEXT NOT NULL DEFAULT '',
        digest TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (kind, key)
    );
    CREATE TABLE sync_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    INSERT OR IGNORE INTO settings (key, value) VALUES ('sync_file_key', '"' || lower(hex(randomblob(32))) || '"');
    """
