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
def lan(small_event, tmp_path, clock):
    host_store(small_event).open_log()
    desks = [make_desk(small_event, tmp_path, f"签到台{i}", clock) for i in (2, 3)]
    yield small_event, desks
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


def test_same_guest_two_desks_same_millisecond(lan, cast):
    host, (a, b) = lan
    guest = cast.principals[0].id
    ra = a.checkin.check_in_attendee(guest, health=FINE)
    rb = b.checkin.check_in_attendee(guest, health=FINE)
    assert ra.status == rb.status == "ok" and ra.at == rb.at
    sync_all(host, [a, b])
    winner = min((r.uuid for e in (a, b) for r in e.repo.checkins() if r.attendee_id == guest))
    for event in (host, a, b):
        rows = [r for r in event.repo.checkins() if r.attendee_id == guest]
        assert sorted(r.status for r in rows) == ["duplicate", "ok"]
        assert next(r for r in rows if r.status == "ok").uuid == winner
        assert [c["attendee_id"] for c in journal.conflicts(event.repo)] == [guest]
        event.checkin.invalidate()
        assert [(c.name, c.counted_desk) for c in event.checkin.board().conflicts] == \
            [(event.attendee(guest).name, counted(event)[guest])]            # the board lists it
    assert log_rows(host) == log_rows(a) == log_rows(b)


def test_record_delivered_twice_is_stored_once(lan, cast):
    host, (a, _b) = lan
    guest = cast.hosts[1].id
    a.checkin.check_in_attendee(guest, health=FINE)
    d, h = SyncStore(a), host_store(host)
    d.capture()
    batch = d.outbox(h.log_id)
    assert h.receive(batch) == h.receive(batch)       # the reply was lost: the desk sends again
    assert sum(1 for r in host.repo.checkins() if r.attendee_id == guest) == 1
    assert len(counted(host)) == 1


def test_walk_ins_with_the_same_name_stay_two_people(lan):
    host, (a, b) = lan
    assert not [p for p in host.attendees() if p.name == "李志强"]
    wa = a.checkin.walk_in("李志强", "甲公司", health_reading=FINE)
    wb = b.checkin.walk_in("李志强", "乙公司", health_reading=FINE)
    assert wa.attendee.id == wb.attendee.id               # the same local id on both desks ...
    sync_all(host, [a, b])
    for event in (host, a, b):
        li = [p for p in event.attendees() if p.name == "李志强"]
        assert sorted(p.unit for p in li) == ["乙公司", "甲公司"]         # ... but two people everywhere
        assert all(p.id in counted(event) for p in li)


def test_undo_travels_and_hands_the_count_to_the_other_arrival(lan, cast, clock):
    host, (a, b) = lan
    guest = cast.colleges[0].id
    first = a.checkin.check_in_attendee(guest, health=FINE)
    clock.advance(minutes=1)
    b.checkin.check_in_attendee(guest, health=FINE)       # offline: both let the guest in
    sync_all(host, [a, b])
    assert all(counted(e)[guest] == "签到台2" for e in (host, a, b))
    a.checkin.undo(first.checkin_id, "扫错人")
    sync_all(host, [a, b])
    for event in (host, a, b):
        assert counted(event)[guest] == "签到台3"
        assert journal.conflicts(event.repo) == []
    assert log_rows(host) == log_rows(a) == log_rows(b)


def test_marks_roster_seats_and_revoked_codes_travel(lan, cast):
    host, (a, b) = lan
    away, reissued, (one, two) = cast.colleges[1].id, cast.colleges[2].id, [p.id for p in cast.students[:2]]
    a.checkin.mark(away, "leave", "出差")
    host.roster.add(Attendee(name="晚到者", unit="某局"))
    old_code = host.badge_code(reissued)
    host.reissue_badge_code(reissued)
    seat_one, seat_two = host.repo.seat_of(one).id, host.repo.seat_of(two).id
    host.seating.move(one, seat_two)                    # swaps the two
    sync_all(host, [a, b])
    for event in (host, a, b):
        assert event.attendee(away).attendance == "leave"
        assert [p.unit for p in event.attendees() if p.name == "晚到者"] == ["某局"]
        assert event.lookup_code(old_code).status == "revoked"
        assert (event.repo.seat_of(one).id, event.repo.seat_of(two).id) == (seat_two, seat_one)


def test_order_of_arrival_does_not_change_the_outcome(lan, cast, tmp_path, clock):
    host, (a, b) = lan
    for i, event in enumerate((a, b, a, b)):
        event.checkin.check_in_attendee(cast.teachers[i % 2].id, health=FINE)
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


def push(desk, host):
    """A push as :meth:`DeskLink.push` makes it: the outbox for the log the desk last saw, then the host's."""
    d, h = SyncStore(desk), host_store(host)
    d.capture()
    while True:
        log_id = d.log_id
        batch = d.outbox(log_id)
        if not batch:
            return
        acked = h.receive(batch)
        d.follow_log(h.log_id, h.head())
        if h.log_id != log_id:
            continue                     # another host log: everything goes again
        d.acknowledged(acked, log_id)


def test_a_wiped_host_gets_an_undo_before_the_arrival_it_undoes(small_event, tmp_path, clock, cast):
    # The chaos test's flake: the desk's first push to the wiped host holds only what the old log had not
    # acknowledged (the undo); the arrival it undoes follows once the desk sees the new log.
    pristine = small_event.save_as(tmp_path / "pristine.ceremony")
    host_store(small_event).open_log()
    a = make_desk(small_event, tmp_path, "签到台2", clock)
    guest = cast.principals[0].id
    first = a.checkin.check_in_attendee(guest, health=FINE)
    push(a, small_event)
    clock.advance(seconds=5)
    a.checkin.undo(first.checkin_id, "扫错人")
    host_store(pristine).open_log()                     # the host's file is lost: a new log, nothing in it
    push(a, pristine)
    assert [r.kind for r in pristine.repo.checkins()] == ["undo", "search"]      # the undo did come first
    assert log_rows(pristine) == log_rows(a)
    assert counted(pristine) == counted(a) == {}
    a.close()
    pristine.close()


def test_an_undone_arrival_reads_the_same_on_every_copy(lan, cast, clock):
    # Desk 3 lets a guest in and undoes it before it hears that desk 2 let the same guest in earlier:
    # desk 3 undid its counted arrival, the host undoes what it holds as a duplicate.
    host, (a, b) = lan
    guest = cast.colleges[0].id
    a.checkin.check_in_attendee(guest, health=FINE)
    clock.advance(seconds=30)
    late = b.checkin.check_in_attendee(guest, health=FINE)
    exchange(a, host)
    clock.advance(seconds=30)
    b.checkin.undo(late.checkin_id, "扫错人")
    sync_all(host, [a, b])
    assert log_rows(host) == log_rows(a) == log_rows(b)
    assert all(counted(e)[guest] == "签到台2" for e in (host, a, b))


def test_any_order_of_arrivals_and_undos_gives_the_desks_own_outcome(lan, cast, tmp_path, clock):
    host, (a, b) = lan
    p, q = cast.teachers[0].id, cast.teachers[1].id
    a.checkin.check_in_attendee(p, health=FINE)
    clock.advance(seconds=1)
    b.checkin.check_in_attendee(q, health=FINE)
    clock.advance(seconds=1)
    late_p = b.checkin.check_in_attendee(p, health=FINE)        # neither desk has heard of the other yet
    clock.advance(seconds=1)
    late_q = a.checkin.check_in_attendee(q, health=FINE)
    clock.advance(seconds=1)
    b.checkin.undo(late_p.checkin_id, "扫错人")
    a.checkin.undo(late_q.checkin_id, "扫错人")
    clock.advance(seconds=1)
    again = a.checkin.check_in_attendee(q, health=FINE)           # counted here until the earlier one comes
    assert again.status == "ok"
    for d in (a, b):
        SyncStore(d).capture()
    records = [r for d in (a, b) for r in SyncStore(d).outbox("x")]
    sync_all(host, [a, b])
    expected = log_rows(host)
    assert log_rows(a) == log_rows(b) == expected
    orders = [records[::-1]] + [random.Random(seed).sample(records, len(records)) for seed in range(6)]
    for attempt, order in enumerate(orders):
        copy = host.save_as(tmp_path / f"order{attempt}.ceremony")
        with copy.repo.transaction():
            copy.repo.conn.execute("DELETE FROM checkins")      # the host's copy before any check-in
            copy.repo.conn.execute("DELETE FROM sync_records WHERE kind = 'checkin'")
        with copy.repo.transaction():
            for r in order:
                journal.apply_record(copy.repo, r)
        assert log_rows(copy) == expected, attempt
        copy.close()
