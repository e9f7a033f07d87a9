"""Reading 回执 files into plain tables of text: .xlsx, .xls, .csv (UTF-8 ± BOM, GBK/GB18030), pasted text."""

from __future__ import annotations

import codecs
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


# Limits: a 回执 is a few hundred rows; these stop a wrong or hostile file early with a clear message.
MAX_FILE_BYTES = 64 * 1024 * 1024        # on disk
MAX_UNZIPPED_BYTES = 512 * 1024 * 1024   # an .xlsx's parts once unpacked (zip bombs)
MAX_ZIP_ENTRIES = 2000
MAX_ROWS = 200_000                       # per file
MAX_COLUMNS = 200
MAX_CELLS = 4_000_000                    # per file
SAMPLE_BYTES = 64 * 1024                 # how much of a text file decides its encoding and delimiter


class ImportTooLarge(ImportFileError):
    """A file over one of the import limits; ``limit`` names which (file_size, rows, columns, cells, unzipped)."""

    def __init__(self, source: str, limit: str, value: int, maximum: int):
        texts = {"file_size": f"文件过大（{value // 2**20} MB，上限 {maximum // 2**20} MB）(file too large)",
                 "unzipped": f"解压后过大（上限 {maximum // 2**20} MB），可能是压缩炸弹 (unpacks too large)",
                 "entries": f"压缩包内文件过多（上限 {maximum}）(too many parts)",
                 "rows": f"行数超过上限 {maximum:,} (too many rows)",
                 "columns": f"列数超过上限 {maximum} (too many columns)",
                 "cells": f"单元格数超过上限 {maximum:,} (too many cells)"}
        super().__init__(source, texts[limit])
        self.limit, self.value, self.maximum = limit, value, maximum


def read_file(path: Path | str) -> list[Table]:
    """Every non-empty sheet of a spreadsheet file; raises ImportFileError when it is not one.

    Text files are read as a stream, so a huge file stops at the row limit rather than
    filling memory first; every limit is checked before anything is written.
    """
    path = Path(path)
    label = path.name
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(SAMPLE_BYTES)
    except OSError as exc:
        raise ImportFileError(label, f"无法读取文件 (cannot read): {exc.strerror or exc}") from exc
    if size > MAX_FILE_BYTES:
        raise ImportTooLarge(label, "file_size", size, MAX_FILE_BYTES)
    if not head.strip():
        raise ImportFileError(label, "文件是空的 (empty file)")
    if head.startswith(XLSX_MAGIC):
        tables = _read_xlsx(path, label)
    elif head.startswith(XLS_MAGIC):
        tables = _read_xls(path, label)
    else:
        tables = [Table(label, _read_text_file(path, head, label))]
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
    return data.decode(_text_encoding(data, label, final=True))


def _text_encoding(sample: bytes, label: str, final: bool) -> str:
    if b"\x00" in sample[:4096]:
        raise ImportFileError(label, "不是表格文件 (not a spreadsheet: binary data)")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            codecs.getincrementaldecoder(encoding)().decode(sample, final=final)
            return encoding
        except UnicodeDecodeError:
            continue
    raise ImportFileError(label, "无法识别文字编码 (unknown text encoding)")


def _read_text_file(path: Path, head: bytes, label: str) -> list[list[str]]:
    """A CSV/TSV file, streamed row by row with the limits checked as it goes."""
    encoding = _text_encoding(head, label, final=len(head) < SAMPLE_BYTES)
    try:
        return _stream_rows(path, encoding, label)
    except UnicodeDecodeError:
        if encoding == "gb18030":
            raise ImportFileError(label, "无法识别文字编码 (unknown text encoding)") from None
        return _stream_rows(path, "gb18030", label)     # UTF-8 at the start, something else further on


def _stream_rows(path: Path, encoding: str, label: str) -> list[list[str]]:
    with open(path, encoding=encoding, errors="strict", newline="") as fh:
        sample = fh.read(SAMPLE_BYTES)
        fh.seek(0)
        rows = _Limited(label)
        try:
            for row in csv.reader(fh, delimiter=_delimiter(sample)):
                rows.add([c.strip() for c in row])
        except csv.Error as exc:
            raise ImportFileError(label, f"第 {rows.count + 1} 行无法读取 (bad CSV row): {exc}") from exc
        return rows.rows


def parse_text(text: str) -> list[list[str]]:
    rows = _Limited("")
    for row in csv.reader(io.StringIO(text), delimiter=_delimiter(text[:SAMPLE_BYTES])):
        rows.add([c.strip() for c in row])
    return rows.rows


def _delimiter(sample: str) -> str:
    lines = "\n".join(sample.splitlines()[:50])
    return "\t" if "\t" in lines else max(",;", key=lines.count) if ("," in lines or ";" in lines) else "\t"


class _Limited:
    """Rows collected under the row, column and cell limits."""

    def __init__(self, label: str):
        self.label = label
        self.rows: list[list[str]] = []
        self.cells = 0

    @property
    def count(self) -> int:
        return len(self.rows)

    def add(self, row: list[str]) -> None:
        while row and not row[-1]:
            row.pop()                    # trailing empty cells cost memory and mean nothing
        if len(self.rows) >= MAX_ROWS:
            raise ImportTooLarge(self.label, "rows", len(self.rows) + 1, MAX_ROWS)
        if len(row) > MAX_COLUMNS:
            raise ImportTooLarge(self.label, "columns", len(row), MAX_COLUMNS)
        self.cells += len(row)
        if self.cells > MAX_CELLS:
            raise ImportTooLarge(self.label, "cells", self.cells, MAX_CELLS)
        self.rows.append(row)


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


def _read_xlsx(path: Path, label: str) -> list[Table]:
    import openpyxl
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ImportFileError(label, f"不是有效的 Excel 文件 (not a valid .xlsx): {exc}") from exc
    with archive:
        _check_zip(archive, label)
        try:
            # read-only mode streams the cells (a 10,000-row 回执 in about a second); merged ranges are read
            # from the sheet XML, which read-only mode does not parse. With defusedxml installed openpyxl
            # refuses entity declarations (XXE, billion laughs).
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
            raise ImportFileError(label, f"不是有效的 Excel 文件 (not a valid .xlsx): {_short(exc)}") from exc
        try:
            return [_xlsx_table(book, sheet, archive, label) for sheet in book.worksheets]
        finally:
            book.close()


def _xlsx_table(book, sheet, archive: zipfile.ZipFile, label: str) -> Table:
    name = f"{label}[{sheet.title}]" if len(book.worksheets) > 1 else label
    rows = _Limited(name)
    try:
        sheet.reset_dimensions()     # some writers store a wrong sheet size; read what is there
        for row in sheet.iter_rows(values_only=True):
            rows.add([cell_text(v) for v in row])
        merges = _xlsx_merges(archive, getattr(sheet, "_worksheet_path", ""))
    except ImportFileError:
        raise
    except Exception as exc:  # noqa: BLE001 - broken XML, bad shared strings, numbers or dates inside a sheet
        raise ImportFileError(name, f"第 {rows.count + 1} 行附近无法读取 (unreadable near row "
                                    f"{rows.count + 1}): {_short(exc)}") from exc
    _fill_merged(rows.rows, merges)
    return Table(name, rows.rows, sheet.title)


def _check_zip(archive: zipfile.ZipFile, label: str) -> None:
    """Refuse zip bombs before unpacking anything: the declared sizes bound what zipfile will read."""
    entries = archive.infolist()
    if len(entries) > MAX_ZIP_ENTRIES:
        raise ImportTooLarge(label, "entries", len(entries), MAX_ZIP_ENTRIES)
    unpacked = sum(e.file_size for e in entries)
    if unpacked > MAX_UNZIPPED_BYTES:
        raise ImportTooLarge(label, "unzipped", unpacked, MAX_UNZIPPED_BYTES)


def _short(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:160]


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


def _read_xls(path: Path, label: str) -> list[Table]:
    import xlrd
    try:
        book = xlrd.open_workbook(str(path), formatting_info=True)
    except Exception as exc:  # noqa: BLE001
        raise ImportFileError(label, f"不是有效的 Excel 97-2003 文件 (not a valid .xls): {_short(exc)}") from exc
    tables = []
    for sheet in book.sheets():
        limited = _Limited(label)
        try:
            for r in range(sheet.nrows):
                limited.add([_xls_value(sheet.cell(r, c), book.datemode) for c in range(sheet.ncols)])
        except ImportFileError:
            raise
        except Exception as exc:  # noqa: BLE001 - a bad date or number cell
            raise ImportFileError(label, f"第 {limited.count + 1} 行无法读取 (unreadable row): {_short(exc)}") from exc
        rows = limited.rows
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
