"""The no-network fallback: desks pass signed journal files and merge them without double counting."""

import pytest

from ceremony import attendance
from ceremony.sync import SyncFileError as CheckinMergeError, export_log, merge_log
from ceremony.event import Event
from ceremony.checkin.health import HealthReading

FINE = HealthReading(36.5, "green", False, True)


@pytest.fixture
def two_desks(small_event, tmp_path, clock):
    other = small_event.save_as(tmp_path / "desk2.ceremony")
    other.clock = clock
    other.set_setting("desk_name", "签到台2")
    yield small_event, other
    other.close()


@pytest.fixture
def guests(cast):
    """Six people of the small event, in rank order (any six would do)."""
    return [p.id for p in cast.everyone[:6]]


def arrived(event):
    return {a for a, s in attendance.attendance_states(event).items() if s.arrived}


def test_merge_is_idempotent_and_counts_once(two_desks, tmp_path, clock, guests):
    one, two = two_desks
    g1, g2, g3, g4, g5, g6 = guests
    people = one.repo.attendee_count()
    one.checkin.check_in_attendee(g1, health=FINE)
    one.checkin.check_in_attendee(g2, health=FINE)
    clock.advance(minutes=2)
    two.checkin.check_in_attendee(g2, health=FINE)          # the same guest at the other, offline desk
    two.checkin.check_in_attendee(g3, health=FINE)
    refused = two.checkin.check_in_attendee(g4, health=HealthReading(36.5, "red"))
    undo_me = two.checkin.check_in_attendee(g5, health=FINE)
    two.checkin.undo(undo_me.checkin_id, "扫错人")
    walk = two.checkin.walk_in("现场客", "某公司", "行业企业代表", "13900000000", health_reading=FINE)
    two.checkin.mark(g6, "leave", "出差")
    export = tmp_path / "desk2.json"
    export_log(two, export)

    report = merge_log(one, export)
    assert report.duplicates == 1 and report.new_people == 1 and report.marks == 1
    assert report.undos == ((one.attendee(g5).name, "扫错人"),)
    here = arrived(one)
    assert {g1, g2, g3} <= here and g4 not in here and g5 not in here
    assert len(here) == 4                                   # g1, g2, g3 and the walk-in
    walk_in_local = next(p for p in one.attendees() if p.name == "现场客")
    assert walk_in_local.id in here
    assert attendance.attendance_states(one)[g2].desk == "签到台1"      # the earlier arrival counts
    assert one.attendee(g6).attendance == "leave"
    assert any(r.status == "refused" and r.attendee_id == g4 for r in one.repo.checkins())

    again = merge_log(one, export)
    assert again.added == 0 and again.skipped == report.added + report.skipped and again.undos == ()
    assert len(arrived(one)) == 4 and one.repo.attendee_count() == people + 1

    # And back the other way: both desks end with the same figures.
    back = tmp_path / "desk1.json"
    export_log(one, back)
    merge_log(two, back)
    assert arrived(two) == arrived(one) - {walk_in_local.id} | {walk.attendee.id}


def test_earlier_arrival_elsewhere_wins(two_desks, tmp_path, clock, cast):
    one, two = two_desks
    guest = cast.students[0].id
    two.checkin.check_in_attendee(guest, health=FINE)           # 09:20 at desk 2
    clock.advance(minutes=5)
    one.checkin.check_in_attendee(guest, health=FINE)           # 09:25 at desk 1
    export_log(two, tmp_path / "d2.json")
    merge_log(one, tmp_path / "d2.json")
    state = attendance.attendance_states(one)[guest]
    assert state.desk == "签到台2" and state.arrived_at.strftime("%H:%M") == "09:20"
    assert sum(1 for r in one.repo.checkins() if r.attendee_id == guest and r.status == "ok") == 1


def test_other_event_or_garbage_is_refused(small_event, tmp_path):
    other = Event.create(tmp_path / "x.ceremony")
    export_log(other, tmp_path / "x.json")
    other.close()
    with pytest.raises(CheckinMergeError):
        merge_log(small_event, tmp_path / "x.json")
    (tmp_path / "bad.json").write_text("not json", encoding="utf-8")
    with pytest.raises(CheckinMergeError):
        merge_log(small_event, tmp_path / "bad.json")


def test_walk_ins_are_people_by_uid_not_by_name(two_desks, tmp_path):
    one, two = two_desks
    one.checkin.walk_in("司马现场", "甲公司", phone="13900000001", health_reading=FINE)
    two.checkin.walk_in("司马现场", "乙公司", phone="13900000001", health_reading=FINE)
    export_log(two, tmp_path / "d2.json")
    report = merge_log(one, tmp_path / "d2.json")
    assert report.new_people == 1 and report.duplicates == 0
    assert sorted(p.unit for p in one.attendees() if p.name == "司马现场") == ["乙公司", "甲公司"]
    assert len(arrived(one)) == 2


def test_a_file_edited_by_hand_is_refused_and_changes_nothing(two_desks, tmp_path, guests):
    import json
    one, two = two_desks
    two.checkin.check_in_attendee(guests[2], health=FINE)
    path = tmp_path / "d2.json"
    export_log(two, path)
    data = json.loads(path.read_text("utf-8"))
    next(r for r in data["records"] if r["kind"] == "checkin")["body"]["at"] = "2020-11-25T08:00:00.000"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    before = one.repo.checkin_count()
    with pytest.raises(CheckinMergeError, match="签名"):
        merge_log(one, path)
    assert one.repo.checkin_count() == before and guests[2] not in arrived(one)
