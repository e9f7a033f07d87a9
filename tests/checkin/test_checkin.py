"""Check-in at the desk: every result state, the double-scan rule, corrections, walk-ins, races."""

import sqlite3
import threading
from datetime import datetime, timedelta

import pytest

from ceremony import attendance
from ceremony.checkin.service import CheckinError
from ceremony.checkin.result import (ALREADY, INVALID, OK, OTHER_EVENT, REFUSED, REMEASURE, REVOKED, UNKNOWN)
from ceremony.errors import ValidationError
from ceremony.event import Event
from ceremony.models import CheckinEntry
from ceremony.checkin.health import HealthReading

FINE = HealthReading(36.5, "green", False, True)


@pytest.fixture
def desk(demo_event):
    return demo_event.checkin


def arrivals(event):
    return [r for r in event.repo.checkins() if r.status == "ok" and not r.undone]


def test_ok_scan_counts_once_and_shows_the_guest(demo_event, desk):
    result = desk.check_in_code(demo_event.badge_code(1), health=FINE)
    assert result.status == OK and result.counted
    assert result.attendee.name == "黎振华" and result.vip and result.rostrum
    assert result.desk == "签到台1" and not result.late
    assert attendance.attendance_states(demo_event)[1].state == attendance.PRESENT
    row = arrivals(demo_event)[0]
    assert (row.kind, row.temperature, row.health_code, row.mask) == ("scan", 36.5, "green", True)
    assert len(row.uuid) == 32


def test_double_scan_within_two_seconds_is_ignored(demo_event, desk, clock):
    code = demo_event.badge_code(20)
    first = desk.check_in_code(code, health=FINE)
    clock.advance(seconds=1)
    again = desk.check_in_code(code, health=FINE)
    assert again.repeated and again.status == OK and not again.counted
    assert len(arrivals(demo_event)) == 1


def test_second_check_in_later_says_already_with_first_time_and_desk(demo_event, desk, clock):
    code = demo_event.badge_code(20)
    desk.check_in_code(code, desk="东门", health=FINE)
    clock.advance(seconds=3)
    again = desk.check_in_code(code, desk="西门", health=FINE)
    assert again.status == ALREADY and not again.repeated
    assert again.first_desk == "东门" and again.first_at == datetime(2020, 11, 25, 9, 20)
    assert len(arrivals(demo_event)) == 1
    # A different desk within 2 s is not the accidental double scan: it reports 已签到.
    assert desk.check_in_code(code, desk="南门").status == ALREADY


def test_late_after_start_time(demo_event, desk, clock):
    clock.set(10, 5)
    result = desk.check_in_code(demo_event.badge_code(30), health=FINE)
    assert result.late
    assert attendance.attendance_states(demo_event)[30].state == attendance.LATE


@pytest.mark.parametrize("text", [
    "",                                       # Enter on an empty field
    "CM1。ABC",                               # wrong input method
    "\x1b[A\x00\x07CM1\t",                     # control characters
    "ЦЬ1.ФИВ.ЙЦУК",                           # Russian keyboard layout
    "x" * 4096,                               # 4 KB of noise
    "黎振华",                                  # a name typed into the scan path
])
def test_garbage_is_invalid_and_logged(demo_event, desk, text):
    result = desk.check_in_code(text)
    assert result.status == INVALID and result.attendee is None and result.reason.code == "scan.invalid"
    audit = demo_event.repo.audit_entries()[-1]
    assert audit["action"] == "scan" and audit["detail"]["result"] == INVALID and audit["desk"] == "签到台1"
    assert len(audit["detail"]["input"]) < 300
    assert arrivals(demo_event) == []


def test_typo_in_a_real_code_is_invalid(demo_event, desk):
    code = demo_event.badge_code(5)
    typo = code[:-3] + ("A" if code[-3] != "A" else "B") + code[-2:]
    assert desk.check_in_code(typo).status == INVALID


def test_other_event_revoked_unknown(demo_event, desk, tmp_path):
    other = Event.create(tmp_path / "other.ceremony")
    from ceremony.models import Attendee
    other_id, _ = other.roster.add(Attendee(name="外人"))
    assert desk.check_in_code(other.badge_code(other_id)).status == OTHER_EVENT
    other.close()
    old = demo_event.badge_code(7)
    demo_event.reissue_badge_code(7)
    revoked = desk.check_in_code(old)
    assert revoked.status == REVOKED and revoked.attendee.id == 7
    code = demo_event.badge_code(8)
    demo_event.roster.delete(8)
    assert desk.check_in_code(code).status == UNKNOWN


def test_every_scan_goes_to_the_audit_log(demo_event, desk, clock):
    before = len(demo_event.repo.audit_entries())
    desk.check_in_code(demo_event.badge_code(3), health=FINE)
    clock.advance(seconds=1)
    desk.check_in_code(demo_event.badge_code(3), health=FINE)       # repeat
    desk.check_in_code("nonsense")
    entries = demo_event.repo.audit_entries()[before:]
    assert [e["detail"]["result"] for e in entries if e["action"] == "scan"] == ["ok", "repeat", "invalid"]
    assert all(e["at"].startswith("2020-11-25T09:20") for e in entries)


def test_fever_remeasure_then_refuse(demo_event, desk, clock):
    code = demo_event.badge_code(40)
    first = desk.check_in_code(code, health=HealthReading(37.6, "green", False, True))
    assert first.status == REMEASURE and first.attendee.id == 40
    assert demo_event.repo.checkins() == []
    clock.advance(minutes=5)
    second = desk.check_in_code(code, health=HealthReading(37.5, "green", False, True))
    assert second.status == REFUSED and second.reason.code == "health.fever_again"
    assert "37.5" in second.reason.text
    row = demo_event.repo.checkins()[-1]
    assert (row.kind, row.status, row.temperature) == ("refused", "refused", 37.5)
    assert attendance.attendance_states(demo_event)[40].state == attendance.PENDING


def test_fever_remeasured_normal_passes(demo_event, desk, clock):
    code = demo_event.badge_code(41)
    desk.check_in_code(code, health=HealthReading(37.4, "green", False, True))
    clock.advance(minutes=5)
    assert desk.check_in_code(code, health=HealthReading(36.8, "green", False, True)).status == OK


def test_red_code_refused_and_health_off_skips_the_gate(demo_event, desk, clock):
    assert desk.check_in_code(demo_event.badge_code(42), health=HealthReading(36.5, "red")).status == REFUSED
    demo_event.set_setting("health_check", False)
    assert desk.check_in_code(demo_event.badge_code(43), health=HealthReading(39.0, "red")).status == OK


def test_undo_keeps_both_rows_and_allows_a_new_check_in(demo_event, desk, clock):
    result = desk.check_in_code(demo_event.badge_code(50), health=FINE)
    with pytest.raises(ValidationError):
        desk.undo(result.checkin_id, "  ")
    changes = desk.undo(result.checkin_id, "扫错人")
    assert changes.checkins and 50 in changes.ids
    rows = demo_event.repo.checkins()
    assert rows[0].undone is True and rows[1].kind == "undo" and rows[1].undoes == result.checkin_id
    assert rows[1].reason == "扫错人"
    assert attendance.attendance_states(demo_event)[50].state == attendance.PENDING
    with pytest.raises(CheckinError):
        desk.undo(result.checkin_id, "again")
    clock.advance(seconds=5)
    assert desk.check_in_code(demo_event.badge_code(50), health=FINE).status == OK


def test_marks_leave_absent_substitute(demo_event, desk):
    desk.mark(60, "leave", "出差")
    desk.mark(61, "absent")
    with pytest.raises(ValidationError):
        desk.mark(62, "substitute")
    result = desk.check_in_attendee(62, health=FINE, substitute_name="李代表", reason="局长出差")
    assert result.status == OK
    states = attendance.attendance_states(demo_event)
    assert [states[i].state for i in (60, 61, 62)] == ["leave", "absent", "substitute"]
    person = demo_event.attendee(62)
    assert person.substitute_name == "李代表"
    assert arrivals(demo_event)[0].substitute_name == "李代表"
    desk.mark(60, "")
    assert attendance.attendance_states(demo_event)[60].state in ("pending", "leave")  # rsvp may still say leave


def test_manual_check_in_with_a_time(demo_event, desk, clock):
    clock.set(10, 30)
    result = desk.manual(70, datetime(2020, 11, 25, 9, 45), "纸质签到表补录")
    assert result.status == OK and result.kind == "manual"
    row = arrivals(demo_event)[0]
    assert row.at.startswith("2020-11-25T09:45") and row.kind == "manual"
    with pytest.raises(ValidationError):
        desk.manual(71, datetime(2020, 11, 25, 11, 0))


def test_walk_in_adds_and_checks_in(demo_event, desk):
    before = demo_event.repo.attendee_count()
    result = desk.walk_in("欧阳明", "东莞市模具行业协会", "行业企业代表", "138 0000 1234", health_reading=FINE)
    assert result.status == OK and result.kind == "walkin"
    assert demo_event.repo.attendee_count() == before + 1
    person = demo_event.attendee(result.attendee.id)
    assert person.phone == "13800001234" and person.badge_no == f"{before + 1:04d}"
    assert arrivals(demo_event)[0].kind == "walkin"
    assert any(p.id == person.id for p in desk.search("欧阳明"))


def test_walk_in_refused_is_not_added(demo_event, desk):
    before = demo_event.repo.attendee_count()
    result = desk.walk_in("王五", "某单位", health_reading=HealthReading(36.6, "yellow"))
    assert result.status == REFUSED
    assert demo_event.repo.attendee_count() == before
    assert "王五" in demo_event.repo.checkins()[-1].reason
    with pytest.raises(ValidationError):
        desk.walk_in("  ")


def test_roster_change_invalidates_the_cache(demo_event, desk, clock):
    desk.check_in_code(demo_event.badge_code(80), health=FINE)
    demo_event.roster.update(demo_event.attendee(81).with_(name="改名后"))
    result = desk.check_in_code(demo_event.badge_code(81), health=FINE)
    assert result.attendee.name == "改名后"


def test_two_desks_same_millisecond_count_once(demo_event, tmp_path, clock):
    code = demo_event.badge_code(90)
    desks = [Event.open(demo_event.path, clock=clock) for _ in range(4)]
    barrier = threading.Barrier(len(desks))
    results = []

    def scan(ev, name):
        barrier.wait()
        results.append(ev.checkin.check_in_code(code, desk=name, health=FINE))

    threads = [threading.Thread(target=scan, args=(ev, f"台{i}")) for i, ev in enumerate(desks)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for ev in desks:
        ev.close()
    assert sorted(r.status for r in results) == [ALREADY, ALREADY, ALREADY, OK]
    assert len(arrivals(demo_event)) == 1


def test_database_refuses_a_second_active_arrival(demo_event):
    demo_event.repo.insert_checkin(CheckinEntry(attendee_id=5, at="2020-11-25T09:00:00", kind="scan", status="ok"))
    with pytest.raises(sqlite3.IntegrityError):
        demo_event.repo.insert_checkin(CheckinEntry(attendee_id=5, at="2020-11-25T09:01:00", kind="scan",
                                                    status="ok"))


def test_board_counts_with_attendance_states(demo_event, desk, clock):
    for aid in (1, 2, 100, 101):
        desk.check_in_code(demo_event.badge_code(aid), health=FINE)
        clock.advance(minutes=6)
    board = desk.board()
    assert board.total.arrived == 4 and board.total.expected == 300
    assert board.total == attendance.tally(attendance.attendance_states(demo_event).values())
    cat = {g.name: g.tally for g in board.by_category}
    assert cat["市领导"].arrived == 1 and cat["市领导"].pending == 0
    assert sum(g.tally.arrived for g in board.by_zone) == 4
    assert 1 not in {p.id for p in board.leaders_pending} and 3 in {p.id for p in board.leaders_pending}
    assert [n for _, n in board.timeline] == [1, 1, 1, 1, 0]
    assert board.latest[0].attendee.id == 101


def test_re_measurement_at_another_desk_is_decisive(demo_event, clock):
    code = demo_event.badge_code(44)
    first = demo_event.checkin.check_in_code(code, desk="东门", health=HealthReading(37.7, "green", False, True))
    assert first.status == REMEASURE
    clock.advance(minutes=4)
    other = Event.open(demo_event.path, clock=clock)
    second = other.checkin.check_in_code(code, desk="西门", health=HealthReading(37.6, "green", False, True))
    other.close()
    assert second.status == REFUSED
