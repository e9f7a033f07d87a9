"""Undo round trips: every roster operation followed by its inverse restores the roster."""

from __future__ import annotations

import pytest

from ceremony.errors import ValidationError
from ceremony.models import Attendee
from ceremony.roster.operations import (CompositeOperation, PutAttendees, delete_operation, edit_operation, move_operation,
                                 order_operation)


def _state(event):
    return [p.with_(version=0, updated_at="") for p in event.attendees()]


def _ops(event):
    people = event.attendees()
    return {
        "add": PutAttendees(rows=(Attendee(name="新人", unit="甲"),)),
        "edit": edit_operation([people[0].with_(title="新职务"), people[1].with_(phone="13000000000")]),
        "delete": delete_operation([people[2].id, people[3].id]),
        "order": order_operation(event, [p.id for p in reversed(people)]),
        "move": move_operation(event, [people[10].id], -5),
        "composite": CompositeOperation((edit_operation([people[4].with_(category="工作人员")]),
                                         delete_operation([people[5].id]))),
    }


@pytest.mark.parametrize("name", ["add", "edit", "delete", "order", "move", "composite"])
def test_inverse_restores_and_redo_reapplies(small_event, name):
    before = _state(small_event)
    op = _ops(small_event)[name]
    inverse, changes = op.apply(small_event)
    assert changes.attendees
    after = _state(small_event)
    assert after != before
    redo, _ = inverse.apply(small_event)
    assert _state(small_event) == before
    redo.apply(small_event)
    assert _state(small_event) == after


def test_delete_undo_restores_seat_and_checkins(small_event):
    person = small_event.attendees()[0]
    seat = small_event.repo.scalar("SELECT id FROM seats LIMIT 1")
    if seat is None:
        pytest.skip("demo has no seats")
    with small_event.repo.transaction():
        small_event.repo.conn.execute("DELETE FROM assignments WHERE seat_id = ?", (seat,))
        small_event.repo.conn.execute("DELETE FROM assignments WHERE attendee_id = ?", (person.id,))
        small_event.repo.conn.execute("INSERT INTO assignments (seat_id, attendee_id) VALUES (?, ?)", (seat, person.id))
        small_event.repo.conn.execute("INSERT INTO checkins (attendee_id, at, kind, status) VALUES (?, ?, 'scan', 'ok')",
                                     (person.id, "2020-11-25T09:30:00"))
    inverse, _ = delete_operation([person.id]).apply(small_event)
    assert small_event.repo.scalar("SELECT COUNT(*) FROM checkins WHERE attendee_id = ?", (person.id,)) == 0
    inverse.apply(small_event)
    assert small_event.repo.scalar("SELECT attendee_id FROM assignments WHERE seat_id = ?", (seat,)) == person.id
    assert small_event.repo.scalar("SELECT COUNT(*) FROM checkins WHERE attendee_id = ?", (person.id,)) == 1


def test_printed_change_bumps_version_rank_change_does_not(small_event):
    person = small_event.attendees()[0]
    edit_operation([person.with_(rank=99)]).apply(small_event)
    assert small_event.attendee(person.id).version == person.version
    edit_operation([small_event.attendee(person.id).with_(title="市长")]).apply(small_event)
    assert small_event.attendee(person.id).version == person.version + 1


def test_empty_name_rejected_and_nothing_written(small_event):
    before = _state(small_event)
    people = small_event.attendees()
    with pytest.raises(ValidationError):
        edit_operation([people[0].with_(title="甲"), people[1].with_(name="　")]).apply(small_event)
    assert _state(small_event) == before


def test_service_add_update_delete(empty_event):
    roster = empty_event.roster
    new_id, changes = roster.add(Attendee(name=" 王　五 ", unit="甲"))
    assert changes.ids == {new_id}
    assert empty_event.attendee(new_id).name == "王五" and empty_event.attendee(new_id).rank == 1
    roster.update(empty_event.attendee(new_id).with_(unit="乙"))
    assert empty_event.attendee(new_id).unit == "乙"
    roster.delete(new_id)
    assert empty_event.attendees() == []
