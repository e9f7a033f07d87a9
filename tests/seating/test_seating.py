"""The seating service on the small fixture event: auto-seating, stability, locks, moves, undo, invariants, CLI.

The fixture hall has a rostrum of two rows of 5 and 8 hall rows of 16 seats in blocks of 4, 8 and 4 (aisles at
x = 5 and 14).
"""

from __future__ import annotations

import json
import random

import pytest

from ceremony.seating.service import SeatLocked, SeatUnavailable
from ceremony.models import Seat
from ceremony.seating.auto import NotEnoughSeats, SeatingRules


def occupancy(event) -> dict[int, int]:
    return {s.attendee_id: s.id for s in event.seating.plan() if s.attendee_id}


def assert_one_seat_one_person(event):
    rows = event.repo.assignments()
    assert len({r.seat_id for r in rows}) == len(rows)
    assert len({r.attendee_id for r in rows}) == len(rows)


HALL_SEATS = 8 * 16
ALL_SEATS = 5 + 5 + HALL_SEATS


def fill_the_front_rostrum_row(event, cast) -> None:
    """Five leaders for the five chairs of the rostrum's front row (the fixture has four on the rostrum)."""
    event.roster.update(cast.hosts[-1].with_(on_rostrum=True))
    event.seating.auto_seat(fresh=True)


def test_auto_seat_rostrum_by_rank(small_event, cast):
    fill_the_front_rostrum_row(small_event, cast)
    result = small_event.seating.auto_seat()
    assert result.unseated == []
    rostrum = [r for r in small_event.seating.assigned_rows() if r.section == "rostrum"]
    front = sorted((r for r in rostrum if r.row == 1), key=lambda r: r.x)
    assert [r.rostrum_no for r in front] == [5, 3, 1, 2, 4]
    assert front[2].id == cast.leader.id                # rank 1 in the centre
    on_rostrum = {p.id for p in small_event.attendees() if p.on_rostrum}
    assert {r.id for r in rostrum} == on_rostrum and len(on_rostrum) == 5
    assert_one_seat_one_person(small_event)


@pytest.mark.parametrize("rule, even, expected", [
    # the fixture's 5-chair front row with 4 leaders: 1号 on the centre chair, the least honoured end empty
    ("left", "A", [None, 3, 1, 2, 4]), ("left", "B", [None, 3, 1, 2, 4]),
    ("right", "A", [4, 2, 1, 3, None]),
])
def test_even_number_on_a_row_with_a_centre_chair(small_event, cast, rule, even, expected):
    assert len(cast.rostrum) == 4
    small_event.seating.auto_seat(SeatingRules(rule=rule, even=even), fresh=True)
    front = {r.x: r for r in small_event.seating.assigned_rows() if r.section == "rostrum" and r.row == 1}
    assert [front[x].rostrum_no if x in front else None for x in range(1, 6)] == expected
    assert front[3].id == cast.leader.id


def test_people_on_leave_get_no_seat_and_zones_follow_categories(small_event, cast):
    away = [cast.colleges[0], cast.business[1], cast.parents[2]]
    for p in away:
        small_event.roster.update(p.with_(rsvp="leave"))
    assert all(p.id in occupancy(small_event) for p in away)          # seated before they sent word
    small_event.seating.auto_seat()
    seated = occupancy(small_event)
    assert [p for p in small_event.attendees() if p.rsvp == "leave"] and len(seated) == len(cast.everyone) - 3
    for p in small_event.attendees():
        if p.rsvp == "leave":
            assert p.id not in seated
    categories = {c.name: c.zone for c in small_event.categories()}
    moved = 0
    for row in small_event.seating.assigned_rows():
        if row.section == "hall" and row.zone != categories[row.category]:
            # only the front rows take people of the next tier, who move forward into seats left empty
            assert row.zone == "前排领导嘉宾区" and categories[row.category] == "嘉宾区"
            moved += 1
    assert moved > 0


def test_the_demo_front_rows_are_full_after_auto_seating(demo_event):
    """Issue 18: the 28 front-centre seats straight before the rostrum hold people, not one leader."""
    result = demo_event.seating.auto_seat(fresh=True)
    front = [r for r in demo_event.seating.assigned_rows() if r.zone == "前排领导嘉宾区"]
    assert len(front) == 28 and not [w for w in result.warnings if w.code == "seating.front_empty"]
    assert [w for w in result.warnings if w.text.startswith("27 人从「嘉宾区」前移到「前排领导嘉宾区」")]   # said so
    rows = {r.row for r in demo_event.seating.assigned_rows()
            if r.section == "hall" and r.zone != "工作人员区"}          # staff sit at the back on purpose
    assert rows == set(range(1, max(rows) + 1))            # no empty row between seated rows


def test_right_rule_mirrors_the_rostrum(small_event, cast):
    fill_the_front_rostrum_row(small_event, cast)
    small_event.seating.auto_seat(SeatingRules(rule="right"))
    front = sorted((r for r in small_event.seating.assigned_rows() if r.section == "rostrum" and r.row == 1),
                   key=lambda r: r.x)
    assert [r.rostrum_no for r in front] == [4, 2, 1, 3, 5]


def test_rerun_is_stable_after_adding_and_removing_people(small_event, cast):
    from ceremony.models import Attendee
    service = small_event.seating
    service.auto_seat()
    before = occupancy(small_event)
    teachers = cast.teachers
    small_event.roster.delete(teachers[3].id)
    new_id, _ = small_event.roster.add(Attendee(name="新老师", category="教师代表", unit=teachers[0].unit))
    result = service.auto_seat()
    after = occupancy(small_event)
    moved = [aid for aid, seat in before.items() if aid in after and after[aid] != seat]
    assert moved == []
    assert new_id in after and result.unseated == []
    assert after[new_id] == before[teachers[3].id]          # the newcomer takes the freed seat


def test_rank_change_reseats_that_person_only(small_event, cast):
    service = small_event.seating
    service.auto_seat()
    before = occupancy(small_event)
    student = cast.students[0]
    small_event.roster.update(student.with_(rank=1_000_000))
    service.auto_seat()
    after = occupancy(small_event)
    assert all(after[a] == s for a, s in before.items() if a != student.id)


def test_locked_seat_never_moves(small_event, cast):
    service = small_event.seating
    service.auto_seat()
    leader = cast.leader
    corner = next(s for s in service.plan() if s.section_kind == "hall" and s.row == 8 and s.x == 1)
    service.move(leader.id, corner.id)
    service.apply(service.lock_operation([corner.id], True))
    service.auto_seat(SeatingRules(rule="right", fill="ltr"))
    assert service.seat_of(leader.id).id == corner.id and service.seat_of(leader.id).locked
    with pytest.raises(SeatLocked):
        service.move(leader.id, service.plan()[0].id)
    service.apply(service.clear_operation())
    assert small_event.repo.assignment_count() == 1


def test_move_swaps_and_undo_restores(small_event, cast):
    service = small_event.seating
    service.auto_seat()
    a, b = cast.teachers[0], cast.students[5]
    seat_a, seat_b = service.seat_of(a.id).id, service.seat_of(b.id).id
    inverse, changes = service.move_operation(a.id, seat_b).apply(small_event)
    assert changes.seats and {a.id, b.id} <= changes.ids
    assert service.seat_of(a.id).id == seat_b and service.seat_of(b.id).id == seat_a
    inverse.apply(small_event)
    assert service.seat_of(a.id).id == seat_a and service.seat_of(b.id).id == seat_b


def test_auto_seat_is_undoable(small_event):
    service = small_event.seating
    service.auto_seat()
    before = occupancy(small_event)
    result = service.auto_seat(SeatingRules(fill="serpentine", rule="right"), apply=False)
    inverse, _ = result.operation.apply(small_event)
    assert occupancy(small_event) != before
    inverse.apply(small_event)
    assert occupancy(small_event) == before


def test_random_moves_never_double_book(small_event):
    service = small_event.seating
    service.auto_seat()
    rng = random.Random(7)
    seats = [s.id for s in service.plan() if not s.blocked]
    people = [p.id for p in small_event.attendees()]
    undo = []
    for _ in range(150):
        choice = rng.random()
        try:
            if choice < 0.7:
                op = service.move_operation(rng.choice(people), rng.choice(seats))
            elif choice < 0.85:
                op = service.lock_operation([rng.choice(seats)], rng.random() < 0.5)
            else:
                op = service.unassign_operation([rng.choice(seats)])
        except (SeatLocked, SeatUnavailable):
            continue
        undo.append(op.apply(small_event)[0])
        assert_one_seat_one_person(small_event)
    for op in reversed(undo):
        op.apply(small_event)
        assert_one_seat_one_person(small_event)


def test_blocked_seat_refuses_a_person(small_event, cast):
    service = small_event.seating
    spec = service.venue_spec()
    from ceremony.seating.venue_file import set_blocked
    service.replace_venue(set_blocked(spec, [("台下", 1, 1)], True))
    seat = next(s for s in service.plan() if s.section_name == "台下" and s.row == 1 and s.x == 1)
    assert seat.blocked
    with pytest.raises(SeatUnavailable):
        service.move(cast.leader.id, seat.id)
    service.auto_seat(SeatingRules(fill="ltr"))
    assert service.seat(seat.id).attendee_id is None


def test_distancing_warns_over_cap(small_event, cast):
    result = small_event.seating.auto_seat(SeatingRules(distancing=True, cap_percent=25))
    assert result.capacity == 32                      # 25 % of the 128 hall seats
    assert any("防疫限额" in w.text for w in result.warnings)
    reasons = [why.text for _, _, why in result.unseated]
    in_hall = len(cast.everyone) - len(cast.rostrum)
    assert sum("防疫限额" in why for why in reasons) == in_hall - 32   # beyond the cap, lowest zones last
    capped = {aid for aid, _, why in result.unseated if why.code == "seating.unseated.over_cap"}
    assert capped == {p.id for p in cast.staff + cast.students[-(in_hall - 32 - len(cast.staff)):]}
    assert all("防疫限额" in why or "座位不足" in why for why in reasons)
    hall = [s for s in small_event.seating.plan() if s.section_kind == "hall" and s.attendee_id]
    taken = {(s.row, s.x) for s in hall}
    assert not any((r, x + 1) in taken for r, x in taken)   # nobody has a neighbour


def test_seat_label_and_seat_of_contract(small_event, cast):
    small_event.repo.conn.execute("DELETE FROM assignments")  # the fixture comes seated; start from an empty plan
    service = small_event.seating
    leader = cast.leader.id
    assert service.seat_label(leader) == "" and service.seat_of(leader) is None
    service.auto_seat()
    seat = service.seat_of(leader)
    assert seat.section_kind == "rostrum" and seat.row == 1
    assert service.seat_label(leader) == f"主席台 1排{seat.number}号"
    hall_person = next(r for r in service.assigned_rows() if r.section == "hall")
    assert service.seat_label(hall_person.id).endswith(f"排{hall_person.seat}号（{hall_person.zone}）")
    plan = service.plan()
    assert len(plan) == ALL_SEATS and all(isinstance(s, Seat) for s in plan)


def test_cli_seat_and_json(small_event, cast, capsys):
    from ceremony.cli import main
    fill_the_front_rostrum_row(small_event, cast)
    path = str(small_event.path)
    assert main(["--db", path, "seat", "--auto", "--rule", "left", "--even", "B"]) == 0
    capsys.readouterr()
    assert main(["--db", path, "seating", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {"id", "name", "section", "row", "seat", "x"} <= set(rows[0])
    front = sorted((r for r in rows if r["section"] == "rostrum" and r["row"] == 1), key=lambda r: r["x"])
    assert [r["rostrum_no"] for r in front] == [5, 3, 1, 2, 4]
    assert front[0]["x"] == 1 and front[2]["id"] == cast.leader.id and front[2]["name"] == cast.leader.name
    centre_block = next(r for r in rows if r["section"] == "hall" and r["x"] == 6)
    assert centre_block["index"] == 5                   # x counts the aisle, index does not
    hall = [r for r in rows if r["section"] == "hall"]
    assert all(r["row"] >= 1 and r["x"] >= 1 for r in hall)
    assert len({(r["section"], r["row"], r["x"]) for r in rows}) == len(rows)


def test_rostrum_speaker_row_host_and_locks(small_event, cast):
    service = small_event.seating
    leader = cast.leader.id
    people = {p.id: p for p in small_event.attendees()}
    rostrum_people = sorted((p for p in people.values() if p.on_rostrum), key=lambda p: p.rank)
    host = rostrum_people[-1]                             # lowest rank: would sit in row 2
    service.auto_seat(SeatingRules(host_id=host.id, host_position="end"))
    seat = service.seat_of(host.id)
    front = [s for s in service.plan() if s.section_kind == "rostrum" and s.row == 1 and s.attendee_id]
    assert seat.row == 1 and seat.x == min(s.x for s in front)      # lectern end (audience left)
    service.auto_seat(SeatingRules(group_rows={"2": "speakers"}))
    speakers = {p.id for p in rostrum_people if p.speaker}
    row2 = {s.attendee_id for s in service.plan() if s.section_kind == "rostrum" and s.row == 2
            and s.attendee_id}
    assert row2 == speakers and 0 < len(speakers) < len(rostrum_people)
    # lock the leader on an end seat: the next run keeps him there and seats the others around him
    end_seat = next(s for s in service.plan() if s.section_kind == "rostrum" and s.row == 1 and s.x == 1)
    service.move(leader, end_seat.id)
    service.apply(service.lock_operation([end_seat.id], True))
    result = service.auto_seat(SeatingRules())
    assert service.seat_of(leader).id == end_seat.id
    assert {r.id for r in service.assigned_rows() if r.section == "rostrum"} == {p.id for p in rostrum_people}
    assert result.unseated == []
    assert_one_seat_one_person(small_event)


@pytest.mark.parametrize("order, expected", [("rank", ["王府中学", "丁香小学", "李村中学"]),
                                             ("strokes", ["丁香小学", "王府中学", "李村中学"]),
                                             ("pinyin", ["丁香小学", "李村中学", "王府中学"])])
def test_units_in_a_zone_follow_the_unit_order_setting(empty_event, order, expected):
    from ceremony.models import Attendee, Category
    from ceremony.seating.venue import write_venue
    event = empty_event
    event.save_category(Category("校长", zone="校长区"))
    with event.repo.transaction():
        write_venue(event.repo, {"sections": [{"name": "台下", "kind": "hall", "rows": 1, "blocks": [6]}],
                                 "zones": [{"name": "校长区", "category": "校长", "rows": [1, 1]}]})
    rank = 0
    for unit in ("王府中学", "丁香小学", "李村中学"):
        for i in range(2):
            rank += 1
            event.roster.add(Attendee(name=f"{unit[0]}校长{i}", unit=unit, category="校长", rank=rank))
    event.seating.auto_seat(SeatingRules(unit_order=order, fill="ltr", spare=0))
    rows = sorted(event.seating.assigned_rows(), key=lambda r: r.x)
    assert [r.unit for r in rows] == [u for u in expected for _ in range(2)]


def test_fresh_plan_ignores_current_seats_but_not_locks(small_event, cast):
    service = small_event.seating
    service.auto_seat(SeatingRules(distancing=True, cap_percent=100))
    spread = occupancy(small_event)
    lone = next(s for s in service.plan() if s.section_kind == "hall" and s.attendee_id)
    service.apply(service.lock_operation([lone.id], True))
    service.auto_seat(SeatingRules())                       # stable: distanced people stay put
    stayed = sum(occupancy(small_event).get(a) == s for a, s in spread.items())
    assert stayed >= len(spread) - 5                         # all but the few moved forward to fill the front
    service.auto_seat(SeatingRules(), fresh=True)
    after = occupancy(small_event)
    assert after[lone.attendee_id] == lone.id
    hall = {(s.row, s.x) for s in service.plan() if s.section_kind == "hall" and s.attendee_id}
    assert sum((r, x + 1) in hall for r, x in hall) > len(hall) // 2   # people sit side by side again


def test_more_people_than_seats_is_said_plainly(small_event, cast):
    from ceremony.seating.venue_file import remove_row
    service = small_event.seating
    spec = service.venue_spec()
    for _ in range(6):
        spec = remove_row(spec, "台下", 1)
    service.replace_venue(spec)                               # 2 rows × 16 = 32 seats for 41 people
    in_hall = len(cast.everyone) - len(cast.rostrum)
    assert in_hall == 41
    before = service.plan()
    with pytest.raises(NotEnoughSeats) as info:
        service.auto_seat()
    assert "台下" in info.value.message and "41" in info.value.message and "32" in info.value.message
    assert service.plan() == before                           # nothing changed
    result = service.auto_seat(allow_overflow=True)
    assert any("台下人数 41 多于可用座位 32" in w.text for w in result.warnings)
    assert len(result.unseated) >= 9
    assert_one_seat_one_person(small_event)


def test_two_hall_sections_and_media_on_aisles(empty_event):
    from ceremony.models import Attendee, Category
    from ceremony.seating.venue import write_venue
    event = empty_event
    for cat, zone in (("嘉宾", "嘉宾区"), ("记者", "楼座媒体区")):
        event.save_category(Category(cat, zone=zone))
    with event.repo.transaction():
        write_venue(event.repo, {"sections": [
            {"name": "台下", "kind": "hall", "rows": 2, "blocks": [4, 4]},
            {"name": "楼座", "kind": "hall", "rows": ["##.####.##"]}],
            "zones": [{"name": "嘉宾区", "rows": [1, 2]},
                      {"name": "楼座媒体区", "section": "楼座", "rows": [1, 1]}]})
    for i in range(4):
        event.roster.add(Attendee(name=f"嘉宾{i}", category="嘉宾", rank=i + 1))
    for i in range(4):
        event.roster.add(Attendee(name=f"记者{i}", category="记者", rank=10 + i))
    result = event.seating.auto_seat(SeatingRules(media_categories=("记者",), spare=0))
    assert result.unseated == []
    rows = event.seating.assigned_rows()
    press = [r for r in rows if r.category == "记者"]
    assert {r.section_name for r in press} == {"楼座"}
    assert all(r.x in (1, 2, 4, 7, 9, 10) for r in press)    # ends and aisle seats
    guests = [r for r in rows if r.category == "嘉宾"]
    assert {r.section_name for r in guests} == {"台下"} and {r.row for r in guests} == {1}


def test_undo_after_the_person_was_deleted_skips_them(small_event, cast):
    service = small_event.seating
    service.auto_seat()
    a, b = cast.students[0], cast.students[1]
    seat_b = service.seat_of(b.id).id
    inverse, _ = service.move_operation(a.id, seat_b).apply(small_event)
    small_event.roster.delete(a.id)
    inverse.apply(small_event)                             # a is gone: b still goes back
    assert service.seat_of(b.id).id == seat_b
    assert_one_seat_one_person(small_event)


def test_cli_reports_too_few_seats(small_event, cast, capsys):
    small_event.repo.conn.execute("DELETE FROM assignments")  # the fixture comes seated; start from an empty plan
    from ceremony.cli import main
    from ceremony.seating.venue_file import remove_row
    spec = small_event.seating.venue_spec()
    spec = remove_row(remove_row(spec, "主席台", 2), "主席台", 1)
    spec["sections"][0]["rows"] = ["##"]                    # 2 rostrum seats for 4 leaders
    small_event.seating.replace_venue(spec)
    path = str(small_event.path)
    assert main(["--db", path, "seat", "--auto"]) == 1
    assert "主席台座位不足" in capsys.readouterr().err and small_event.repo.assignment_count() == 0
    assert main(["--db", path, "seat", "--auto", "--partial"]) == 0
    out = capsys.readouterr().out
    assert "— 主席台座位不足" in out
    assert small_event.repo.assignment_count() == len(cast.everyone) - len(cast.rostrum) + 2
