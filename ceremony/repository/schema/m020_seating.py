"""Migration 20: what auto-seating needs to re-run stably.

``assignments.rank`` remembers the rank a person had when seated, so a re-run
can tell who changed rank; ``assignments.source`` is "auto" or "manual".
"""

SQL = """
    ALTER TABLE assignments ADD COLUMN rank INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE assignments ADD COLUMN source TEXT NOT NULL DEFAULT 'manual';
    CREATE INDEX seats_zone ON seats(zone_id);
    """
