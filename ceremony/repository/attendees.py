"""SQL for the roster."""

from __future__ import annotations

from collections.abc import Iterable

from ceremony.errors import NotFound
from ceremony.models import Attendee
from ceremony.repository.base import Queries

_COLUMNS = [f for f in Attendee.field_names() if f != "id"]


class AttendeeQueries(Queries):
    def attendees(self, order: str = "rank") -> list[Attendee]:
        order_sql = {"rank": "CASE WHEN rank = 0 THEN 1 ELSE 0 END, rank, id", "id": "id"}[order]
        rows = self.conn.execute(f"SELECT * FROM attendees ORDER BY {order_sql}").fetchall()
        return [Attendee.from_row(dict(r)) for r in rows]

    def attendee(self, attendee_id: int) -> Attendee:
        row = self.conn.execute("SELECT * FROM attendees WHERE id = ?", (attendee_id,)).fetchone()
        if row is None:
            raise NotFound("attendee", attendee_id)
        return Attendee.from_row(dict(row))

    def attendee_count(self) -> int:
        return self.count("attendees")

    def insert_attendee(self, person: Attendee, **overrides) -> int:
        """Insert one person (with ``person.id`` when given); ``overrides`` replace fields of the row."""
        row = person.to_row()
        row.update(overrides)
        cols = _COLUMNS + (["id"] if person.id is not None else [])
        sql = f"INSERT INTO attendees ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"
        return self.insert_row(sql, [row[c] for c in cols])

    def insert_attendees(self, people: Iterable[Attendee]) -> None:
        sql = f"INSERT INTO attendees ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' for _ in _COLUMNS)})"
        self.conn.executemany(sql, ([p.to_row()[c] for c in _COLUMNS] for p in people))

    def update_attendee(self, person: Attendee) -> None:
        row = person.to_row()
        sets = ", ".join(f"{c} = ?" for c in _COLUMNS)
        cur = self.conn.execute(f"UPDATE attendees SET {sets} WHERE id = ?", [row[c] for c in _COLUMNS] + [person.id])
        if cur.rowcount == 0:
            raise NotFound("attendee", person.id)

    def delete_attendee(self, attendee_id: int) -> None:
        self.conn.execute("DELETE FROM attendees WHERE id = ?", (attendee_id,))

    # --- roster service helpers (search index, undo, ranking) ------------------------------------
    def attendees_by_ids(self, ids: list[int]) -> dict[int, Attendee]:
        """The attendees with these ids (missing ones left out), keyed by id."""
        out: dict[int, Attendee] = {}
        ids = list(ids)
        for start in range(0, len(ids), 500):   # stay under SQLite's bound-parameter limit
            chunk = ids[start:start + 500]
            sql = f"SELECT * FROM attendees WHERE id IN ({', '.join('?' for _ in chunk)})"
            for row in self.conn.execute(sql, chunk).fetchall():
                out[row["id"]] = Attendee.from_row(dict(row))
        return out

    def attendee_fingerprint(self) -> tuple:
        """Changes whenever someone is added, removed or edited through a version bump."""
        row = self.conn.execute(
            "SELECT COUNT(*), COALESCE(MAX(id), 0), COALESCE(SUM(version), 0), COALESCE(MAX(updated_at), '') "
            "FROM attendees").fetchone()
        data_version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        return tuple(row) + (data_version,)

    def max_rank(self) -> int:
        return self.scalar("SELECT COALESCE(MAX(rank), 0) FROM attendees")

    def set_rank(self, attendee_id: int, rank: int) -> None:
        self.conn.execute("UPDATE attendees SET rank = ? WHERE id = ?", (rank, attendee_id))

    def attendee_links(self, attendee_id: int) -> dict:
        """Rows that point at an attendee and would be lost or cut by deleting them (for undo)."""
        return {
            "assignments": self.query("SELECT seat_id, locked FROM assignments WHERE attendee_id = ?",
                                      (attendee_id,)),
            "badge_codes": self.query("SELECT token, issued_at, revoked_at FROM badge_codes WHERE attendee_id = ?",
                                      (attendee_id,)),
            "checkins": [r["id"] for r in self.query("SELECT id FROM checkins WHERE attendee_id = ?",
                                                     (attendee_id,))],
            "print_log": [r["id"] for r in self.query("SELECT id FROM print_log WHERE attendee_id = ?",
                                                      (attendee_id,))],
        }

    def restore_attendee_links(self, attendee_id: int, links: dict) -> None:
        """Put back what :meth:`attendee_links` saw; a seat taken meanwhile stays with its new owner."""
        for a in links.get("assignments", ()):
            self.conn.execute("INSERT OR IGNORE INTO assignments (seat_id, attendee_id, locked) VALUES (?, ?, ?)",
                              (a["seat_id"], attendee_id, a["locked"]))
        for b in links.get("badge_codes", ()):
            self.conn.execute("INSERT OR IGNORE INTO badge_codes (token, attendee_id, issued_at, revoked_at) "
                              "VALUES (?, ?, ?, ?)", (b["token"], attendee_id, b["issued_at"], b["revoked_at"]))
        for table in ("checkins", "print_log"):
            for row_id in links.get(table, ()):
                self.conn.execute(f"UPDATE {table} SET attendee_id = ? WHERE id = ? AND attendee_id IS NULL",
                                  (attendee_id, row_id))
