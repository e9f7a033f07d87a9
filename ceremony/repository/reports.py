"""SQL for the attendance report."""

from __future__ import annotations

import json

from ceremony.models import CheckinEntry
from ceremony.repository.base import Queries


class ReportQueries(Queries):
    def report_checkin_rows(self) -> list[CheckinEntry]:
        """The whole check-in log in time order, with who each row is about (for 签到明细/防疫台账)."""
        return [CheckinEntry.from_row(r) for r in self.conn.execute(
            "SELECT c.*, COALESCE(a.name, '') AS name, COALESCE(a.unit, '') AS unit, "
            "COALESCE(a.category, '') AS category "
            "FROM checkins c LEFT JOIN attendees a ON a.id = c.attendee_id ORDER BY c.at, c.id"
        ).fetchall()]

    def report_attendance_marks(self) -> list[dict]:
        """请假/缺席/代参加 marks set at the desk (audit log), oldest first, detail decoded."""
        rows = self.query("SELECT id, at, desk, detail FROM audit_log WHERE action = 'attendance.mark' ORDER BY at, id")
        for row in rows:
            row["detail"] = json.loads(row["detail"] or "{}")
        return rows
