"""The import preview dialog with pytest-qt: worker thread, mapping fixes, duplicates, undo of a whole import."""

from __future__ import annotations

import pytest

from ceremony.roster.importing import ADD, INVALID, SKIP, UPDATE
from ui import messages
from ui.context import EventContext
from ui.roster.import_dialog import ImportDialog
from ui.roster.import_preview_model import ImportPreviewModel, PreviewColumn

from roster_files import write_csv, write_xlsx


@pytest.fixture
def asked(monkeypatch) -> list:
    """Rows without a category are asked about before importing; these tests say import them anyway."""
    seen: list = []
    monkeypatch.setattr("ui.roster.import_dialog.ask_import_uncategorized",
                        lambda parent, names: seen.append(names) or True)
    return seen


@pytest.fixture
def ctx(empty_event, monkeypatch, asked):
    monkeypatch.setattr(messages, "show_error", lambda *a, **k: (_ for _ in ()).throw(AssertionError(a)))
    return EventContext(empty_event)


def _open(qtbot, ctx, **kwargs) -> ImportDialog:
    dialog = ImportDialog(ctx, **kwargs)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    return dialog


def test_file_read_in_worker_then_imported_as_one_undo_step(qtbot, ctx, tmp_path):
    path = write_xlsx(tmp_path / "回执.xlsx", [["开幕式回执"], ["序号", "姓 名", "单位", "手机"],
                                            [1, "王五", "甲", "13800138001"], [2, "李四", "甲", "13900139002"]],
                      merges=["A1:D1"])
    dialog = _open(qtbot, ctx, paths=[str(path)])
    assert dialog.header_spin.value() == 2
    assert dialog.import_button.isEnabled()
    assert "新增 2" in dialog.counts_label.text()
    dialog.do_import()
    assert dialog.imported == {ADD: 2, UPDATE: 0, SKIP: 0}
    assert sorted(p.name for p in ctx.event.attendees()) == ["李四", "王五"]
    ctx.undo_stack.undo()
    assert ctx.event.attendees() == []
    ctx.undo_stack.redo()
    assert len(ctx.event.attendees()) == 2


def test_user_fixes_the_mapping(qtbot, ctx, tmp_path):
    # "人员" is not a known header: nothing maps to 姓名 until the user says so
    path = write_csv(tmp_path / "odd.csv", [["人员", "所在部门", "手机"], ["王五", "甲", "13800138001"]], "utf-8")
    dialog = _open(qtbot, ctx, paths=[str(path)])
    assert dialog.plan.rows == [] and not dialog.import_button.isEnabled()
    dialog.header_spin.setValue(1)
    dialog.set_column_field(0, "name")
    dialog.set_column_field(1, "unit")
    assert [r.person.name for r in dialog.plan.rows] == ["王五"]
    assert dialog.plan.rows[0].person.unit == "甲"
    assert dialog.import_button.isEnabled()


def test_missing_unit_column_named_by_user(qtbot, ctx):
    dialog = _open(qtbot, ctx, text="姓名\t职务\n王五\t校长\n")
    assert dialog.plan.rows[0].action == INVALID
    assert not dialog.import_button.isEnabled()
    dialog.unit_edit.setText("东莞理工学校")
    dialog.unit_edit.editingFinished.emit()
    assert dialog.plan.rows[0].action == ADD and dialog.plan.rows[0].person.unit == "东莞理工学校"
    assert dialog.import_button.isEnabled()


def test_unit_line_above_the_header_is_shown_and_can_be_overridden(qtbot, ctx, tmp_path):
    path = write_xlsx(tmp_path / "回执.xlsx", [["填报单位（盖章）：东莞市机电工程学校"], ["姓名", "职务"], ["王五", "校长"]])
    dialog = _open(qtbot, ctx, paths=[str(path)])
    assert "东莞市机电工程学校" in dialog.unit_edit.placeholderText() and dialog.unit_edit.text() == ""
    assert dialog.plan.rows[0].action == ADD and dialog.plan.rows[0].person.unit == "东莞市机电工程学校"
    dialog.unit_edit.setText("东莞理工学校")
    dialog.unit_edit.editingFinished.emit()
    assert dialog.plan.rows[0].person.unit == "东莞理工学校"


def test_invalid_rows_need_consent(qtbot, ctx):
    dialog = _open(qtbot, ctx, text="姓名\t单位\n王五\t甲\n\t乙\n")
    assert not dialog.import_button.isEnabled()
    assert not dialog.skip_invalid.isHidden()
    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.do_import()
    assert [p.name for p in ctx.event.attendees()] == ["王五"]


def test_duplicate_choices(qtbot, ctx):
    from ceremony.models import Attendee
    ctx.event.roster.add(Attendee(name="王五", unit="甲", title="旧"))
    dialog = _open(qtbot, ctx, text="姓名\t单位\t职务\n王五\t甲\t新\n李四\t乙\t校长\n李四\t乙\t校长\n")
    assert [r.action for r in dialog.plan.rows] == [UPDATE, ADD, SKIP]
    dialog.problems_only.setChecked(True)
    assert dialog.preview.isRowHidden(1) and not dialog.preview.isRowHidden(0)
    dialog.preview.selectRow(0)
    dialog.set_selected_action(ADD)          # keep both
    assert dialog.preview_model.index(0, PreviewColumn.ACTION).data() == "保留两人"
    dialog.do_import()
    assert sorted(p.name for p in ctx.event.attendees()) == ["李四", "王五", "王五"]


def test_cancel_while_reading(qtbot, ctx, tmp_path):
    path = write_csv(tmp_path / "a.csv", [["姓名", "单位"], ["王五", "甲"]], "utf-8")
    dialog = ImportDialog(ctx, paths=[str(path)] * 3)
    qtbot.addWidget(dialog)
    dialog.reject()
    assert dialog.job.cancel_requested
    assert ctx.event.attendees() == []


def test_unreadable_file_reported(qtbot, ctx, tmp_path):
    junk = tmp_path / "scan.xlsx"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    dialog = _open(qtbot, ctx, paths=[str(junk)])
    assert "scan.xlsx" in dialog.errors_label.text()
    assert not dialog.import_button.isEnabled()


def test_preview_model(qtmodeltester, qtbot, ctx):
    dialog = _open(qtbot, ctx, text="姓名\t单位\n王五\t甲\n\t乙\n")
    model = ImportPreviewModel()
    model.set_plan(dialog.plan)
    qtmodeltester.check(model)


def test_missing_people_of_a_unit_are_shown(qtbot, ctx):
    from ceremony.models import Attendee
    ctx.event.roster.add(Attendee(name="赵六", unit="甲"))
    dialog = _open(qtbot, ctx, text="姓名\t单位\n王五\t甲\n")
    assert "赵六" in dialog.missing_label.text()


def test_categories_are_suggested_from_title_and_unit_and_the_rest_asked_about(qtbot, ctx, asked, monkeypatch):
    """Issue 16: a new event's 回执 have no 类别 column; the preview suggests one per row and asks before
    importing rows that still have none (answering "back" imports nothing)."""
    from ceremony.categories import STARTER_CATEGORIES
    from ui.roster.import_preview_model import PreviewColumn
    for category in STARTER_CATEGORIES:
        ctx.event.save_category(category)
    text = "姓名\t单位\t职务\n李明\t东莞市机电工程学校\t校长\n张三\t塘厦镇初级中学\t校长\n王五\t某单位\t顾问\n"
    dialog = _open(qtbot, ctx, text=text)
    shown = [dialog.preview_model.index(r, PreviewColumn.CATEGORY).data() for r in range(3)]
    assert shown == ["院校负责人（建议）", "初中校长（建议）", "（未分类）"]
    monkeypatch.setattr("ui.roster.import_dialog.ask_import_uncategorized",
                        lambda parent, names: asked.append(names) or False)
    dialog.do_import()
    assert asked == [["王五"]] and ctx.event.attendees() == []              # went back: nothing imported
    dialog.plan.set_category(2, "行业企业代表")                               # the user chose one
    dialog.do_import()
    assert {p.name: p.category for p in ctx.event.attendees()} == {"李明": "院校负责人", "张三": "初中校长",
                                                                    "王五": "行业企业代表"}
