"""The roster page with pytest-qt: filters, search, editing with undo/redo, ranking, export."""

from __future__ import annotations

import openpyxl
import pytest

from ceremony.models import Attendee
from ui import messages
from ui.roster.attendee_dialog import AttendeeDialog
from ui.context import EventContext
from ui.roster.roster_page import RosterPage
from ui.roster.roster_table_model import Column, RosterTableModel


@pytest.fixture
def page(qtbot, small_event, monkeypatch):
    errors = []
    monkeypatch.setattr(messages, "show_error", lambda parent, exc, title="": errors.append(exc))
    monkeypatch.setattr(messages, "ask", lambda parent, title, text: True)
    ctx = EventContext(small_event)
    widget = RosterPage(ctx)
    qtbot.addWidget(widget)
    widget.errors = errors
    return widget


def _shown(page) -> list[str]:
    return [page.proxy.index(r, Column.NAME).data() for r in range(page.proxy.rowCount())]


def _state(event):
    return [p.with_(version=0, updated_at="") for p in event.attendees()]


def test_model_passes_qtmodeltester(qtmodeltester, small_event):
    model = RosterTableModel()
    model.set_people(small_event.attendees(), {})
    qtmodeltester.check(model)


def test_shows_everyone_in_rank_order(page, small_event, cast):
    assert page.proxy.rowCount() == len(small_event.attendees())
    assert page.proxy.index(0, Column.NAME).data() == cast.leader.name


def test_search_box_filters_instantly(page):
    page.search_edit.setText("zl")                          # 曾 is read zeng as a surname
    assert "曾丽" in _shown(page)
    assert len(_shown(page)) < 10
    page.search_edit.setText("")
    assert page.proxy.rowCount() == page.model.rowCount()


def test_filters_by_category_unit_rsvp_and_status(page, small_event):
    page.category_combo.setCurrentIndex(page.category_combo.findData("学生代表"))
    assert page.proxy.rowCount() == sum(p.category == "学生代表" for p in small_event.attendees())
    page.category_combo.setCurrentIndex(0)
    page.unit_combo.setCurrentIndex(page.unit_combo.findData("东莞市教育局"))
    assert page.proxy.rowCount() == sum(p.unit == "东莞市教育局" for p in small_event.attendees())
    page.unit_combo.setCurrentIndex(0)
    page.rsvp_combo.setCurrentIndex(page.rsvp_combo.findData("leave"))
    assert page.proxy.rowCount() == sum(p.rsvp == "leave" for p in small_event.attendees())
    page.rsvp_combo.setCurrentIndex(0)
    page.status_combo.setCurrentIndex(page.status_combo.findData("present"))
    assert page.proxy.rowCount() == 0          # nobody has checked in yet


def test_status_filter_follows_check_ins(page, small_event):
    first = small_event.attendees()[0]
    with small_event.repo.transaction():
        small_event.repo.conn.execute("INSERT INTO checkins (attendee_id, at, kind, status) VALUES (?, ?, 'scan', 'ok')",
                                     (first.id, "2020-11-25T09:30:00"))
    from ceremony.models import Changes
    page.ctx.apply(Changes(checkins=True))
    page.status_combo.setCurrentIndex(page.status_combo.findData("present"))
    assert _shown(page) == [first.name]


def test_add_edit_delete_with_undo_redo(page, small_event):
    stack = page.ctx.undo_stack
    before = _state(small_event)
    assert page.save_person(Attendee(name="诸葛亮", unit="蜀汉丞相府", phone="13912345678"))
    assert "诸葛亮" in _shown(page)
    new = next(p for p in small_event.attendees() if p.name == "诸葛亮")
    assert new.rank == len(before) + 1
    assert page.save_person(new.with_(title="丞相"))
    page.select_ids([new.id])
    page.delete_selected()
    assert "诸葛亮" not in _shown(page)
    stack.undo()
    assert small_event.attendee(new.id).title == "丞相"
    stack.undo()
    assert small_event.attendee(new.id).title == ""
    stack.undo()
    assert _state(small_event) == before
    for _ in range(3):
        stack.redo()
    assert "诸葛亮" not in _shown(page) and len(small_event.attendees()) == len(before)


def test_undo_delete_restores_badge_code(page, small_event):
    person = small_event.attendees()[3]
    code = small_event.badge_code(person.id)
    page.delete_people([person.id])
    assert small_event.lookup_code(code).status != "ok"
    page.ctx.undo_stack.undo()
    assert small_event.lookup_code(code).attendee_id == person.id


def test_bulk_category_change_is_one_undo_step(page, small_event):
    ids = [p.id for p in small_event.attendees()[:5]]
    page.change_category(ids, "工作人员")
    assert {small_event.attendee(i).category for i in ids} == {"工作人员"}
    page.ctx.undo_stack.undo()
    assert small_event.attendee(ids[0]).category == "市领导"


def test_move_up_and_drop_reorder(page, small_event):
    third = _shown(page)[2]
    page.select_ids([page.model.person(2).id])
    page.move_selected(-1)
    assert _shown(page)[1] == third
    assert page.selected_ids() == [page.model.person(1).id]
    first_id = page.model.person(0).id
    page.drop_people([first_id], page.model.person(5).id)
    assert page.model.person(4).id == first_id
    page.ctx.undo_stack.undo()
    page.ctx.undo_stack.undo()
    assert _shown(page)[2] == third


def test_drop_through_the_model(page):
    model = page.model
    ids = [model.person(0).id]
    data = model.mimeData([model.index(0, 0)])
    from PySide6.QtCore import QModelIndex, Qt
    model.dropMimeData(data, Qt.MoveAction, 3, 0, QModelIndex())
    assert page.model.person(2).id == ids[0]


def test_sort_by_strokes_disables_drag(page, small_event):
    page.sort_combo.setCurrentIndex(page.sort_combo.findData("strokes"))
    expected = [p.name for p in small_event.roster.sorted(small_event.attendees(), "strokes")]
    assert _shown(page) == expected
    assert not page.model.drag_enabled
    tian = [Attendee(id=1, name="田大利"), Attendee(id=2, name="田富")]
    assert page.sorted_people(tian)[0].name == "田富"            # the event's default: 政协 style
    page.sort_combo.setCurrentIndex(page.sort_combo.findData("strokes:renda"))
    assert page.sorted_people(tian)[0].name == "田大利"
    page.sort_combo.setCurrentIndex(page.sort_combo.findData("pinyin"))
    assert _shown(page)[0] == small_event.roster.sorted(small_event.attendees(), "pinyin")[0].name


def test_apply_suggested_order(page, small_event, cast):
    suggestion = [p.id for p in small_event.roster.suggest_order()]
    page.apply_order(suggestion)
    assert [page.model.person(r).id for r in range(page.model.rowCount())] == suggestion
    page.ctx.undo_stack.undo()
    assert page.model.person(0).name == cast.leader.name


def test_export_what_is_shown(page, tmp_path):
    page.category_combo.setCurrentIndex(page.category_combo.findData("市领导"))
    path = tmp_path / "leaders.xlsx"
    assert page.export_to(str(path))
    sheet = openpyxl.load_workbook(path).active
    assert [c.value for c in sheet["B"]][1:] == _shown(page)


def test_export_error_is_a_message(page, tmp_path):
    assert not page.export_to(str(tmp_path / "missing" / "x.xlsx"))
    assert page.errors


def test_attendee_dialog_validates(qtbot):
    dialog = AttendeeDialog(None, ["市领导"])
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QDialogButtonBox
    ok = dialog.buttons.button(QDialogButtonBox.Ok)
    assert not ok.isEnabled()
    dialog.name_edit.setText("王　五")
    dialog.phone_edit.setText("1234")
    dialog.id_edit.setText("11010519491231002X")
    dialog.gender_combo.setCurrentText("男")
    assert ok.isEnabled()
    assert dialog.person().name == "王五"
    assert "手机号格式不正确" in dialog.warning_label.text()
    assert "性别与身份证号不符" in dialog.warning_label.text()


def test_failed_operation_is_shown_and_not_on_the_stack(page, small_event):
    before = page.ctx.undo_stack.count()
    assert not page.save_person(small_event.attendees()[0].with_(name="　"))   # empty name after cleaning
    assert page.errors and "姓名" in page.errors[-1].message
    assert page.ctx.undo_stack.count() == before


def test_characters_without_stroke_data_are_named_when_sorted_by_strokes(page, small_event):
    small_event.roster.add(Attendee(name="万俟卨"))
    page.reload()
    assert "卨" not in page.count_label.text()
    page.sort_combo.setCurrentIndex(page.sort_combo.findData("strokes"))
    assert "卨" in page.count_label.text() and "万俟卨" in page.count_label.toolTip()
    assert "万俟卨" in _shown(page)                       # listed, and said to be uncertain
