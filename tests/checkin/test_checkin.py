"""Check-in at the desk: every result state, the double-scan rule, corrections, walk-ins, races."""

import sqlite3
import threading
from types import SimpleNamespace
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
def desk(small_event):
    return small_event.checkin


@pytest.fixture
def who(cast):
    """The people these tests use, by the part they play (ids in the small fixture event)."""
    s, c = cast.students, cast.colleges
    return SimpleNamespace(
        leader=cast.leader.id, host=cast.hosts[0].id, rostrum_host=cast.hosts[1].id, guest=s[0].id,
        revoked=s[1].id, deleted=s[2].id, teacher=cast.teachers[0].id, latecomer=cast.teachers[1].id,
        fever=s[3].id, fever_passes=s[4].id, red_code=s[5].id, health_off=s[6].id, remeasured_elsewhere=s[7].id,
        undone=s[8].id, student=s[9].id, on_leave=c[0].id, absent=c[1].id, substituted=c[2].id,
        manual=cast.parents[0].id, manual_future=cast.parents[1].id, parent=cast.parents[2].id,
        reporter=cast.media[0].id, renamed=cast.media[1].id, raced=cast.staff[0].id, everyone=len(cast.everyone))


def arrivals(event):
    return [r for r in event.repo.checkins() if r.status == "ok" and not r.undone]


def test_ok_scan_counts_once_and_shows_the_guest(small_event, desk, who):
    result = desk.check_in_code(small_event.badge_code(who.leader), health=FINE)
    assert result.status == OK and result.counted
    assert result.attendee.id == who.leader and result.vip and result.rostrum
    assert result.desk == "签到台1" and not result.late
    assert attendance.attendance_states(small_event)[who.leader].state == attendance.PRESENT
    row = arrivals(small_event)[0]
    assert (row.kind, row.temperature, row.health_code, row.mask) == ("scan", 36.5, "green", True)
    assert len(row.uuid) == 32


def test_double_scan_within_two_seconds_is_ignored(small_event, desk, clock, who):
    code = small_event.badge_code(who.teacher)
    first = desk.check_in_code(code, health=FINE)
    clock.advance(seconds=1)
    again = desk.check_in_code(code, health=FINE)
    assert again.repeated and again.status == OK and not again.counted
    assert len(arrivals(small_event)) == 1


def test_second_check_in_later_says_already_with_first_time_and_desk(small_event, desk, clock, who):
    code = small_event.badge_code(who.teacher)
    desk.check_in_code(code, desk="东门", health=FINE)
    clock.advance(seconds=3)
    again = desk.check_in_code(code, desk="西门", health=FINE)
    assert again.status == ALREADY and not again.repeated
    assert again.first_desk == "东门" and again.first_at == datetime(2020, 11, 25, 9, 20)
    assert len(arrivals(small_event)) == 1
    # A different desk within 2 s is not the accidental double scan: it reports 已签到.
    assert desk.check_in_code(code, desk="南门").status == ALREADY


def test_late_after_start_time(small_event, desk, clock, who):
    clock.set(10, 5)
    result = desk.check_in_code(small_event.badge_code(who.latecomer), health=FINE)
    assert result.late
    assert attendance.attendance_states(small_event)[who.latecomer].state == attendance.LATE


@pytest.mark.parametrize("text", [
    "",                                       # Enter on an empty field
    "CM1。ABC",                               # wrong input method
    "\x1b[A\x00\x07CM1\t",                     # control characters
    "ЦЬ1.ФИВ.ЙЦУК",                           # Russian keyboard layout
    "x" * 4096,                               # 4 KB of noise
    "龙振宇",                                  # a name typed into the scan path
])
def test_garbage_is_invalid_and_logged(small_event, desk, text):
    result = desk.check_in_code(text)
    assert result.status == INVALID and result.attendee is None and result.reason.code == "scan.invalid"
    audit = small_event.repo.audit_entries()[-1]
    assert audit["action"] == "scan" and audit["detail"]["result"] == INVALID and audit["desk"] == "签到台1"
    assert len(audit["detail"]["input"]) < 300
    assert arrivals(small_event) == []


def test_typo_in_a_real_code_is_invalid(small_event, desk, who):
    code = small_event.badge_code(who.guest)
    typo = code[:-3] + ("A" if code[-3] != "A" else "B") + code[-2:]
    assert desk.check_in_code(typo).status == INVALID


def test_other_event_revoked_unknown(small_event, desk, tmp_path, who):
    other = Event.create(tmp_path / "other.ceremony")
    from ceremony.models import Attendee
    other_id, _ = other.roster.add(Attendee(name="外人"))
    assert desk.check_in_code(other.badge_code(other_id)).status == OTHER_EVENT
    other.close()
    old = small_event.badge_code(who.revoked)
    small_event.reissue_badge_code(who.revoked)
    revoked = desk.check_in_code(old)
    assert revoked.status == REVOKED and revoked.attendee.id == who.revoked
    code = small_event.badge_code(who.deleted)
    small_event.roster.delete(who.deleted)
    assert desk.check_in_code(code).status == UNKNOWN


def test_every_scan_goes_to_the_audit_log(small_event, desk, clock, who):
    before = len(small_event.repo.audit_entries())
    desk.check_in_code(small_event.badge_code(who.rostrum_host), health=FINE)
    clock.advance(seconds=1)
    desk.check_in_code(small_event.badge_code(who.rostrum_host), health=FINE)       # repeat
    desk.check_in_code("nonsense")
    entries = small_event.repo.audit_entries()[before:]
    assert [e["detail"]["result"] for e in entries if e["action"] == "scan"] == ["ok", "repeat", "invalid"]
    assert all(e["at"].startswith("2020-11-25T09:20") for e in entries)


def test_fever_remeasure_then_refuse(small_event, desk, clock, who):
    code = small_event.badge_code(who.fever)
    first = desk.check_in_code(code, health=HealthReading(37.6, "green", False, True))
    assert first.status == REMEASURE and first.attendee.id == who.fever
    assert small_event.repo.checkins() == []
    clock.advance(minutes=5)
    second = desk.check_in_code(code, health=HealthReading(37.5, "green", False, True))
    assert second.status == REFUSED and second.reason.code == "health.fever_again"
    assert "37.5" in second.reason.text
    row = small_event.repo.checkins()[-1]
    assert (row.kind, row.status, row.temperature) == ("refused", "refused", 37.5)
    assert attendance.attendance_states(small_event)[who.fever].state == attendance.PENDING


def test_fever_remeasured_normal_passes(small_event, desk, clock, who):
    code = small_event.badge_code(who.fever_passes)
    desk.check_in_code(code, health=HealthReading(37.4, "green", False, True))
    clock.advance(minutes=5)
    assert desk.check_in_code(code, health=HealthReading(36.8, "green", False, True)).status == OK


def test_red_code_refused_and_health_off_skips_the_gate(small_event, desk, clock, who):
    assert desk.check_in_code(small_event.badge_code(who.red_code), health=HealthReading(36.5, "red")).status == REFUSED
    small_event.set_setting("health_check", False)
    assert desk.check_in_code(small_event.badge_code(who.health_off), health=HealthReading(39.0, "red")).status == OK


def test_undo_keeps_both_rows_and_allows_a_new_check_in(small_event, desk, clock, who):
    result = desk.check_in_code(small_event.badge_code(who.undone), health=FINE)
    with pytest.raises(ValidationError):
        desk.undo(result.checkin_id, "  ")
    changes = desk.undo(result.checkin_id, "扫错人")
    assert changes.checkins and who.undone in changes.ids
    rows = small_event.repo.checkins()
    assert rows[0].undone is True and rows[1].kind == "undo" and rows[1].undoes == result.checkin_id
    assert rows[1].reason == "扫错人"
    assert attendance.attendance_states(small_event)[who.undone].state == attendance.PENDING
    with pytest.raises(CheckinError):
        desk.undo(result.checkin_id, "again")
    clock.advance(seconds=5)
    assert desk.check_in_code(small_event.badge_code(who.undone), health=FINE).status == OK


def test_marks_leave_absent_substitute(small_event, desk, who):
    desk.mark(who.on_leave, "leave", "出差")
    desk.mark(who.absent, "absent")
    with pytest.raises(ValidationError):
        desk.mark(who.substituted, "substitute")
    result = desk.check_in_attendee(who.substituted, health=FINE, substitute_name="李代表", reason="局长出差")
    assert result.status == OK
    states = attendance.attendance_states(small_event)
    assert [states[i].state for i in (who.on_leave, who.absent, who.substituted)] == ["leave", "absent", "substitute"]
    person = small_event.attendee(who.substituted)
    assert person.substitute_name == "李代表"
    assert arrivals(small_event)[0].substitute_name == "李代表"
    desk.mark(who.on_leave, "")
    assert attendance.attendance_states(small_event)[who.on_leave].state in ("pending", "leave")  # rsvp may still say leave


def test_manual_check_in_with_a_time(small_event, desk, clock, who):
    clock.set(10, 30)
    result = desk.manual(who.manual, datetime(2020, 11, 25, 9, 45), "纸质签到表补录")
    assert result.status == OK and result.kind == "manual"
    row = arrivals(small_event)[0]
    assert row.at.startswith("2020-11-25T09:45") and row.kind == "manual"
    with pytest.raises(ValidationError):
        desk.manual(who.manual_future, datetime(2020, 11, 25, 11, 0))


def test_walk_in_adds_and_checks_in(small_event, desk):
    before = small_event.repo.attendee_count()
    result = desk.walk_in("欧阳明", "东莞市模具行业协会", "行业企业代表", "138 0000 1234", health_reading=FINE)
    assert result.status == OK and result.kind == "walkin"
    assert small_event.repo.attendee_count() == before + 1
    person = small_event.attendee(result.attendee.id)
    assert person.phone == "13800001234" and person.badge_no == f"{before + 1:04d}"
    assert arrivals(small_event)[0].kind == "walkin"
    assert any(p.id == person.id for p in desk.search("欧阳明"))


def test_walk_in_refused_is_not_added(small_event, desk):
    before = small_event.repo.attendee_count()
    result = desk.walk_in("王五", "某单位", health_reading=HealthReading(36.6, "yellow"))
    assert result.status == REFUSED
    assert small_event.repo.attendee_count() == before
    assert "王五" in small_event.repo.checkins()[-1].reason
    with pytest.raises(ValidationError):
        desk.walk_in("  ")


def test_roster_change_invalidates_the_cache(small_event, desk, clock, who):
    desk.check_in_code(small_event.badge_code(who.reporter), health=FINE)
    small_event.roster.update(small_event.attendee(who.renamed).with_(name="改名后"))
    result = desk.check_in_code(small_event.badge_code(who.renamed), health=FINE)
    assert result.attendee.name == "改名后"


def test_two_desks_same_millisecond_count_once(small_event, tmp_path, clock, who):
    code = small_event.badge_code(who.raced)
    desks = [Event.open(small_event.path, clock=clock) for _ in range(4)]
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
    assert len(arrivals(small_event)) == 1


def test_database_refuses_a_second_active_arrival(small_event, who):
    small_event.repo.insert_checkin(CheckinEntry(attendee_id=who.guest, at="2020-11-25T09:00:00", kind="scan", status="ok"))
    with pytest.raises(sqlite3.IntegrityError):
        small_event.repo.insert_checkin(CheckinEntry(attendee_id=who.guest, at="2020-11-25T09:01:00", kind="scan",
                                                    status="ok"))


def test_board_counts_with_attendance_states(small_event, desk, clock, who):
    for aid in (who.leader, who.host, who.student, who.parent):
        desk.check_in_code(small_event.badge_code(aid), health=FINE)
        clock.advance(minutes=6)
    board = desk.board()
    assert board.total.arrived == 4 and board.total.expected == who.everyone
    assert board.total == attendance.tally(attendance.attendance_states(small_event).values())
    cat = {g.name: g.tally for g in board.by_category}
    assert cat["市领导"].arrived == 1 and cat["市领导"].pending == 0
    assert sum(g.tally.arrived for g in board.by_zone) == 4
    pending = {p.id for p in board.leaders_pending}
    assert who.leader not in pending and who.rostrum_host in pending
    assert [n for _, n in board.timeline] == [1, 1, 1, 1, 0]
    assert board.latest[0].attendee.id == who.parent


def test_re_measurement_at_another_desk_is_decisive(small_event, clock, who):
    code = small_event.badge_code(who.remeasured_elsewhere)
    first = small_event.checkin.check_in_code(code, desk="东门", health=HealthReading(37.7, "green", False, True))
    assert first.status == REMEASURE
    clock.advance(minutes=4)
    other = Event.open(small_event.path, clock=clock)
    second = other.checkin.check_in_code(code, desk="西门", health=HealthReading(37.6, "green", False, True))
    other.close()
    assert second.status == REFUSED
