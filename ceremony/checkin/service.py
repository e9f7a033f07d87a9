"""The check-in desk: scans, search picks, health gate, corrections and walk-ins.

A scan does O(1) work in memory plus one durable transaction. The database
decides "already arrived?": the check and the INSERT run inside one BEGIN
IMMEDIATE transaction, and a partial UNIQUE index allows one counted arrival per
attendee, so two desks scanning the same badge in the same millisecond still
count once.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
import sqlite3
import threading
from typing import TYPE_CHECKING
import uuid

from ceremony import codes
from ceremony.checkin import health
from ceremony.checkin.result import (ALREADY, KIND_MANUAL, KIND_REFUSED, KIND_SCAN, KIND_SEARCH, KIND_UNDO, KIND_WALKIN,
                             MAX_LOGGED_INPUT, OK, REFUSED, REMEASURE, UNKNOWN, ScanResult)
from ceremony.messages import Message
from ceremony.errors import CeremonyError, NotFound, ValidationError
from ceremony.checkin.health import HealthReading
from ceremony.models import ATTENDANCE_STATES, ATTENDANCE_SUBSTITUTE, Attendee, Changes, CheckinEntry

if TYPE_CHECKING:
    from ceremony.event import Event

DOUBLE_SCAN_WINDOW = timedelta(seconds=2)
REMEASURE_WINDOW = timedelta(hours=2)     # a fever reading this recent makes the next one decisive
MAX_QUERY = 32                            # longer search input is scanner noise, not a name
VIP_BADGE_CLASSES = ("贵宾证", "嘉宾证")
NO_FREE_SEAT = Message("notice.no_free_seat")


class CheckinError(CeremonyError):
    """A correction that cannot be made (e.g. undoing a row twice)."""

    exit_status = 4


class CheckinService:
    def __init__(self, event: Event):
        self.event = event
        self.repo = event.repo
        self._lock = threading.RLock()
        self._people: dict[int, Attendee] = {}
        self._roster: list[Attendee] | None = None
        self._seats: dict[int, Message | None] = {}     # the seat as a message (None: no seat)
        self._arrived: dict[int, tuple[str, str]] | None = None   # attendee id -> (at, desk)
        self._vip_categories: set[str] | None = None
        self._starts_at: datetime | None = None
        self._stamp = None
        self._recent: dict[tuple[str, str], tuple[datetime, ScanResult]] = {}
        self._remeasure: set = set()

    # --- settings ----------------------------------------------------------------------------
    def desk_name(self) -> str:
        return self.event.setting("desk_name")

    def set_desk_name(self, name: str) -> Changes:
        return self.event.set_setting("desk_name", name)

    def health_check_on(self) -> bool:
        return self.event.setting("health_check")

    # --- caches ------------------------------------------------------------------------------
    def prepare(self) -> None:
        """Load what the first scan would otherwise wait for (the desk opens well before the rush)."""
        with self._lock:
            self._check_caches()
            _ = self.event.seating      # built now rather than at the first scan
            self.arrivals()
            self.starts_at()
            self.health_check_on()
            self.is_vip(Attendee())

    def invalidate(self) -> None:
        """Forget cached people, seats and arrivals (the roster or seating changed)."""
        self._people.clear()
        self._roster = None
        self._seats.clear()
        self._arrived = None
        self._vip_categories = None
        self._starts_at = None

    def _current_stamp(self):
        conn = self.repo.conn
        return conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes

    def _check_caches(self) -> None:
        # Another connection committed (data_version) or someone on ours wrote (total_changes).
        stamp = self._current_stamp()
        if stamp != self._stamp:
            self.invalidate()
            self._stamp = stamp

    def _mark_own_write(self) -> None:
        self._stamp = self._current_stamp()

    def roster(self) -> list[Attendee]:
        """Everyone in rank order, cached until someone other than this desk writes."""
        self._check_caches()
        if self._roster is None:
            self._roster = self.event.attendees()
        return self._roster

    def person(self, attendee_id: int) -> Attendee:
        found = self._people.get(attendee_id)
        if found is None:
            found = self._people[attendee_id] = self.repo.attendee(attendee_id)
        return found

    def seat(self, attendee_id: int) -> str:
        """The attendee's seat label in Chinese ("" when unseated)."""
        label = self.seat_message(attendee_id)
        return label.text if label else ""

    def seat_message(self, attendee_id: int) -> Message | None:
        """The attendee's seat as a message (the desk shows it in the interface language)."""
        if attendee_id not in self._seats:
            self._seats[attendee_id] = self.event.seating.seat_message(attendee_id)
        return self._seats[attendee_id]

    def arrivals(self) -> dict[int, tuple[str, str]]:
        """Counted arrivals: attendee id -> (ISO time, desk)."""
        self._check_caches()
        if self._arrived is None:
            self._arrived = {r.attendee_id: (r.at, r.desk) for r in self.repo.active_arrivals()
                             if r.attendee_id is not None}
        return self._arrived

    def is_vip(self, person: Attendee) -> bool:
        if self._vip_categories is None:
            extra = set(self.event.setting("vip_categories"))
            self._vip_categories = extra | {c.name for c in self.event.categories()
                                            if c.badge_class in VIP_BADGE_CLASSES}
        return person.on_rostrum or person.speaker or person.category in self._vip_categories

    def starts_at(self) -> datetime:
        if self._starts_at is None:
            self._starts_at = self.event.info.starts_at
        return self._starts_at

    # --- scanning ----------------------------------------------------------------------------
    def check_in_code(self, text: str, desk: str | None = None, health: HealthReading | None = None) -> ScanResult:
        """Check in whoever the scanned code names. Never raises on bad input."""
        desk = self.desk_name() if desk is None else desk
        code = codes.normalize_scan(text or "")
        logged = _loggable(text or "")
        with self._lock:
            self._check_caches()
            now = self.event.now()
            key = (code, desk)
            recent = self._recent.get(key)
            if recent and timedelta(0) <= now - recent[0] <= DOUBLE_SCAN_WINDOW:
                self._audit_scan(logged, "repeat", recent[1].attendee, desk)
                return recent[1].again()
            lookup = self.event.lookup_code(text or "")
            if lookup.status != codes.OK:
                person = self._maybe_person(lookup.attendee_id)
                result = ScanResult(lookup.status, person, at=now, desk=desk, input=logged,
                                    reason=_reject_reason(lookup.status))
                self._audit_scan(logged, result.status, person, desk)
            else:
                result = self._arrive(lookup.attendee_id, KIND_SCAN, desk, health, logged)
            self._recent = {k: v for k, v in self._recent.items() if now - v[0] <= DOUBLE_SCAN_WINDOW}
            self._recent[key] = (now, result)
            return result

    def check_in_attendee(self, attendee_id: int, desk: str | None = None, health: HealthReading | None = None,
                          kind: str = KIND_SEARCH, at: datetime | None = None, substitute_name: str = "",
                          reason: str = "") -> ScanResult:
        """Check in a person picked by search (or 补签 with ``kind="manual"`` and a time)."""
        desk = self.desk_name() if desk is None else desk
        with self._lock:
            self._check_caches()
            return self._arrive(attendee_id, kind, desk, health, f"#{attendee_id}", at, substitute_name, reason)

    def manual(self, attendee_id: int, at: datetime, reason: str = "", desk: str | None = None) -> ScanResult:
        """补签: record an arrival at the time staff give (no health gate: the guest is already inside)."""
        if at > self.event.now():
            raise ValidationError("checkin.manual_in_future")
        return self.check_in_attendee(attendee_id, desk, kind=KIND_MANUAL, at=at, reason=reason or "补签")

    def _arrive(self, attendee_id, kind, desk, reading, logged, at=None, substitute_name="", reason=""):
        try:
            person = self.person(attendee_id)
        except NotFound:
            self._audit_scan(logged, UNKNOWN, None, desk)
            return ScanResult(UNKNOWN, at=self.event.now(), desk=desk, kind=kind, input=logged,
                              reason=_reject_reason(UNKNOWN))
        decision = self._health_decision(attendee_id, kind, reading)
        if decision.outcome == health.REMEASURE:
            self._audit_scan(logged, REMEASURE, person, desk, decision.reason.text if decision.reason else "")
            return self._result(REMEASURE, person, desk, kind, logged, reason=decision.reason)
        try:
            return self._write_arrival(person, kind, desk, reading, logged, at, decision, substitute_name, reason)
        except sqlite3.IntegrityError:
            # Another connection won the race between our check and insert: it counted, we did not.
            return self._write_arrival(person, kind, desk, reading, logged, at, decision, substitute_name, reason)

    def _health_decision(self, attendee_id, kind, reading) -> health.HealthDecision:
        if kind == KIND_MANUAL or not self.health_check_on():
            return health.HealthDecision(health.PASS)
        reading = reading or HealthReading()
        before = attendee_id in self._remeasure
        if not before and health.is_fever(reading.temperature) and isinstance(attendee_id, int):
            # Another desk (or this one before a restart) may have taken the first reading.
            since = (self.event.now() - REMEASURE_WINDOW).isoformat(timespec="milliseconds")
            before = self.repo.remeasure_asked_since(attendee_id, since)
        decision = health.evaluate(reading, before)
        if decision.outcome == health.REMEASURE and health.is_fever(reading.temperature):
            self._remeasure.add(attendee_id)
        elif decision.outcome != health.REMEASURE:
            self._remeasure.discard(attendee_id)
        return decision

    def _write_arrival(self, person, kind, desk, reading, logged, at, decision, substitute_name, reason):
        now = self.event.now()
        at = at or now
        with self.repo.transaction():
            first = self.repo.active_arrival(person.id)
            if first is not None:
                result = self._result(ALREADY, person, desk, kind, logged, first_at=first.time,
                                      first_desk=first.desk, checkin_id=first.id)
            else:
                refused = decision.outcome == health.REFUSE
                row = _log_row(person.id, at, desk, KIND_REFUSED if refused else kind, reading,
                               REFUSED if refused else OK, decision.reason.text if refused else reason,
                               substitute_name, logged)
                checkin_id = self.repo.insert_checkin(row)
                if substitute_name and not refused:
                    self.repo.set_attendance(person.id, ATTENDANCE_SUBSTITUTE, reason, substitute_name,
                                             self.event.now_text())
                status = REFUSED if refused else OK
                result = self._result(status, person, desk, kind, logged, checkin_id=checkin_id, at=at,
                                      reason=decision.reason, notices=decision.notices,
                                      late=not refused and at > self.starts_at())
            self._audit_scan(logged, result.status, person, desk, result.reason.text if result.reason else "",
                             result.checkin_id)
        self._after_write(result, substitute_name)
        return result

    def _after_write(self, result: ScanResult, substitute_name: str) -> None:
        arrived = self._arrived
        self._mark_own_write()
        person, at = result.attendee, result.at
        assert person is not None and person.id is not None and at is not None, "an arrival result"
        if substitute_name:
            self._people.pop(person.id, None)
            self._roster = None
        if arrived is not None and result.status == OK:
            arrived[person.id] = (at.isoformat(timespec="milliseconds"), result.desk)
        self._arrived = arrived

    def _result(self, status, person, desk, kind, logged, at=None, **extra) -> ScanResult:
        seat = self.seat_message(person.id)
        return ScanResult(status, person, seat.text if seat else "", at or self.event.now(), desk,
                          vip=self.is_vip(person), rostrum=person.on_rostrum, kind=kind, input=logged,
                          seat_label=seat, **extra)

    def _maybe_person(self, attendee_id):
        try:
            return self.person(attendee_id) if attendee_id else None
        except NotFound:
            return None

    def _audit_scan(self, logged, status, person, desk, reason="", checkin_id=None) -> None:
        detail = {"input": logged, "result": status, "attendee_id": person.id if person else None}
        if reason:
            detail["reason"] = reason
        if checkin_id:
            detail["checkin_id"] = checkin_id
        with self.repo.transaction():
            self.event.audit("scan", detail, desk)
        self._mark_own_write()

    # --- corrections -------------------------------------------------------------------------
    def undo(self, checkin_id: int, reason: str, desk: str | None = None) -> Changes:
        """Revert a check-in (or a refusal); the log keeps both rows."""
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError("checkin.undo_reason_required")
        desk = self.desk_name() if desk is None else desk
        with self._lock:
            row = self.repo.checkin_row(checkin_id)
            if row is None:
                raise NotFound("checkin", checkin_id)
            if row.kind == KIND_UNDO or row.undone:
                raise CheckinError("checkin.already_undone", checkin_id=checkin_id)
            with self.repo.transaction():
                undo_id = self.repo.insert_checkin(CheckinEntry(
                    attendee_id=row.attendee_id, at=self.event.now_text(), desk=desk, kind=KIND_UNDO,
                    status=KIND_UNDO, reason=reason, undoes=checkin_id, uuid=_uuid()))
                self.repo.set_checkin_undone(checkin_id)
                self.event.audit("checkin.undo", {"checkin_id": checkin_id, "undo_id": undo_id, "reason": reason,
                                                  "attendee_id": row.attendee_id}, desk)
            self.invalidate()
            self._mark_own_write()
        ids = frozenset({row.attendee_id}) if row.attendee_id else frozenset()
        return Changes(checkins=True, ids=ids)

    def mark(self, attendee_id: int, state: str, reason: str = "", substitute_name: str = "",
             desk: str | None = None) -> Changes:
        """Set 请假/缺席/代参加 ("leave"/"absent"/"substitute"), or "" to clear the mark."""
        if state not in ATTENDANCE_STATES + ("",):
            raise ValidationError("checkin.unknown_state", state=state)
        substitute_name = (substitute_name or "").strip()
        if state == ATTENDANCE_SUBSTITUTE and not substitute_name:
            raise ValidationError("checkin.substitute_required")
        with self._lock, self.repo.transaction():
            if not self.repo.set_attendance(attendee_id, state, reason.strip(), substitute_name,
                                            self.event.now_text()):
                raise NotFound("attendee", attendee_id)
            self.event.audit("attendance.mark", {"attendee_id": attendee_id, "state": state, "reason": reason,
                                                 "substitute_name": substitute_name},
                             self.desk_name() if desk is None else desk)
        self._after_roster_change()
        return Changes(attendees=True, checkins=True, ids=frozenset({attendee_id}))

    def walk_in(self, name: str, unit: str = "", category: str = "", phone: str = "", title: str = "",
                desk: str | None = None, health_reading: HealthReading | None = None) -> ScanResult:
        """现场登记: add a new person, check them in, in one transaction (health gate first)."""
        name = "".join((name or "").split())
        if not name:
            raise ValidationError("person.name_required")
        desk = self.desk_name() if desk is None else desk
        guest = Attendee(name=name, unit=unit.strip(), category=category, phone="".join(phone.split()),
                         title=title.strip(), notes="现场登记")
        key = ("walkin", name, guest.phone)
        with self._lock:
            decision = self._health_decision(key, KIND_WALKIN, health_reading)
            if decision.outcome != health.PASS:
                return self._refuse_walk_in(guest, decision, desk, health_reading)
            with self.repo.transaction():
                new_id, _ = self.event.roster.add(guest.with_(badge_no=self.repo.next_badge_no()))
                self._after_roster_change()
                result = self._write_arrival(self.person(new_id), KIND_WALKIN, desk, health_reading, f"walkin:{name}",
                                             None, decision, "", "现场登记")
            if result.status == OK:
                result = self._seat_walk_in(result)
        return result

    def _seat_walk_in(self, result: ScanResult) -> ScanResult:
        """Give the new guest a free hall seat; the arrival already counts, so no seat is only a notice."""
        assert result.attendee is not None and result.attendee.id is not None, "a walk-in just added"
        attendee_id = result.attendee.id
        try:
            seat = self.event.seating.seat_one(attendee_id)
        except (CeremonyError, sqlite3.Error):
            seat = None                 # seating is a courtesy here: never undo a counted arrival for it
        self._seats.pop(attendee_id, None)
        self._mark_own_write()
        if seat is None:
            return replace(result, seat="", notices=result.notices + (NO_FREE_SEAT,))
        return replace(result, seat=self.seat(attendee_id), seat_label=self.seat_message(attendee_id))

    def _refuse_walk_in(self, guest, decision, desk, reading) -> ScanResult:
        status = REMEASURE if decision.outcome == health.REMEASURE else REFUSED
        checkin_id = None
        with self.repo.transaction():
            if status == REFUSED:
                why = f"现场登记 {guest.name}（{guest.unit}）：{decision.reason.text}"
                checkin_id = self.repo.insert_checkin(_log_row(None, self.event.now(), desk, KIND_REFUSED, reading,
                                                               REFUSED, why, "", f"walkin:{guest.name}"))
            self.event.audit("scan", {"input": f"walkin:{guest.name}", "result": status, "attendee_id": None,
                                      "reason": decision.reason.text}, desk)
        self._mark_own_write()
        return ScanResult(status, guest, at=self.event.now(), desk=desk, checkin_id=checkin_id, kind=KIND_WALKIN,
                          reason=decision.reason)

    def _after_roster_change(self) -> None:
        self.invalidate()
        self.event.roster.invalidate()

    # --- reading -----------------------------------------------------------------------------
    def search(self, text: str, limit: int = 20) -> list[Attendee]:
        """People matching what the desk typed, through the roster's index; scanner noise finds nobody."""
        text = " ".join((text or "").split())
        if not text or len(text) > MAX_QUERY or not any(ch.isprintable() for ch in text):
            return []
        return self.event.roster.search(text, limit=limit)

    def recent(self, limit: int = 30) -> list[CheckinEntry]:
        """The newest log rows (with name and unit), newest first."""
        return self.repo.recent_checkins(limit)

    def board(self):
        from ceremony.checkin.board import build_board
        return build_board(self.event)


def _log_row(attendee_id, at: datetime, desk, kind, reading, status, reason, substitute_name,
             logged) -> CheckinEntry:
    reading = reading or HealthReading()
    return CheckinEntry(attendee_id=attendee_id, at=at.isoformat(timespec="milliseconds"), desk=desk, kind=kind,
                        status=status, temperature=reading.temperature, health_code=reading.health_code,
                        trip_flag=reading.trip_flag, mask=reading.mask, reason=reason,
                        substitute_name=substitute_name, uuid=_uuid(), input=logged)


def _uuid() -> str:
    return uuid.uuid4().hex


def _loggable(text: str) -> str:
    kept = "".join(ch if ch.isprintable() else "�" for ch in text[:MAX_LOGGED_INPUT])
    return kept if len(text) <= MAX_LOGGED_INPUT else f"{kept}…（共{len(text)}字符）"


def _reject_reason(status: str) -> Message:
    """scan.invalid / scan.other_event / scan.revoked / scan.unknown."""
    return Message(f"scan.{status}")

