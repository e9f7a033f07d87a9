"""LibreOffice as a real client of the program's files.

A school clerk's 回执 is written by LibreOffice as .xls, .xlsx, .ods, UTF-8 and GBK CSV and UTF-16
"Unicode 文本", and every one imports to the same people; every export (roster, report, seat list) is
opened by LibreOffice and its values compared, the report's 合计 after LibreOffice recalculated them.

soffice starts slowly, so the module converts everything it needs in a few batched calls (one per
target format) up front. Where LibreOffice is missing the module is skipped with the reason — except
in CI (CI=true), where a missing soffice fails: ``python3 tools/dev.py`` installs it on Debian.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from ceremony.fileio import unguard
from ceremony.models import Attendee
from ceremony.roster.importing import import_files

sys.path.insert(0, str(Path(__file__).resolve().parent / "reports"))
import report_scenario as sc  # noqa: E402

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
IN_CI = os.environ.get("CI", "").lower() in ("true", "1", "yes")
pytestmark = [pytest.mark.skipif(SOFFICE is None and not IN_CI,
                                 reason="LibreOffice (soffice) is not installed; on Debian `python3 tools/dev.py setup` "
                                        "installs libreoffice-calc-nogui"),
              pytest.mark.timeout(900)]         # the first test waits for all the conversions
ID_LOST = "身份证号被表格软件存成数字，末几位已丢失，请核对"
CSV_UTF8 = "csv:Text - txt - csv (StarCalc):44,34,76,1"
CSV_GBK = "csv:Text - txt - csv (StarCalc):44,34,67,1"           # 67: GBK
UNICODE_TEXT = "txt:Text - txt - csv (StarCalc):9,34,65535,1"      # tab-separated UTF-16, Excel's "Unicode 文本"
RISKY = [Attendee(name="赵六", unit="-2+3", title="=未说明原因", notes="-", badge_no="0007", phone="13800138009",
                  id_number="441900197710035961"),
         Attendee(name="钱七", unit="+甲", notes="@某人", badge_no="0100", id_number="110101199003074514")]
FIELDS = ("name", "gender", "unit", "title", "category", "phone", "id_number", "plate", "on_rostrum", "speaker",
          "rsvp", "badge_no", "notes")


class Office:
    """soffice with a private profile (parallel runs and a user's own LibreOffice are left alone)."""

    def __init__(self, profile: Path):
        self.profile = profile

    def convert(self, files: list[Path], target: str, outdir: Path, infilter: str | None = None) -> list[Path]:
        outdir.mkdir(parents=True, exist_ok=True)
        command = [SOFFICE, f"-env:UserInstallation={self.profile.as_uri()}", "--headless", "--norestore",
                   "--convert-to", target, "--outdir", str(outdir)]
        if infilter:
            command.append(f"--infilter={infilter}")
        run = subprocess.run(command + [str(f) for f in files], capture_output=True, text=True, timeout=300)
        suffix = target.split(":")[0]
        out = [outdir / f"{f.stem}.{suffix}" for f in files]
        missing = [p.name for p in out if not p.exists()]
        assert not missing, f"soffice did not write {missing}: {run.stdout} {run.stderr}"
        return out


# --- the files, made and converted once ----------------------------------------------------------------
def _huizhi_files(folder: Path) -> list[Path]:
    """Two 回执 as a clerk lays them out: title and unit line above a spaced header, a phone and an ID
    typed as numbers, badge numbers as text; and one with a unit cell merged over two people."""
    a = openpyxl.Workbook()
    ws = a.active
    ws.title = "回执"
    for row in (["东莞市2020年职业教育活动周开幕式参会回执"], ["填报单位（盖章）：东莞市机电工程学校", "", "", "联系人：张老师"],
                ["序号", "姓 名", "职务（职级）", "联系电话", "身份证号", "证号"],
                [1, "王　五", "校长", 13800138001, "11010519491231002X", "0001"],
                [2, "李四", "副校长", "13900139002", "", "0002"],
                [3, "赵六", "主任", 13700137003, 441900197710035968, "0003"], ["合计：3人"]):
        ws.append(row)
    ws.merge_cells("A1:F1")
    a.save(folder / "huizhi_a.xlsx")
    b = openpyxl.Workbook()
    ws = b.active
    for row in (["序号", "姓名", "单位", "职务", "手机"], [1, "钱七", "甲校", "教师", "13600136001"],
                [2, "孙八", None, "教师", "13600136002"], [3, "周九", "乙校", "教师", "13600136003"]):
        ws.append(row)
    ws.merge_cells("C2:C3")
    b.save(folder / "huizhi_b.xlsx")
    return [folder / "huizhi_a.xlsx", folder / "huizhi_b.xlsx"]


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    if SOFFICE is None:
        pytest.fail("soffice not found: CI must run the LibreOffice tests (tools/dev.py installs libreoffice-calc-nogui)",
                    pytrace=False)
    return Office(tmp_path_factory.mktemp("lo-profile"))


@pytest.fixture(scope="module")
def files(office, tmp_path_factory):
    """Every file of the module, written by the program or by LibreOffice, by name."""
    from conftest import FakeClock
    from ceremony.demo import create_demo
    from ceremony.roster.exporting import export_roster
    from ceremony.seating.export import export_assignments

    root = tmp_path_factory.mktemp("lo")
    src, made = root / "src", {}
    src.mkdir()
    huizhi = _huizhi_files(src)
    demo = create_demo(src / "demo.ceremony", clock=FakeClock())
    for p in RISKY:
        demo.roster.add(p)
    export_roster(demo, src / "roster.xlsx", reveal_ids=True)     # the organiser asked for full IDs
    export_roster(demo, src / "roster.csv", reveal_ids=True)
    demo.seating.auto_seat()
    export_assignments(demo, src / "seats.xlsx")
    made["snapshot"] = _snapshot(demo)
    demo.close()
    event, _ = sc.build_event(src / "scripted.ceremony", FakeClock())
    event.reports.export(src / "report.xlsx")
    made["report_csv"] = event.reports.export(src / "report.csv")
    event.close()
    tampered = openpyxl.load_workbook(src / "report.xlsx")       # a user edits one figure and saves
    tampered["出席情况统计（按类别）"]["B2"].value += 100
    tampered.save(src / "tampered.xlsx")

    by_lo = root / "lo"
    for suffix, target, outdir, inputs in (
            ("xls", "xls:MS Excel 97", by_lo / "xls", huizhi),
            ("ods", "ods", by_lo / "ods", huizhi + [src / "report.xlsx", src / "tampered.xlsx", src / "seats.xlsx"]),
            ("xlsx", "xlsx:Calc MS Excel 2007 XML", by_lo / "xlsx", huizhi + [src / "roster.xlsx"]),
            ("csv", CSV_UTF8, by_lo / "csv", huizhi),
            ("gbk", CSV_GBK, by_lo / "gbk", huizhi),
            ("txt", UNICODE_TEXT, by_lo / "txt", huizhi)):
        for path in office.convert(inputs, target, outdir):
            made[f"{path.stem}.{suffix}"] = path
    made["report.pdf"], = office.convert([src / "report.xlsx"], "pdf", by_lo / "pdf")      # printed by LibreOffice
    # Our CSV files opened in LibreOffice (as UTF-8) and saved again as CSV.
    for path in office.convert([src / "roster.csv"] + made["report_csv"], CSV_UTF8, by_lo / "resaved",
                               infilter="CSV:44,34,76,1"):
        made[f"{path.stem}.resaved"] = path
    made["src"] = src
    return made


def _snapshot(event) -> list[tuple]:
    return [tuple(getattr(p, f) for f in FIELDS) for p in event.roster.sorted(event.attendees(), "rank")]


def _sheet(path: Path, name: str | int = 0) -> list[list]:
    from python_calamine import CalamineWorkbook
    book = CalamineWorkbook.from_path(str(path))
    sheet = book.get_sheet_by_name(name) if isinstance(name, str) else book.get_sheet_by_index(name)
    return sheet.to_python(skip_empty_area=False)


# --- 回执 written by LibreOffice -------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["xls", "xlsx", "ods", "csv", "gbk", "txt"])
def test_huizhi_written_by_libreoffice_imports_the_same_people(kind, files, empty_event):
    if kind == "gbk":
        raw = files["huizhi_a.gbk"].read_bytes()
        assert raw.decode("gbk").lstrip("\"").startswith("东莞市") and not raw.startswith(b"\xef\xbb\xbf")
    if kind == "txt":
        assert files["huizhi_a.txt"].read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")
    plan, result = import_files(empty_event, [files[f"huizhi_a.{kind}"], files[f"huizhi_b.{kind}"]])
    people = {p.name: p for p in empty_event.attendees()}
    assert result.added == 6 and not plan.invalid_rows, [m for r in plan.rows for m in r.messages()]
    assert {n: people[n].unit for n in people} == {
        "王五": "东莞市机电工程学校", "李四": "东莞市机电工程学校", "赵六": "东莞市机电工程学校",
        "钱七": "甲校", "孙八": "甲校", "周九": "乙校"}
    assert [people[n].phone for n in ("王五", "李四", "赵六", "孙八")] == [
        "13800138001", "13900139002", "13700137003", "13600136002"]
    assert [people[n].badge_no for n in ("王五", "李四", "赵六")] == ["0001", "0002", "0003"]
    assert people["王五"].id_number == "11010519491231002X" and people["赵六"].id_number == ""
    zhao = next(r for r in plan.rows if r.person.name == "赵六")
    assert any(ID_LOST in w.text for w in zhao.warnings)


# --- the program's exports opened by LibreOffice ---------------------------------------------------------
@pytest.mark.parametrize("name", ["roster.xlsx", "roster.resaved"])
def test_roster_saved_again_by_libreoffice_imports_back_unchanged(name, files, tmp_path):
    from conftest import FakeClock
    from ceremony.demo import create_demo
    copy = create_demo(tmp_path / "copy.ceremony", clock=FakeClock())
    for p in RISKY:
        copy.roster.add(p)
    before = _snapshot(copy)
    assert before == files["snapshot"]
    plan, result = import_files(copy, [files[name]])
    assert not plan.invalid_rows, [m for r in plan.invalid_rows for m in r.messages()]
    assert result.added == 0 and _snapshot(copy) == before
    copy.close()


def test_roster_cells_stay_text_in_libreoffice(files):
    rows = _sheet(files["roster.xlsx"])
    header = rows[0]
    zhao = next(r for r in rows if r[1] == "赵六")
    assert zhao[header.index("单位")] == "-2+3" and zhao[header.index("职务")] == "=未说明原因"
    assert zhao[header.index("证号")] == "0007" and zhao[header.index("身份证号")] == "441900197710035961"
    resaved = list(csv.reader(files["roster.resaved"].read_text(encoding="utf-8-sig").splitlines()))
    zhao = next(r for r in resaved if r[1] == "赵六")
    assert zhao[3] == "-2+3" and zhao[12] == "0007" and zhao[7] == "441900197710035961"


def test_report_workbook_values_and_totals_after_recalculation(files):
    rows = _sheet(files["report.ods"], "出席情况统计（按类别）")
    figures = {r[0]: tuple(int(v) for v in r[1:7]) for r in rows[1:] if r[0] in sc.EXPECTED_BY_CATEGORY or r[0] == "合计"}
    assert figures == {**sc.EXPECTED_BY_CATEGORY, "合计": sc.EXPECTED_TOTAL}
    total = next(r for r in rows if r[0] == "合计")
    assert total[7] == pytest.approx(sc.EXPECTED_TOTAL[1] / sc.EXPECTED_TOTAL[0])
    edited = _sheet(files["tampered.ods"], "出席情况统计（按类别）")      # LibreOffice computed the formulas
    total = next(r for r in edited if r[0] == "合计")
    assert int(total[1]) == sc.EXPECTED_TOTAL[0] + 100
    assert total[7] == pytest.approx(sc.EXPECTED_TOTAL[1] / (sc.EXPECTED_TOTAL[0] + 100))
    by_unit = _sheet(files["report.ods"], "出席情况统计（按单位）")
    assert sc.FORMULA_UNIT in [r[0] for r in by_unit]                     # text, not a live formula


def test_every_report_sheet_reads_back_the_same_in_libreoffice(files):
    ours = openpyxl.load_workbook(files["src"] / "report.xlsx", data_only=True)
    for ws in ours.worksheets:
        theirs = _sheet(files["report.ods"], ws.title)
        for r, row in enumerate(ws.iter_rows(values_only=True)):
            for c, value in enumerate(row):
                other = theirs[r][c] if r < len(theirs) and c < len(theirs[r]) else ""
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    assert other == pytest.approx(value), (ws.title, r, c)
                elif isinstance(value, str):
                    assert other == value, (ws.title, r, c)


def test_report_csv_files_keep_their_text_through_libreoffice(files):
    for path in files["report_csv"]:
        ours = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
        theirs = list(csv.reader(files[f"{path.stem}.resaved"].read_text(encoding="utf-8-sig").splitlines()))
        assert [[_same(unguard(c)) for c in row] for row in ours] == [
            [_same(c) for c in row + [""] * (len(o) - len(row))] for row, o in zip(theirs, ours)], path.name


def _same(text: str):
    """A cell as compared: LibreOffice reads 100.0% as a percentage and writes it as 100.00%."""
    if text.endswith("%"):
        try:
            return round(float(text[:-1]), 1)
        except ValueError:
            return text
    return text


def test_seat_list_rows_and_seats_are_numbers(files):
    rows = _sheet(files["seats.ods"])
    assert rows[0][1:3] == ["排", "号"]
    assert all(isinstance(r[1], float) and isinstance(r[2], float) for r in rows[1:] if r[0])


def test_report_workbook_prints_from_libreoffice_on_a4_with_header_and_page_numbers(files):
    from printing_support import page_count, page_size_mm, text_of
    pdf = files["report.pdf"]
    pages = page_count(pdf)
    assert pages >= 10          # the cover and one sheet per table, each on its own page(s)
    for n in range(1, pages + 1):
        assert sorted(round(v) for v in page_size_mm(pdf, n)) == [210, 297], n
        text = text_of(pdf, n)
        assert sc.NAME in text.splitlines()[0] and f"第 {n} 页，共 {pages} 页" in text, (n, text[:200])
    wide = [n for n in range(1, pages + 1) if page_size_mm(pdf, n)[0] > page_size_mm(pdf, n)[1]]
    assert wide and len(wide) < pages        # wide tables turn landscape, narrow ones stay upright
