"""The attendance report as an .xlsx workbook: a cover sheet, then one sheet per table.

Numbers are numbers, times are real dates, rates are percentages; every statistics
table ends with a 合计 row of SUM formulas that carry their computed values (a reader
that does not recalculate shows the right figure; editing a figure updates the total).
Every sheet is ready to print from Excel, WPS or LibreOffice: A4, turned by its width,
fitted to the page width, the header row on every page, the event name on top and page
numbers below; columns are as wide as their Chinese text, long texts wrap.
Written in openpyxl's streaming mode (fast for thousands of rows).
"""

from __future__ import annotations

import re
import zipfile
from functools import partial
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.workbook.properties import CalcProperties
from openpyxl.worksheet.properties import PageSetupProperties

from ceremony.fileio import atomic_output, needs_guard, xlsx_cell
from ceremony.reports import model as rm

FORMATS = {rm.RATE: "0.0%", rm.DATETIME: "yyyy-mm-dd hh:mm:ss", rm.FLOAT1: "0.0", rm.INT: "0"}
HEADER_FILL = PatternFill("solid", fgColor="DFE7F3")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
BODY_FONT = Font(name="宋体", size=11)            # the workbook's default: every unstyled cell
BOLD = Font(name="黑体", size=11, bold=True)       # headers and 合计 rows
TITLE = Font(name="黑体", size=14, bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
MAX_WIDTH = 40          # characters; longer texts wrap
MIN_WIDTH = 6
LINE_POINTS = 14.5      # one line of 11 pt 宋体
PORTRAIT_WIDTH = 92     # characters across an A4 portrait page at the default margins
KIND_WIDTH = {rm.DATETIME: 19, rm.RATE: 7, rm.FLOAT1: 6}
PAGE_NUMBERS = "第 &P 页，共 &N 页"
PAPER_A4 = 9             # the spreadsheet paper size code
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def write_xlsx(report: rm.Report, path: Path | str, progress=None) -> None:
    """Write ``report`` to ``path`` atomically. ``progress(done, total)`` may raise to cancel."""
    wb = Workbook(write_only=True)
    wb._fonts = IndexedList([BODY_FONT])      # replaces Calibri as the font of unstyled cells
    wb.calculation = CalcProperties(fullCalcOnLoad=True)
    cached: dict[int, dict[str, object]] = {}     # sheet number → formula cell → its value
    _cover_sheet(wb, report)
    for i, table in enumerate(report.tables):
        if progress is not None:
            progress(i, len(report.tables) + 1)
        cached[i + 2] = _table_sheet(wb, table, report.event_name)
    if progress is not None:
        progress(len(report.tables), len(report.tables) + 1)
    with atomic_output(path, private=True) as tmp:        # the 防疫台账 holds phones
        wb.save(tmp)
        _store_cached_values(tmp, cached)


def sheet_name(title: str) -> str:
    """Excel allows 31 characters and no []:*?/\\ in a sheet name."""
    return _BAD_SHEET_CHARS.sub("_", title)[:31]


def text_width(text: str) -> int:
    """Width in spreadsheet characters: a Chinese character is two, as in a GBK byte count."""
    return len(text.encode("gbk", errors="replace"))


def _cell(ws, value, kind=rm.TEXT, font=None, fill=None):
    cell = xlsx_cell(ws, value)
    if kind in FORMATS and value is not None and not isinstance(value, str):
        cell.number_format = FORMATS[kind]
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    return cell


def _page_setup(ws, width_chars: float, event_name: str, title_rows: str | None) -> None:
    ws.page_setup.paperSize = PAPER_A4
    ws.page_setup.orientation = "landscape" if width_chars > PORTRAIT_WIDTH else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0          # as many pages down as it takes
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddHeader.center.text = event_name.replace("&", "&&")
    ws.oddHeader.center.font = "黑体,常规"
    ws.oddFooter.center.text = PAGE_NUMBERS


def _cover_sheet(wb: Workbook, report: rm.Report) -> None:
    ws = wb.create_sheet("说明")
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 76
    _page_setup(ws, 90, report.event_name, None)
    t = report.totals
    rows = [
        ("活动", report.event_name), ("时间", report.starts_at), ("地点", report.venue),
        ("报告生成时间", report.generated_at), ("", ""),
        ("应到", t.expected), ("实到", t.arrived), ("迟到", t.late), ("请假", t.leave), ("缺席", t.absent),
        ("代参加", t.substitute), ("出席率", t.rate), ("", ""),
        ("新闻稿用语", report.leader_sentence), ("统计口径", report.footnote),
    ]
    ws.append([_cell(ws, f"{report.event_name}出席情况报告", font=TITLE)])
    for r, (label, value) in enumerate(rows, start=2):
        kind = rm.DATETIME if label in ("时间", "报告生成时间") else rm.RATE if label == "出席率" else rm.INT
        value_cell = _cell(ws, value, kind)
        if isinstance(value, str) and text_width(value) > 74:
            value_cell.alignment = WRAP
            ws.row_dimensions[r].height = _lines(value, 74) * LINE_POINTS
        label_cell = _cell(ws, label, font=BOLD)
        label_cell.alignment = TOP
        ws.append([label_cell, value_cell])


def _table_sheet(wb: Workbook, table: rm.Table, event_name: str) -> dict[str, object]:
    """Write one table; returns the values of its formula cells (for :func:`_store_cached_values`)."""
    ws = wb.create_sheet(sheet_name(table.title))
    ws.freeze_panes = "A2"
    widths = _column_widths(table)
    for i, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = width
    _page_setup(ws, sum(widths), event_name, "1:1")
    ws.append([_cell(ws, c.title, font=BOLD, fill=HEADER_FILL) for c in table.columns])
    kinds = [c.kind for c in table.columns]
    rate = _rate_columns(table)
    cached: dict[str, object] = {}
    # Only cells that need a number format, wrapping or a guard become cell objects (fast for plain cells).
    styled = [k in (rm.RATE, rm.DATETIME, rm.FLOAT1) for k in kinds]
    limits = [w - 1 for w in widths]
    for r, row in enumerate(table.rows, start=2):
        cells, lines = [], 1
        for c, (v, k, st) in enumerate(zip(row, kinds, styled)):
            if rate and c == rate[0]:
                cells.append(_rate_formula(ws, r, rate, v, cached))
            elif st and v is not None:
                cells.append(_cell(ws, v, k))
            elif isinstance(v, str):
                cell, n = _text(ws, v, limits[c])
                cells.append(cell)
                lines = max(lines, n)
            else:
                cells.append(v)
        if lines > 1:
            ws.row_dimensions[r].height = lines * LINE_POINTS
        ws.append(cells)
    if table.total is not None:
        ws.append(_total_row(ws, table, rate, cached))
    if table.note:
        _note(ws, table.note, len(table.rows) + (4 if table.total is not None else 3), sum(widths), len(widths))
    if table.rows and table.key in CHARTS:
        _add_chart(ws, table, *CHARTS[table.key])
    return cached


def _column_widths(table: rm.Table) -> list[float]:
    """Each column as wide as its widest text (header included), within MIN_WIDTH..MAX_WIDTH."""
    out = []
    rows = table.rows + ((table.total,) if table.total is not None else ())
    for c, col in enumerate(table.columns):
        widest = text_width(col.title)
        if col.kind in KIND_WIDTH:
            widest = max(widest, KIND_WIDTH[col.kind])
        else:
            widest = max([widest] + [text_width(v) if isinstance(v, str) else len(str(v))
                                     for row in rows if (v := row[c]) is not None])
        out.append(float(min(MAX_WIDTH, max(MIN_WIDTH, widest + 2))))
    return out


def _lines(text: str, width: float) -> int:
    per_line = max(int(width), 1)
    return sum(-(-max(text_width(part), 1) // per_line) for part in text.split("\n"))


def _text(ws, value: str, limit: float):
    """A text cell; one too wide for its column wraps. Returns (cell or raw value, lines)."""
    if not value:
        return None, 1
    if len(value) * 2 <= limit or text_width(value) <= limit:     # cheap test first: most cells are short
        return (xlsx_cell(ws, value) if needs_guard(value) else value), 1
    cell = xlsx_cell(ws, value)
    cell.alignment = WRAP
    return cell, _lines(value, limit)


def _rate_columns(table: rm.Table) -> tuple[int, int, int] | None:
    """(出席率, 应到, 实到) column indexes of a statistics table, so the rate can be a formula."""
    titles = [c.title for c in table.columns]
    if table.total is None or "出席率" not in titles or "应到" not in titles or "实到" not in titles:
        return None
    return titles.index("出席率"), titles.index("应到"), titles.index("实到")


def _rate_formula(ws, r: int, rate: tuple[int, int, int], value, cached: dict) -> WriteOnlyCell:
    _, expected, arrived = rate
    e, a = get_column_letter(expected + 1), get_column_letter(arrived + 1)
    coordinate = f"{get_column_letter(rate[0] + 1)}{r}"
    cached[coordinate] = value
    cell = WriteOnlyCell(ws, value=f"=IF({e}{r}=0,0,{a}{r}/{e}{r})")
    cell.number_format = FORMATS[rm.RATE]
    return cell


def _total_row(ws, table: rm.Table, rate, cached: dict) -> list:
    """The 合计 row: SUM over the rows above for every counted column, the rate from the sums."""
    r = len(table.rows) + 2
    cells = []
    for c, (value, col) in enumerate(zip(table.total or (), table.columns)):
        letter = get_column_letter(c + 1)
        if rate and c == rate[0]:
            cell = _rate_formula(ws, r, rate, value, cached)
        elif col.kind == rm.INT and isinstance(value, int) and c > 0 and table.rows:
            cell = WriteOnlyCell(ws, value=f"=SUM({letter}2:{letter}{r - 1})")
            cell.number_format = FORMATS[rm.INT]
            cached[f"{letter}{r}"] = value
        else:
            cell = _cell(ws, value, col.kind)
        cell.font, cell.fill = BOLD, TOTAL_FILL
        cells.append(cell)
    return cells


def _note(ws, note: str, r: int, width: float, columns: int) -> None:
    """The table's note under it, merged across the table's width and wrapped."""
    ws.append([])
    cell = _cell(ws, note)
    cell.alignment = WRAP
    ws.row_dimensions[r].height = _lines(note, width - 2) * LINE_POINTS
    ws.append([cell])
    if columns > 1:
        ws.merged_cells.add(f"A{r}:{get_column_letter(columns)}{r}")


_FORMULA_CELL = re.compile(rb'<c r="([A-Z]+\d+)"([^>]*)><f>([^<]*)</f>(?:<v\s*/>|<v></v>)')


def _store_cached_values(path: Path, cached: dict[int, dict[str, object]]) -> None:
    """Put each formula's value beside it (openpyxl writes formulas without one), so a reader that
    does not recalculate (a viewer, a script, LibreOffice's default for .xlsx) shows the figure."""
    if not any(cached.values()):
        return
    with zipfile.ZipFile(path) as archive:
        items = [(info, archive.read(info.filename)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in items:
            number = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", info.filename)
            values = cached.get(int(number.group(1))) if number else None
            if values:
                data = _FORMULA_CELL.sub(partial(_with_value, values=values), data)
            out.writestr(info, data)


def _with_value(match: re.Match, values: dict[str, object]) -> bytes:
    value = values.get(match.group(1).decode())
    if value is None:
        return match.group(0)
    return match.group(0)[:match.group(0).rindex(b"<v")] + f"<v>{value!r}</v>".encode()


# Native Excel charts beside two tables: (title, value columns to plot, 1-based).
CHARTS = {rm.BY_CATEGORY: ("各类别应到与实到人数", (2, 3)), rm.ARRIVALS: ("到场时间分布（每5分钟签到人数）", (2,))}


def _add_chart(ws, table: rm.Table, title: str, value_columns: tuple[int, ...]) -> None:
    last = len(table.rows) + 1          # data rows only: the 合计 row is not a bar
    chart = BarChart()
    chart.title = title
    chart.y_axis.title = "人数"
    chart.width, chart.height = 18, 9
    for col in value_columns:
        chart.add_data(Reference(ws, min_col=col, min_row=1, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=last))
    ws.add_chart(chart, f"{get_column_letter(len(table.columns) + 1)}2")
