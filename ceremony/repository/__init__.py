"""The one place that speaks SQL. Everything else asks :class:`Repository`.

The repository is split by area into mixins (``attendees``, ``venue`` ...) so
each file stays small, but they all share one connection and one transaction
discipline: multi-row writes happen inside :meth:`Repository.transaction`.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from ceremony.errors import (EventFileCorrupt, EventFileExists, EventFileLost, EventFileMissing,
                             EventFileNotWritable, SchemaTooNew)
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
        self.db = sqlite_utils.Database(conn)
        self._depth = 0
        self.identity = wal_guard.record_identity(path)

    # --- opening -------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str) -> "Repository":
        path = Path(path)
        if path.exists():
            raise EventFileExists(path)
        parent = path.parent if str(path.parent) else Path(".")
        if not parent.is_dir():
            raise EventFileNotWritable(path, "目录不存在 (folder does not exist)")
        if not os.access(parent, os.W_OK):
            raise EventFileNotWritable(path)
        try:
            repo = cls(path, _connect(path))
            repo._migrate()
        except sqlite3.Error as exc:
            _remove_quietly(path)
            raise EventFileNotWritable(path, str(exc)) from exc
        return repo

    @classmethod
    def open(cls, path: Path | str) -> "Repository":
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
            if version == 0 or not _has_table(conn, "event"):
                conn.close()
                raise EventFileCorrupt(path, "缺少活动信息 (no event table)")
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                conn.close()
                raise EventFileCorrupt(path, "完整性检查失败 (integrity check failed)")
        except sqlite3.DatabaseError as exc:
            raise EventFileCorrupt(path, str(exc)) from exc
        repo = cls(path, conn)
        repo._migrate()
        return repo

    def close(self) -> None:
        wal_guard.forget_identity(self.identity)
        if wal_guard.problem(self.identity) == "wal_replaced":
            _close_orphaned(self.path, self.conn)
            return
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass
        self.conn.close()

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
        for number in sorted(n for n in MIGRATIONS if n > current):
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
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self
        except BaseException:
            self._depth = 0
            self.conn.execute("ROLLBACK")
            raise
        self._depth = 0
        try:
            self.verify_file()      # before COMMIT: a write into a lost WAL is never acknowledged
        except EventFileLost:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def query(self, sql: str, params=()) -> list[dict]:
        return [dict(r) for r in self.conn.execute(sql, params).fetchall()]

    def scalar(self, sql: str, params=()):
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]


def _connect(path: Path) -> sqlite3.Connection:
    # Autocommit mode: transactions are explicit (see Repository.transaction).
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10)
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
        raise EventFileCorrupt(path, str(exc)) from exc
    if head != SQLITE_MAGIC:
        raise EventFileCorrupt(path)


def wal_path_exists(path: Path) -> bool:
    return wal_guard.wal_path(path).exists()


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)).fetchone() is not None


def _remove_quietly(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        try:
            Path(str(path) + suffix).unlink()
        except OSError:
            pass


from ceremony.repository.copies import backup_to, copy_for_desk  # noqa: E402,F401 - re-exported
