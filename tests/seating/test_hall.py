"""Hall filling (docs/protocol.md#hall): fill modes, unit blocks, media on aisles, spare seats, epidemic mode."""

from __future__ import annotations

from ceremony.seating.hall import (BLOCKS_BANDS, CAPACITY_CAP, NO_ZONE, ZONE_FULL, HallOptions, HallPerson, HallSeat,
                           distancing_allows, fill_hall, seat_sequence)


def row_seats(rows: int, layout: str, zone: str = "Z", start_id: int = 1) -> list[HallSeat]:
    """Seats from a layout string ('#' seat, '.' aisle) repeated over ``rows`` rows."""
    seats, sid = [], start_id
    for row in range(1, rows + 1):
        for x, ch in enumerate(layout, start=1):
            if ch == "#":
                seats.append(HallSeat(sid, 0, row, x, zone))
                sid += 1
    return seats


def people(n: int, zone: str = "Z", unit: str = "U", start: int = 1, media: bool = False) -> list[HallPerson]:
    return [HallPerson(i, zone, unit, media) for i in range(start, start + n)]


def where(result, seats) -> dict[int, tuple[int, int]]:
    by_id = {s.id: s for s in seats}
    return {p: (by_id[s].row, by_id[s].x) for p, s in result.assigned.items()}


def test_centre_out_alternates_honoured_side_first():
    seats = row_seats(1, "#####")
    order = [s.x for s in seat_sequence(seats, "centre", "left")]
    assert order == [3, 4, 2, 5, 1]          # 以左为尊: the audience's right comes first
    assert [s.x for s in seat_sequence(seats, "centre", "right")] == [3, 2, 4, 1, 5]


def test_left_right_and_serpentine():
    seats = row_seats(2, "###")
    assert [(s.row, s.x) for s in seat_sequence(seats, "ltr")] == [(1, 1), (1, 2), (1, 3), (2, 1), (2, 2), (2, 3)]
    assert [s.x for s in seat_sequence(seats, "rtl")][:3] == [3, 2, 1]
    assert [(s.row, s.x) for s in seat_sequence(seats, "serpentine")] == [(1, 1), (1, 2), (1, 3),
                                                                          (2, 3), (2, 2), (2, 1)]


def test_front_rows_first_and_units_follow_each_other():
    seats = row_seats(3, "####")
    crowd = people(3, unit="A") + people(3, unit="B", start=10)
    result = fill_hall(seats, crowd, {}, HallOptions(fill="ltr"))
    pos = where(result, seats)
    assert [pos[i] for i in (1, 2, 3)] == [(1, 1), (1, 2), (1, 3)]
    assert [pos[i] for i in (10, 11, 12)] == [(1, 4), (2, 1), (2, 2)]


def test_bands_give_each_unit_whole_columns():
    seats = row_seats(3, "######")
    crowd = people(3, unit="A") + people(5, unit="B", start=10)
    result = fill_hall(seats, crowd, {}, HallOptions(fill="ltr", blocks=BLOCKS_BANDS))
    pos = where(result, seats)
    assert {pos[i][1] for i in (1, 2, 3)} == {1}               # one column, front to back
    assert {pos[i][1] for i in range(10, 15)} == {2, 3}
    assert pos[10] == (1, 2) and pos[11] == (1, 3)


def test_media_take_aisle_seats():
    seats = row_seats(2, "###.###")
    crowd = people(2, media=True) + people(2, start=10)
    result = fill_hall(seats, crowd, {}, HallOptions(fill="centre"))
    pos = where(result, seats)
    for media in (1, 2):
        assert pos[media][1] in (1, 3, 5, 7)     # next to the aisle or at a row end


def test_spare_seats_held_back_then_used_with_a_warning():
    seats = row_seats(1, "#####")
    result = fill_hall(seats, people(3), {}, HallOptions(fill="ltr", spare=2))
    assert sorted(x for _, x in where(result, seats).values()) == [1, 2, 3]
    result = fill_hall(seats, people(5), {}, HallOptions(fill="ltr", spare=2))
    assert len(result.assigned) == 5
    assert result.warnings and result.warnings[0][0] == "spare_used"


def test_blocked_seats_stay_empty_and_full_zone_is_reported():
    seats = [HallSeat(s.id, s.section, s.row, s.x, s.zone, usable=(s.x != 2)) for s in row_seats(1, "###")]
    result = fill_hall(seats, people(3), {}, HallOptions(fill="ltr"))
    assert 2 not in result.assigned.values()
    assert [(p, why) for p, why, _ in result.unseated] == [(3, ZONE_FULL)]


def test_person_whose_zone_has_no_seats():
    result = fill_hall(row_seats(1, "###"), people(1, zone="Nowhere"), {})
    assert result.unseated == [(1, NO_ZONE, "Nowhere")]


def test_overflow_goes_to_unzoned_seats():
    seats = row_seats(1, "##", "Z") + row_seats(1, "##", "", start_id=100)
    seats = [HallSeat(s.id, s.section, 2 if s.id >= 100 else 1, s.x, s.zone) for s in seats]
    result = fill_hall(seats, people(3), {}, HallOptions(fill="ltr"))
    assert len(result.assigned) == 3 and ("overflow", {"zone": "Z", "target": "", "count": 1}) in result.warnings


def test_epidemic_every_other_seat_staggered():
    seats = row_seats(2, "######")
    result = fill_hall(seats, people(6), {}, HallOptions(fill="ltr", distancing=True, stagger=True, cap_percent=100))
    pos = where(result, seats)
    row1 = sorted(x for r, x in pos.values() if r == 1)
    row2 = sorted(x for r, x in pos.values() if r == 2)
    assert row1 == [1, 3, 5] and row2 == [2, 4, 6]
    for r, xs in ((1, row1), (2, row2)):
        assert all(b - a >= 2 for a, b in zip(xs, xs[1:]))    # nobody sits next to anyone


def test_epidemic_unstaggered_keeps_columns():
    seat = HallSeat(1, 0, 2, 3)
    assert distancing_allows(seat, stagger=False) and not distancing_allows(seat, stagger=True)


def test_epidemic_cap_warns_and_leaves_the_rest_out():
    seats = row_seats(4, "##########")                # 40 fixed seats; 50 % → 20
    result = fill_hall(seats, people(25), {}, HallOptions(fill="ltr", distancing=True, cap_percent=50))
    assert result.capacity == 20 and len(result.assigned) == 20
    assert [why for _, why, _ in result.unseated] == [CAPACITY_CAP] * 5
    assert result.warnings[0][0] == "capacity_cap"


def test_stable_rerun_keeps_seats_and_fills_gaps():
    seats = row_seats(2, "#####")
    first = fill_hall(seats, people(8), {}, HallOptions(fill="centre"))
    crowd = [p for p in people(8) if p.id != 3] + [HallPerson(99, "Z", "U")]
    second = fill_hall(seats, crowd, first.assigned, HallOptions(fill="centre"))
    for pid, seat in first.assigned.items():
        if pid != 3:
            assert second.assigned[pid] == seat
    assert second.assigned[99] == first.assigned[3]          # the newcomer takes the freed seat


def test_taken_seats_are_never_given_out():
    seats = row_seats(1, "####")
    result = fill_hall(seats, people(4), {}, HallOptions(fill="ltr"), taken={1, 2})
    assert set(result.assigned.values()) == {3, 4} and len(result.unseated) == 2


def test_bands_use_leftover_seats_when_columns_run_out():
    seats = row_seats(2, "###")                       # 3 columns of 2
    crowd = people(1, unit="A") + people(1, unit="B", start=10) + people(3, unit="C", start=20)
    result = fill_hall(seats, crowd, {}, HallOptions(fill="ltr", blocks=BLOCKS_BANDS))
    assert len(result.assigned) == 5 and result.unseated == []
    assert len(set(result.assigned.values())) == 5


def three_zones(per_row: int = 4) -> list[HallSeat]:
    """Zones A, B, C on rows 1, 2, 3 (front to back)."""
    seats = []
    for row, zone in ((1, "A"), (2, "B"), (3, "C")):
        seats += [HallSeat(row * 100 + x, 0, row, x, zone) for x in range(1, per_row + 1)]
    return seats


def test_full_zone_spills_into_the_zone_behind_after_its_own_people():
    seats = three_zones()
    crowd = people(6, "A") + people(3, "B", start=10)
    result = fill_hall(seats, crowd, {}, HallOptions(fill="ltr"), zone_order=["A", "B", "C"])
    zone_of = {s.id: s.zone for s in seats}
    assert all(zone_of[result.assigned[p]] == "B" for p in range(10, 13))    # B's own people first
    placed = [zone_of[result.assigned[p]] for p in range(1, 7)]
    assert placed == ["A"] * 4 + ["B"]  + ["C"]                             # B's one free seat, then C
    assert ("overflow", {"zone": "A", "target": "B", "count": 1}) in result.warnings
    assert ("overflow", {"zone": "A", "target": "C", "count": 1}) in result.warnings
    assert result.unseated == [] and len(set(result.assigned.values())) == len(result.assigned)


def test_back_zone_spills_forward_and_only_a_full_hall_leaves_people_out():
    seats = three_zones(2)
    result = fill_hall(seats, people(4, "C"), {}, HallOptions(fill="ltr"), zone_order=["A", "B", "C"])
    zone_of = {s.id: s.zone for s in seats}
    # The empty front zone A is filled first (front rows without gaps), then C's own seats.
    assert sorted(zone_of[s] for s in result.assigned.values()) == ["A", "A", "C", "C"]
    assert result.warnings == [("moved_forward", {"zone": "C", "target": "A", "count": 2})]
    result = fill_hall(seats, people(8, "C"), {}, HallOptions(fill="ltr"), zone_order=["A", "B", "C"])
    assert len(result.assigned) == 6 and [why for _, why, _ in result.unseated] == [ZONE_FULL, ZONE_FULL]


def test_overflow_seats_are_kept_on_a_rerun():
    seats = three_zones()
    crowd = people(6, "A")
    options = HallOptions(fill="ltr")
    first = fill_hall(seats, crowd, {}, options, zone_order=["A", "B", "C"])
    again = fill_hall(seats, crowd + people(2, "B", start=10), dict(first.assigned), options,
                      zone_order=["A", "B", "C"])
    assert all(again.assigned[p] == first.assigned[p] for p in range(1, 7))


def test_pick_seat_for_a_walk_in_falls_back_and_keeps_distance():
    from ceremony.seating.hall import pick_seat
    seats = three_zones()
    everything = {s.id for s in seats}
    assert pick_seat(seats, everything, set(), "B", HallOptions(fill="ltr")).id == 201
    free_c = {s.id for s in seats if s.zone == "C"}
    assert pick_seat(seats, free_c | {101}, set(), "B", HallOptions(fill="ltr"), ["A", "B", "C"]).id == 301
    assert pick_seat(seats, {101}, set(), "B", HallOptions(fill="ltr"), ["A", "B", "C"]).id == 101
    assert pick_seat(seats, set(), set(), "B") is None
    # distancing: seats 1 and 3 of row 2 are taken; 2 and 4 touch them, so row 2 has nothing
    occupied = {(0, 2, 1), (0, 2, 3)}
    free = {202, 204, 301, 302}
    seat = pick_seat(seats, free, occupied, "B", HallOptions(fill="ltr", distancing=True), ["A", "B", "C"])
    assert seat.zone == "C"
    assert pick_seat(seats, {202, 204}, occupied, "B", HallOptions(distancing=True)) is None


def test_front_rows_are_filled_by_the_next_tiers_and_empty_ones_are_named():
    """An underfilled front zone: the first people of the zone behind move forward (in seating order),
    that zone is filled again front first, and what stays empty in front is reported (issue 18)."""
    seats = three_zones(4)
    zone_of = {s.id: s.zone for s in seats}
    crowd = people(1, "A") + people(5, "B", start=10) + people(2, "C", start=20)
    result = fill_hall(seats, crowd, {}, HallOptions(fill="ltr", spare=1), zone_order=["A", "B", "C"])
    assert [zone_of[result.assigned[p]] for p in (1, 10, 11, 12)] == ["A", "A", "A", "A"]   # B's first three
    assert [zone_of[result.assigned[p]] for p in (13, 14)] == ["B", "B"]
    b_seats = sorted(s.x for s in seats if s.zone == "B")
    assert sorted(next(s.x for s in seats if s.id == result.assigned[p]) for p in (13, 14)) == b_seats[:2]
    assert result.warnings == [("moved_forward", {"zone": "B", "target": "A", "count": 3})]
    few = fill_hall(seats, people(1, "A") + people(1, "B", start=10), {}, HallOptions(fill="ltr"),
                    zone_order=["A", "B", "C"])
    assert few.warnings[-1] == ("front_empty", {"zone": "A", "seats": few.warnings[-1][1]["seats"]})
    assert len(few.warnings[-1][1]["seats"]) == 2 and zone_of[few.assigned[10]] == "A"


def test_media_stay_on_their_aisles_when_others_move_forward():
    seats = three_zones(3)
    crowd = [HallPerson(1, "A")] + [HallPerson(10, "B", media=True), HallPerson(11, "B")]
    result = fill_hall(seats, crowd, {}, HallOptions(fill="ltr"), zone_order=["A", "B", "C"])
    zone_of = {s.id: s.zone for s in seats}
    assert zone_of[result.assigned[11]] == "A" and zone_of[result.assigned[10]] == "B"
