"""Writing output files safely: never a half-written file under the chosen name."""

from __future__ import annotations

import errno
import os
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path

from ceremony.errors import CeremonyError
from ceremony.messages import Message
from ceremony.reasons import error_detail

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Digit strings a spreadsheet would turn into a number and damage: leading zeros (badge 0001) or more
# digits than it shows without scientific notation (ID numbers; Excel keeps 15 significant digits).
_FRAGILE_DIGITS = re.compile(r"0\d+|\d{12,}")
_CSV_GUARD = re.compile(r'="((?:[^"]|"")*)"(?:&"((?:[^"]|"")*)")*')
# What XML 1.0 (so .xlsx) cannot carry: one such character stored in a name must not make every
# export fail. CSV gets the same treatment so both formats say the same.
_ILLEGAL_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_CSV_PART = re.compile(r'"((?:[^"]|"")*)"')
EXCEL_LITERAL_MAX = 255     # the longest text literal a spreadsheet formula may hold


class OutputError(CeremonyError):
    """An output file could not be written (disk full, no permission, folder gone)."""

    code = "output.cannot_write"

    def __init__(self, path: Path, detail: Message | str = "", disk_full: bool = False):
        code = "output.disk_full" if disk_full else "output.no_folder" if not detail else None
        super().__init__(code, path=str(path), detail=detail)
        self.path = path

    @classmethod
    def from_os_error(cls, path: Path, exc: OSError) -> OutputError:
        """``exc`` as an OutputError; a full disk says so plainly."""
        return cls(path, error_detail(exc), disk_full=is_disk_full(exc))


def is_disk_full(exc: OSError) -> bool:
    return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1))


@contextmanager
def atomic_output(path: Path | str, private: bool = False):
    """Yield a temporary path beside ``path``; on success it replaces ``path`` in one step.

    On any failure the temporary file is removed and ``path`` is left as it was. ``private``: the
    file holds phones or ID numbers and stays readable by the user only.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise OutputError.from_os_error(path, exc) from exc
    tmp_path = Path(tmp)
    marker = _remember_part(tmp_path)
    try:
        yield tmp_path
        # mkstemp makes the file private (0600); other files get the permissions a normal new file gets.
        if not private:
            os.chmod(tmp_path, 0o666 & ~_umask())
        os.replace(tmp_path, path)
    except OSError as exc:
        _unlink(tmp_path)
        raise OutputError.from_os_error(path, exc) from exc
    except BaseException:
        _unlink(tmp_path)
        raise
    finally:
        _unlink(marker) if marker else None


# A killed program leaves its half-written ``.part`` files behind; each one is noted in the user's
# data folder while it is written, and the next start removes those whose program is gone.
def _parts_folder() -> Path:
    from ceremony.paths import data_dir
    return data_dir() / "pending-parts"


def _remember_part(tmp_path: Path) -> Path | None:
    try:
        folder = _parts_folder()
        folder.mkdir(parents=True, exist_ok=True)
        marker = folder / f"{os.getpid()}-{tmp_path.name.strip('.')}.txt"
        marker.write_text(str(tmp_path.resolve()), encoding="utf-8")
        return marker
    except OSError:
        return None             # a note we could not write costs only a stray temporary file


def clean_stale_parts() -> int:
    """Remove the temporary files of exports whose program was killed; returns how many."""
    import psutil
    removed = 0
    try:
        markers = list(_parts_folder().glob("*.txt"))
    except OSError:
        return 0
    for marker in markers:
        try:
            pid = int(marker.name.split("-", 1)[0])
        except ValueError:
            pid = 0
        if pid and psutil.pid_exists(pid) and pid != 0:
            continue
        try:
            part = Path(marker.read_text(encoding="utf-8").strip())
            if part.name.endswith(".part") and part.exists():
                part.unlink()
                removed += 1
        except OSError:
            pass
        _unlink(marker)
    return removed


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _unlink(p: Path) -> None:
    try:
        p.unlink()
    except OSError:
        pass


def needs_guard(value) -> bool:
    """Text a spreadsheet would run as a formula or turn into a (damaged) number."""
    return isinstance(value, str) and (value.startswith(FORMULA_STARTS) or bool(_FRAGILE_DIGITS.fullmatch(value))
                                       or (not value.isprintable() and bool(_ILLEGAL_IN_XML.search(value))))


def printable_cell(value):
    """``value`` without the control characters a spreadsheet file cannot hold."""
    if isinstance(value, str) and not value.isprintable():
        return _ILLEGAL_IN_XML.sub("", value)
    return value


def csv_cell(value):
    """A CSV field spreadsheets read back as exactly this text: ``="0001"``, ``="=SUM(A1)"``.

    A formula that is only a text literal shows the text and can run nothing; texts longer than a
    literal may be are joined from pieces (``="…"&"…"``). :func:`unguard` turns it back.
    """
    value = printable_cell(value)
    if not needs_guard(value):
        return value
    parts = [value[i:i + EXCEL_LITERAL_MAX] for i in range(0, len(value), EXCEL_LITERAL_MAX)]
    return "=" + "&".join('"' + p.replace('"', '""') + '"' for p in parts)


def xlsx_cell(sheet, value):
    """An openpyxl cell for ``sheet`` (normal or write-only) holding ``value``; risky text stays text.

    Text is stored as text (never as a formula) and marked with the quotePrefix style, as a spreadsheet
    does for a cell typed with a leading apostrophe: editing it keeps it text. No character is added.
    """
    from openpyxl.cell import WriteOnlyCell
    value = printable_cell(value)
    cell = WriteOnlyCell(sheet, value=value)
    if needs_guard(value):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def unguard(text: str) -> str:
    """The text under an export guard: ``="0001"`` → 0001; a leading apostrophe before a formula start
    (older exports, hand-typed guards) is dropped too."""
    if text.startswith('="') and text.endswith('"') and _CSV_GUARD.fullmatch(text):
        return "".join(p.replace('""', '"') for p in _CSV_PART.findall(text[1:]))
    if text.startswith("'") and text[1:2] and (text[1:].startswith(FORMULA_STARTS)
                                               or _FRAGILE_DIGITS.fullmatch(text[1:])):
        return text[1:]
    return text
