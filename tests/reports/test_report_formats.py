"""Every format carries the hand-computed figures of the scripted morning (tests/reports/report_scenario.py)."""

from __future__ import annotations

import csv
from datetime import datetime

import openpyxl
import pytest

from ceremony.fileio import unguard

import report_scenario as sc
from ceremony.reports import model as rm
from ceremony.reports.service import UnsupportedFormat
from ceremony.reports.xlsx import text_width
from printing_support import fonts, page_count, page_size_mm, render, text_of


@pytest.fixture(scope="module")
def scripted(tmp_path_factory):
    from conftest import FakeClock
    folder = tmp_path_factory.mktemp("report")
    event, _ = sc.build_event(folder / "scripted.ceremony", FakeClock())
    yield event, folder
    event.close()


def _rate(expected, arrived) -> str:
    return f"{arrived / expected * 100:.1f}%"


def _category_lines():
    """Each category row as the words a reader sees: name, six counts and the rate."""
    rows = [(name, *f) for name, f in sc.EXPECTED_BY_CATEGORY.items()] + [("合计", *sc.EXPECTED_TOTAL)]
    return [[name, *map(str, f), _rate(f[0], f[1])] for name, *f in rows]


# --- PDF -------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def pdf(scripted):
    event, folder = scripted
    path = folder / "report.pdf"
    assert event.reports.export(path) == [path]
    return path


def test_pdf_text_has_every_figure(pdf):
    text = text_of(pdf)
    lines = [line.split() for line in text.splitlines()]
    for expected in _category_lines():
        assert expected in lines, expected
    flat = "".join(text.split())
    assert sc.EXPECTED_SENTENCE in flat
    for words in ("出席领导名单", "请假人员名单", "缺席人员名单", "防疫登记台账", "签到明细", "病假未报", "出差",
                  "撤销第", "拒绝入场", "签到台漏登", "张科长", "10:00开始", "体温(°C)", "缺席4人（其中未签到3人）", "应到＝名单内全部受邀人员（含请假人员）"):
        assert words in flat, words
    assert ["10:00–10:05", "1", "6", "10:00", "开始"] in lines        # the arrivals table marks the start bin


def test_pdf_every_page_has_header_and_page_number_and_is_not_blank(pdf):
    pages = text_of(pdf).split("\f")
    assert len(pages) >= 2
    for n, page in enumerate(pages, 1):
        flat = "".join(page.split())
        assert sc.NAME in page and f"第{n}页/共{len(pages)}页" in flat
    found = fonts(pdf)
    assert found and all("WenQuanYi" in f["name"] and f["emb"] for f in found)
    images = render(pdf, 30)
    assert len(images) == len(pages) == page_count(pdf)
    for n, gray in enumerate(images, 1):
        dark = sum(gray.histogram()[:160])
        assert dark > 0.005 * gray.width * gray.height, n              # ink on the page, not just white


def test_wide_tables_print_landscape(scripted):
    event, folder = scripted
    path = folder / "health.pdf"
    event.reports.export(path, section=rm.HEALTH)
    width, height = page_size_mm(path)
    assert width > height


def test_pdf_of_one_section(scripted):
    event, folder = scripted
    path = folder / "leave.pdf"
    event.reports.export(path, section=rm.LEAVE_LIST)
    text = text_of(path)
    assert "请假人员名单" in text and "签到明细" not in text and "温豪" in text


# --- workbook ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def workbook(scripted):
    event, folder = scripted
    path = folder / "report.xlsx"
    event.reports.export(path)
    return openpyxl.load_workbook(path, data_only=True)       # formulas read as their stored values


@pytest.fixture(scope="module")
def formulas(scripted, workbook):
    _, folder = scripted
    return openpyxl.load_workbook(folder / "report.xlsx")


def test_totals_are_sum_formulas_with_their_values(workbook, formulas):
    ws, values = formulas["出席情况统计（按类别）"], workbook["出席情况统计（按类别）"]
    n = len(sc.EXPECTED_BY_CATEGORY) + 2
    assert [ws.cell(n, 1).value, ws.cell(n, 2).value, ws.cell(n, 3).value] == ["合计", f"=SUM(B2:B{n - 1})", f"=SUM(C2:C{n - 1})"]
    assert ws.cell(n, 8).value == f"=IF(B{n}=0,0,C{n}/B{n})" and ws.cell(2, 8).value == "=IF(B2=0,0,C2/B2)"
    assert tuple(values.cell(n, c).value for c in range(2, 8)) == sc.EXPECTED_TOTAL
    assert formulas.calculation.fullCalcOnLoad


def test_every_sheet_prints_on_a4_fitted_to_width_with_headers_and_page_numbers(formulas):
    for ws in formulas.worksheets:
        setup = ws.page_setup
        assert setup.paperSize == 9 and setup.fitToWidth == 1 and setup.fitToHeight == 0, ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert "开幕式" in ws.oddHeader.center.text and ws.oddFooter.center.text == "第 &P 页，共 &N 页"
        if ws.title != "说明":
            assert ws.print_title_rows == "$1:$1", ws.title
    assert formulas["签到明细"].page_setup.orientation == "landscape"
    assert formulas["出席情况统计（按类别）"].page_setup.orientation == "portrait"


def test_fonts_are_named_and_long_texts_wrap(formulas):
    ws = formulas["出席情况统计（按类别）"]
    assert ws["A2"].font.name == "宋体" and ws["A1"].font.name == "黑体" and ws["A1"].font.bold
    cover = formulas["说明"]
    sentence = next(r[1] for r in cover.iter_rows() if r[0].value == "新闻稿用语")
    assert sentence.alignment.wrap_text and cover.row_dimensions[sentence.row].height > 15
    wrapped = [c for ws in formulas.worksheets[1:] for row in ws.iter_rows(min_row=2) for c in row
               if c.alignment.wrap_text]
    assert wrapped and all(ws_height(c) >= 14 for c in wrapped)


def ws_height(cell) -> float:
    return cell.parent.row_dimensions[cell.row].height or 0


def test_column_widths_follow_chinese_text(formulas):
    ws = formulas["出席情况统计（按单位）"]
    units = []
    for row in ws.iter_rows(min_row=2):
        if row[0].value == "合计":
            break
        units.append(row[0].value)
    assert ws.column_dimensions["A"].width >= min(max(map(text_width, units)), 40)
    assert ws.column_dimensions["B"].width < 10


def test_workbook_has_one_sheet_per_table_with_frozen_headers(workbook):
    assert workbook.sheetnames[0] == "说明"
    assert workbook.sheetnames[1:] == ["出席情况统计（按类别）", "出席情况统计（按单位）", "出席领导名单", "请假人员名单",
                                       "缺席人员名单", "代参加人员名单", "到场时间分布（每5分钟）", "防疫登记台账", "签到明细"]
    for ws in workbook.worksheets[1:]:
        assert ws.freeze_panes == "A2", ws.title
        assert ws.column_dimensions["B"].width > 5


def test_workbook_statistics_are_numbers_with_a_total_row(workbook):
    ws = workbook["出席情况统计（按类别）"]
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2) if r[0].value in sc.EXPECTED_BY_CATEGORY or r[0].value == "合计"}
    for name, figures in list(sc.EXPECTED_BY_CATEGORY.items()) + [("合计", sc.EXPECTED_TOTAL)]:
        cells = rows[name]
        assert tuple(c.value for c in cells[1:7]) == figures
        assert all(isinstance(c.value, int) for c in cells[1:7])
        assert cells[7].value == pytest.approx(figures[1] / figures[0]) and cells[7].number_format == "0.0%"
    for title in ("出席情况统计（按单位）", "到场时间分布（每5分钟）"):
        ws = workbook[title]
        total = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "合计")
        assert total[1].value == (sc.EXPECTED_TOTAL[0] if "单位" in title else sc.EXPECTED_TOTAL[1])
        assert total[0].font.bold


def test_workbook_has_native_charts_beside_the_statistics(scripted, tmp_path):
    event, _ = scripted
    path = tmp_path / "charts.xlsx"
    event.reports.export(path)
    wb = openpyxl.load_workbook(path)
    for title, series in (("出席情况统计（按类别）", 2), ("到场时间分布（每5分钟）", 1)):
        charts = wb[title]._charts
        assert len(charts) == 1 and len(charts[0].series) == series
        refs = charts[0].series[0].val.numRef.f
        assert refs.endswith(f"$B$2:$B${1 + (4 if series == 2 else len(sc.EXPECTED_BINS))}")   # 合计 not plotted


def test_workbook_dates_are_dates_and_text_is_formula_safe(workbook):
    ws = workbook["签到明细"]
    first = next(ws.iter_rows(min_row=2, max_row=2))
    assert isinstance(first[1].value, datetime) and first[1].number_format.startswith("yyyy-mm-dd")
    assert first[1].value == datetime(2020, 11, 25, 9, 30)
    assert sum(1 for _ in ws.iter_rows(min_row=2)) == sc.EXPECTED_DETAIL_ROWS + 2     # + blank line and note
    health = workbook["防疫登记台账"]
    temps = [r[6].value for r in health.iter_rows(min_row=2, max_row=sc.EXPECTED_HEALTH_ROWS + 1)]
    assert 37.9 in temps and all(t is None or isinstance(t, float) for t in temps)
    cells = [r[0] for r in workbook["出席情况统计（按单位）"].iter_rows(min_row=2)]
    risky = [c for c in cells if c.value == sc.FORMULA_UNIT]       # the text itself, no apostrophe added
    assert len(risky) == 1 and risky[0].data_type == "s" and risky[0].quotePrefix
    assert workbook["说明"]["B15"].value == sc.EXPECTED_SENTENCE


# --- CSV ----------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def csv_files(scripted):
    event, folder = scripted
    return event.reports.export(folder / "report.csv")


def _read(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")          # BOM: Excel opens it as UTF-8
    return list(csv.reader(raw.decode("utf-8-sig").splitlines()))


def test_csv_one_file_per_section_with_bom(csv_files):
    assert [p.name for p in csv_files] == [f"report_{key}.csv" for key in rm.SECTIONS]
    rows = _read(csv_files[0])
    assert rows[0] == ["类别", "应到", "实到", "迟到", "请假", "缺席", "代参加", "出席率"]
    assert rows[1:] == _category_lines()


def test_csv_cells_are_formula_safe(csv_files):
    by_unit = _read(csv_files[1])
    guarded = [r[0] for r in by_unit if "HYPERLINK" in r[0]]
    assert guarded == ['="=HYPERLINK(""http://x"",""点我"")"'] and unguard(guarded[0]) == sc.FORMULA_UNIT
    absent = _read(csv_files[4])
    assert any(unguard(r[2]) == sc.FORMULA_UNIT for r in absent)
    for path in csv_files:       # a cell is plain text or a text literal, never a formula that computes
        for row in _read(path):
            assert not any(cell.startswith(("+", "@")) or cell.startswith("=") and not _is_literal(cell)
                           for cell in row), (path.name, row)


def _is_literal(cell: str) -> bool:
    return unguard(cell) != cell and cell.startswith('="')


def test_csv_checkin_detail_has_full_times(csv_files):
    rows = _read(csv_files[-1])
    assert len(rows) == sc.EXPECTED_DETAIL_ROWS + 1
    assert rows[1][1] == "2020-11-25 09:30:00"


def test_csv_one_section_goes_to_the_named_file(scripted):
    event, folder = scripted
    target = folder / "leaders.csv"
    assert event.reports.export(target, section=rm.LEADERS) == [target]
    rows = _read(target)
    assert [r[1] for r in rows[1:]] == ["黎振华", "麦豪超"]


def test_unknown_format_is_refused(scripted):
    event, folder = scripted
    with pytest.raises(UnsupportedFormat):
        event.reports.export(folder / "report.docx")
