"""SQL for the print log and the audit log."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ceremony.models import PrintEntry, PrintJob
from ceremony.repository.base import Queries


class LogQueries(Queries):
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

    # --- print log --------------------------------------------------------------------------
    def insert_print(self, at: str, kind: str, attendee_id: int | None, version: int | None,
                     layout: str, target: str, content: str = "", job: int = 0) -> None:
        self.insert_into("print_log", {"at": at, "kind": kind, "attendee_id": attendee_id,
                                         "attendee_version": version, "layout": layout, "target": target,
                                         "content": content, "job": job})

    def insert_prints(self, at: str, kind: str, layout: str, target: str,
                      items: Sequence[tuple[int | None, int | None, str]]) -> int:
        """One print job: a row per item (attendee id, version, content digest). Returns the job number."""
        job = (self.scalar("SELECT MAX(job) FROM print_log") or 0) + 1
        self.db.table("print_log").insert_all(
            {"at": at, "kind": kind, "attendee_id": aid, "attendee_version": version, "layout": layout,
             "target": target, "content": content, "job": job} for aid, version, content in items)
        return job

    def print_entries(self) -> list[PrintEntry]:
        return [PrintEntry.from_row(r) for r in self.conn.execute("SELECT * FROM print_log ORDER BY id")]

    def print_jobs(self, limit: int = 200) -> list[PrintJob]:
        """What was printed when: one row per job, newest first."""
        return [PrintJob.from_row(r) for r in self.conn.execute(
            "SELECT job, MIN(at) AS at, kind, layout, target, COUNT(attendee_id) AS people, COUNT(*) AS rows"
            " FROM print_log GROUP BY job, kind, layout, target ORDER BY MIN(id) DESC LIMIT ?",
            (limit,),
        )]

    def last_prints(self, kind: str) -> dict[int, PrintEntry]:
        """The latest print of each attendee for ``kind``, by attendee id."""
        rows = self.conn.execute(
            "SELECT p.* FROM print_log p"
            " JOIN (SELECT attendee_id, MAX(id) AS id FROM print_log WHERE kind = ? AND attendee_id IS NOT NULL"
            "       GROUP BY attendee_id) last ON last.id = p.id",
            (kind,),
        )
        return {r["attendee_id"]: PrintEntry.from_row(r) for r in rows}
