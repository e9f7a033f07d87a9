"""Is the open event still safely ours? Checked before every commit.

SQLite's WAL mode relies on POSIX advisory locks. On Linux and macOS closing *any* descriptor of a file drops
every lock the process holds on it (SQLite's "how to corrupt" hazard). Then the next other process that opens
and closes the event believes it is alone, checkpoints and deletes the -wal and -shm, and this connection goes
on committing into deleted files: acknowledged writes that vanish in a crash. Nothing in the app may open the
event's files (see ui/file_dialogs.py); this module is the defence in depth that notices when it happened anyway:

- the -wal file on disk must be the one that existed when the event was opened (same device and inode);
- on Linux, /proc/locks must still list this process's locks on the database and on the -shm
  (SQLite's shared lock on the database and the "dead man switch" byte of the -shm).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

# Where SQLite's unix VFS puts its locks (sqlite3.c: PENDING_BYTE + 2; WALINDEX_LOCK_OFFSET + SHM_NLOCK).
DB_SHARED_BYTE = 0x40000000 + 2
SHM_DMS_BYTE = 128
PROC_LOCKS = Path("/proc/locks")

# Database files opened by this process: (device, inode) -> how many connections. Used to refuse reading
# them as bytes (an import, a merge) and to skip byte-level checks of a file that is already open.
_open_files: dict[tuple[int, int], int] = {}


@dataclass(frozen=True)
class FileIdentity:
    """The event's database and -wal files as they were when the connection opened them."""

    path: Path
    db: tuple[int, int] | None      # None: the file could not be read (the checks then report it lost)
    wal: tuple[int, int] | None


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def wal_path(path: Path, suffix: str = "-wal") -> Path:
    return Path(str(path) + suffix)


def record_identity(path: Path) -> FileIdentity:
    """Call right after the connection opened the event in WAL mode (the -wal exists then)."""
    ident = FileIdentity(Path(path), _identity(path), _identity(wal_path(path)))
    if ident.db is not None:
        _open_files[ident.db] = _open_files.get(ident.db, 0) + 1
    return ident


def forget_identity(ident: FileIdentity) -> None:
    if ident.db in _open_files:
        _open_files[ident.db] -= 1
        if not _open_files[ident.db]:
            del _open_files[ident.db]


def is_open_event_file(path: Path) -> bool:
    """True for an event file this process has open, or its -wal/-shm (found by stat, never by opening)."""
    for candidate in (Path(path), Path(str(path)[:-4]) if str(path).endswith(("-wal", "-shm")) else None):
        if candidate is not None and _identity(candidate) in _open_files:
            return True
    return False


def problem(ident: FileIdentity) -> str | None:
    """Why the connection can no longer be trusted with a write, or None when all is well.

    ``"wal_replaced"``: the -wal on disk is not the one this connection writes into;
    ``"locks_lost"``: this process no longer holds its SQLite locks on the event (Linux only).
    """
    if ident.wal is not None and _identity(wal_path(ident.path)) != ident.wal:
        return "wal_replaced"
    if _identity(ident.path) != ident.db:
        return "wal_replaced"
    if sys.platform.startswith("linux") and PROC_LOCKS.exists() and ident.wal is not None:
        shm = _identity(wal_path(ident.path, "-shm"))
        if shm is None or ident.db is None \
                or not _holds_locks({_lock_key(shm): SHM_DMS_BYTE, _lock_key(ident.db): DB_SHARED_BYTE}):
            return "locks_lost"
    return None


def _lock_key(file_id: tuple[int, int]) -> str:
    dev, ino = file_id
    return f"{os.major(dev):02x}:{os.minor(dev):02x}:{ino}"


def _holds_locks(wanted: dict[str, int]) -> bool:
    """Whether /proc/locks lists, for every ``device:inode`` key, a POSIX lock of this process covering its byte."""
    pid = str(os.getpid())
    try:
        text = PROC_LOCKS.read_text()
    except OSError:
        return True     # cannot tell: do not block the desk on a missing /proc
    missing = dict(wanted)
    for line in text.splitlines():
        fields = line.split()
        if len(fields) < 8 or fields[4] != pid or fields[5] not in missing or fields[1] != "POSIX" or "->" in fields:
            continue        # "->" marks a request still waiting, not a held lock
        start, end = int(fields[6]), (sys.maxsize if fields[7] == "EOF" else int(fields[7]))
        if start <= missing[fields[5]] <= end:
            del missing[fields[5]]
    return not missing
