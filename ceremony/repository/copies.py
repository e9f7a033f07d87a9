"""Whole-file copies of an open event: backups, Save As and the copy a check-in desk gets.

All go through SQLite's online backup API, so a copy is consistent even while the
program keeps writing (a plain file copy of a WAL database can be torn).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ceremony.errors import DiskFull, EventFileError, EventFileExists, EventFileNotWritable


def backup_to(repo, target: Path | str, *, private: bool = False) -> None:
    """Copy the open event to ``target`` consistently (SQLite's online backup).

    ``private``: the copy is readable by the user only (it holds phones and IDs).
    """
    target = Path(target)
    if target.exists():
        raise EventFileExists(target)
    try:
        if private:
            _create_private(target)
        # A connection of its own: it reads the last committed state, so a backup made while the
        # program is inside a write (or another program writes) never waits on a lock. (SQLite shares
        # the file's locks between its connections in a process, so this is safe beside the open one.)
        src = sqlite3.connect(str(repo.path), timeout=5)
        dest = sqlite3.connect(str(target))
        try:
            src.execute("PRAGMA query_only = ON")
            with dest:
                src.backup(dest)
        finally:
            dest.close()
            src.close()
    except (sqlite3.Error, OSError) as exc:
        _remove_quietly(target)
        raise _not_written(target, exc) from exc


def copy_for_desk(repo, target: Path | str, legacy_checks: dict[str, str]) -> None:
    """The event as a check-in desk gets it: no signing key, no HMAC secret, in desk mode.

    ``legacy_checks`` maps each badge token to the digest of its printed CM1 code,
    so the desk still recognises old badges. The copy is vacuumed, so no page of it
    still holds the removed keys, and is readable by the user only.
    """
    target = Path(target)
    backup_to(repo, target, private=True)
    try:
        dest = sqlite3.connect(str(target), isolation_level=None)
        try:
            dest.execute("PRAGMA journal_mode = DELETE")
            dest.execute("PRAGMA secure_delete = ON")
            dest.execute("BEGIN IMMEDIATE")
            dest.execute("UPDATE event SET secret = '', sign_key = '' WHERE id = 1")
            dest.executemany("UPDATE badge_codes SET legacy_check = ? WHERE token = ?",
                             [(digest, token) for token, digest in legacy_checks.items()])
            dest.execute("INSERT INTO settings (key, value) VALUES ('desk_mode', 'true')"
                         " ON CONFLICT(key) DO UPDATE SET value = excluded.value")
            dest.execute("COMMIT")
            dest.execute("VACUUM")
            dest.execute("PRAGMA journal_mode = WAL")
        finally:
            dest.close()
    except sqlite3.Error as exc:
        _remove_quietly(target)
        raise _not_written(target, exc) from exc


def _create_private(target: Path) -> None:
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def _not_written(target: Path, exc: BaseException) -> EventFileError:
    """Why a copy could not be written, as the error to raise: a full disk says so plainly."""
    from ceremony.fileio import is_disk_full
    from ceremony.reasons import error_detail
    if isinstance(exc, OSError):
        return DiskFull(target) if is_disk_full(exc) else EventFileNotWritable(target, error_detail(exc))
    if "disk is full" in str(exc):
        return DiskFull(target)
    return EventFileNotWritable(target, error_detail(exc))


def _remove_quietly(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            Path(str(path) + suffix).unlink()
        except OSError:
            pass


def file_is_sound(path: Path | str) -> bool:
    """True when ``path`` is an SQLite file that passes SQLite's quick check (read-only, no lock)."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                return False
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok" and conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='event'").fetchone() is not None
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return False


def replace_file(source: Path | str, event_path: Path | str) -> None:
    """Put a copy of ``source`` (a backup) in place of the event file, which nobody may have open.

    The old file's WAL and shared-memory files go first: a WAL left beside the restored file
    would be replayed into it.
    """
    source, event_path = Path(source), Path(event_path)
    part = event_path.with_name(f".{event_path.name}.restore.part")
    _remove_quietly(part)
    try:
        _create_private(part)
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        dest = sqlite3.connect(str(part))
        try:
            with dest:
                src.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            src.close()
            dest.close()
        for suffix in ("-wal", "-shm", "-journal"):
            try:
                Path(str(event_path) + suffix).unlink()
            except FileNotFoundError:
                pass
        os.replace(part, event_path)
    except (sqlite3.Error, OSError) as exc:
        _remove_quietly(part)
        raise _not_written(event_path, exc) from exc
