"""Importing messy 回执 files: a table of cases built here, duplicates, safety, undo, CLI exit codes."""

from __future__ import annotations

import pytest

from ceremony.cli import main as cli_main
from ceremony.roster.importing import (ADD, INVALID, SKIP, UPDATE, ImportBlocked, apply_plan, build_plan, import_files,
                                load_sources, pasted_source)
from ceremony.models import Attendee

from roster_files import FIXTURES, write_csv, write_xlsx

HEADER = ["序号", "姓 名", "性别", "单位名称", "职务（职级）", "手机号", "身份证号", "备注"]
PEOPLE = [
    [1, "王　五", "男", "东莞理工学校", "校长", "13800138001", "11010519491231002X", ""],
    [2, "李 四", "女", "东莞理工学校", "副校长", "１３９００１３９００２", "", ""],
    [3, "赵六", "男", "东莞市商业学校", "校长", 13700137003, "", "=cmd|' /C calc'!A0"],
]


def _state(event):
    """The roster without bookkeeping (undo bumps versions so changed badges get reprinted)."""
    return [p.with_(version=0, updated_at="") for p in event.attendees()]


def _names(event):
    return sorted(p.name for p in event.attendees())


# --- the table of messy files -------------------------------------------------------------------
def case_title_rows_and_merged(tmp_path):
    return write_xlsx(tmp_path / "回执.xlsx", [["东莞市职业教育活动周开幕式回执"], ["填报单位：", "", "联系人："],
                                            [], HEADER] + PEOPLE, merges=["A1:H1"])


def case_unit_merged_down(tmp_path):
    rows = [HEADER, [1, "王五", "男", "东莞理工学校", "校长", "13800138001", "", ""],
            [2, "李四", "女", None, "副校长", "13900139002", "", ""],
            [3, "赵六", "男", "东莞市商业学校", "校长", "13700137003", "", ""]]
    return write_xlsx(tmp_path / "merged.xlsx", rows, merges=["D2:D3"])


def case_gbk_csv(tmp_path):
    return write_csv(tmp_path / "gbk.csv", [HEADER] + PEOPLE, "gbk")


def case_gb18030_csv(tmp_path):
    return write_csv(tmp_path / "gb18030.csv", [HEADER] + PEOPLE, "gb18030")


def case_utf8_bom_csv(tmp_path):
    return write_csv(tmp_path / "bom.csv", [HEADER] + PEOPLE, "utf-8-sig")


def case_utf8_csv_columns_shuffled(tmp_path):
    order = [5, 3, 1, 4, 0, 2, 6, 7]
    rows = [[r[i] for i in order] for r in [HEADER] + PEOPLE]
    return write_csv(tmp_path / "plain.csv", rows, "utf-8")


def case_empty_rows_and_notes(tmp_path):
    rows = [HEADER, PEOPLE[0], [], ["", "", "", "", ""], PEOPLE[1], PEOPLE[2], [],
            ["注：请于11月20日前回传。"], ["合计：3人"]]
    return write_xlsx(tmp_path / "notes.xlsx", rows)


CASES = [case_title_rows_and_merged, case_unit_merged_down, case_gbk_csv, case_gb18030_csv, case_utf8_bom_csv,
         case_utf8_csv_columns_shuffled, case_empty_rows_and_notes]


@pytest.mark.parametrize("make", CASES, ids=lambda f: f.__name__[5:])
def test_messy_files_import_the_same_three_people(make, tmp_path, empty_event):
    path = make(tmp_path)
    plan, result = import_files(empty_event, [path])
    assert plan.file_errors == []
    assert (result.added, result.updated, result.skipped) == (3, 0, 0)
    people = {p.name: p for p in empty_event.attendees()}
    assert set(people) == {"王五", "李四", "赵六"}
    assert people["李四"].unit == "东莞理工学校"
    assert people["李四"].phone == "13900139002"          # full-width digits normalised
    assert people["赵六"].phone == "13700137003"          # a number cell keeps every digit
    assert [p.rank for p in empty_event.roster.sorted(empty_event.attendees(), "rank")] == [1, 2, 3]


def test_xls_fixture(empty_event):
    plan, result = import_files(empty_event, [FIXTURES / "huizhi_wps.xls"])
    assert (result.added, result.skipped) == (4, 0)
    people = {p.name: p for p in empty_event.attendees()}
    assert set(people) == {"王五", "李四", "张三", "阿依古丽·买买提"}
    assert people["张三"].unit == "东莞理工学校"            # merged unit cell
    assert people["阿依古丽·买买提"].phone == "13700137003"
    bad = [line for row in plan.rows for line in row.messages()]
    assert bad == ["huizhi_wps.xls：第 6 行，手机：手机号格式不正确"]


@pytest.mark.parametrize("content", [b"\x89PNG\r\n\x1a\n\x00\x00\x00binary", b"", b"PK\x03\x04 not really a zip"],
                         ids=["png", "empty", "broken-zip"])
def test_not_a_spreadsheet_is_a_file_error(content, tmp_path, empty_event):
    path = tmp_path / "x.xlsx"
    path.write_bytes(content)
    sources, errors = load_sources([path])
    assert sources == [] and len(errors) == 1 and errors[0].code.startswith("import.")
    assert errors[0].params["source"] == "x.xlsx" and errors[0].text.startswith("x.xlsx: ")


def test_pasted_text(empty_event):
    text = "姓名\t单位\t手机\n王五\t甲单位\t13800138001\n李四\t乙单位\t13900139002\n"
    plan = build_plan(empty_event, [pasted_source(text)])
    assert [r.person.name for r in plan.rows] == ["王五", "李四"]
    apply_plan(empty_event, plan)
    assert _names(empty_event) == ["李四", "王五"]


def test_missing_unit_column_needs_the_user_to_name_it(tmp_path, empty_event):
    path = write_csv(tmp_path / "nounit.csv", [["姓名", "职务"], ["王五", "校长"]], "utf-8")
    plan, _ = import_files(empty_event, [path], dry_run=True)
    assert plan.rows[0].action == INVALID
    assert plan.rows[0].messages()[0].startswith("nounit.csv：第 2 行，单位：")
    plan, result = import_files(empty_event, [path], unit="东莞理工学校")
    assert result.added == 1 and empty_event.attendees()[0].unit == "东莞理工学校"


def test_unit_block_lines_in_one_file(tmp_path, empty_event):
    rows = [["姓名", "职务"], ["单位：甲校"], ["王五", "校长"], ["单位：乙校"], ["李四", "校长"]]
    import_files(empty_event, [write_csv(tmp_path / "blocks.csv", rows, "utf-8")])
    assert {(p.name, p.unit) for p in empty_event.attendees()} == {("王五", "甲校"), ("李四", "乙校")}


def test_warnings_never_change_names_or_block(tmp_path, empty_event):
    rows = [["姓名", "单位", "手机", "身份证号", "性别", "车牌"],
            ["王五", "甲", "12345", "110105194912310021", "男", "粤S1234"]]
    plan, result = import_files(empty_event, [write_csv(tmp_path / "w.csv", rows, "utf-8")])
    texts = " ".join(plan.rows[0].messages())
    assert "手机号格式不正确" in texts and "校验位" in texts and "车牌" in texts
    assert result.added == 1


def test_invalid_row_blocks_until_accepted(tmp_path, empty_event):
    rows = [["姓名", "单位", "手机"], ["王五", "甲", "13800138001"], ["", "甲", "13900139002"]]
    path = write_csv(tmp_path / "bad.csv", rows, "utf-8")
    sources, errors = load_sources([path])
    plan = build_plan(empty_event, sources, errors)
    assert plan.rows[1].messages() == ["bad.csv：第 3 行，姓名：姓名为空"]
    assert [(p.field, p.message.code) for p in plan.rows[1].errors] == [("name", "import.row.name_empty")]
    with pytest.raises(ImportBlocked):
        apply_plan(empty_event, plan)
    assert empty_event.attendees() == []
    result = apply_plan(empty_event, plan, skip_invalid=True)
    assert (result.added, result.skipped) == (1, 1)


def test_duplicates_within_the_file_and_against_the_roster(tmp_path, empty_event):
    empty_event.roster.add(Attendee(name="赵六", unit="丙", phone="13700137003", title="旧职务", id_number="X1"))
    rows = [["姓名", "单位", "手机", "职务"],
            ["王五", "甲", "13800138001", "校长"],
            ["王五", "甲", "13800138001", "校长"],          # same person twice in the file
            ["赵六", "丙", "", "新职务"],                   # on the roster already: same name and unit
            ["赵小六", "丁", "13700137003", "秘书"]]        # shares 赵六's phone: flagged, both kept
    plan, _ = import_files(empty_event, [write_csv(tmp_path / "d.csv", rows, "utf-8")], dry_run=True)
    assert [r.action for r in plan.rows] == [ADD, SKIP, UPDATE, ADD]
    assert plan.rows[1].duplicate_of == 0 and plan.rows[3].match_id is not None
    result = apply_plan(empty_event, plan)
    assert (result.added, result.updated, result.skipped) == (2, 1, 1)
    zhao = next(p for p in empty_event.attendees() if p.name == "赵六")
    assert zhao.title == "新职务" and zhao.phone == "13700137003" and zhao.id_number == "X1"   # empty cells keep data


def test_user_choices_keep_both_and_update_within_file(tmp_path, empty_event):
    rows = [["姓名", "单位", "职务"], ["王五", "甲", "校长"], ["王五", "甲", "书记"]]
    path = write_csv(tmp_path / "c.csv", rows, "utf-8")
    plan, _ = import_files(empty_event, [path], dry_run=True)
    plan.set_action(1, UPDATE)                     # the later row corrects the earlier one
    apply_plan(empty_event, plan)
    assert [(p.name, p.title) for p in empty_event.attendees()] == [("王五", "书记")]
    plan, _ = import_files(empty_event, [path], dry_run=True)
    plan.set_action(1, ADD)                        # keep both
    apply_plan(empty_event, plan)
    assert len(empty_event.attendees()) == 2


def test_reimport_of_corrected_huizhi_updates(tmp_path, empty_event):
    first = write_csv(tmp_path / "v1.csv", [HEADER] + PEOPLE, "utf-8")
    import_files(empty_event, [first])
    corrected = [list(r) for r in PEOPLE]
    corrected[0][4] = "党委书记、校长"
    _, result = import_files(empty_event, [write_csv(tmp_path / "v2.csv", [HEADER] + corrected, "utf-8")])
    assert (result.added, result.updated) == (0, 3)
    assert len(empty_event.attendees()) == 3
    wang = next(p for p in empty_event.attendees() if p.name == "王五")
    assert wang.title == "党委书记、校长" and wang.version == 2


def test_import_is_one_transaction_and_undoable(tmp_path, small_event, cast):
    before = _state(small_event)
    known = cast.colleges[0]                                # on the roster already: updated, not added
    rows = [["姓名", "单位", "职务"], [known.name, known.unit, "党委书记"], ["新人甲", "甲", "校长"]]
    _, result = import_files(small_event, [write_csv(tmp_path / "u.csv", rows, "utf-8")])
    assert (result.added, result.updated) == (1, 1)
    redo, _ = result.inverse.apply(small_event)
    assert _state(small_event) == before
    redo.apply(small_event)
    assert len(small_event.attendees()) == len(before) + 1


def test_failure_leaves_roster_unchanged(tmp_path, empty_event, monkeypatch):
    import_files(empty_event, [write_csv(tmp_path / "a.csv", [HEADER] + PEOPLE[:1], "utf-8")])
    before = empty_event.attendees()
    original = empty_event.repo.insert_attendee
    calls = []

    def failing(person, **overrides):
        calls.append(person)
        if len(calls) == 2:
            raise RuntimeError("disk gone")
        return original(person, **overrides)

    monkeypatch.setattr(empty_event.repo, "insert_attendee", failing)
    with pytest.raises(RuntimeError):
        import_files(empty_event, [write_csv(tmp_path / "b.csv", [HEADER] + PEOPLE, "utf-8")])
    assert empty_event.attendees() == before


# --- the command line ----------------------------------------------------------------------------
def _cli(db, *args):
    return cli_main(["import", "--db", str(db), *map(str, args)])


def test_cli_exit_codes(tmp_path, empty_event, capsys):
    db = empty_event.path
    good = write_csv(tmp_path / "good.csv", [HEADER] + PEOPLE, "gbk")
    bad = write_csv(tmp_path / "bad.csv", [["姓名", "单位"], ["王二", "甲"], ["", "甲"]], "utf-8")
    junk = tmp_path / "photo.xlsx"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert _cli(db, good, "--dry-run") == 0
    assert "（试运行，未写入）导入 3 人，更新 0 人，跳过 0 行" in capsys.readouterr().out
    assert _cli(db, good) == 0
    assert "导入 3 人，更新 0 人，跳过 0 行" in capsys.readouterr().out
    assert _cli(db, bad) == 1
    out = capsys.readouterr().out
    assert "bad.csv：第 3 行，姓名：姓名为空" in out and "导入 0 人" in out
    assert _cli(db, bad, "--skip-invalid") == 1
    assert "导入 1 人，更新 0 人，跳过 1 行" in capsys.readouterr().out
    assert _cli(db, junk) == 2
    assert _cli(db, good) == 0
    assert "导入 0 人，更新 3 人，跳过 0 行" in capsys.readouterr().out


def test_cli_list_sort_and_export(tmp_path, small_event, capsys):
    import json

    import openpyxl
    db = small_event.path
    assert cli_main(["list", "--db", str(db), "--json", "--sort", "strokes"]) == 0
    names = [json.loads(line)["name"] for line in capsys.readouterr().out.splitlines()]
    assert names == [p.name for p in small_event.roster.sorted(small_event.attendees(), "strokes")]
    out = tmp_path / "roster.xlsx"
    assert cli_main(["export", "--db", str(db), "--out", str(out)]) == 0
    sheet = openpyxl.load_workbook(out).active
    assert sheet["B1"].value == "姓名" and sheet.max_row == len(names) + 1


def test_workbook_with_an_instructions_sheet(tmp_path, empty_event):
    import openpyxl
    book = openpyxl.Workbook()
    book.active.title = "填表说明"
    book.active.append(["请如实填写，11月20日前回传"])
    sheet = book.create_sheet("回执")
    sheet.append(["姓名", "单位"])
    sheet.append(["王五", "甲"])
    path = tmp_path / "two.xlsx"
    book.save(path)
    plan, result = import_files(empty_event, [path])
    assert plan.file_errors == [] and result.added == 1
    assert plan.rows[0].source == "two.xlsx[回执]"


def test_cli_unit_option_and_pinyin_list(tmp_path, empty_event, capsys):
    import json
    path = write_csv(tmp_path / "nounit.csv", [["姓名", "职务"], ["曾国藩", "会长"], ["蔡明", "校长"]], "gb18030")
    assert _cli(empty_event.path, path) == 1                 # no unit: nothing written
    assert empty_event.attendees() == []
    capsys.readouterr()
    assert _cli(empty_event.path, path, "--unit", "东莞市职业教育协会") == 0
    assert "导入 2 人，更新 0 人，跳过 0 行" in capsys.readouterr().out
    assert cli_main(["list", "--db", str(empty_event.path), "--json", "--sort", "pinyin"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["name"] for r in rows] == ["蔡明", "曾国藩"] and rows[0]["unit"] == "东莞市职业教育协会"


def test_people_missing_from_a_corrected_huizhi_are_listed_not_deleted(tmp_path, empty_event, capsys):
    import_files(empty_event, [write_csv(tmp_path / "v1.csv", [HEADER] + PEOPLE, "utf-8")])
    plan, result = import_files(empty_event, [write_csv(tmp_path / "v2.csv", [HEADER] + PEOPLE[:1], "utf-8")])
    missing = plan.not_in_files(empty_event.attendees())
    assert {u: [p.name for p in ps] for u, ps in missing.items()} == {"东莞理工学校": ["李四"]}
    assert len(empty_event.attendees()) == 3
    assert _cli(empty_event.path, tmp_path / "v2.csv") == 0
    assert "提示：东莞理工学校: 名单中另有 1 人不在导入的回执中" in capsys.readouterr().out
