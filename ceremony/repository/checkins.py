"""SQL for the check-in log (append-only) and badge codes."""

from __future__ import annotations

from ceremony.models import CheckinEntry
from ceremony.repository.base import Queries

_INSERT_CHECKIN = (f"INSERT INTO checkins ({', '.join(CheckinEntry.STORED)})"
                   f" VALUES ({', '.join('?' for _ in CheckinEntry.STORED)})")


class CheckinQueries(Queries):
    def _entries(self, sql: str, params=()) -> list[CheckinEntry]:
        return [CheckinEntry.from_row(r) for r in self.conn.execute(sql, params).fetchall()]

    def _entry(self, sql: str, params=()) -> CheckinEntry | None:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else CheckinEntry.from_row(row)

    def checkins(self) -> list[CheckinEntry]:
        return self._entries("SELECT * FROM checkins ORDER BY id")

    def checkin_count(self) -> int:
        return self.count("checkins")

    # --- the check-in log ------------------------------------------------------------------
    def insert_checkin(self, entry: CheckinEntry) -> int:
        """Append one log row (its ``id`` and the roster fields are ignored); returns the new id."""
        values = [getattr(entry, c) for c in CheckinEntry.STORED]
        return self.insert_row(_INSERT_CHECKIN, values)

    def checkin_row(self, checkin_id: int) -> CheckinEntry | None:
        return self._entry("SELECT * FROM checkins WHERE id = ?", (checkin_id,))

    def active_arrival(self, attendee_id: int) -> CheckinEntry | None:
        """The attendee's counted arrival row, if any (at most one: a unique index says so)."""
        return self._entry("SELECT * FROM checkins WHERE attendee_id = ? AND status = 'ok' AND undone = 0",
                           (attendee_id,))

    def active_arrivals(self) -> list[CheckinEntry]:
        return self._entries("SELECT * FROM checkins WHERE status = 'ok' AND undone = 0 AND attendee_id IS NOT NULL")

    def set_checkin_undone(self, checkin_id: int) -> None:
        self.conn.execute("UPDATE checkins SET undone = 1 WHERE id = ?", (checkin_id,))

    def set_checkin_status(self, checkin_id: int, status: str, reason: str) -> None:
        self.conn.execute("UPDATE checkins SET status = ?, reason = ? WHERE id = ?", (status, reason, checkin_id))

    def recent_checkins(self, limit: int = 50) -> list[CheckinEntry]:
        """Newest log rows first, with the attendee's name and unit."""
        return self._entries(
            "SELECT checkins.*, attendees.name AS name, attendees.unit AS unit FROM checkins"
            " LEFT JOIN attendees ON attendees.id = checkins.attendee_id ORDER BY checkins.id DESC LIMIT ?",
            (limit,),
        )

    def checkin_by_uuid(self, uuid: str) -> CheckinEntry | None:
        return self._entry("SELECT * FROM checkins WHERE uuid = ?", (uuid,))

    def remeasure_asked_since(self, attendee_id: int, since: str) -> bool:
        """Did any desk ask this guest to be re-measured (fever) after ``since``?"""
        return self.scalar(
            "SELECT 1 FROM audit_log WHERE action = 'scan' AND at >= ?"
            " AND json_extract(detail, '$.result') = 'remeasure' AND json_extract(detail, '$.attendee_id') = ?"
            " LIMIT 1", (since, attendee_id),
        ) is not None

    def set_attendance(self, attendee_id: int, state: str, reason: str, substitute_name: str, at: str) -> int:
        """Set an attendance mark (请假/缺席/代参加 or "" to clear); returns rows changed."""
        return self.conn.execute(
            "UPDATE attendees SET attendance = ?, attendance_reason = ?, substitute_name = ?, updated_at = ?"
            " WHERE id = ?", (state, reason, substitute_name, at, attendee_id),
        ).rowcount

    def next_badge_no(self) -> str:
        top = self.scalar("SELECT MAX(CAST(badge_no AS INTEGER)) FROM attendees WHERE badge_no GLOB '[0-9]*'")
        return f"{(top or 0) + 1:04d}"

    # --- badge codes -----------------------------------------------------------------------
    def insert_badge_token(self, token: str, attendee_id: int, issued_at: str) -> None:
        self.conn.execute(
            "INSERT INTO badge_codes (token, attendee_id, issued_at) VALUES (?, ?, ?)",
            (token, attendee_id, issued_at),
        )

    def badge_token_row(self, token: str) -> dict | None:
        rows = self.query("SELECT * FROM badge_codes WHERE token = ?", (token,))
        return rows[0] if rows else None

    def current_badge_token(self, attendee_id: int) -> str | None:
        return self.scalar(
            "SELECT token FROM badge_codes WHERE attendee_id = ? AND revoked_at = '' ORDER BY issued_at DESC LIMIT 1",
            (attendee_id,),
        )

    def badge_tokens(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT token FROM badge_codes")]

    def revoke_badge_tokens(self, attendee_id: int, at: str) -> None:
        self.conn.execute(
            "UPDATE badge_codes SET revoked_at = ? WHERE attendee_id = ? AND revoked_at = ''", (at, attendee_id)
        )

    # --- the live board ----------------------------------------------------------------------
    def refused_count(self) -> int:
        return self.scalar("SELECT COUNT(*) FROM checkins WHERE status = 'refused' AND undone = 0")
