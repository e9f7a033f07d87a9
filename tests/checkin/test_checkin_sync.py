"""Desks that lost the network catch up: export and merge check-in logs without double counting."""

import pytest

from ceremony import attendance
from ceremony.checkin.sync import CheckinMergeError, export_log, merge_log
from ceremony.event import Event
from ceremony.checkin.health import HealthReading

FINE = HealthReading(36.5, "green", False, True)


@pytest.fixture
def two_desks(demo_event, tmp_path, clock):
    other = demo_event.save_as(tmp_path / "desk2.ceremony")
    other.clock = clock
    other.set_setting("desk_name", "签到台2")
    yield demo_event, other
    other.close()


def arrived(event):
    return {a for a, s in attendance.attendance_states(event).items() if s.arrived}


def test_merge_is_idempotent_and_counts_once(two_desks, tmp_path, clock):
    one, two = two_desks
    one.checkin.check_in_attendee(1, health=FINE)
    one.checkin.check_in_attendee(2, health=FINE)
    clock.advance(minutes=2)
    two.checkin.check_in_attendee(2, health=FINE)          # the same guest at the other, offline desk
    two.checkin.check_in_attendee(3, health=FINE)
    refused = two.checkin.check_in_attendee(4, health=HealthReading(36.5, "red"))
    undo_me = two.checkin.check_in_attendee(5, health=FINE)
    two.checkin.undo(undo_me.checkin_id, "扫错人")
    walk = two.checkin.walk_in("现场客", "某公司", "行业企业代表", "13900000000", health_reading=FINE)
    two.checkin.mark(6, "leave", "出差")
    export = tmp_path / "desk2.json"
    export_log(two, export)

    report = merge_log(one, export)
    assert report.duplicates == 1 and report.new_people == 1 and report.marks == 1
    here = arrived(one)
    assert {1, 2, 3} <= here and 4 not in here and 5 not in here
    assert len(here) == 4                                   # 1, 2, 3 and the walk-in
    walk_in_local = next(p for p in one.attendees() if p.name == "现场客")
    assert walk_in_local.id in here
    assert attendance.attendance_states(one)[2].desk == "签到台1"      # the earlier arrival counts
    assert one.attendee(6).attendance == "leave"
    assert any(r.status == "refused" and r.attendee_id == 4 for r in one.repo.checkins())

    again = merge_log(one, export)
    assert again.added == 0 and again.skipped == report.added + report.skipped
    assert len(arrived(one)) == 4 and one.repo.attendee_count() == 301

    # And back the other way: both desks end with the same figures.
    back = tmp_path / "desk1.json"
    export_log(one, back)
    merge_log(two, back)
    assert arrived(two) == arrived(one) - {walk_in_local.id} | {walk.attendee.id}


def test_earlier_arrival_elsewhere_wins(two_desks, tmp_path, clock):
    one, two = two_desks
    two.checkin.check_in_attendee(9, health=FINE)           # 09:20 at desk 2
    clock.advance(minutes=5)
    one.checkin.check_in_attendee(9, health=FINE)           # 09:25 at desk 1
    export_log(two, tmp_path / "d2.json")
    merge_log(one, tmp_path / "d2.json")
    state = attendance.attendance_states(one)[9]
    assert state.desk == "签到台2" and state.arrived_at.strftime("%H:%M") == "09:20"
    assert sum(1 for r in one.repo.checkins() if r.attendee_id == 9 and r.status == "ok") == 1


def test_other_event_or_garbage_is_refused(demo_event, tmp_path):
    other = Event.create(tmp_path / "x.ceremony")
    export_log(other, tmp_path / "x.json")
    other.close()
    with pytest.raises(CheckinMergeError):
        merge_log(demo_event, tmp_path / "x.json")
    (tmp_path / "bad.json").write_text("not json", encoding="utf-8")
    with pytest.raises(CheckinMergeError):
        merge_log(demo_event, tmp_path / "bad.json")
