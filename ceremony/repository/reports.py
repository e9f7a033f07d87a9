"""SQL for the attendance report."""

from __future__ import annotations


class ReportQueries:
    def report_checkin_rows(self) -> list[dict]:
        """The whole check-in log in time order, with who each row is about (for 签到明细/防疫台账)."""
        return self.query(
            "SELECT c.*, COALESCE(a.name, '') AS name, COALESCE(a.unit, '') AS unit, "
            "COALESCE(a.category, '') AS category "
            "FROM checkins c LEFT JOIN attendees a ON a.id = c.attendee_id ORDER BY c.at, c.id"
        )
