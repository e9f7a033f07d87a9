"""SQL for the roster."""

from __future__ import annotations

from typing import Iterable

from ..errors import NotFound
from ..models import Attendee

_COLUMNS = [f for f in Attendee.field_names() if f != "id"]


class AttendeeQueries:
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
        return self.scalar("SELECT COUNT(*) FROM attendees")

    def insert_attendee(self, person: Attendee) -> int:
        row = person.to_row()
        cols = _COLUMNS + (["id"] if person.id is not None else [])
        sql = f"INSERT INTO attendees ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"
        cur = self.conn.execute(sql, [row[c] for c in cols])
        return cur.lastrowid

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
