"""The roster's 证件 column: who needs a badge printed or reprinted after a late change, and its filter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ui import messages
from ui.printing import print_actions
from ui.context import EventContext
from ui.roster.roster_page import RosterPage
from ui.roster.roster_table_model import PRINT_DONE, PRINT_NEVER, PRINT_STALE, Column, RosterTableModel


@pytest.fixture
def page(qtbot, small_event, monkeypatch):
    errors = []
    monkeypatch.setattr(messages, "show_error", lambda parent, exc, title="": errors.append(exc))
    widget = RosterPage(EventContext(small_event))
    qtbot.addWidget(widget)
    widget.errors = errors
    return widget


def _cell(page, attendee_id, role=Qt.DisplayRole):
    return page.model.index(page.model.row_of(attendee_id), Column.PRINTED).data(role)


def _filter(page, state) -> list[int]:
    page.print_combo.setCurrentIndex(page.print_combo.findData(state))
    return [page.proxy.index(r, 0).data(Qt.UserRole).id for r in range(page.proxy.rowCount())]


def _print_badges(page, ids, path):
    """Print through the domain as the 打印 page does, and tell the GUI."""
    return page.ctx.apply(page.ctx.event.printing.badge_pdf(ids, path))


def test_column_and_filter_follow_printing_and_a_late_change(page, small_event, tmp_path):
    a, b, c = small_event.attendees()[:3]
    assert {_cell(page, p.id) for p in (a, b, c)} == {"未打印"}
    assert page.print_combo.itemText(0) == "全部" and _filter(page, PRINT_STALE) == []
    page.print_combo.setCurrentIndex(0)

    changes = _print_badges(page, [a.id, b.id], tmp_path / "badges.pdf")
    assert changes.prints and not changes.attendees          # only the print path refreshes the column
    assert (tmp_path / "badges.pdf").stat().st_size > 0
    assert set(small_event.repo.last_prints("badge")) == {a.id, b.id}
    (job,) = small_event.printing.print_jobs()
    assert job.kind == "badge" and job.people == 2 and job.target == str(tmp_path / "badges.pdf")
    assert (_cell(page, a.id), _cell(page, b.id), _cell(page, c.id)) == ("已打印", "已打印", "未打印")

    page.ctx.apply(small_event.roster.update(small_event.attendee(a.id).with_(unit="东莞市政协办公室")))
    assert (_cell(page, a.id), _cell(page, b.id), _cell(page, c.id)) == ("需重印", "已打印", "未打印")
    assert _cell(page, a.id, Qt.BackgroundRole) is not None and _cell(page, b.id, Qt.BackgroundRole) is None

    assert _filter(page, PRINT_STALE) == [a.id]
    assert "显示 1 人" in page.count_label.text()
    assert _filter(page, PRINT_DONE) == [b.id]
    never = _filter(page, PRINT_NEVER)
    assert c.id in never and a.id not in never and len(never) == len(small_event.attendees()) - 2

    _print_badges(page, [a.id], tmp_path / "again.pdf")       # reprinted: off the 需重印 list at once
    assert _cell(page, a.id) == "已打印" and _filter(page, PRINT_STALE) == []


def test_a_moved_seat_makes_the_printed_badge_stale(page, small_event, tmp_path):
    plan = small_event.seating.plan()
    seated = next(s.attendee_id for s in plan if s.attendee_id and not s.locked and s.section_kind != "rostrum")
    empty = next(s.id for s in plan if not s.attendee_id and not s.blocked and not s.reserved)
    _print_badges(page, [seated], tmp_path / "one.pdf")
    assert _cell(page, seated) == "已打印"
    changes = page.ctx.apply(small_event.seating.move(seated, empty))
    assert changes.seats and not changes.attendees
    assert _cell(page, seated) == "需重印"
    assert _filter(page, PRINT_STALE) == [seated]


def test_filter_combines_with_the_other_filters(page, small_event, tmp_path):
    people = small_event.attendees()
    first, other = people[0], next(p for p in people if p.category != people[0].category)
    _print_badges(page, [first.id, other.id], tmp_path / "two.pdf")
    page.category_combo.setCurrentIndex(page.category_combo.findData(first.category))
    assert _filter(page, PRINT_DONE) == [first.id]


def test_print_selected_badge_prints_one_and_points_batches_to_the_print_page(page, small_event, monkeypatch):
    calls, notes = [], []
    monkeypatch.setattr(print_actions, "print_single_badge", lambda parent, ctx, aid: calls.append(aid) or True)
    monkeypatch.setattr(page, "inform", lambda title, text: notes.append(text))
    ids = [p.id for p in small_event.attendees()[:2]]
    page.select_ids(ids[:1])
    assert page.buttons["badge"] in page.table.actions()      # also in the table's context menu
    page.buttons["badge"].trigger()
    assert calls == ids[:1] and notes == []
    page.select_ids(ids)
    assert not page.print_selected_badge()
    assert calls == ids[:1] and "打印" in notes[-1] and "2" in notes[-1]
    page.select_ids([])
    assert not page.print_selected_badge() and len(notes) == 2


def test_model_with_print_states_passes_qtmodeltester(qtmodeltester, small_event):
    model = RosterTableModel()
    people = small_event.attendees()
    states = {p.id: (PRINT_STALE, PRINT_NEVER, PRINT_DONE)[i % 3] for i, p in enumerate(people)}
    model.set_people(people, {}, states)
    qtmodeltester.check(model)
    model.set_print_states({p.id: PRINT_DONE for p in people})
    assert model.index(0, Column.PRINTED).data() == "已打印"
    qtmodeltester.check(model)
