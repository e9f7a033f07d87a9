"""Issue 16 in the window: 新建活动 dialog, the hall builder (会场向导) and the 准备 page."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from ceremony.categories import STARTER_CATEGORIES
from ceremony.event import Event


def test_new_event_dialog_lists_starter_categories_and_edits_them(qtbot):
    from ui.new_event_dialog import NewEventDialog
    dialog = NewEventDialog(None, "")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(STARTER_CATEGORIES)
    assert dialog.table.item(0, 0).text() == STARTER_CATEGORIES[0].name
    dialog.name_edit.setText("2021年开幕式")
    dialog.hosts_edit.setText("东莞市教育局、东莞市人力资源局")
    dialog.table.selectRow(dialog.table.rowCount() - 1)
    dialog.remove_selected()                                # 工作人员 removed
    dialog.add_row(None)
    row = dialog.table.rowCount() - 1
    dialog.table.item(row, 0).setText("志愿者")
    dialog.table.item(row, 2).setText("#123456")
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    assert dialog.result() == NewEventDialog.Accepted
    names = [c.name for c in dialog.categories()]
    assert "工作人员" not in names and names[-1] == "志愿者"
    assert dialog.info().hosts == ("东莞市教育局", "东莞市人力资源局")


def test_new_event_dialog_refuses_a_bad_colour_with_one_message(qtbot):
    from ui.new_event_dialog import NewEventDialog
    dialog = NewEventDialog(None, "开幕式")
    qtbot.addWidget(dialog)
    dialog.table.item(2, 2).setText("red")
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    assert dialog.result() != NewEventDialog.Accepted
    assert "第 3 行" in dialog.error.text() and "#RRGGBB" in dialog.error.text()


@pytest.fixture
def window(qtbot, tmp_path):
    from ui.main_window import MainWindow
    event = Event.create(tmp_path / "first.ceremony")
    event.hold("app")
    w = MainWindow(event)
    qtbot.addWidget(w)
    w.show()
    return w


def test_file_new_asks_details_then_path_and_creates_the_event(window, tmp_path, monkeypatch):
    from ceremony.models import Category, EventInfo
    from datetime import datetime
    from ui import file_dialogs, new_event_dialog
    info = EventInfo(uid="", name="新学年开学典礼", starts_at=datetime(2021, 9, 1, 9, 0), venue="礼堂",
                     hosts=("东莞市教育局",), organiser="东莞市职业技术学校")
    monkeypatch.setattr(new_event_dialog, "ask_new_event", lambda parent, name="": (info, list(STARTER_CATEGORIES[:3])))
    target = tmp_path / "开学典礼"
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: (str(target), ""))
    window.new_event()
    event = window.current_event
    assert event.path == target.with_suffix(".ceremony")
    assert event.info.name == "新学年开学典礼" and event.info.hosts == ("东莞市教育局",)
    assert [c.name for c in event.categories()] == [c.name for c in STARTER_CATEGORIES[:3]]


def test_file_new_cancelled_keeps_the_open_event(window, monkeypatch):
    from ui import file_dialogs, new_event_dialog
    before = window.current_event.path
    monkeypatch.setattr(new_event_dialog, "ask_new_event", lambda parent, name="": None)
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: pytest.fail("no path asked"))
    window.new_event()
    assert window.current_event.path == before


def _builder(qtbot):
    from ui.seating.hall_builder_dialog import HallBuilderDialog
    dialog = HallBuilderDialog("礼堂")
    qtbot.addWidget(dialog)
    return dialog


def test_hall_builder_draws_as_you_type_and_refuses_bad_input(qtbot):
    dialog = _builder(qtbot)
    ok = dialog.buttons.button(QDialogButtonBox.Ok)
    dialog.rostrum_edit.setText("9,11")
    dialog.rows_spin.setValue(20)
    dialog.blocks_edit.setText("10,10,10")
    assert ok.isEnabled() and "20 排 600 座" in dialog.summary.text()
    seats = len(dialog.scene.items())
    dialog.blocks_edit.setText("10,,x")
    assert not ok.isEnabled()
    assert "x" in dialog.error.text() and "台下各区" in dialog.error.text()
    dialog.blocks_edit.setText("10,,10")
    assert not ok.isEnabled() and dialog.error.text()
    dialog.blocks_edit.setText("10,10")
    assert ok.isEnabled() and not dialog.error.text() and len(dialog.scene.items()) < seats
    dialog.blocked_edit.setText("1:1-2")
    assert "封闭 2 座" in dialog.summary.text()
    dialog.blocked_edit.setText("1:99")
    assert not ok.isEnabled() and dialog.error.text() == "封闭座位：第 1 排没有第 99 个位置（过道或超出）"


def test_hall_builder_on_the_seating_page_is_one_undoable_step(window, qtbot, monkeypatch):
    from ui.seating import hall_builder_dialog
    page = window.page("seating")
    window.show_page("seating")
    assert page.builder_button_action.isVisible()        # an empty venue offers the builder prominently
    monkeypatch.setattr(hall_builder_dialog.HallBuilderDialog, "exec", lambda self: (
        self.rostrum_edit.setText("9,11"), self.rows_spin.setValue(20), self.blocks_edit.setText("10,10,10"),
        self.numbering.setCurrentIndex(self.numbering.findData("odd_even")), QDialog.Accepted)[-1])
    page.venue.actions["builder"].trigger()
    summary = window.current_event.summary()
    assert summary["seats"] == 620 and summary["rostrum_seats"] == 20
    assert len(page.scene.items_by_seat) == 620 and not page.builder_button_action.isVisible()
    assert window.ctx.undo_stack.count() == 1
    window.ctx.undo_stack.undo()
    assert window.current_event.summary()["seats"] == 0 and page.builder_button_action.isVisible()
    window.ctx.undo_stack.redo()
    assert window.current_event.summary()["seats"] == 620


def test_add_row_on_an_empty_venue_says_to_build_the_hall_first(window, monkeypatch):
    from ui import messages
    from ui.seating import hall_builder_dialog
    shown, opened = [], []
    monkeypatch.setattr(messages, "show_error", lambda parent, exc, title="": shown.append(messages.error_text(exc)))
    monkeypatch.setattr(hall_builder_dialog.HallBuilderDialog, "exec", lambda self: opened.append(1) or QDialog.Rejected)
    page = window.page("seating")
    page.venue.actions["add_row"].trigger()
    assert len(shown) == 1 and "会场向导" in shown[0] and opened == [1]
    assert window.current_event.summary()["seats"] == 0


def test_checklist_tab_lists_items_with_counts_and_buttons_to_the_fixing_page(window, monkeypatch):
    page = window.page("prepare")
    window.show_page("prepare")
    keys = [item.key for item in page.items]
    assert "venue" in keys and "category" in keys
    venue_row = keys.index("venue")
    assert page.table.item(venue_row, 0).text().startswith("✘") and page.table.item(venue_row, 1).text() == "1"
    assert "还有" in page.summary.text()
    page.table.cellWidget(venue_row, 3).click()
    assert window.tabs.currentWidget() is window.slots["seating"]
    # the page follows the event: building the hall ticks the item off
    from ceremony.seating import build_spec, VenueOperation
    from ui.operation_command import push_operation
    push_operation(window.ctx, VenueOperation(build_spec("礼堂", [5], 4, [6, 6])), "hall")
    row = [item.key for item in page.items].index("venue")
    assert page.table.item(row, 0).text().startswith("✔") and page.table.item(row, 1).text() == "0"
    opened = []
    monkeypatch.setattr(window, "edit_event_settings", lambda: opened.append(1))
    page.table.cellWidget([i.key for i in page.items].index("health"), 3).click()
    assert opened == [1]


def test_new_event_opens_on_the_checklist(window, tmp_path, monkeypatch):
    from datetime import datetime
    from ceremony.models import EventInfo
    from ui import file_dialogs, new_event_dialog
    info = EventInfo(uid="", name="开幕式", starts_at=datetime(2021, 11, 24, 10, 0))
    monkeypatch.setattr(new_event_dialog, "ask_new_event", lambda parent, name="": (info, list(STARTER_CATEGORIES)))
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: (str(tmp_path / "b.ceremony"), ""))
    window.new_event()
    assert window.tabs.currentWidget() is window.slots["prepare"]
    assert window.pages["prepare"].items[0].key == "roster"
