"""Migration 30: the check-in log can be merged between desks and never counts anyone twice.

* ``uuid``: a per-row id, so logs exported from one desk merge into another idempotently.
* ``input``: what the scanner read (trimmed), kept for the 签到明细.
* One active arrival per attendee, enforced by the database itself: two desks (or two
  threads) scanning the same badge in the same millisecond cannot both count.
"""

SQL = """
    ALTER TABLE checkins ADD COLUMN uuid TEXT NOT NULL DEFAULT '';
    ALTER TABLE checkins ADD COLUMN input TEXT NOT NULL DEFAULT '';
    UPDATE checkins SET uuid = lower(hex(randomblob(16))) WHERE uuid = '';
    CREATE UNIQUE INDEX checkins_uuid ON checkins(uuid) WHERE uuid <> '';
    CREATE UNIQUE INDEX checkins_one_arrival ON checkins(attendee_id)
        WHERE status = 'ok' AND undone = 0 AND attendee_id IS NOT NULL;
    """
