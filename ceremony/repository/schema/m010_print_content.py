"""Migration 10: the print log remembers a digest of what each printed item showed.

A badge needs reprinting when anything printed on it changed — name, unit, seat,
class text, a reissued code — not only when the attendee record's version moved.
"""

SQL = """
    ALTER TABLE print_log ADD COLUMN content TEXT NOT NULL DEFAULT '';
    ALTER TABLE print_log ADD COLUMN job INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX print_log_kind_attendee ON print_log(kind, attendee_id, id);
"""
