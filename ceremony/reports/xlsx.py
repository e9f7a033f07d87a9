"""The attendance report as an .xlsx workbook: a cover sheet, then one sheet per table.

Numbers are numbers, times are real dates, rates are percentages; every statistics
table ends with a 合计 row; headers are frozen. Written in openpyxl's streaming mode
(fast for thousands of rows).
"""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill

from ceremony.reports import model as rm
from ceremony.fileio import atomic_output, needs_guard, xlsx_cell

FORMATS = {rm.RATE: "0.0%", rm.DATETIME: "yyyy-mm-dd hh:mm:ss", rm.FLOAT1: "0.0", rm.INT: "0"}
HEADER_FILL = PatternFill("solid", fgColor="DFE7F3")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def write_xlsx(report: rm.Report, path: Path | str, progress=None) -> None:
    """Write ``report`` to ``path`` atomically. ``progress(done, total)`` may raise to cancel."""
    wb = Workbook(write_only=True)
    _cover_sheet(wb, report)
    for i, table in enumerate(report.tables):
        if progress is not None:
            progress(i, len(report.tables) + 1)
        _table_sheet(wb, table)
    if progress is not None:
        progress(len(report.tables), len(report.tables) + 1)
    with atomic_output(path) as tmp:
        wb.save(tmp)


def sheet_name(title: str) -> str:
    """Excel allows 31 characters and no []:*?/\\ in a sheet name."""
    return _BAD_SHEET_CHARS.sub("_", title)[:31]


def _cell(ws, value, kind=rm.TEXT, font=None, fill=None):
    cell = xlsx_cell(ws, value)
    if kind in FORMATS and value is not None and not isinstance(value, str):
        cell.number_format = FORMATS[kind]
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    return cell


def _raw(ws, value):
    """A plain cell value; empty text is no cell at all (smaller, faster file)."""
    if isinstance(value, str):
        return None if not value else xlsx_cell(ws, value) if needs_guard(value) else value
    return value


def _cover_sheet(wb: Workbook, report: rm.Report) -> None:
    ws = wb.create_sheet("说明")
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 100
    t = report.totals
    rows = [
        ("活动", report.event_name), ("时间", report.starts_at), ("地点", report.venue),
        ("报告生成时间", report.generated_at), ("", ""),
        ("应到", t.expected), ("实到", t.arrived), ("迟到", t.late), ("请假", t.leave), ("缺席", t.absent),
        ("代参加", t.substitute), ("出席率", t.rate), ("", ""),
        ("新闻稿用语", report.leader_sentence), ("统计口径", report.footnote),
    ]
    ws.append([_cell(ws, f"{report.event_name}出席情况报告", font=TITLE)])
    for label, value in rows:
        kind = rm.DATETIME if label in ("时间", "报告生成时间") else rm.RATE if label == "出席率" else rm.INT
        value_cell = _cell(ws, value, kind)
        if isinstance(value, str) and len(value) > 60:
            value_cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.append([_cell(ws, label, font=BOLD), value_cell])


def _table_sheet(wb: Workbook, table: rm.Table) -> None:
    ws = wb.create_sheet(sheet_name(table.title))
    ws.freeze_panes = "A2"
    for i, col in enumerate(table.columns):
        ws.column_dimensions[_letter(i)].width = col.width + 2
    ws.append([_cell(ws, c.title, font=BOLD, fill=HEADER_FILL) for c in table.columns])
    kinds = [c.kind for c in table.columns]
    # Only cells that need a number format become cell objects; plain text and integers go in raw (fast).
    styled = [k in (rm.RATE, rm.DATETIME, rm.FLOAT1) for k in kinds]
    for row in table.rows:
        ws.append([_cell(ws, v, k) if st and v is not None else _raw(ws, v) for v, k, st in zip(row, kinds, styled)])
    if table.total is not None:
        ws.append([_cell(ws, v, k, BOLD, TOTAL_FILL) for v, k in zip(table.total, kinds)])
    if table.note:
        ws.append([])
        ws.append([_cell(ws, table.note)])
    if table.rows and table.key in CHARTS:
        _add_chart(ws, table, *CHARTS[table.key])


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
    ws.add_chart(chart, f"{_letter(len(table.columns) + 1)}2")


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter
    return get_column_letter(index + 1)
