"""Reading 回执 files into plain tables of text: .xlsx, .xls, .csv (UTF-8 ± BOM, GBK/GB18030), pasted text."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ceremony.errors import CeremonyError

XLSX_MAGIC = b"PK\x03\x04"
XLS_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class ImportFileError(CeremonyError):
    """A file that cannot be read as a spreadsheet (the CLI exits with status 2)."""

    exit_status = 2

    def __init__(self, source: str, detail: str):
        super().__init__(f"{source}: {detail}")
        self.source = source
        self.detail = detail


@dataclass
class Table:
    """One sheet as rows of cell text; ``source`` names it in messages (file name, plus sheet when several)."""

    source: str
    rows: list[list[str]]
    sheet: str = ""
    path: str = ""
    notes: list[str] = field(default_factory=list)


def read_file(path: Path | str) -> list[Table]:
    """Every non-empty sheet of a spreadsheet file; raises ImportFileError when it is not one."""
    path = Path(path)
    label = path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(label, f"无法读取文件 (cannot read): {exc.strerror or exc}") from exc
    if not data.strip():
        raise ImportFileError(label, "文件是空的 (empty file)")
    if data.startswith(XLSX_MAGIC):
        tables = _read_xlsx(data, label)
    elif data.startswith(XLS_MAGIC):
        tables = _read_xls(data, label)
    else:
        tables = [Table(label, parse_text(decode_text(data, label)))]
    for t in tables:
        t.path = str(path)
    tables = [t for t in tables if any(any(c for c in row) for row in t.rows)]
    if not tables:
        raise ImportFileError(label, "文件中没有数据 (no data)")
    return tables


def read_text(text: str, source: str = "粘贴的内容") -> Table:
    """Text pasted from a spreadsheet (tab-separated; comma-separated also accepted)."""
    return Table(source, parse_text(text))


def decode_text(data: bytes, label: str) -> str:
    if b"\x00" in data[:4096]:
        raise ImportFileError(label, "不是表格文件 (not a spreadsheet: binary data)")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportFileError(label, "无法识别文字编码 (unknown text encoding)")


def parse_text(text: str) -> list[list[str]]:
    lines = text.splitlines()
    sample = "\n".join(lines[:50])
    delimiter = "\t" if "\t" in sample else max(",;", key=sample.count) if ("," in sample or ";" in sample) else "\t"
    return [[c.strip() for c in row] for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def cell_text(value) -> str:
    """A spreadsheet value as the text a person sees (phone numbers stored as numbers lose no digits)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M") if value.time() != dt.time() else value.strftime("%Y-%m-%d")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _fill_merged(rows: list[list[str]], ranges) -> None:
    """A block merged over several rows (a unit over its people) gives its value to each row.

    Merges across columns only (titles, notes) are left alone: their text stays in the first cell.
    """
    for r0, r1, c0 in ranges:      # 0-based first row, last row, first column
        value = rows[r0][c0] if r0 < len(rows) and c0 < len(rows[r0]) else ""
        for r in range(r0 + 1, min(r1, len(rows) - 1) + 1):
            while len(rows[r]) <= c0:
                rows[r].append("")
            if not rows[r][c0]:
                rows[r][c0] = value


def _read_xlsx(data: bytes, label: str) -> list[Table]:
    import openpyxl
    try:
        # read-only mode streams the cells (a 10,000-row 回执 in about a second); merged ranges are read
        # from the sheet XML, which read-only mode does not parse.
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        raise ImportFileError(label, f"不是有效的 Excel 文件 (not a valid .xlsx): {exc}") from exc
    tables = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for sheet in book.worksheets:
            sheet.reset_dimensions()     # some writers store a wrong sheet size; read what is there
            rows = [[cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
            _fill_merged(rows, _xlsx_merges(archive, getattr(sheet, "_worksheet_path", "")))
            name = f"{label}[{sheet.title}]" if len(book.worksheets) > 1 else label
            tables.append(Table(name, rows, sheet.title))
    book.close()
    return tables


_MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')


def _xlsx_merges(archive: zipfile.ZipFile, sheet_path: str) -> list[tuple[int, int, int]]:
    """(first row, last row, first column), 0-based, of the ranges merged over several rows."""
    from openpyxl.utils import column_index_from_string
    try:
        xml = archive.read(sheet_path.lstrip("/"))
    except KeyError:
        return []
    out = []
    for col0, row0, _col1, row1 in _MERGE_REF.findall(xml):
        if int(row1) > int(row0):
            out.append((int(row0) - 1, int(row1) - 1, column_index_from_string(col0.decode()) - 1))
    return out


def _read_xls(data: bytes, label: str) -> list[Table]:
    import xlrd
    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True)
    except Exception as exc:  # noqa: BLE001
        raise ImportFileError(label, f"不是有效的 Excel 97-2003 文件 (not a valid .xls): {exc}") from exc
    tables = []
    for sheet in book.sheets():
        rows = [[_xls_value(sheet.cell(r, c), book.datemode) for c in range(sheet.ncols)] for r in range(sheet.nrows)]
        merged = [(r0, r1 - 1, c0) for r0, r1, c0, _c1 in sheet.merged_cells if r1 - r0 > 1]
        _fill_merged(rows, merged)
        name = f"{label}[{sheet.name}]" if book.nsheets > 1 else label
        tables.append(Table(name, rows, sheet.name))
    return tables


def _xls_value(cell, datemode) -> str:
    import xlrd
    if cell.ctype == xlrd.XL_CELL_DATE:
        return cell_text(xlrd.xldate.xldate_as_datetime(cell.value, datemode))
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return cell_text(bool(cell.value))
    if cell.ctype in (xlrd.XL_CELL_ERROR, xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return ""
    return cell_text(cell.value)
