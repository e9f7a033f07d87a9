"""The seating page with pytest-qt: drag a person (swap when taken), undo/redo, lock, search, venue edits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from ui import messages
from ui.context import EventContext
from ui.seating.seating_page import SeatingPage

# Seats of the small fixture hall (8 rows of 16, x 1-18 with aisles at 5 and 14), seated by the default rules:
TAKEN, TAKEN_BEHIND = (1, 12), (6, 12)           # two occupied seats (front zone, students' zone)
EMPTY, EMPTY_TOO = (8, 1), (8, 3)                # empty seats in the last row (the staff sit in its centre)
LAST_ROW, RIGHT_END = 8, 18


@pytest.fixture
def page(qtbot, small_event, monkeypatch):
    errors = []
    monkeypatch.setattr(messages, "show_error", lambda parent, exc, title="": errors.append(exc))
    monkeypatch.setattr(messages, "ask", lambda *a: True)
    small_event.seating.auto_seat()
    ctx = EventContext(small_event)
    widget = SeatingPage(ctx)
    widget.errors = errors
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def seat_point(page, item) -> QPoint:
    page.view.centerOn(item)
    return page.view.mapFromScene(item.sceneBoundingRect().center())


def drag(qtbot, page, source, target) -> None:
    viewport = page.view.viewport()
    start = seat_point(page, source)
    qtbot.mousePress(viewport, Qt.LeftButton, pos=start)
    end = page.view.mapFromScene(target.sceneBoundingRect().center())
    qtbot.mouseMove(viewport, pos=start + QPoint(5, 5))
    qtbot.mouseMove(viewport, pos=end)
    qtbot.mouseRelease(viewport, Qt.LeftButton, pos=end)


def hall_item(page, row, x=None):
    if x is None:
        row, x = row
    return next(i for i in page.scene.items_by_seat.values()
                if i.seat.section_kind == "hall" and i.seat.row == row and i.seat.x == x)


def test_drag_swaps_two_people_and_undo_restores(qtbot, page):
    event = page.ctx.event
    a_item, b_item = hall_item(page, TAKEN), hall_item(page, TAKEN_BEHIND)
    a, b = a_item.attendee_id, b_item.attendee_id
    assert a and b
    drag(qtbot, page, a_item, b_item)
    assert event.seating.seat_of(a).id == b_item.seat_id
    assert event.seating.seat_of(b).id == a_item.seat_id
    assert b_item.attendee_id == a and a_item.attendee_id == b           # the plan shows it at once
    assert page.ctx.undo_stack.count() == 1
    page.ctx.undo_stack.undo()
    assert event.seating.seat_of(a).id == a_item.seat_id and a_item.attendee_id == a
    page.ctx.undo_stack.redo()
    assert event.seating.seat_of(a).id == b_item.seat_id and b_item.attendee_id == a


def test_drag_to_an_empty_seat_moves(qtbot, page):
    empty = hall_item(page, EMPTY)
    assert empty.attendee_id is None
    source = hall_item(page, TAKEN)
    person = source.attendee_id
    drag(qtbot, page, source, empty)
    assert empty.attendee_id == person and source.attendee_id is None
    assert page.ctx.event.seating.seat_of(person).row == LAST_ROW


def test_locked_seat_refuses_a_drag_with_a_message(qtbot, page):
    target = hall_item(page, TAKEN_BEHIND)
    target.setSelected(True)
    page.set_locked(True)
    assert page.ctx.event.seating.seat(target.seat_id).locked == 1
    source = hall_item(page, TAKEN)
    person = source.attendee_id
    drag(qtbot, page, source, target)
    assert page.errors and "锁定" in page.errors[-1].message
    assert source.attendee_id == person
    page.ctx.undo_stack.undo()                                          # undo the lock
    assert page.ctx.event.seating.seat(target.seat_id).locked == 0


def test_clear_and_auto_seat_are_undoable(qtbot, page):
    event = page.ctx.event
    seated = event.repo.assignment_count()
    page.clear_all()
    assert event.repo.assignment_count() == 0 and page.unseated.count() == seated
    assert all(i.attendee_id is None for i in page.scene.items_by_seat.values())
    page.ctx.undo_stack.undo()
    assert event.repo.assignment_count() == seated and page.unseated.count() == 0
    page.clear_all()
    page.run_auto_seat(event.seating.rules().with_(rule="right"))
    assert event.repo.assignment_count() == seated and "已排座" in page.report.toPlainText()
    page.ctx.undo_stack.undo()
    assert event.repo.assignment_count() == 0


def test_search_highlights_the_seat(qtbot, page, cast):
    page.search.setText(cast.leader.name)
    assert page.results.count() >= 1
    page._first_result()
    item = page.scene.item_for_attendee(cast.leader.id)
    assert item.highlighted and item.seat.section_kind == "rostrum"
    page.search.setText("")
    assert not item.highlighted


def test_venue_edit_add_row_and_undo(qtbot, page, monkeypatch):
    from PySide6.QtWidgets import QInputDialog
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (12, True))
    before = len(page.scene.items_by_seat)
    hall_item(page, EMPTY).setSelected(True)
    page.venue.add_row()
    assert len(page.scene.items_by_seat) == before + 12
    page.ctx.undo_stack.undo()
    assert len(page.scene.items_by_seat) == before


def test_bad_venue_file_leaves_the_plan(qtbot, page, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"sections": [{"name": "台下", "rows": ["##?#"]}]}', encoding="utf-8")
    before = page.ctx.event.seating.plan()
    assert page.venue.load_path(str(path)) is False
    assert "第1排" in page.errors[-1].message and page.ctx.event.seating.plan() == before


def test_zone_drawn_from_selection(qtbot, page, monkeypatch):
    from ui.seating.venue_zone_dialog import VenueZoneDialog
    monkeypatch.setattr(VenueZoneDialog, "exec", lambda self: VenueZoneDialog.Accepted)
    monkeypatch.setattr(VenueZoneDialog, "values",
                        lambda self: {"zone": "校友区", "color": "#00ff00", "category": "", "unit": ""})
    for x in range(1, 5):
        hall_item(page, LAST_ROW, x).setSelected(True)
    page.venue.set_zone()
    zoned = [i for i in page.scene.items_by_seat.values() if i.seat.zone_name == "校友区"]
    assert len(zoned) == 4 and zoned[0].seat.zone_color == "#00ff00"


def test_chart_export_runs_in_the_background(qtbot, page, tmp_path):
    out = tmp_path / "chart.pdf"
    page.write_chart(str(out), "A4", "rostrum")
    qtbot.waitUntil(lambda: "已生成座次图" in page.report.toPlainText(), timeout=20000)
    assert out.read_bytes()[:4] == b"%PDF"
    logged = page.ctx.event.repo.query("SELECT layout FROM print_log WHERE kind = 'seating_chart'")
    assert logged == [{"layout": "A4/rostrum/all"}]


def test_person_dragged_from_the_unseated_list_gets_the_seat(qtbot, page):
    from ui.seating.seating_person_list import attendee_from_mime
    event = page.ctx.event
    target = hall_item(page, TAKEN)
    person = target.attendee_id
    target.setSelected(True)
    page.unassign_selected()
    assert page.unseated.count() == 1
    mime = page.unseated.mimeData([page.unseated.item(0)])
    assert attendee_from_mime(mime) == person
    empty = hall_item(page, EMPTY_TOO)
    assert page.view.drop_person(person, seat_point(page, empty))
    assert event.seating.seat_of(person).id == empty.seat_id and empty.attendee_id == person
    assert page.unseated.count() == 0


def test_delete_key_unseats_and_legend_counts(qtbot, page):
    item = hall_item(page, TAKEN)
    person = item.attendee_id
    assert "师生代表区" in page.legend.text()
    before = page.legend.text()
    item.setSelected(True)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key_Delete)
    assert page.ctx.event.seating.seat_of(person) is None and item.attendee_id is None
    assert page.legend.text() != before


def test_rules_dialog_previews_the_rostrum(qtbot):
    from ceremony.seating.auto import SeatingRules
    from ui.seating.seating_rules_dialog import SeatingRulesDialog
    people = [(i, f"领导{i}") for i in range(1, 9)]
    dialog = SeatingRulesDialog(SeatingRules(), people, 2, row_sizes=[5, 5])
    qtbot.addWidget(dialog)
    assert "5 3 1 2 4" in dialog.preview.text() and "8 6 7" in dialog.preview.text()
    dialog.rule.setCurrentIndex(dialog.rule.findData("right"))
    assert "4 2 1 3 5" in dialog.preview.text()
    dialog.speaker_row.setCurrentIndex(2)
    dialog.fresh.setChecked(True)
    rules = dialog.rules()
    assert rules.rule == "right" and rules.group_rows == {"2": "speakers"}


def test_leave_mark_takes_a_person_off_the_unseated_list(qtbot, page):
    event = page.ctx.event
    target = hall_item(page, TAKEN)
    person = target.attendee_id
    target.setSelected(True)
    page.unassign_selected()
    assert page.unseated.count() == 1
    changes = event.roster.update(event.attendee(person).with_(rsvp="leave"))
    page.ctx.apply(changes)
    assert page.unseated.count() == 0


def test_too_few_seats_asks_before_seating_part(qtbot, page, cast, monkeypatch):
    from ceremony.seating.venue_file import remove_row
    event = page.ctx.event
    spec = event.seating.venue_spec()
    for _ in range(6):
        spec = remove_row(spec, "台下", LAST_ROW - _)              # 2 rows × 16 = 32 seats for 41 people
    event.seating.replace_venue(spec)
    page.ctx.apply(event.seating.apply(event.seating.clear_operation())[0])
    asked = []
    monkeypatch.setattr(messages, "ask", lambda parent, title, text: asked.append(text) or False)
    page.run_auto_seat(event.seating.rules())
    assert asked and "座位不足" in asked[0] and event.repo.assignment_count() == 0
    monkeypatch.setattr(messages, "ask", lambda *a: True)
    page.run_auto_seat(event.seating.rules())
    assert len(cast.rostrum) < event.repo.assignment_count() < len(cast.everyone)      # part of the hall seated
    assert "多于可用座位" in page.report.toPlainText()


def test_leaders_view_mirrors_the_plan(qtbot, page, cast):
    leader = page.scene.item_for_attendee(cast.leader.id)
    left_end = hall_item(page, 1, 1)
    assert leader.sceneBoundingRect().top() < left_end.sceneBoundingRect().top()      # rostrum on top
    page.actions_["leaders_view"].trigger()
    leader = page.scene.item_for_attendee(cast.leader.id)
    left_end, right_end = hall_item(page, 1, 1), hall_item(page, 1, RIGHT_END)
    assert leader.sceneBoundingRect().top() > left_end.sceneBoundingRect().top()      # rostrum at the bottom
    assert left_end.sceneBoundingRect().left() > right_end.sceneBoundingRect().left()  # mirrored
    drag(qtbot, page, hall_item(page, TAKEN), hall_item(page, TAKEN_BEHIND))          # still works
    assert page.ctx.undo_stack.count() == 1


def test_chart_dialog_chooses_paper_view_and_contents_in_plain_sight(qtbot, page, tmp_path, monkeypatch):
    """Issue 18: paper size and view are chosen in the chart dialog, not in the save dialog's type box."""
    from ui import file_dialogs
    from ui.seating.chart_dialog import SeatingChartDialog
    page.actions_["leaders_view"].setChecked(True)
    dialog = SeatingChartDialog(page, view="rostrum")
    qtbot.addWidget(dialog)
    assert dialog.options() == ("A3", "rostrum", "all")                  # the page's current view is the default
    dialog.paper_radios["A4"].click()
    dialog.view_radios["audience"].click()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("chart"))
    assert dialog.options() == ("A4", "audience", "chart")
    assert [label.text() for label in dialog.labels] == ["纸张：", "视角：", "内容："]

    out = tmp_path / "chart.pdf"
    monkeypatch.setattr("ui.seating.chart_dialog.ask_chart_options", lambda parent, view: ("A4", view, "chart"))
    filters = []

    def save_name(parent, title, name, filter_text):
        filters.append(filter_text)
        return str(out), filter_text
    monkeypatch.setattr(file_dialogs, "get_save_file_name", save_name)
    page.export_chart()
    qtbot.waitUntil(lambda: "已生成座次图" in page.report.toPlainText(), timeout=20000)
    assert filters == ["PDF 文件 (*.pdf)"]                            # no paper or view in the type box
    logged = page.ctx.event.repo.query("SELECT layout FROM print_log WHERE kind = 'seating_chart'")
    assert logged == [{"layout": "A4/rostrum/chart"}]
