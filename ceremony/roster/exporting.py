"""Exporting the roster to .xlsx and .csv (UTF-8 with BOM, so Excel opens it).

Every cell comes back as the same text: nothing runs as a formula, badge and ID numbers stay text
(see :mod:`ceremony.fileio`), and the importer removes the CSV guard again.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TYPE_CHECKING

from ceremony.errors import CeremonyError
from ceremony.deskmode import masked_id
from ceremony.fileio import atomic_output, csv_cell, xlsx_cell
from ceremony.models import RSVP_LEAVE, RSVP_PENDING, Attendee

if TYPE_CHECKING:
    from ceremony.event import Event

# (header, value) per column; headers are ones the importer recognises, so an export imports back.
COLUMNS = [
    ("序号", None), ("姓名", "name"), ("性别", "gender"), ("单位", "unit"), ("职务", "title"),
    ("类别", "category"), ("手机", "phone"), ("身份证号", "id_number"), ("车牌", "plate"),
    ("主席台", "on_rostrum"), ("发言", "speaker"), ("是否参加", "rsvp"), ("证号", "badge_no"), ("备注", "notes"),
]
_RSVP_TEXT = {RSVP_LEAVE: "请假", RSVP_PENDING: "未回复"}


class ExportFormatError(CeremonyError):
    code = "export.roster_format"

    def __init__(self, path: Path):
        super().__init__(path=str(path))


def export_rows(people: list[Attendee], reveal_ids: bool = True) -> list[list]:
    """Header plus one row per person (plain values; the writers guard them)."""
    rows: list[list] = [[h for h, _ in COLUMNS]]
    for n, p in enumerate(people, start=1):
        rows.append([n] + [_text(p, f, reveal_ids) for _, f in COLUMNS[1:] if f])
    return rows


def _text(p: Attendee, field: str, reveal_ids: bool = True) -> str:
    value = getattr(p, field)
    if field == "id_number" and not reveal_ids:
        return masked_id(value)
    if field in ("on_rostrum", "speaker"):
        return "是" if value else ""
    if field == "rsvp":
        return _RSVP_TEXT.get(value, "参加")
    return value


def export_roster(event: Event, path: Path | str, people: list[Attendee] | None = None, by: str | None = "rank",
                  reveal_ids: bool = False) -> int:
    """Write ``people`` (default: everyone) in the order ``by`` (None: as given) to ``path``; returns the count.

    ID numbers are masked unless the organiser asks for them (``reveal_ids``); the file holds phones,
    so it is readable by the user only. Not in desk mode."""
    event.require_organiser("export_roster")
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ExportFormatError(path)
    people = event.attendees() if people is None else list(people)
    if by is not None:
        people = event.roster.sorted(people, by)
    rows = export_rows(people, reveal_ids)
    with atomic_output(path, private=True) as tmp:
        if suffix == ".csv":
            with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
                csv.writer(fh).writerows([[csv_cell(v) for v in row] for row in rows])
        else:
            _write_xlsx(tmp, rows, event.info.name)
    return len(people)


def _write_xlsx(tmp: Path, rows: list[list], title: str) -> None:
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "名单"
    for row in rows:
        sheet.append([xlsx_cell(sheet, v) for v in row])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for col, width in zip("ABCDEFGHIJKLMN", (6, 12, 6, 30, 30, 14, 14, 20, 12, 8, 6, 10, 10, 20)):
        sheet.column_dimensions[col].width = width
    book.properties.title = title
    book.save(tmp)
