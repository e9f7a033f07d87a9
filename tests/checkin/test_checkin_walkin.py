"""A walk-in (现场登记) gets a free seat in their category's zone, or a 无空座 notice when the hall is full."""

from __future__ import annotations

from ceremony import attendance
from ceremony.checkin.service import NO_FREE_SEAT
from ceremony.checkin.result import OK
from ceremony.checkin.health import HealthReading
from ceremony.seating.venue_file import set_blocked

FINE = HealthReading(36.5, "green", False, True)


def occupancy(event) -> dict[int, int]:
    return {s.id: s.attendee_id for s in event.seating.plan()}


def test_walk_in_is_seated_in_the_zone_of_their_category(small_event, cast):
    before = occupancy(small_event)
    assert sum(1 for v in before.values() if v) == len(cast.everyone)   # the fixture event comes seated
    result = small_event.checkin.walk_in("欧阳明", "东莞市模具行业协会", "行业企业代表", "13800001234",
                                         health_reading=FINE)
    assert result.status == OK and result.counted
    new_id = result.attendee.id
    seat = small_event.seating.seat_of(new_id)
    assert seat.section_kind == "hall" and seat.zone_name == "企业代表区"
    assert result.seat == small_event.seating.seat_label(new_id) != ""
    assert result.seat.endswith("（企业代表区）") and NO_FREE_SEAT not in result.notices
    assert result.changes.seats and result.to_json()["seat"] == result.seat
    after = occupancy(small_event)
    assert {k: (None if v == new_id else v) for k, v in after.items()} == before    # nobody else moved
    assert small_event.checkin.seat(new_id) == result.seat                           # the desk's cache agrees
    assert small_event.printing.seat_text(new_id) == result.seat                     # and the badge prints it
    assert small_event.seating.auto_seat(apply=False).operation.states == ()        # a re-run keeps them there


def test_walk_in_with_the_hall_full_still_arrives_without_a_seat(small_event):
    service = small_event.seating
    free = [(s.section_name, s.row, s.x) for s in service.plan()
            if s.section_kind == "hall" and not s.attendee_id]
    service.replace_venue(set_blocked(service.venue_spec(), free, True))
    result = small_event.checkin.walk_in("满座客", "某单位", "家长代表", health_reading=FINE)
    assert result.status == OK and result.counted
    assert result.seat == "" and NO_FREE_SEAT in result.notices
    assert service.seat_of(result.attendee.id) is None
    assert attendance.attendance_states(small_event)[result.attendee.id].state == attendance.PRESENT
    assert small_event.checkin.arrivals().get(result.attendee.id)


def test_walk_in_seat_can_be_undone_without_undoing_the_arrival(small_event):
    result = small_event.checkin.walk_in("撤座客", "某学校", "学生代表", health_reading=FINE)
    new_id = result.attendee.id
    seat = small_event.seating.seat_of(new_id)
    assert seat.zone_name == "师生代表区"
    from ceremony.seating.service import SeatOperation, SeatState
    undo = SeatOperation((SeatState((seat.section_name, seat.row, seat.x), None),))
    inverse, _ = undo.apply(small_event)
    assert small_event.seating.seat_of(new_id) is None
    inverse.apply(small_event)
    assert small_event.seating.seat_of(new_id).id == seat.id
    assert attendance.attendance_states(small_event)[new_id].state == attendance.PRESENT


def test_walk_in_whose_zone_is_full_sits_in_a_zone_behind(small_event):
    service = small_event.seating
    order = [z.name for z in small_event.repo.zones()]
    free = [(s.section_name, s.row, s.x) for s in service.plan()
            if s.zone_name == "企业代表区" and not s.attendee_id]
    service.replace_venue(set_blocked(service.venue_spec(), free, True))
    result = small_event.checkin.walk_in("后排客", "某企业", "行业企业代表", health_reading=FINE)
    seat = service.seat_of(result.attendee.id)
    assert result.seat and seat.zone_name != "企业代表区"
    assert order.index(seat.zone_name) > order.index("企业代表区")
    assert service.auto_seat(apply=False).operation.states == ()
