"""Automatic backups of an event file: consistent copies kept beside it, newest last.

``demo.ceremony`` keeps its backups in the folder ``demo.ceremony.backups/``, one file per
backup named ``YYYYMMDD-HHMMSS-ffffff_<reason>.ceremony``. A backup is made with SQLite's
online backup API (consistent while the program keeps writing) every few minutes while the
event is open and there were changes, and before every import, bulk change, venue load,
merge and join. The newest ``KEEP`` are kept. A backup holds phones and ID numbers, so it
is readable by the user only.
"""

from __future__ import annotations

import errno
import os
import re
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ceremony.errors import CeremonyError, DiskFull, EventFileError
from ceremony.reasons import error_detail
from ceremony.lockfile import EventFileInUse, current_holder
from ceremony.messages import Message
from ceremony.repository.copies import backup_to, file_is_sound, replace_file

KEEP = 12
BULK = 10                            # a change to this many people or seats or more is a bulk change
FOLDER_SUFFIX = ".backups"
INTERVAL_S = 5 * 60                  # the window's periodic backup
REASONS = ("auto", "manual", "import", "bulk", "venue", "merge", "join", "restore", "open")
_NAME = re.compile(r"^(\d{8}-\d{6}-\d{6})_([a-z]+)\.ceremony$")


class BackupError(EventFileError):
    """A backup could not be made (the action that wanted it was not done)."""

    code = "backup.failed"

    def __init__(self, path, detail: Message | str):
        super().__init__(path=path, detail=detail)


class NoSoundBackup(CeremonyError):
    code = "backup.unusable"

    def __init__(self, path):
        super().__init__(path=str(path))
        self.path = Path(path)


@dataclass(frozen=True)
class Backup:
    path: Path
    at: datetime
    reason: str
    size: int


def folder_for(event_path: Path | str) -> Path:
    event_path = Path(event_path)
    return event_path.with_name(event_path.name + FOLDER_SUFFIX)


def list_backups(event_path: Path | str) -> list[Backup]:
    """The event's backups, oldest first."""
    folder = folder_for(event_path)
    found = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        if match and entry.is_file():
            at = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f")
            found.append(Backup(Path(entry.path), at, match.group(2), entry.stat().st_size))
    return sorted(found, key=lambda b: b.at)


def make_backup(repo, reason: str, keep: int = KEEP) -> Backup:
    """A consistent copy of the open event now; older ones beyond ``keep`` are removed."""
    if reason not in REASONS:
        raise ValueError(reason)
    folder = folder_for(repo.path)
    now = datetime.now()
    target = folder / f"{now:%Y%m%d-%H%M%S-%f}_{reason}.ceremony"
    part = target.with_name(target.name + ".part")
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        _remove_old_parts(folder)
        backup_to(repo, part, private=True)
        os.replace(part, target)
    except (OSError, EventFileError) as exc:
        _unlink(part)
        if isinstance(exc, DiskFull) or getattr(exc, "errno", None) == errno.ENOSPC or "disk is full" in str(exc):
            raise DiskFull(repo.path) from exc
        detail = exc.params.get("detail", "") if isinstance(exc, EventFileError) else error_detail(exc)
        raise BackupError(repo.path, detail) from exc
    prune(repo.path, keep)
    return Backup(target, now, reason, target.stat().st_size)


def export_backup(repo, out: Path | str) -> Path:
    """``ceremony backup --out FILE``: a consistent copy under a name the user chose."""
    backup_to(repo, out, private=True)
    return Path(out)


def prune(event_path: Path | str, keep: int = KEEP) -> None:
    backups = list_backups(event_path)
    for old in backups[:max(0, len(backups) - keep)]:
        _unlink(old.path)


def newest_sound_backup(event_path: Path | str) -> Backup | None:
    """The newest backup that passes SQLite's quick check (damaged ones are skipped)."""
    for backup in reversed(list_backups(event_path)):
        if file_is_sound(backup.path):
            return backup
    return None


def restore(event_path: Path | str, backup: Path | str) -> Backup | None:
    """Put ``backup`` in place of the event file (which must not be open anywhere).

    The current file is first kept as a backup too ("restore"), when it is readable, so a
    restore can itself be undone. Returns that safety copy.
    """
    event_path, backup = Path(event_path), Path(backup)
    holder = current_holder(event_path)
    if holder is not None:
        raise EventFileInUse(event_path, holder)
    if not file_is_sound(backup):
        raise NoSoundBackup(backup)
    safety = None
    if event_path.exists() and file_is_sound(event_path):
        from ceremony.repository import Repository
        repo = Repository.open(event_path, read_only=True)
        try:
            safety = make_backup(repo, "restore", keep=KEEP + 1)
        finally:
            repo.close()
    elif event_path.exists():
        damaged = event_path.with_name(f"{event_path.name}.damaged-{datetime.now():%Y%m%d-%H%M%S}")
        os.replace(event_path, damaged)           # keep the damaged file for whoever wants to look at it
    replace_file(backup, event_path)
    return safety


class AutoBackup:
    """Backups while an event is open: periodic when there were changes, and before big changes."""

    def __init__(self, repo, interval_s: float = INTERVAL_S):
        self.repo = repo
        self.interval_s = interval_s
        self._last_changes = repo.conn.total_changes
        self._last_at: float | None = None      # monotonic time of the last backup this session

    def before(self, reason: str) -> Backup | None:
        """A backup before a big change, unless one was just made and nothing changed since."""
        if self.repo.read_only:
            return None
        if self._last_at is not None and self._unchanged() and time.monotonic() - self._last_at < 60:
            return None
        return self._make(reason)

    def tick(self) -> Backup | None:
        """The periodic backup: only when something changed since the last one."""
        if self.repo.read_only or self._unchanged():
            return None
        if self._last_at is not None and time.monotonic() - self._last_at < self.interval_s:
            return None
        return self._make("auto")

    def _unchanged(self) -> bool:
        return self.repo.conn.total_changes == self._last_changes

    def _make(self, reason: str) -> Backup:
        backup = make_backup(self.repo, reason)
        self._last_changes = self.repo.conn.total_changes
        self._last_at = time.monotonic()
        return backup


def _remove_old_parts(folder: Path) -> None:
    """Half-made backups of a killed program (a backup takes seconds; ten minutes is long gone)."""
    for part in folder.glob("*.part"):
        try:
            if time.time() - part.stat().st_mtime > 600:
                part.unlink()
        except OSError:
            pass


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
