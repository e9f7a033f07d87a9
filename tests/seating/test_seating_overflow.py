"""Zone overflow; one seat for a latecomer (seat_one) with undo; on the small fixture event."""

from __future__ import annotations

import re

from ceremony.models import Attendee
from ceremony.seating.auto import SeatingRules
from ceremony.seating.venue_file import set_blocked


def assert_one_seat_one_person(event):
    rows = event.repo.assignments()
    assert len({r.seat_id for r in rows}) == len(rows)
    assert len({r.attendee_id for r in rows}) == len(rows)


def hall_seats(event, zone=None, free_only=False):
    return [s for s in event.seating.plan() if s.section_kind == "hall"
            and (zone is None or s.zone_name == zone) and not (free_only and s.attendee_id)
            and not s.blocked and not s.reserved]


def block(event, seats):
    service = event.seating
    service.replace_venue(set_blocked(service.venue_spec(), [(s.section_name, s.row, s.x) for s in seats],
                                      True))


def test_shrunk_zone_spills_into_the_next_zone_with_a_warning(small_event, cast):
    service = small_event.seating
    zone_order = [z.name for z in small_event.repo.zones()]
    members = [p.id for p in cast.business]
    assert len(members) == 4
    block(small_event, hall_seats(small_event, "企业代表区")[1:])          # the zone keeps 1 seat
    result = service.auto_seat()
    assert result.unseated == []
    overflow = [re.match(r"(\d+)人因分区「企业代表区」已满安排在(\S+)", w.text) for w in result.warnings]
    spilled_to = {m.group(2): int(m.group(1)) for m in overflow if m}
    assert sum(spilled_to.values()) == len(members) - 1
    seat_zone = {r.id: r.zone for r in service.assigned_rows()}
    assert sum(seat_zone[m] == "企业代表区" for m in members) == 1
    spilled = {seat_zone[m] for m in members if seat_zone[m] != "企业代表区"}
    behind = zone_order[zone_order.index("企业代表区") + 1]
    assert set(spilled_to) == spilled
    assert behind in spilled and all(zone_order.index(z) > zone_order.index("企业代表区") for z in spilled)
    assert_one_seat_one_person(small_event)
    blocked = {s.id for s in service.plan() if s.blocked}
    assert not any(s.attendee_id for s in service.plan() if s.id in blocked)
    # The zone behind still seats all of its own people, and a re-run moves nobody.
    assert all(seat_zone[p.id] == behind for p in small_event.attendees()
               if service.seat_of(p.id)
               and p.category in {c.name for c in small_event.categories() if c.zone == behind})
    assert service.auto_seat(apply=False).operation.states == ()


def test_overflow_keeps_locked_seats(small_event, cast):
    service = small_event.seating
    guest_seats = hall_seats(small_event, "嘉宾区")
    locked = next(s for s in guest_seats if s.attendee_id)
    service.apply(service.lock_operation([locked.id], True))
    guests = [p for p in cast.sections + cast.colleges + cast.principals
              if service.seat_of(p.id).zone_name == "嘉宾区"]          # those not moved forward to the front
    assert len(guests) == 3
    block(small_event, [s for s in guest_seats if s.id != locked.id][1:])    # 2 seats for 3 guests
    result = service.auto_seat()
    assert result.unseated == [] and any("因分区「嘉宾区」已满" in w.text for w in result.warnings)
    assert service.seat(locked.id).attendee_id == locked.attendee_id
    assert_one_seat_one_person(small_event)


def test_seat_one_gives_a_zone_seat_and_undoes(small_event):
    service = small_event.seating
    before = {s.id: s.attendee_id for s in service.plan()}
    new_id, _ = small_event.roster.add(Attendee(name="迟来客", category="家长代表", unit="某家长"))
    op = service.seat_one_operation(new_id)
    inverse, changes = op.apply(small_event)
    seat = service.seat_of(new_id)
    assert seat.zone_name == "家长代表区" and changes.seats and new_id in changes.ids
    after = {s.id: s.attendee_id for s in service.plan()}
    assert {k: (None if v == new_id else v) for k, v in after.items()} == before     # nobody else moved
    assert service.seat_one(new_id) == seat                                  # already seated: same seat
    inverse.apply(small_event)
    assert service.seat_of(new_id) is None and {s.id: s.attendee_id for s in service.plan()} == before
    assert service.seat_one(new_id).id == seat.id


def test_seat_one_with_distancing_and_its_cap(small_event):
    service = small_event.seating
    service.auto_seat(SeatingRules(distancing=True, cap_percent=100))
    new_id, _ = small_event.roster.add(Attendee(name="隔位客", category="学生代表"))
    seat = service.seat_one(new_id)
    taken = {(s.section_id, s.row, s.x) for s in service.plan() if s.attendee_id not in (None, new_id)}
    assert seat is not None
    assert (seat.section_id, seat.row, seat.x - 1) not in taken
    assert (seat.section_id, seat.row, seat.x + 1) not in taken
    service.set_rules(SeatingRules(distancing=True, cap_percent=10))        # the hall is over its cap now
    other, _ = small_event.roster.add(Attendee(name="超限客", category="学生代表"))
    assert service.seat_one_operation(other) is None and service.seat_one(other) is None
