"""Writing output files safely: never a half-written file under the chosen name."""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from ceremony.errors import CeremonyError

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class OutputError(CeremonyError):
    """An output file could not be written (disk full, no permission, folder gone)."""

    def __init__(self, path: Path, detail: str):
        super().__init__(f"{path}: 无法写入文件 (cannot write): {detail}")
        self.path = path


@contextmanager
def atomic_output(path: Path | str):
    """Yield a temporary path beside ``path``; on success it replaces ``path`` in one step.

    On any failure the temporary file is removed and ``path`` is left as it was.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(path, "目录不存在 (folder does not exist)")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise OutputError(path, exc.strerror or str(exc)) from exc
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        # mkstemp makes the file private (0600); give it the permissions a normal new file gets.
        os.chmod(tmp_path, 0o666 & ~_umask())
        os.replace(tmp_path, path)
    except OSError as exc:
        _unlink(tmp_path)
        raise OutputError(path, exc.strerror or str(exc)) from exc
    except BaseException:
        _unlink(tmp_path)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _unlink(p: Path) -> None:
    try:
        p.unlink()
    except OSError:
        pass


def safe_cell(value):
    """A spreadsheet cell that can never run as a formula (CSV/xlsx injection)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
