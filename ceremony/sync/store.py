"""One copy's side of synchronisation: journal local changes, take in and hand out records.

A :class:`SyncStore` works on its own :class:`~ceremony.event.Event` (its own
connection), owned by the one sync thread, so the host's database is written by
that thread alone and a desk's GUI keeps its own connection.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ceremony.errors import CeremonyError
from ceremony.sync import journal

ROLE_HOST, ROLE_DESK = "host", "desk"
MAX_BATCH = 500
_UUID = re.compile(r"[0-9a-f]{32}")
_KINDS = (journal.CHECKIN, journal.PERSON, journal.MARK, journal.SEAT, journal.BADGE)


class BadRecord(CeremonyError):
    """A record from the network that is not well formed (refused, nothing stored)."""


@dataclass(frozen=True)
class Position:
    log_id: str = ""
    seq: int = 0


class SyncStore:
    def __init__(self, event, origin: str = ""):
        self.event = event
        self.repo = event.repo
        self.origin = origin or event.checkin.desk_name()
        self._version: tuple[int, int] | None = None

    # --- shared -------------------------------------------------------------------------------
    @property
    def role(self) -> str:
        return self.repo.sync_value("role", "")

    @property
    def log_id(self) -> str:
        """The host's log id (on the host: its own; on a desk: the one it last saw)."""
        return self.repo.sync_value("log_id", "")

    def changed_since_last_look(self) -> bool:
        """Did anyone commit to this file since the last call (cheap: SQLite's data_version)?"""
        version = (self.repo.conn.execute("PRAGMA data_version").fetchone()[0], self.repo.conn.total_changes)
        changed, self._version = version != self._version, version
        return changed

    def capture(self) -> int:
        """Journal what was written here (by the GUI, the CLI, a merge) since the last look."""
        host = self.role == ROLE_HOST
        with self.repo.transaction():
            return journal.capture(self.repo, self.origin, self.event.now_text(), host=host,
                                   acked_by=self.log_id if host else "")

    # --- host -----------------------------------------------------------------------------------
    def open_log(self) -> str:
        """Make this copy the host: keep its log id, or start a new log (a new or wiped host)."""
        with self.repo.transaction():
            if self.role != ROLE_HOST or not self.log_id:
                log_id = journal.new_uuid()
                self.repo.set_sync_value("role", ROLE_HOST)
                self.repo.set_sync_value("log_id", log_id)
                journal.baseline(self.repo, host=True)
                self.repo.number_unnumbered()
                self.repo.ack_all(log_id)
        self.capture()
        return self.log_id

    def receive(self, records: list) -> list[str]:
        """Store a desk's pushed records (each once) in log order; returns the uuids now held."""
        held, checked = [], []
        for record in records[:MAX_BATCH]:
            try:
                checked.append(check_record(record, from_desk=True))
            except BadRecord:
                # Refused for good (a desk may not send seats or codes: after a host lost its file a desk
                # hands back the host's own records too). Acknowledged, so the desk stops sending it.
                uuid = record.get("uuid") if isinstance(record, dict) else None
                if isinstance(uuid, str) and _UUID.fullmatch(uuid):
                    held.append(uuid)
        log_id = self.log_id
        with self.repo.transaction():
            for record in checked:
                journal.apply_record(self.repo, record, numbered=True, acked_by=log_id)
        if checked:
            self.event.checkin.invalidate()
        return held + [r["uuid"] for r in checked]

    def head(self) -> int:
        return self.repo.head_seq()

    def after(self, seq: int, limit: int = MAX_BATCH) -> list[dict]:
        return [{**_wire(r), "seq": r["seq"]} for r in self.repo.records_after(seq, limit)]

    # --- desk -------------------------------------------------------------------------------------
    def position(self) -> Position:
        return Position(self.repo.sync_value("log_id", ""), int(self.repo.sync_value("pulled", 0)))

    def outbox(self, log_id: str, limit: int = MAX_BATCH) -> list[dict]:
        """Records the host log ``log_id`` has not acknowledged (all of them for a new host)."""
        return [_wire(r) for r in self.repo.unacked_records(log_id, limit)]

    def waiting(self) -> int:
        return self.repo.unacked_count(self.log_id)

    def acknowledged(self, uuids: list[str], log_id: str) -> None:
        with self.repo.transaction():
            self.repo.set_acked(uuids, log_id)

    def take(self, records: list, log_id: str, head: int) -> int:
        """Apply records pulled from host log ``log_id`` up to ``head``; returns how many were new."""
        checked = [check_record(r) for r in records]
        new = 0
        with self.repo.transaction():
            for record in checked:
                new += journal.apply_record(self.repo, record, acked_by=log_id)
                self.repo.set_acked([record["uuid"]], log_id)
            self.repo.set_sync_value("pulled", head)
        if new:
            self.event.checkin.invalidate()
        return new

    def follow_log(self, log_id: str, head: int) -> bool:
        """The host answered with ``log_id`` at ``head``: start over when it is another log or lost rows."""
        position = self.position()
        if position.log_id == log_id and position.seq <= head:
            return False
        with self.repo.transaction():
            self.repo.set_sync_value("log_id", log_id)
            self.repo.set_sync_value("pulled", 0)
            if position.log_id == log_id:          # same id but fewer rows: a restored file; push all again
                self.repo.set_acked([r["uuid"] for r in self.repo.unacked_records("", 10**9)], "")
        return True

    def become_desk(self, log_id: str, head: int, settings: dict) -> None:
        """Just joined: this file is the host's copy as of ``head``; everything in it is acknowledged."""
        with self.repo.transaction():
            self.repo.clear_sync_state()
            self.repo.set_sync_value("role", ROLE_DESK)
            self.repo.set_sync_value("log_id", log_id)
            self.repo.set_sync_value("pulled", head)
            for key, value in settings.items():
                self.repo.set_sync_value(key, value)
            self.repo.ack_all(log_id)


def role_of(event) -> str:
    """"host", "desk" or "" (a file that never took part in LAN sync)."""
    return event.repo.sync_value("role", "")


def host_url_of(event) -> str:
    """The host address a desk's file joined ("" for a file that never joined)."""
    return event.repo.sync_value("host_url", "") or ""


def _wire(record: dict) -> dict:
    return {k: record[k] for k in ("uuid", "kind", "key", "ref", "stamp", "origin", "body")}


def check_record(record, from_desk: bool = False) -> dict:
    """A record as it came over the network, checked field by field (raises :class:`BadRecord`)."""
    if not isinstance(record, dict):
        raise BadRecord("sync.record.not_object")
    out = {}
    for name in ("uuid", "kind", "key", "ref", "stamp", "origin"):
        value = record.get(name, "")
        if not isinstance(value, str) or len(value) > 200:
            raise BadRecord("sync.record.bad_field", name=name)
        out[name] = value
    if not _UUID.fullmatch(out["uuid"]) or not isinstance(record.get("body"), dict):
        raise BadRecord("sync.record.bad_uuid")
    if from_desk and out["kind"] in journal.HOST_ONLY_KINDS:
        raise BadRecord("sync.record.host_only")
    if out["kind"] in _KINDS and not _body_ok(out["kind"], record["body"]):
        raise BadRecord("sync.record.bad_body", kind=out["kind"])
    out["body"] = record["body"]
    return out


# What each field of a record may hold (anything else is refused before it reaches the database).
_TEXT, _INT, _FLAG, _NUMBER = "text", "int", "flag", "number"
_INTS = {"rank", "version", "seat_id", "locked"}
_FLAGS = {"on_rostrum", "speaker", "trip_flag", "mask", "undone"}
_NUMBERS = {"temperature"}
_NULLABLE = {"temperature", "trip_flag", "mask"}
MAX_TEXT = 10_000


def _field_ok(name: str, value) -> bool:
    if value is None:
        return name in _NULLABLE
    if name in _FLAGS:
        return isinstance(value, (bool, int)) and not isinstance(value, float) and value in (0, 1, True, False)
    if name in _INTS:
        return isinstance(value, int) and not isinstance(value, bool) and -2**63 <= value < 2**63
    if name in _NUMBERS:
        return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) \
            and abs(value) < 1e6
    return isinstance(value, str) and len(value) <= MAX_TEXT


def _fields_ok(values: dict) -> bool:
    return all(isinstance(k, str) and _field_ok(k, v) for k, v in values.items())


def _body_ok(kind: str, body: dict) -> bool:
    if kind == journal.CHECKIN:
        if not (isinstance(body.get("at"), str) and isinstance(body.get("kind"), str)
                and isinstance(body.get("status"), str) and isinstance(body.get("person", ""), str)):
            return False
        return _fields_ok({f: body[f] for f in journal.CHECKIN_FIELDS if f in body})
    value = body.get("value")
    if value is None:
        return kind == journal.SEAT
    if not isinstance(value, dict):
        return False
    fields = {journal.PERSON: journal.PERSON_FIELDS, journal.MARK: journal.MARK_FIELDS}.get(kind, ())
    if not all(f in value for f in fields):
        return False
    if kind == journal.SEAT and not isinstance(value.get("seat_id"), int):
        return False
    if kind == journal.BADGE and not (isinstance(value.get("token"), str) and value["token"]
                                      and isinstance(value.get("attendee", ""), str)):
        return False
    return _fields_ok({k: v for k, v in value.items() if k != "attendee"})
