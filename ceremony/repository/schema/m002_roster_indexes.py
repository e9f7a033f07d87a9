"""Migration 2: indexes the roster's duplicate checks and rank orders use."""

SQL = """
    CREATE INDEX IF NOT EXISTS attendees_name ON attendees(name);
    CREATE INDEX IF NOT EXISTS attendees_rank ON attendees(rank);
    """
