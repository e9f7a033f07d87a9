"""Reading 回执 files into plain tables of text.

Workbooks (.xlsx, .xls, WPS .et, .ods) go through calamine (one fast reader for all of them);
text files may be CSV or tab-separated "Unicode 文本" in UTF-8 (± BOM), GBK/GB18030 or UTF-16;
pasted text is read like a text file. A file that cannot be read says which format to save it as.
Limits stop a wrong or hostile file early with one clear line.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ceremony.errors import CeremonyError
from ceremony.fileio import unguard
from ceremony.reasons import error_detail

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
# What to save a file as when it cannot be read, by the suffix the user gave it.
SAVE_AS = {".ods": ".xlsx", ".et": ".xlsx", ".ett": ".xlsx", ".numbers": ".xlsx", ".xlsb": ".xlsx",
           ".docx": ".xlsx", ".doc": ".xlsx", ".wps": ".xlsx", ".pdf": ".xlsx"}
EXCEL_DIGITS = 15        # a spreadsheet keeps this many significant digits of a number


class ImportFileError(CeremonyError):
    """A file that cannot be read as a spreadsheet (the CLI exits with status 2)."""

    exit_status = 2
    code = "import.unreadable"

    def __init__(self, code: str | None = None, /, source: str = "", **params):
        super().__init__(code, source=source, **params)
        self.source = source


@dataclass
class Table:
    """One sheet as rows of cell text; ``source`` names it in messages (file name, plus sheet when several).

    ``plain_text`` tables (CSV, pasted text) carry no merged-cell information.
    """

    source: str
    rows: list[list[str]]
    sheet: str = ""
    path: str = ""
    notes: list[str] = field(default_factory=list)
    plain_text: bool = False


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
        in_mb = limit in ("file_size", "unzipped")
        super().__init__(f"import.too_large.{limit}", source=source,
                         value=value // 2**20 if in_mb else f"{value:,}", maximum=maximum // 2**20 if in_mb else f"{maximum:,}")
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
        raise ImportFileError("import.cannot_read", source=label, detail=error_detail(exc)) from exc
    if size > MAX_FILE_BYTES:
        raise ImportTooLarge(label, "file_size", size, MAX_FILE_BYTES)
    if not head.strip():
        raise ImportFileError("import.empty", source=label)
    if head.startswith(ZIP_MAGIC) or head.startswith(OLE_MAGIC):
        tables = _read_workbook(path, head, label)
    else:
        tables = [Table(label, _read_text_file(path, head, label), plain_text=True)]
    for t in tables:
        t.path = str(path)
    tables = [t for t in tables if any(any(c for c in row) for row in t.rows)]
    if not tables:
        raise ImportFileError("import.no_data", source=label)
    return tables


def read_text(text: str, source: str = "粘贴的内容") -> Table:
    """Text pasted from a spreadsheet (tab-separated; comma-separated also accepted)."""
    return Table(source, parse_text(text), plain_text=True)


def _save_as(suffix: str, fallback: str = ".xlsx") -> str:
    """The format to save an unreadable file as, by the suffix it came with."""
    return SAVE_AS.get(suffix, fallback)


# --- text files -------------------------------------------------------------------------------
def decode_text(data: bytes, label: str) -> str:
    return data.decode(_text_encoding(data, label, final=True))


def _text_encoding(sample: bytes, label: str, final: bool, suffix: str = "") -> str:
    """UTF-16 ("Unicode 文本") by its BOM or its zero bytes, else UTF-8 (± BOM) or GB18030."""
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if len(sample) >= 4 and sample[1:4:2] == b"\x00\x00" and sample[0] and sample[2]:
        return "utf-16-le"        # UTF-16 without a BOM: every other byte of ASCII text is zero
    if b"\x00" in sample[:4096]:
        raise ImportFileError("import.not_a_table", source=label, save_as=_save_as(suffix))
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            codecs.getincrementaldecoder(encoding)().decode(sample, final=final)
            return encoding
        except UnicodeDecodeError:
            continue
    raise ImportFileError("import.encoding", source=label, save_as=_save_as(suffix, ".csv"))


def _read_text_file(path: Path, head: bytes, label: str) -> list[list[str]]:
    """A CSV/TSV file, streamed row by row with the limits checked as it goes."""
    encoding = _text_encoding(head, label, final=len(head) < SAMPLE_BYTES, suffix=path.suffix.lower())
    try:
        return _stream_rows(path, encoding, label)
    except UnicodeDecodeError:
        if encoding != "utf-8-sig":
            raise ImportFileError("import.encoding_mixed", source=label) from None
        return _stream_rows(path, "gb18030", label)     # UTF-8 at the start, something else further on


def _stream_rows(path: Path, encoding: str, label: str) -> list[list[str]]:
    with open(path, encoding=encoding, errors="strict", newline="") as fh:
        sample = fh.read(SAMPLE_BYTES)
        fh.seek(0)
        rows = _Limited(label)
        try:
            for row in csv.reader(fh, delimiter=_delimiter(sample)):
                rows.add([_field(c) for c in row])
        except csv.Error as exc:
            raise ImportFileError("import.bad_csv_row", source=label, row=rows.count + 1, detail=str(exc)) from exc
        return rows.rows


def parse_text(text: str) -> list[list[str]]:
    rows = _Limited("")
    for row in csv.reader(io.StringIO(text), delimiter=_delimiter(text[:SAMPLE_BYTES])):
        rows.add([_field(c) for c in row])
    return rows.rows


def _field(text: str) -> str:
    text = text.strip()
    return unguard(text) if text[:1] in ("=", "'") else text


def _delimiter(sample: str) -> str:
    """The csv module's Sniffer, which knows that a tab or a semicolon inside quotes separates nothing."""
    lines = "\n".join(sample.splitlines()[:50])
    try:
        return csv.Sniffer().sniff(lines, delimiters=",\t;").delimiter
    except csv.Error:
        return "\t" if "\t" in lines else ","


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


# --- workbooks --------------------------------------------------------------------------------
def cell_text(value) -> str:
    """A spreadsheet value as the text a person sees (phone numbers stored as numbers lose no digits).

    A whole number longer than a spreadsheet keeps (an ID number typed as a number) comes out in
    scientific notation, as the spreadsheet shows it, so the row check can tell that digits were lost.
    """
    if type(value) is str:        # most cells: the fast path
        return _field(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        if not value.is_integer():
            return repr(value)
        value = int(value)
    if isinstance(value, int):
        return f"{value:.{EXCEL_DIGITS - 1}E}" if abs(value) >= 10 ** EXCEL_DIGITS else str(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M") if value.time() != dt.time() else value.strftime("%Y-%m-%d")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return _field(str(value))


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


_KIND_NAME = {"xlsx": "Excel (.xlsx)", "ods": "OpenDocument (.ods)", "ole": "Excel 97-2003 / WPS (.xls/.et)"}


def _read_workbook(path: Path, head: bytes, label: str) -> list[Table]:
    from python_calamine import CalamineWorkbook
    suffix = path.suffix.lower()
    kind = "ole" if head.startswith(OLE_MAGIC) else _zip_kind(path, label)
    if kind is None:
        raise ImportFileError("import.not_a_table", source=label, save_as=_save_as(suffix))
    try:
        book = CalamineWorkbook.from_path(str(path))
        metas = [(i, m.name) for i, m in enumerate(book.sheets_metadata) if str(m.typ).endswith("WorkSheet")]
    except Exception as exc:  # noqa: BLE001 - calamine raises several kinds for a damaged or locked file
        raise ImportFileError("import.bad_workbook", source=label, kind=_KIND_NAME[kind], detail=_short(exc),
                              save_as=_save_as(suffix)) from exc
    ods_merges = _ods_merges(path) if kind == "ods" else {}
    tables = []
    for index, name in metas:
        source = f"{label}[{name}]" if len(metas) > 1 else label
        rows, merges = _sheet_rows(book, index, source, suffix)
        _fill_merged(rows, merges + ods_merges.get(index, []))
        tables.append(Table(source, rows, name))
    return tables


def _sheet_rows(book, index: int, source: str, suffix: str) -> tuple[list[list[str]], list]:
    rows = _Limited(source)
    try:
        sheet = book.get_sheet_by_index(index)
        if sheet.height > MAX_ROWS:
            raise ImportTooLarge(source, "rows", sheet.height, MAX_ROWS)
        for row in sheet.iter_rows():
            rows.add([cell_text(v) for v in row])
        merges = [(r0, r1, c0) for (r0, c0), (r1, _c1) in (sheet.merged_cell_ranges or []) if r1 > r0]
    except ImportFileError:
        raise
    except Exception as exc:  # noqa: BLE001 - broken XML, bad shared strings, numbers or dates inside a sheet
        raise ImportFileError("import.bad_sheet_row", source=source, row=rows.count + 1, detail=_short(exc),
                              save_as=_save_as(suffix)) from exc
    return rows.rows, merges


def _zip_kind(path: Path, label: str) -> str | None:
    """"xlsx" or "ods" for a zip file that is one (checked for zip bombs first); None for other zips."""
    try:
        with zipfile.ZipFile(path) as archive:
            _check_zip(archive, label)
            names = set(archive.namelist())
            if "mimetype" in names and archive.read("mimetype").strip() == ODS_MIME:
                return "ods"
            if "[Content_Types].xml" in names and any(n.startswith("xl/") for n in names):
                return "xlsx"
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return None
    return None


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


def _ods_merges(path: Path) -> dict[int, list[tuple[int, int, int]]]:
    """Per sheet index: (first row, last row, column) of the cells merged down over several rows.

    calamine does not report merged ranges of OpenDocument files; they are attributes in content.xml.
    """
    import xml.etree.ElementTree as ET
    t = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
    out: dict[int, list[tuple[int, int, int]]] = {}
    sheet, row, col = -1, 0, 0
    try:
        with zipfile.ZipFile(path) as archive, archive.open("content.xml") as fh:
            for event, el in ET.iterparse(fh, events=("start", "end")):
                tag = el.tag
                if event == "start":
                    if tag == t + "table":
                        sheet, row = sheet + 1, 0
                    elif tag == t + "table-row":
                        col = 0
                    elif tag in (t + "table-cell", t + "covered-table-cell"):
                        span = int(el.get(t + "number-rows-spanned", "1"))
                        if span > 1:
                            out.setdefault(sheet, []).append((row, row + span - 1, col))
                        col += int(el.get(t + "number-columns-repeated", "1"))
                elif tag == t + "table-row":
                    row += int(el.get(t + "number-rows-repeated", "1"))
                    el.clear()
    except (KeyError, ET.ParseError, zipfile.BadZipFile, ValueError):
        return {}
    return out
