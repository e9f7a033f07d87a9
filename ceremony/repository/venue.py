"""SQL for the venue: sections, zones, seats and seat assignments."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ceremony.models import Assignment, Seat, Section, Zone
from ceremony.repository.base import Queries

_SEAT_SELECT = (
    "SELECT seats.*, venue_sections.kind AS section_kind, venue_sections.name AS section_name,"
    " venue_sections.sort AS section_sort, zones.name AS zone_name, zones.color AS zone_color,"
    " assignments.attendee_id AS attendee_id, COALESCE(assignments.locked, 0) AS locked,"
    " assignments.rank AS assigned_rank"
    " FROM seats JOIN venue_sections ON venue_sections.id = seats.section_id"
    " LEFT JOIN zones ON zones.id = seats.zone_id"
    " LEFT JOIN assignments ON assignments.seat_id = seats.id"
)


class VenueQueries(Queries):
    def _seats(self, sql: str, params: Sequence[Any] = ()) -> list[Seat]:
        return [Seat.from_row(r) for r in self.conn.execute(sql, params).fetchall()]

    def sections(self) -> list[Section]:
        return [Section.from_row(r) for r in self.conn.execute("SELECT * FROM venue_sections ORDER BY sort, id")]

    def insert_section(self, name: str, kind: str, sort: int = 0, numbering: str = "plain") -> int:
        return self.insert_into("venue_sections", {"name": name, "kind": kind, "sort": sort, "numbering": numbering})

    def zones(self) -> list[Zone]:
        return [Zone.from_row(r) for r in self.conn.execute("SELECT * FROM zones ORDER BY sort, id")]

    def insert_zone(self, name: str, color: str, category: str = "", unit: str = "", sort: int = 0) -> int:
        return self.insert_into("zones", {"name": name, "color": color, "category": category, "unit": unit,
                                            "sort": sort})

    def seats(self) -> list[Seat]:
        """Every seat with its section (no zone or occupant), in section, row, x order."""
        return self._seats(
            "SELECT seats.*, venue_sections.kind AS section_kind, venue_sections.name AS section_name"
            " FROM seats JOIN venue_sections ON venue_sections.id = seats.section_id"
            " ORDER BY venue_sections.sort, seats.row, seats.x"
        )

    def seat_rows(self) -> list[Seat]:
        """Every seat with its section, zone and occupant (one query: the plan and auto-seating read it)."""
        return self._seats(_SEAT_SELECT + " ORDER BY venue_sections.sort, venue_sections.id, seats.row, seats.x")

    def seat_row(self, seat_id: int) -> Seat | None:
        rows = self._seats(_SEAT_SELECT + " WHERE seats.id = ?", (seat_id,))
        return rows[0] if rows else None

    def insert_seats(self, rows: list[tuple]) -> None:
        """rows: (section_id, row, x, number, blocked, reserved, zone_id)."""
        self.conn.executemany(
            "INSERT INTO seats (section_id, row, x, number, blocked, reserved, zone_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def clear_venue(self) -> None:
        """Remove every seat, section and zone (assignments go with the seats)."""
        self.conn.execute("DELETE FROM assignments")
        self.conn.execute("DELETE FROM seats")
        self.conn.execute("DELETE FROM venue_sections")
        self.conn.execute("DELETE FROM zones")

    def seat_count(self, kind: str | None = None) -> int:
        if kind is None:
            return self.count("seats")
        return self.scalar(
            "SELECT COUNT(*) FROM seats JOIN venue_sections s ON s.id = seats.section_id WHERE s.kind = ?", (kind,)
        )

    def assignments(self) -> list[Assignment]:
        return [Assignment.from_row(r) for r in self.conn.execute("SELECT * FROM assignments")]

    def assignment_count(self) -> int:
        return self.count("assignments")

    def delete_assignments(self, seat_ids=(), attendee_ids=()) -> None:
        self.conn.executemany("DELETE FROM assignments WHERE seat_id = ?", ((s,) for s in seat_ids))
        self.conn.executemany("DELETE FROM assignments WHERE attendee_id = ?", ((a,) for a in attendee_ids))

    def insert_assignments(self, rows) -> None:
        """rows: (seat_id, attendee_id, locked, rank, source)."""
        self.conn.executemany(
            "INSERT INTO assignments (seat_id, attendee_id, locked, rank, source) VALUES (?, ?, ?, ?, ?)", rows)

    def clear_assignments(self, keep_locked: bool = True) -> None:
        self.conn.execute("DELETE FROM assignments" + (" WHERE locked = 0" if keep_locked else ""))

    def set_seat_flags(self, seat_ids, blocked: int | None = None, reserved: str | None = None,
                       zone_id: int | None | bool = False) -> None:
        """Change blocked / reserved / zone of some seats (``zone_id=False`` leaves the zone alone)."""
        for seat_id in seat_ids:
            if blocked is not None:
                self.conn.execute("UPDATE seats SET blocked = ? WHERE id = ?", (blocked, seat_id))
            if reserved is not None:
                self.conn.execute("UPDATE seats SET reserved = ? WHERE id = ?", (reserved, seat_id))
            if zone_id is not False:
                self.conn.execute("UPDATE seats SET zone_id = ? WHERE id = ?", (zone_id, seat_id))

    def seat_of(self, attendee_id: int) -> Seat | None:
        rows = self._seats(
            "SELECT seats.*, venue_sections.kind AS section_kind, venue_sections.name AS section_name,"
            " zones.name AS zone_name, zones.color AS zone_color, assignments.locked AS locked"
            " FROM assignments JOIN seats ON seats.id = assignments.seat_id"
            " JOIN venue_sections ON venue_sections.id = seats.section_id"
            " LEFT JOIN zones ON zones.id = seats.zone_id WHERE assignments.attendee_id = ?",
            (attendee_id,),
        )
        return rows[0] if rows else None

    # --- venue edits (the seating service diffs a spec against what is stored) -------------------
    def update_section(self, section_id: int, kind: str, sort: int, numbering: str) -> None:
        self.conn.execute("UPDATE venue_sections SET kind = ?, sort = ?, numbering = ? WHERE id = ?",
                          (kind, sort, numbering, section_id))

    def delete_section(self, section_id: int) -> None:
        self.conn.execute("DELETE FROM venue_sections WHERE id = ?", (section_id,))

    def update_zone(self, zone_id: int, color: str, category: str, unit: str, sort: int) -> None:
        self.conn.execute("UPDATE zones SET color = ?, category = ?, unit = ?, sort = ? WHERE id = ?",
                          (color, category, unit, sort, zone_id))

    def delete_zone(self, zone_id: int) -> None:
        self.conn.execute("DELETE FROM zones WHERE id = ?", (zone_id,))

    def update_seats(self, rows) -> None:
        """rows: (number, blocked, reserved, zone_id, seat_id)."""
        self.conn.executemany("UPDATE seats SET number = ?, blocked = ?, reserved = ?, zone_id = ? WHERE id = ?", rows)

    def delete_seats(self, seat_ids) -> None:
        self.conn.executemany("DELETE FROM seats WHERE id = ?", ((s,) for s in seat_ids))

    def unassign_blocked(self) -> int:
        cur = self.conn.execute("DELETE FROM assignments WHERE seat_id IN (SELECT id FROM seats WHERE blocked = 1)")
        return cur.rowcount

    # --- lookups the seating service's operations use ---------------------------------------------
    def seat_keys(self) -> dict[tuple[str, int, int], int]:
        """(section name, row, x) → seat id for every seat."""
        rows = self.conn.execute("SELECT v.name, seats.row, seats.x, seats.id FROM seats"
                                 " JOIN venue_sections v ON v.id = seats.section_id").fetchall()
        return {(r[0], r[1], r[2]): r[3] for r in rows}

    def seat_id_at(self, section: str, row: int, x: int) -> int | None:
        return self.scalar("SELECT seats.id FROM seats JOIN venue_sections v ON v.id = seats.section_id"
                           " WHERE v.name = ? AND seats.row = ? AND seats.x = ?", (section, row, x))

    def assignments_touching(self, seat_ids, attendee_ids) -> list[Assignment]:
        """Assignment rows on any of ``seat_ids`` or held by any of ``attendee_ids``."""
        found: dict[int, Assignment] = {}
        for column, values in (("seat_id", list(seat_ids)), ("attendee_id", list(attendee_ids))):
            for i in range(0, len(values), 500):
                chunk = values[i:i + 500]
                sql = f"SELECT * FROM assignments WHERE {column} IN ({','.join('?' * len(chunk))})"
                for r in self.conn.execute(sql, chunk):
                    found[r["seat_id"]] = Assignment.from_row(r)
        return list(found.values())

    def attendee_ranks(self, attendee_ids) -> dict[int, int]:
        values, out = list(attendee_ids), {}
        for i in range(0, len(values), 500):
            chunk = values[i:i + 500]
            for r in self.query(f"SELECT id, rank FROM attendees WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                out[r["id"]] = r["rank"]
        return out

    def move_seats(self, moves) -> None:
        """moves: (seat_id, new_row, new_x). Two steps, so seats may trade places without a UNIQUE clash."""
        moves = list(moves)
        self.conn.executemany("UPDATE seats SET row = -id, x = -id WHERE id = ?", ((m[0],) for m in moves))
        self.conn.executemany("UPDATE seats SET row = ?, x = ? WHERE id = ?", ((m[1], m[2], m[0]) for m in moves))
