"""SQL for the print log and the audit log."""

from __future__ import annotations

import json


class LogQueries:
    def insert_audit(self, at: str, desk: str, action: str, detail: dict) -> None:
        self.conn.execute(
            "INSERT INTO audit_log (at, desk, action, detail) VALUES (?, ?, ?, ?)",
            (at, desk, action, json.dumps(detail, ensure_ascii=False)),
        )

    def audit_entries(self) -> list[dict]:
        rows = self.query("SELECT * FROM audit_log ORDER BY id")
        for r in rows:
            r["detail"] = json.loads(r["detail"])
        return rows

    def insert_print(self, at: str, kind: str, attendee_id: int | None, version: int | None,
                     layout: str, target: str) -> None:
        self.conn.execute(
            "INSERT INTO print_log (at, kind, attendee_id, attendee_version, layout, target)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (at, kind, attendee_id, version, layout, target),
        )

    def print_entries(self) -> list[dict]:
        return self.query("SELECT * FROM print_log ORDER BY id")
