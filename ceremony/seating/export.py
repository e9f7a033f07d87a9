"""Exporting the seat assignment: .xlsx, .csv (UTF-8 with BOM, opens in Chinese Excel) or .json."""

from __future__ import annotations

import csv
import json
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from ceremony.errors import ValidationError
from ceremony.fileio import atomic_output, csv_cell, xlsx_cell

if TYPE_CHECKING:
    from ceremony.event import Event
    from ceremony.seating.service import AssignedSeat

COLUMNS = [("section_name", "区域"), ("row", "排"), ("seat", "号"), ("x", "位置(台下视角自左)"), ("zone", "分区"),
           ("rostrum_no", "主席台位次"), ("name", "姓名"), ("unit", "单位"), ("title", "职务"),
           ("category", "类别"), ("locked", "锁定"), ("id", "编号")]


def export_rows(event: Event) -> list[AssignedSeat]:
    """Rows in reading order: rostrum first (by rank number), then the hall front to back."""
    rows = event.seating.assigned_rows()
    return sorted(rows, key=lambda r: (r.section != "rostrum", r.rostrum_no or 0, r.section_name, r.row, r.x))


def export_assignments(event: Event, path: Path | str) -> int:
    """Write the assignment to ``path``; the format follows the suffix. Returns the number of rows."""
    path = Path(path)
    suffix = path.suffix.lower()
    writers = {".xlsx": _write_xlsx, ".csv": _write_csv, ".json": _write_json}
    if suffix not in writers:
        raise ValidationError("seat.export_format", suffix=suffix or "-")
    rows = export_rows(event)
    with atomic_output(path) as tmp:
        writers[suffix](tmp, rows)
    return len(rows)


def _cell(row: AssignedSeat, key: str):
    value = getattr(row, key)
    if key == "locked":
        return "是" if value else ""
    if key == "seat" and isinstance(value, str) and value.isdigit():
        return int(value)           # 排 and 号 are both numbers (sortable, summable) in a spreadsheet
    return "" if value is None else value


def _write_csv(tmp: Path, rows: list[AssignedSeat]) -> None:
    with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([title for _, title in COLUMNS])
        for row in rows:
            writer.writerow([csv_cell(_cell(row, key)) for key, _ in COLUMNS])


def _write_json(tmp: Path, rows: list[AssignedSeat]) -> None:
    tmp.write_text(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=1), encoding="utf-8")


def _write_xlsx(tmp: Path, rows: list[AssignedSeat]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    _fill_sheet(book.active, "座位安排", rows, Font)
    zones: dict[str, list[AssignedSeat]] = {}
    for row in rows:                      # one sheet per zone: the lists the ushers carry
        if row.section == "hall":
            zones.setdefault(row.zone or "未分区", []).append(row)
    for zone, members in zones.items():
        _fill_sheet(book.create_sheet(), _sheet_title(zone), members, Font)
    book.save(tmp)


def _fill_sheet(sheet, title: str, rows: list[AssignedSeat], font) -> None:
    sheet.title = title
    sheet.append([title for _, title in COLUMNS])
    for cell in sheet[1]:
        cell.font = font(bold=True)
    for row in rows:
        sheet.append([xlsx_cell(sheet, _cell(row, key)) for key, _ in COLUMNS])
    for letter, width in zip("ABCDEFGHIJKL", (8, 5, 5, 8, 14, 8, 10, 30, 24, 12, 6, 6)):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"


def _sheet_title(name: str) -> str:
    for ch in "[]:*?/\\":
        name = name.replace(ch, "_")
    return name[:31] or "未分区"
