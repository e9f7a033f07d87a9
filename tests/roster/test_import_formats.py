"""回执 layouts and formats beyond the basics: unit lines, two-row headers, UTF-16 text, .ods,
numbers a spreadsheet has already damaged, and files that say which format to save them as."""

from __future__ import annotations

import pytest

from ceremony.models import Attendee
from ceremony.roster.importing import INVALID, build_plan, import_files, load_sources, pasted_source
from ceremony.roster.importing.readers import parse_text

from roster_files import write_csv, write_xlsx

ID_LOST = "身份证号被表格软件存成数字，末几位已丢失，请核对"


@pytest.mark.parametrize("line", ["单位：东莞市机电工程学校", "填报单位（盖章）：东莞市机电工程学校",
                                  "填报单位(盖章):东莞市机电工程学校    联系人：张三  电话：13800138000"])
def test_unit_line_above_the_header_applies_to_that_files_rows(line, tmp_path, empty_event):
    a = write_xlsx(tmp_path / "a.xlsx", [["参会回执"], [line], ["序号", "姓名", "职务"], [1, "王五", "校长"],
                                          [2, "李四", "副校长"]])
    b = write_csv(tmp_path / "b.csv", [["姓名", "职务"], ["赵六", "校长"]], "utf-8")
    plan, _ = import_files(empty_event, [a, b], dry_run=True)
    assert [(r.person.name, r.person.unit, r.action) for r in plan.rows] == [
        ("王五", "东莞市机电工程学校", "add"), ("李四", "东莞市机电工程学校", "add"), ("赵六", "", INVALID)]
    plan, _ = import_files(empty_event, [a, b], unit="东莞理工学校", dry_run=True)     # --unit overrides
    assert {r.person.unit for r in plan.rows} == {"东莞理工学校"}


def test_two_row_header_and_merged_units_in_csv(tmp_path, empty_event):
    rows = [["序号", "姓名", "单位", "联系方式", ""], ["", "", "", "手机", "身份证号"],
            [1, "王五", "甲校", "13800138001", "11010519491231002X"], [2, "李四", "", "13900139002", ""],
            [3, "赵六", "乙校", "13700137003", ""]]
    plan, _ = import_files(empty_event, [write_csv(tmp_path / "two.csv", rows, "gbk")], dry_run=True)
    assert [(r.person.name, r.person.unit, r.person.phone) for r in plan.rows] == [
        ("王五", "甲校", "13800138001"), ("李四", "甲校", "13900139002"), ("赵六", "乙校", "13700137003")]
    assert plan.rows[0].person.id_number == "11010519491231002X"


def test_pasted_two_row_header():
    source = pasted_source("姓名\t单位\t联系方式\n\t\t手机\n王五\t甲校\t13800138001\n")
    assert set(source.mapping.values()) == {"name", "unit", "phone"}


@pytest.mark.parametrize("text,expected", [
    ('姓名,单位,备注\n王五,甲,"早;午;晚"\n', ["王五", "甲", "早;午;晚"]),
    ('姓名,单位,备注\n王五,甲,"早\t晚"\n李四,乙,\n', ["王五", "甲", "早\t晚"]),
    ("姓名\t单位\t备注\n王五\t甲,乙\t\n", ["王五", "甲,乙"]),
    ("姓名;单位\n王五;甲\n", ["王五", "甲"]),
])
def test_delimiter_ignores_quoted_separators(text, expected):
    assert parse_text(text)[1] == expected


def test_unicode_text_utf16_from_excel(tmp_path, empty_event):
    path = tmp_path / "回执.txt"
    path.write_bytes("姓名\t单位\t手机\r\n王五\t甲校\t13800138001\r\n".encode("utf-16"))
    plan, result = import_files(empty_event, [path])
    assert result.added == 1 and empty_event.attendees()[0].unit == "甲校"


def test_id_number_stored_as_a_number_is_never_stored(tmp_path, empty_event):
    rows = [["姓名", "单位", "身份证号"], ["王五", "甲校", 441900197710035961], ["李四", "甲校", "44190019771003596X"]]
    plan, result = import_files(empty_event, [write_xlsx(tmp_path / "n.xlsx", rows)])
    first = plan.rows[0]
    assert first.action != INVALID and any(ID_LOST in w.text and w.column == "身份证号" for w in first.warnings)
    people = {p.name: p for p in empty_event.attendees()}
    assert people["王五"].id_number == "" and people["李四"].id_number == "44190019771003596X"


def test_damaged_csv_values_are_refused_with_the_cell_named(tmp_path, empty_event):
    empty_event.roster.add(Attendee(name="甲", unit="乙校", badge_no="0001"))
    rows = [["姓名", "单位", "证号", "身份证号"], ["王五", "甲校", "2", "6.5010119880706E+017"],
            ["李四", "甲校", "0003", "650101198807060011"], ["赵六", "甲校", "1.2E+03", ""]]
    plan, _ = import_files(empty_event, [write_csv(tmp_path / "d.csv", rows, "utf-8")], dry_run=True)
    wang, li, zhao = plan.rows
    assert wang.action == INVALID and any("证号“2”丢失了开头的 0（应为 0002）" in m for m in wang.messages())
    assert wang.messages()[0].startswith("d.csv：第 2 行，证号：")
    assert any(ID_LOST in m and "身份证号：" in m for m in wang.messages()) and wang.person.id_number == ""
    assert li.action != INVALID and li.person.badge_no == "0003"
    assert zhao.action == INVALID and "科学计数法" in zhao.errors[0].text


def test_re_import_of_a_corrected_file_keeps_a_stored_id_when_the_cell_is_damaged(tmp_path, empty_event):
    empty_event.roster.add(Attendee(name="王五", unit="甲校", id_number="650101198807060011"))
    rows = [["姓名", "单位", "身份证号"], ["王五", "甲校", "6.50101198807060E+17"]]
    import_files(empty_event, [write_csv(tmp_path / "c.csv", rows, "utf-8")])
    assert empty_event.attendees()[0].id_number == "650101198807060011"


@pytest.mark.parametrize("name,content,hint", [
    ("回执.ods", b"PK\x03\x04 broken", "请另存为 .xlsx"),
    ("回执.et", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "请另存为 .xlsx"),
    ("回执.docx", b"PK\x03\x04 broken", "请另存为 .xlsx"),
    ("回执.pdf", b"%PDF-1.4\n\x00\x01\x02", "请另存为 .xlsx"),
])
def test_unreadable_files_say_which_format_to_save_as(name, content, hint, tmp_path):
    path = tmp_path / name
    path.write_bytes(content)
    sources, errors = load_sources([path])
    text = errors[0].text
    assert sources == [] and text.startswith(f"{name}: ") and hint in text
    assert "Content_Types" not in text


def test_ods_with_merged_units(tmp_path, empty_event):
    """An .ods made here by hand (LibreOffice-made ones are in test_libreoffice.py)."""
    import zipfile
    table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"

    def cell(value, span=1):
        extra = f' table:number-rows-spanned="{span}"' if span > 1 else ""
        return f'<table:table-cell office:value-type="string"{extra}><text:p>{value}</text:p></table:table-cell>'
    rows = [cell("姓名") + cell("单位"), cell("王五") + cell("甲校", 2),
            cell("李四") + "<table:covered-table-cell/>", cell("赵六") + cell("乙校")]
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="{office}" '
               f'xmlns:table="{table}" xmlns:text="{text}" office:version="1.2"><office:body><office:spreadsheet>'
               '<table:table table:name="回执"><table:table-column table:number-columns-repeated="2"/>'
               + "".join(f"<table:table-row>{r}</table:table-row>" for r in rows)
               + "</table:table></office:spreadsheet></office:body></office:document-content>")
    path = tmp_path / "回执.ods"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
                   '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry '
                   'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                   '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                   '</manifest:manifest>')
    plan, _ = import_files(empty_event, [path], dry_run=True)
    assert [(r.person.name, r.person.unit) for r in plan.rows] == [("王五", "甲校"), ("李四", "甲校"), ("赵六", "乙校")]


def test_wps_et_in_the_binary_excel_layout_reads_like_xls(tmp_path, empty_event):
    """WPS 表格 saves .et in the Excel 97-2003 (BIFF) layout; such a file reads like the .xls it is."""
    import shutil
    from roster_files import FIXTURES
    path = tmp_path / "回执.et"
    shutil.copy(FIXTURES / "huizhi_wps.xls", path)
    plan, result = import_files(empty_event, [path])
    assert result.added == 4 and {p.name: p.unit for p in empty_event.attendees()}["张三"] == "东莞理工学校"
