"""The one place that speaks SQL. Everything else asks :class:`Repository`.

The repository is split by area into mixins (``attendees``, ``venue`` ...) so
each file stays small, but they all share one connection and one transaction
discipline: multi-row writes happen inside :meth:`Repository.transaction`.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import contextmanager
from pathlib import Path

from ceremony.errors import (DiskFull, EventFileBusy, EventFileCorrupt, EventFileExists, EventFileLost,
                             EventFileMissing, EventFileNotWritable, SchemaTooNew)
from ceremony.reasons import error_detail
from ceremony.lockfile import EventFileInUse, EventLock, Holder, current_holder
from ceremony.repository import wal_guard
from ceremony.repository.attendees import AttendeeQueries
from ceremony.repository.checkins import CheckinQueries
from ceremony.repository.event import EventQueries
from ceremony.repository.logs import LogQueries
from ceremony.repository.migrations import LATEST, MIGRATIONS
from ceremony.repository.reports import ReportQueries
from ceremony.repository.sync import SyncQueries
from ceremony.repository.venue import VenueQueries

SQLITE_MAGIC = b"SQLite format 3\x00"


class Repository(EventQueries, AttendeeQueries, VenueQueries, CheckinQueries, LogQueries, ReportQueries,
                 SyncQueries):
    """One open event file."""

    def __init__(self, path: Path, conn: sqlite3.Connection):
        self.path = path
        self.conn = conn
        self._depth = 0
        self.identity = wal_guard.record_identity(path)
        self.read_only = False
        self.program = "cli"          # what the lock file says holds the file ("app" for the window)
        self._lock: EventLock | None = None

    # --- opening -------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str) -> Repository:
        path = Path(path)
        if path.exists():
            raise EventFileExists(path)
        parent = path.parent if str(path.parent) else Path(".")
        if not parent.is_dir():
            raise EventFileNotWritable(path, no_folder=True)
        if not os.access(parent, os.W_OK):
            raise EventFileNotWritable(path)
        try:
            # The event holds phones and ID numbers: readable by the user only (SQLite gives its
            # -wal and -shm files the same permissions).
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            repo = cls(path, _connect(path))
            repo._migrate()
        except (sqlite3.Error, OSError) as exc:
            _remove_quietly(path)
            raise EventFileNotWritable(path, error_detail(exc)) from exc
        return repo

    @classmethod
    def open(cls, path: Path | str, read_only: bool = False) -> Repository:
        """Open an event file. Writing takes the file's lock (see :mod:`ceremony.lockfile`) at the
        first write, so reading works beside the program that holds it; ``read_only`` never writes."""
        path = Path(path)
        if not path.is_file():
            raise EventFileMissing(path)
        _check_header(path)
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise EventFileNotWritable(path)
        try:
            conn = _connect(path)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > LATEST:
                conn.close()
                raise SchemaTooNew(path, version, LATEST)
            if version == 0 or not conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'event'").fetchone():
                conn.close()
                raise EventFileCorrupt(path, no_event=True)
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                conn.close()
                raise EventFileCorrupt(path, damaged=True)
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError):
                translated = translate_error(path, exc)
                if translated is not exc:
                    raise translated from exc        # a full disk or a busy file is not a damaged file
            raise EventFileCorrupt(path, error_detail(exc)) from exc
        repo = cls(path, conn)
        if read_only:
            repo.read_only = True
            conn.execute("PRAGMA query_only = ON")
            if repo.schema_version < LATEST:
                conn.close()
                raise EventFileInUse(path, current_holder(path) or Holder())
            return repo
        repo._migrate()
        return repo

    def close(self) -> None:
        wal_guard.forget_identity(self.identity)
        if wal_guard.problem(self.identity) == "wal_replaced":
            _close_orphaned(self.path, self.conn)
            self.release_lock()
            return
        if not self.read_only:
            try:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error:
                pass
        self.conn.close()
        self.release_lock()

    # --- the lock: one program writes an event file at a time -------------------------------
    def hold(self, program: str | None = None) -> None:
        """Take the file's lock now (the window does, to tell a second program who has it)."""
        if program and program != self.program:
            self.program = program
            if self._lock is not None:    # taken under another name (the demo was written first): say who has it now
                self._lock.release()
                self._lock = None
        self._ensure_writable()

    def release_lock(self) -> None:
        """Let another program write; the next write here takes the lock again (if free)."""
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    @property
    def holds_lock(self) -> bool:
        return self._lock is not None

    def _ensure_writable(self) -> None:
        if self.read_only:
            raise EventFileInUse(self.path, current_holder(self.path) or Holder())
        if self._lock is None:
            desk = ""
            if self.has_table("settings"):
                desk = self.get_setting("desk_name", "") or ""
            lock = EventLock(self.path, str(desk), self.program)
            lock.acquire()
            self._lock = lock

    def verify_file(self) -> None:
        """Raise :class:`EventFileLost` when a commit now could be lost (see wal_guard)."""
        reason = wal_guard.problem(self.identity)
        if reason is not None:
            raise EventFileLost(self.path, reason)

    # --- schema --------------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        current = self.schema_version
        pending = sorted(n for n in MIGRATIONS if n > current)
        if pending:
            self._ensure_writable()
        for number in pending:
            # executescript commits first, so the BEGIN inside makes each migration atomic.
            self.conn.executescript(
                f"BEGIN IMMEDIATE;\n{MIGRATIONS[number]}\nPRAGMA user_version = {number};\nCOMMIT;"
            )

    # --- transactions --------------------------------------------------------------------
    @contextmanager
    def transaction(self):
        """One atomic write; nested calls join the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self._ensure_writable()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise translate_error(self.path, exc) from exc
        self._depth = 1
        try:
            yield self
            self.verify_file()      # before COMMIT: a write into a lost WAL is never acknowledged
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            self._rollback()
            raise translate_error(self.path, exc) from exc
        except BaseException:
            self._rollback()
            raise
        finally:
            self._depth = 0

    def _rollback(self) -> None:
        # SQLite rolls back by itself on some errors (disk full): then there is nothing to roll back.
        if self.conn.in_transaction:
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass


# A busy file (another program mid-write) is waited for this long, then reported: the window
# must never freeze for long, and the action is simply not done.
BUSY_TIMEOUT_S = 1.5


def translate_error(path: Path, exc: sqlite3.OperationalError) -> Exception:
    """SQLite's busy and disk-full errors as domain errors; anything else unchanged."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return EventFileBusy(path)
    if "disk is full" in text or "no space" in text or ("disk i/o" in text and _disk_nearly_full(path)):
        return DiskFull(path)
    if "disk i/o" in text:
        return EventFileNotWritable(path, error_detail(exc))
    if "readonly" in text or "read-only" in text:
        return EventFileNotWritable(path, error_detail(exc))
    return exc


def _disk_nearly_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent if str(path.parent) else ".").free < 1024 * 1024
    except OSError:
        return False


def _connect(path: Path) -> sqlite3.Connection:
    # Autocommit mode: transactions are explicit (see Repository.transaction).
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_S)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a check-in is on disk before it is acknowledged, even across a power cut.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()   # opens the -wal, see wal_guard
    return conn


def _close_orphaned(path: Path, conn: sqlite3.Connection) -> None:
    """Close a connection whose -wal was deleted under it without checkpointing that stale WAL.

    Closing the last connection would copy the orphaned WAL's pages over the database, wiping what other
    processes wrote since. A second connection to the real file, held meanwhile, keeps this one from
    being the last (SQLite only checkpoints on close when it can lock the database exclusively).
    """
    guard = None
    try:
        guard = sqlite3.connect(str(path), isolation_level=None, timeout=10)
        guard.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        pass
    conn.close()
    if guard is not None:
        guard.close()


def _check_header(path: Path) -> None:
    if wal_guard.is_open_event_file(path) or wal_path_exists(path):
        # Open in SQLite already (here or in another process): reading its bytes here would drop this
        # process's locks on it; SQLite itself reports a file that is not a database.
        return
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise EventFileCorrupt(path, error_detail(exc)) from exc
    if head != SQLITE_MAGIC:
        raise EventFileCorrupt(path)


def wal_path_exists(path: Path) -> bool:
    return wal_guard.wal_path(path).exists()


def _remove_quietly(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        try:
            Path(str(path) + suffix).unlink()
        except OSError:
            pass


from ceremony.repository.copies import backup_to, copy_for_desk  # noqa: E402,F401 - re-exported
