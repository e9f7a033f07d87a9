"""SQL for the event row, its settings and the attendee categories."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime

from ceremony.models import Category, EventInfo
from ceremony.repository.base import Queries


class EventQueries(Queries):
    def insert_event(self, info: EventInfo, secret: str) -> None:
        self.conn.execute(
            "INSERT INTO event (id, uid, name, starts_at, venue, theme, hosts, organiser, secret)"
            " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)",
            (info.uid, info.name, info.starts_at.isoformat(timespec="minutes"), info.venue, info.theme,
             json.dumps(list(info.hosts), ensure_ascii=False), info.organiser, secret),
        )

    def event_info(self) -> EventInfo:
        row = self.conn.execute("SELECT * FROM event WHERE id = 1").fetchone()
        return EventInfo(
            uid=row["uid"], name=row["name"], starts_at=datetime.fromisoformat(row["starts_at"]),
            venue=row["venue"], theme=row["theme"], hosts=tuple(json.loads(row["hosts"])),
            organiser=row["organiser"],
        )

    def update_event(self, info: EventInfo) -> None:
        self.conn.execute(
            "UPDATE event SET name=?, starts_at=?, venue=?, theme=?, hosts=?, organiser=? WHERE id = 1",
            (info.name, info.starts_at.isoformat(timespec="minutes"), info.venue, info.theme,
             json.dumps(list(info.hosts), ensure_ascii=False), info.organiser),
        )

    def event_secret(self) -> str:
        return self.scalar("SELECT secret FROM event WHERE id = 1")

    def signing_keys(self) -> tuple[str, str]:
        """(private, public) badge-code keys; the private one is '' in a desk's copy."""
        row = self.conn.execute("SELECT sign_key, verify_key FROM event WHERE id = 1").fetchone()
        return row["sign_key"], row["verify_key"]

    def set_signing_keys(self, private: str, public: str) -> None:
        self.conn.execute("UPDATE event SET sign_key = ?, verify_key = ? WHERE id = 1", (private, public))

    # --- settings: JSON values under string keys -------------------------------------------
    def get_setting(self, key: str, default=None):
        raw = self.scalar("SELECT value FROM settings WHERE key = ?", (key,))
        return default if raw is None else json.loads(raw)

    def set_setting(self, key: str, value) -> None:
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value, ensure_ascii=False)),
        )

    def all_settings(self) -> dict:
        return {r["key"]: json.loads(r["value"]) for r in self.conn.execute("SELECT key, value FROM settings")}

    # --- categories ------------------------------------------------------------------------
    def categories(self) -> list[Category]:
        rows = self.conn.execute("SELECT * FROM categories ORDER BY sort, name").fetchall()
        return [Category(**dict(r)) for r in rows]

    def upsert_category(self, cat: Category) -> None:
        self.db.table("categories").upsert(asdict(cat), pk="name")

    def delete_category(self, name: str) -> None:
        self.conn.execute("DELETE FROM categories WHERE name = ?", (name,))

    def category_counts(self) -> dict[str, int]:
        rows = self.conn.execute("SELECT category, COUNT(*) AS n FROM attendees GROUP BY category")
        return {r["category"]: r["n"] for r in rows}
