"""SQL for synchronising copies of one event: the record journal, heads and sync state."""

from __future__ import annotations

import json

from ceremony.models import CheckinEntry
from ceremony.repository.base import Queries

_RECORD_COLUMNS = ("uuid", "kind", "key", "ref", "stamp", "origin", "body", "seq", "acked_by")
ARRIVAL_STATUSES = ("ok", "duplicate")


class SyncQueries(Queries):
    # --- this copy's sync state (role, host log id, pull position, pinned host) ------------
    def sync_value(self, key: str, default=None):
        raw = self.scalar("SELECT value FROM sync_state WHERE key = ?", (key,))
        return default if raw is None else json.loads(raw)

    def set_sync_value(self, key: str, value) -> None:
        if value is None:
            self.conn.execute("DELETE FROM sync_state WHERE key = ?", (key,))
            return
        self.conn.execute("INSERT INTO sync_state (key, value) VALUES (?, ?)"
                          " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                          (key, json.dumps(value, ensure_ascii=False)))

    def clear_sync_state(self) -> None:
        self.conn.execute("DELETE FROM sync_state")

    # --- the record journal ---------------------------------------------------------------
    def has_record(self, uuid: str) -> bool:
        return self.scalar("SELECT 1 FROM sync_records WHERE uuid = ?", (uuid,)) is not None

    def insert_record(self, record: dict, numbered: bool) -> int | None:
        """Store one record; ``numbered`` (the host) gives it the next seq. Returns its seq."""
        row = {c: record.get(c, "") for c in _RECORD_COLUMNS}
        row["body"] = json.dumps(record.get("body") or {}, ensure_ascii=False, sort_keys=True)
        row["seq"] = self.head_seq() + 1 if numbered else None
        self.conn.execute(f"INSERT INTO sync_records ({', '.join(_RECORD_COLUMNS)})"
                          f" VALUES ({', '.join('?' for _ in _RECORD_COLUMNS)})", [row[c] for c in _RECORD_COLUMNS])
        return row["seq"]

    def head_seq(self) -> int:
        return self.scalar("SELECT COALESCE(MAX(seq), 0) FROM sync_records")

    def records_after(self, seq: int, limit: int = 500) -> list[dict]:
        return [_record(r) for r in self.query(
            "SELECT * FROM sync_records WHERE seq > ? ORDER BY seq LIMIT ?", (seq, limit))]

    def unacked_records(self, log_id: str, limit: int = 500) -> list[dict]:
        return [_record(r) for r in self.query(
            "SELECT * FROM sync_records WHERE acked_by <> ? ORDER BY rowid LIMIT ?", (log_id, limit))]

    def unacked_count(self, log_id: str) -> int:
        return self.scalar("SELECT COUNT(*) FROM sync_records WHERE acked_by <> ?", (log_id,))

    def set_acked(self, uuids, log_id: str) -> None:
        self.conn.executemany("UPDATE sync_records SET acked_by = ? WHERE uuid = ?", ((log_id, u) for u in uuids))

    def ack_all(self, log_id: str) -> None:
        self.conn.execute("UPDATE sync_records SET acked_by = ?", (log_id,))

    def number_unnumbered(self) -> None:
        """Give records without a seq (journalled before this copy hosted) their place in the log."""
        top = self.head_seq()
        rows = self.conn.execute("SELECT rowid FROM sync_records WHERE seq IS NULL ORDER BY rowid").fetchall()
        self.conn.executemany("UPDATE sync_records SET seq = ? WHERE rowid = ?",
                              ((top + i, r[0]) for i, r in enumerate(rows, start=1)))

    def all_records(self) -> list[dict]:
        return [_record(r) for r in self.query("SELECT * FROM sync_records ORDER BY rowid")]

    def records_of_kind(self, kind: str) -> list[dict]:
        return [_record(r) for r in self.query("SELECT * FROM sync_records WHERE kind = ? ORDER BY rowid", (kind,))]

    def undo_records_for(self, checkin_uuid: str) -> list[dict]:
        return [_record(r) for r in self.query("SELECT * FROM sync_records WHERE ref = ?", (checkin_uuid,))]

    # --- heads: the version of each synchronised value this copy holds ----------------------
    def heads(self, kind: str) -> dict[str, dict]:
        return {r["key"]: r for r in self.query("SELECT * FROM sync_heads WHERE kind = ?", (kind,))}

    def head(self, kind: str, key: str) -> dict | None:
        rows = self.query("SELECT * FROM sync_heads WHERE kind = ? AND key = ?", (kind, key))
        return rows[0] if rows else None

    def set_head(self, kind: str, key: str, stamp: str, uuid: str, digest: str) -> None:
        self.conn.execute("INSERT INTO sync_heads (kind, key, stamp, uuid, digest) VALUES (?, ?, ?, ?, ?)"
                          " ON CONFLICT(kind, key) DO UPDATE SET stamp = excluded.stamp, uuid = excluded.uuid,"
                          " digest = excluded.digest", (kind, key, stamp, uuid, digest))

    # --- what the journal reads and writes in the event's own tables ------------------------
    def unjournalled_checkins(self) -> list[CheckinEntry]:
        """Log rows no record describes yet (written here since the last look), oldest first."""
        return [CheckinEntry.from_row(r) for r in self.conn.execute(
            "SELECT c.* FROM checkins c LEFT JOIN sync_records r ON r.uuid = c.uuid"
            " WHERE r.uuid IS NULL AND c.uuid <> '' ORDER BY c.id")]

    def dirty_keys(self) -> tuple[set[str], set[str]]:
        """People (uids) and badge codes (tokens) written since the sync thread's last look."""
        rows = self.query("SELECT kind, key FROM sync_dirty")
        return ({r["key"] for r in rows if r["kind"] == "attendee"}, {r["key"] for r in rows if r["kind"] == "badge"})

    def clear_dirty(self) -> None:
        self.conn.execute("DELETE FROM sync_dirty")

    def attendee_rows_by_uid(self, uids) -> list[dict]:
        return self._rows_in("attendees", "uid", uids)

    def badge_rows_by_token(self, tokens) -> list[dict]:
        return self._rows_in("badge_codes", "token", tokens)

    def _rows_in(self, table: str, column: str, values) -> list[dict]:
        values, out = list(values), []
        for start in range(0, len(values), 500):        # under SQLite's bound-parameter limit
            chunk = values[start:start + 500]
            out += self.query(f"SELECT * FROM {table} WHERE {column} IN ({', '.join('?' for _ in chunk)})", chunk)
        return out

    def attendee_rows(self) -> list[dict]:
        return self.query("SELECT * FROM attendees ORDER BY id")

    def attendee_uids(self) -> dict[int, str]:
        return {r["id"]: r["uid"] for r in self.query("SELECT id, uid FROM attendees")}

    def attendee_id_for_uid(self, uid: str) -> int | None:
        return self.scalar("SELECT id FROM attendees WHERE uid = ?", (uid,))

    def upsert_attendee_fields(self, uid: str, values: dict) -> int:
        """Write these columns of the person with this uid (adding them when new); returns the local id."""
        found = self.attendee_id_for_uid(uid)
        if found is None:
            cols = ["uid", *values]
            return self.insert_row(f"INSERT INTO attendees ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
                                   [uid, *values.values()])
        if values:
            sets = ", ".join(f"{c} = ?" for c in values)
            self.conn.execute(f"UPDATE attendees SET {sets} WHERE id = ?", [*values.values(), found])
        return found

    def arrival_rows(self, attendee_id: int) -> list[dict]:
        """Every arrival of one person, counted or kept as a duplicate, undone ones too (``undone``)."""
        return self.query("SELECT id, at, uuid, status, desk, undone FROM checkins WHERE attendee_id = ?"
                          " AND kind <> 'undo' AND status IN (?, ?)", (attendee_id, *ARRIVAL_STATUSES))

    def set_arrival_status(self, checkin_id: int, status: str) -> None:
        """Counted ("ok") or kept as a duplicate; the row's reason stays as the desk wrote it."""
        self.conn.execute("UPDATE checkins SET status = ? WHERE id = ?", (status, checkin_id))

    def link_undo(self, undo_uuid: str, target_id: int) -> None:
        self.conn.execute("UPDATE checkins SET undoes = ? WHERE uuid = ?", (target_id, undo_uuid))

    def duplicate_arrivals(self) -> list[dict]:
        """Arrivals kept as duplicates, each with the person and the arrival that counts."""
        return self.query(
            "SELECT d.id, d.attendee_id, d.at, d.desk, d.uuid, a.name AS name, a.unit AS unit,"
            " w.at AS counted_at, w.desk AS counted_desk FROM checkins d"
            " LEFT JOIN attendees a ON a.id = d.attendee_id"
            " LEFT JOIN checkins w ON w.attendee_id = d.attendee_id AND w.status = 'ok' AND w.undone = 0"
            " WHERE d.status = 'duplicate' AND d.undone = 0 ORDER BY d.at, d.uuid")

    def checkin_id_for_uuid(self, uuid: str) -> int | None:
        return self.scalar("SELECT id FROM checkins WHERE uuid = ?", (uuid,))

    def assignment_rows(self) -> list[dict]:
        return self.query("SELECT * FROM assignments")

    def put_assignment(self, attendee_id: int, row: dict | None) -> None:
        """Seat one person as ``row`` says (``None``: unseated); whoever held that seat loses it."""
        self.conn.execute("DELETE FROM assignments WHERE attendee_id = ?", (attendee_id,))
        if not row or self.scalar("SELECT 1 FROM seats WHERE id = ?", (row["seat_id"],)) is None:
            return
        self.conn.execute("DELETE FROM assignments WHERE seat_id = ?", (row["seat_id"],))
        row = self._known_columns("assignments", row)
        cols = [c for c in row if c != "attendee_id"] + ["attendee_id"]
        self.conn.execute(f"INSERT INTO assignments ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
                          [row[c] for c in cols if c != "attendee_id"] + [attendee_id])

    def badge_rows(self) -> list[dict]:
        return self.query("SELECT * FROM badge_codes")

    def put_badge_row(self, row: dict) -> None:
        row = self._known_columns("badge_codes", row)
        cols = list(row)
        updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "token")
        self.conn.execute(f"INSERT INTO badge_codes ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"
                          f" ON CONFLICT(token) DO UPDATE SET {updates}", [row[c] for c in cols])

    def _known_columns(self, table: str, row: dict) -> dict:
        # Column names come from another copy: only the table's own columns are written.
        known = self.db.table(table).columns_dict
        return {k: v for k, v in row.items() if k in known}


def _record(row: dict) -> dict:
    row = dict(row)
    row["body"] = json.loads(row["body"])
    return row
