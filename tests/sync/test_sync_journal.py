"""The merge rules of LAN sync, without a network: every copy ends with the same rows and counts."""

import random

import pytest

from ceremony import attendance
from ceremony.checkin.health import HealthReading
from ceremony.models import Attendee
from ceremony.sync import journal
from ceremony.sync.store import BadRecord, SyncStore, check_record

FINE = HealthReading(36.5, "green", False, True)


def make_desk(host, tmp_path, name, clock):
    path = tmp_path / f"{name}.ceremony"
    desk = host.save_as(path)
    desk.clock = clock
    desk.set_setting("desk_name", name)
    store = SyncStore(desk)
    store.become_desk(host_store(host).log_id, host.repo.head_seq(), {})
    return desk


def host_store(host):
    return SyncStore(host, "主机")


def exchange(desk, host):
    """One push and one pull, as the network client does."""
    d, h = SyncStore(desk), host_store(host)
    d.capture()
    log_id = h.log_id
    d.follow_log(log_id, h.head())
    acked = h.receive(d.outbox(log_id))
    d.acknowledged(acked, log_id)
    h.capture()
    d.take(h.after(d.position().seq), log_id, h.head())


@pytest.fixture
def lan(demo_event, tmp_path, clock):
    host_store(demo_event).open_log()
    desks = [make_desk(demo_event, tmp_path, f"签到台{i}", clock) for i in (2, 3)]
    yield demo_event, desks
    for d in desks:
        d.close()


def counted(event):
    return {a: s.desk for a, s in attendance.attendance_states(event).items() if s.arrived}


def log_rows(event):
    return sorted((r.uuid, r.status, r.undone) for r in event.repo.checkins())


def sync_all(host, desks, rounds=2):
    for _ in range(rounds):
        for d in desks:
            exchange(d, host)


def test_same_guest_two_desks_same_millisecond(lan):
    host, (a, b) = lan
    ra = a.checkin.check_in_attendee(7, health=FINE)
    rb = b.checkin.check_in_attendee(7, health=FINE)
    assert ra.status == rb.status == "ok" and ra.at == rb.at
    sync_all(host, [a, b])
    winner = min((r.uuid for e in (a, b) for r in e.repo.checkins() if r.attendee_id == 7))
    for event in (host, a, b):
        rows = [r for r in event.repo.checkins() if r.attendee_id == 7]
        assert sorted(r.status for r in rows) == ["duplicate", "ok"]
        assert next(r for r in rows if r.status == "ok").uuid == winner
        assert [c["attendee_id"] for c in journal.conflicts(event.repo)] == [7]
        event.checkin.invalidate()
        assert [(c.name, c.counted_desk) for c in event.checkin.board().conflicts] == \
            [(event.attendee(7).name, counted(event)[7])]                    # the board lists it
    assert log_rows(host) == log_rows(a) == log_rows(b)


def test_record_delivered_twice_is_stored_once(lan):
    host, (a, _b) = lan
    a.checkin.check_in_attendee(3, health=FINE)
    d, h = SyncStore(a), host_store(host)
    d.capture()
    batch = d.outbox(h.log_id)
    assert h.receive(batch) == h.receive(batch)       # the reply was lost: the desk sends again
    assert sum(1 for r in host.repo.checkins() if r.attendee_id == 3) == 1
    assert len(counted(host)) == 1


def test_walk_ins_with_the_same_name_stay_two_people(lan):
    host, (a, b) = lan
    wa = a.checkin.walk_in("张伟", "甲公司", health_reading=FINE)
    wb = b.checkin.walk_in("张伟", "乙公司", health_reading=FINE)
    assert wa.attendee.id == wb.attendee.id               # the same local id on both desks ...
    sync_all(host, [a, b])
    for event in (host, a, b):
        zhang = [p for p in event.attendees() if p.name == "张伟"]
        assert sorted(p.unit for p in zhang) == ["乙公司", "甲公司"]     # ... but two people everywhere
        assert all(p.id in counted(event) for p in zhang)


def test_undo_travels_and_hands_the_count_to_the_other_arrival(lan, clock):
    host, (a, b) = lan
    first = a.checkin.check_in_attendee(9, health=FINE)
    clock.advance(minutes=1)
    b.checkin.check_in_attendee(9, health=FINE)           # offline: both let guest 9 in
    sync_all(host, [a, b])
    assert all(counted(e)[9] == "签到台2" for e in (host, a, b))
    a.checkin.undo(first.checkin_id, "扫错人")
    sync_all(host, [a, b])
    for event in (host, a, b):
        assert counted(event)[9] == "签到台3"
        assert journal.conflicts(event.repo) == []
    assert log_rows(host) == log_rows(a) == log_rows(b)


def test_marks_roster_seats_and_revoked_codes_travel(lan):
    host, (a, b) = lan
    a.checkin.mark(11, "leave", "出差")
    host.roster.add(Attendee(name="晚到者", unit="某局"))
    old_code = host.badge_code(12)
    host.reissue_badge_code(12)
    seat_13, seat_14 = host.repo.seat_of(13).id, host.repo.seat_of(14).id
    host.seating.move(13, seat_14)                      # swaps the two
    sync_all(host, [a, b])
    for event in (host, a, b):
        assert event.attendee(11).attendance == "leave"
        assert [p.unit for p in event.attendees() if p.name == "晚到者"] == ["某局"]
        assert event.lookup_code(old_code).status == "revoked"
        assert (event.repo.seat_of(13).id, event.repo.seat_of(14).id) == (seat_14, seat_13)


def test_order_of_arrival_does_not_change_the_outcome(lan, tmp_path, clock):
    host, (a, b) = lan
    for i, event in enumerate((a, b, a, b)):
        event.checkin.check_in_attendee(20 + i % 2, health=FINE)
        clock.advance(seconds=1)
    for d in (a, b):
        SyncStore(d).capture()
    records = [r for d in (a, b) for r in SyncStore(d).outbox("x")]
    outcomes = set()
    for attempt in range(3):
        copy = host.save_as(tmp_path / f"copy{attempt}.ceremony")
        random.Random(attempt).shuffle(records)
        with copy.repo.transaction():
            for r in records + records[:3]:
                journal.apply_record(copy.repo, r)
        outcomes.add(tuple(log_rows(copy)))
        copy.close()
    assert len(outcomes) == 1


@pytest.mark.parametrize("bad", [None, [], {"uuid": "x", "kind": "checkin", "body": {}},
                                 {"uuid": "a" * 32, "kind": "checkin", "body": {"at": 1}},
                                 {"uuid": "a" * 32, "kind": "person", "body": {"value": {"name": "x"}}},
                                 {"uuid": "a" * 32, "kind": "checkin", "body": "x"}])
def test_malformed_records_are_refused(bad):
    with pytest.raises(BadRecord):
        check_record(bad)


def test_a_desk_cannot_send_seats_or_badge_codes():
    with pytest.raises(BadRecord):
        check_record({"uuid": "a" * 32, "kind": "badge", "body": {"value": {"token": "T"}}}, from_desk=True)
