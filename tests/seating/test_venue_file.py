"""The venue file: readable save/load round trip, bad files named clearly, edits keep people."""

from __future__ import annotations

import json

import pytest

from ceremony.seating import venue_file as edits
from ceremony.seating.venue import VenueError, dump_spec, expand_spec, read_venue_file

# The small fixture hall: a rostrum of two rows of 5, then 8 rows of 16 seats in blocks of 4, 8, 4.
ROW = "####.########.####"
SEATS = 5 + 5 + 8 * 16


def test_save_and_load_round_trip(small_event, tmp_path):
    service = small_event.seating
    service.auto_seat()
    path = tmp_path / "hall.json"
    service.save_venue_file(path)
    text = path.read_text(encoding="utf-8")
    assert ROW in text and "前排领导嘉宾区" in text
    spec = json.loads(text)
    before = {(s.section_name, s.row, s.x, s.zone_name, s.number) for s in service.plan()}
    seated = small_event.repo.assignment_count()
    service.load_venue_file(path)
    after = {(s.section_name, s.row, s.x, s.zone_name, s.number) for s in service.plan()}
    assert after == before and small_event.repo.assignment_count() == seated
    assert len(expand_spec(spec)) == SEATS


@pytest.mark.parametrize("content, place", [
    ("{\"sections\": [", "第1行"),
    ("[]", "sections"),
    ('{"sections": [{"name": "台下", "kind": "hall", "rows": ["##a#"]}]}', "台下） 第1排"),
    ('{"sections": [{"name": "台下", "kind": "hall", "rows": 3}, {"name": "台下", "kind": "hall", "rows": 2}]}',
     "sections[2]（台下）"),
    ('{"sections": [{"name": "台下", "rows": [{"row": 1, "layout": "##"}, {"row": 1, "layout": "###"}]}]}',
     "第1排"),
    ('{"sections": [{"name": "台下", "rows": 2}], "zones": [{"name": "媒体区", "rows": [5, 6]}]}',
     "zones[1]（媒体区）"),
    ('{"sections": [{"name": "台下", "kind": "stage", "rows": 2}]}', "sections[1]（台下）"),
    ('{"sections": [{"name": "台下", "rows": 2}], "zones": [{"name": "甲区", "rows": "1-2"}]}', "zones[1]（甲区）"),
    ('{"sections": [{"name": "台下", "rows": 2}], "zones": [{"name": "乙区", "cells": ["一:2"]}]}', "zones[1]（乙区）"),
    ('{"sections": [{"name": "台下", "rows": 2}], "zones": {"name": "x"}}', "zones"),
])
def test_bad_files_name_the_place_and_leave_the_plan_alone(small_event, tmp_path, content, place):
    small_event.seating.auto_seat()
    before = small_event.seating.plan()
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(VenueError) as info:
        small_event.seating.load_venue_file(path)
    assert place in info.value.message and "bad.json" in info.value.message
    assert small_event.seating.plan() == before


def test_overlapping_and_empty_zone_messages():
    with pytest.raises(VenueError, match="重叠"):
        expand_spec({"sections": [{"name": "A", "rows": 1}, {"name": "A", "rows": 1}]})
    with pytest.raises(VenueError, match="没有座位"):
        expand_spec({"sections": [{"name": "台下", "rows": 1, "blocks": [3]}],
                     "zones": [{"name": "空区", "rows": [1, 1], "x": [9, 12]}]})


def test_layout_strings_blocked_reserved_and_odd_even_numbering():
    spec = {"sections": [{"name": "台下", "kind": "hall", "numbering": "odd_even",
                          "rows": ["##x.##", {"row": 3, "layout": "####"}], "reserved": {"1:5": "主持人"}}]}
    seats = expand_spec(spec)
    row1 = [(s.x, s.number, s.blocked, s.reserved) for s in seats if s.row == 1]
    assert row1 == [(1, "4", False, ""), (2, "2", False, ""), (3, "1", True, ""), (5, "3", False, "主持人"),
                    (6, "5", False, "")]
    assert {s.row for s in seats} == {1, 3}


def test_dump_spec_is_valid_json_one_row_a_line(small_event):
    text = dump_spec(small_event.seating.venue_spec())
    spec = json.loads(text)
    assert len(spec["sections"][1]["rows"]) == 8
    assert [line.strip() for line in text.splitlines() if ROW in line] == [f'"{ROW}",'] * 7 + [f'"{ROW}"']


def test_edits_add_remove_rows_seats_and_zones(small_event):
    service = small_event.seating
    service.auto_seat()
    spec = service.venue_spec()
    spec = edits.add_row(spec, "台下", 16)
    spec = edits.add_seat(spec, "台下", 9, side="right")
    service.replace_venue(spec)
    assert len([s for s in service.plan() if s.row == 9 and s.section_name == "台下"]) == 17
    seated = small_event.repo.assignment_count()
    cells = [("台下", 9, x) for x in range(1, 10)]                  # 8 seats and the aisle at x = 5
    spec = edits.set_zone(service.venue_spec(), cells, "贵宾加座", "#ff0000")
    service.replace_venue(spec)
    zoned = [s for s in service.plan() if s.zone_name == "贵宾加座"]
    assert len(zoned) == 8 and zoned[0].zone_color == "#ff0000"
    spec = edits.remove_row(service.venue_spec(), "台下", 9)
    service.replace_venue(spec)
    assert not any(z.name == "贵宾加座" for z in small_event.repo.zones())
    assert small_event.repo.seat_count() == SEATS and small_event.repo.assignment_count() == seated
    spec = edits.remove_seats(service.venue_spec(), [("台下", 8, 1), ("台下", 8, 2)])
    service.replace_venue(spec)
    assert small_event.repo.seat_count() == SEATS - 2


def test_adding_a_seat_at_the_left_keeps_zone_on_the_same_seats(small_event):
    service = small_event.seating
    spec = edits.add_seat(service.venue_spec(), "台下", 1, side="left")
    service.replace_venue(spec)
    row = sorted((s for s in service.plan() if s.section_name == "台下" and s.row == 1), key=lambda s: s.x)
    assert len(row) == 17
    front = [s.x for s in row if s.zone_name == "前排领导嘉宾区"]
    assert front == list(range(7, 15))                     # the same 8 seats, one place to the right


def test_venue_operation_undo_restores_people(small_event):
    from ceremony.seating.service import VenueOperation
    service = small_event.seating
    service.auto_seat()
    before = {s.attendee_id: (s.row, s.x) for s in service.plan() if s.attendee_id}
    row2 = {aid: x for aid, (r, x) in before.items()
            if r == 2 and small_event.seating.seat_of(aid).section_kind == "hall"}
    spec = edits.remove_row(service.venue_spec(), "台下", 1)
    inverse, changes = VenueOperation(spec).apply(small_event)
    assert changes.venue and small_event.repo.seat_count() == SEATS - 16
    for aid, x in row2.items():                     # the row behind moved forward with its people
        seat = service.seat_of(aid)
        assert (seat.row, seat.x) == (1, x)
    inverse.apply(small_event)
    after = {s.attendee_id: (s.row, s.x) for s in service.plan() if s.attendee_id}
    assert after == before


def test_read_venue_file_reports_missing_file(tmp_path):
    with pytest.raises(VenueError, match="无法读取"):
        read_venue_file(tmp_path / "none.json")


def test_switching_numbering_renumbers_the_seats(small_event):
    service = small_event.seating
    service.replace_venue(edits.set_numbering(service.venue_spec(), "台下", "plain"))
    row = sorted((s for s in service.plan() if s.section_name == "台下" and s.row == 1), key=lambda s: s.x)
    assert [s.number for s in row[:3]] == ["1", "2", "3"] and row[-1].number == "16"
    service.replace_venue(edits.set_numbering(service.venue_spec(), "台下", "odd_even"))
    row = sorted((s for s in service.plan() if s.section_name == "台下" and s.row == 1), key=lambda s: s.x)
    assert row[0].number == "16" and row[8].number == "1" and row[-1].number == "15"
