"""The paper 签到表: the desk's fallback when the laptops fail (docs/protocol.md#sign-in-sheet)."""

from __future__ import annotations

from dataclasses import dataclass

from ceremony.printing.pdf.draw import Line, Op, Page, Rect, mm
from ceremony.printing.pdf.text import fit_text, split_lines

# (header, width in mm, alignment); widths add up to the 190 mm between A4 margins.
COLUMNS = (("序号", 10, "center"), ("姓名", 21, "center"), ("单位", 42, "left"), ("职务", 31, "left"),
           ("手机后4位", 16, "center"), ("签名", 28, "center"), ("签到时间", 16, "center"),
           ("体温", 12, "center"), ("备注", 14, "center"))
ROW_MM = 10.5
HEADER_MM = 9.0


@dataclass(frozen=True)
class SheetGroup:
    subtitle: str               # "市领导" or "全部人员"
    rows: list[tuple[str, ...]]  # 序号, 姓名, 单位, 职务, 手机后4位 (the rest is left blank for pens)


def signin_pages(title: str, time_line: str, groups: list[SheetGroup], font: str) -> list[Page]:
    """A4 portrait pages; each group starts on a new page; the header row repeats on every page."""
    pw, ph = mm(210), mm(297)
    margin = mm(10)
    first_row_top = ph - mm(12) - mm(30)
    per_page = int((first_row_top - mm(HEADER_MM) - mm(16)) // mm(ROW_MM))
    chunks = []
    for group in groups:
        rows = group.rows or [()]
        for start in range(0, len(rows), per_page):
            chunks.append((group.subtitle, rows[start:start + per_page], start))
    pages = []
    for number, (subtitle, rows, _start) in enumerate(chunks, start=1):
        page = Page(pw, ph, label=f"签到表 {number}")
        page.ops.append(fit_text(title, font, margin, ph - mm(22), pw - 2 * margin, 18))
        line = f"{time_line}    {subtitle}" if subtitle else time_line
        page.ops.append(fit_text(line, font, margin, ph - mm(31), pw - 2 * margin, 10.5, color="#333333"))
        page.ops.extend(_table(rows if rows != [()] else [], margin, first_row_top, font))
        page.ops.append(fit_text(f"第 {number} 页 / 共 {len(chunks)} 页", font, margin, mm(8), pw - 2 * margin, 9,
                                 color="#555555"))
        pages.append(page)
    return pages


def _cell(value: str, column: str, align: str, x: float, top: float, width: float, row_h: float, font: str):
    """A cell's text: one line, or two smaller lines for a long unit/title (names never wrap)."""
    size = 11 if column == "姓名" else 9.5
    inner = width - mm(2.4)
    lines = [value] if column == "姓名" else split_lines(value, font, size, inner / 0.8, 2)
    if len(lines) == 1:
        return [fit_text(value, font, x + mm(1.2), top - row_h * 0.66, inner, size, align=align, min_size=size * 0.75)]
    size = min(size * 0.85, row_h * 0.4)
    return [fit_text(line, font, x + mm(1.2), top - row_h * (0.43 + 0.4 * k), inner, size, align=align,
                     min_size=size * 0.8) for k, line in enumerate(lines)]


def _table(rows: list[tuple[str, ...]], left: float, top: float, font: str) -> list:
    ops: list[Op] = []
    header_h, row_h = mm(HEADER_MM), mm(ROW_MM)
    width = sum(mm(c[1]) for c in COLUMNS)
    ops.append(Rect(left, top - header_h, width, header_h, fill="#e8e8e8"))
    x = left
    for name, col_mm, _ in COLUMNS:
        ops.append(fit_text(name, font, x + mm(1), top - header_h * 0.68, mm(col_mm) - mm(2), 10))
        x += mm(col_mm)
    y = top - header_h
    for row in rows:
        x = left
        for (name, col_mm, align), value in zip(COLUMNS, row):
            if value:
                ops.extend(_cell(str(value), name, align, x, y, mm(col_mm), row_h, font))
            x += mm(col_mm)
        y -= row_h
    bottom = y
    ops.append(Line(left, top, left + width, top, width=0.8))
    for k in range(len(rows) + 1):
        yy = top - header_h - k * row_h
        ops.append(Line(left, yy, left + width, yy, width=0.8 if k in (0, len(rows)) else 0.4))
    x = left
    for _, col_mm, _ in COLUMNS:
        ops.append(Line(x, top, x, bottom, width=0.8 if x == left else 0.4))
        x += mm(col_mm)
    ops.append(Line(x, top, x, bottom, width=0.8))
    return ops
