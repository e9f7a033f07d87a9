"""SQL for the venue: sections, zones, seats and seat assignments."""

from __future__ import annotations


class VenueQueries:
    def sections(self) -> list[dict]:
        return self.query("SELECT * FROM venue_sections ORDER BY sort, id")

    def insert_section(self, name: str, kind: str, sort: int = 0, numbering: str = "plain") -> int:
        cur = self.conn.execute(
            "INSERT INTO venue_sections (name, kind, sort, numbering) VALUES (?, ?, ?, ?)",
            (name, kind, sort, numbering),
        )
        return cur.lastrowid

    def zones(self) -> list[dict]:
        return self.query("SELECT * FROM zones ORDER BY sort, id")

    def insert_zone(self, name: str, color: str, category: str = "", unit: str = "", sort: int = 0) -> int:
        cur = self.conn.execute(
            "INSERT INTO zones (name, color, category, unit, sort) VALUES (?, ?, ?, ?, ?)",
            (name, color, category, unit, sort),
        )
        return cur.lastrowid

    def seats(self) -> list[dict]:
        return self.query(
            "SELECT seats.*, venue_sections.kind AS section_kind, venue_sections.name AS section_name"
            " FROM seats JOIN venue_sections ON venue_sections.id = seats.section_id"
            " ORDER BY venue_sections.sort, seats.row, seats.x"
        )

    def insert_seats(self, rows: list[tuple]) -> None:
        """rows: (section_id, row, x, number, blocked, reserved, zone_id)."""
        self.conn.executemany(
            "INSERT INTO seats (section_id, row, x, number, blocked, reserved, zone_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def seat_count(self, kind: str | None = None) -> int:
        if kind is None:
            return self.scalar("SELECT COUNT(*) FROM seats")
        return self.scalar(
            "SELECT COUNT(*) FROM seats JOIN venue_sections s ON s.id = seats.section_id WHERE s.kind = ?", (kind,)
        )

    def assignments(self) -> list[dict]:
        return self.query("SELECT * FROM assignments")

    def assignment_count(self) -> int:
        return self.scalar("SELECT COUNT(*) FROM assignments")

    def seat_of(self, attendee_id: int) -> dict | None:
        rows = self.query(
            "SELECT seats.*, venue_sections.kind AS section_kind, venue_sections.name AS section_name,"
            " zones.name AS zone_name, assignments.locked AS locked"
            " FROM assignments JOIN seats ON seats.id = assignments.seat_id"
            " JOIN venue_sections ON venue_sections.id = seats.section_id"
            " LEFT JOIN zones ON zones.id = seats.zone_id WHERE assignments.attendee_id = ?",
            (attendee_id,),
        )
        return rows[0] if rows else None
