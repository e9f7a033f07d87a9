"""One program writes an event file at a time: a lock file beside it says who.

``demo.ceremony`` is held through ``demo.ceremony.lock``, a small JSON file made with
O_EXCL, holding the desk name, computer, process id, the process's start time and
since when. It is a separate file, not a POSIX lock on the database: those are
dropped silently when any other handle to the same file in the process closes (Qt's
file dialogs do that), and they do not say who holds the file.

A lock left behind by a crash is recognised: same computer, and that process is gone
(or the pid now belongs to a process started later). A lock from another computer
(a file on a network share) cannot be checked; the user decides.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

import psutil

from ceremony.errors import CeremonyError
from ceremony.messages import Message

SUFFIX = ".lock"


@dataclass(frozen=True)
class Holder:
    """Who holds an event file."""

    desk: str = ""
    host: str = ""
    pid: int = 0
    program: str = ""          # "app" or "cli"
    since: str = ""            # local ISO time
    started: float = 0.0       # the holding process's start time (tells a reused pid apart)

    @property
    def kind(self) -> str:
        """'desk' (a named desk), 'app', 'cli', or 'unknown' (a lock that says nothing)."""
        if self.desk:
            return "desk"
        if not self.pid:
            return "unknown"
        return "app" if self.program == "app" else "cli"

    @property
    def params(self) -> dict[str, str | int]:
        return {"desk": self.desk, "host": self.host, "pid": self.pid, "since": self.since[:16].replace("T", " ")}

    def message(self) -> Message:
        """Who holds the file, as a message (``holder.<kind>``)."""
        return Message(f"holder.{self.kind}", self.params)

    def describe(self) -> str:
        """Who holds the file, in Chinese."""
        return self.message().text


class EventFileInUse(CeremonyError):
    """Another program holds the event file; ``holder`` says who."""

    exit_status = 5

    def __init__(self, path: Path | str, holder: Holder):
        super().__init__(f"file.in_use.{holder.kind}", path=str(path), **holder.params)
        self.path = Path(path)
        self.holder = holder


def lock_path(event_path: Path | str) -> Path:
    return Path(str(event_path) + SUFFIX)


def current_holder(event_path: Path | str) -> Holder | None:
    """Who holds the file now (None when free or when the lock is stale)."""
    holder = _read(lock_path(event_path))
    if holder is None or is_stale(holder):
        return None
    return holder


def is_stale(holder: Holder) -> bool:
    """True when the holder is a crashed process on this computer (or the lock file is garbage)."""
    if not holder.pid:
        return True
    if holder.host != socket.gethostname():
        return False
    if holder.pid == os.getpid():
        return False
    try:
        process = psutil.Process(holder.pid)
        started = process.create_time()
        if process.status() == psutil.STATUS_ZOMBIE:
            return True
    except (psutil.NoSuchProcess, psutil.AccessDenied, ValueError):
        return not psutil.pid_exists(holder.pid) if holder.pid > 0 else True
    return bool(holder.started) and abs(started - holder.started) > 1.0


# Event files this process holds, with how many open handles: a second handle in the same
# process (a test, the desk's own poller) shares the lock; another program does not.
_HELD: dict[str, int] = {}
_GUARD = threading.RLock()


class EventLock:
    """The lock of one event file held by this process."""

    def __init__(self, event_path: Path | str, desk: str = "", program: str = "app"):
        self.path = lock_path(event_path)
        self.event_path = Path(event_path)
        self.holder = Holder(desk=desk, host=socket.gethostname(), pid=os.getpid(), program=program,
                             since=datetime.now().isoformat(timespec="seconds"),
                             started=psutil.Process().create_time())
        self.held = False

    def acquire(self) -> None:
        """Take the lock, replacing a stale one; raises EventFileInUse when another program holds it."""
        key = str(self.path.resolve())
        with _GUARD:                      # handles in several threads of one process share one lock file
            deadline = time.monotonic() + 3.0
            while time.monotonic() < deadline:
                if self._create():
                    _HELD[key] = 1
                    self.held = True
                    return
                other = _read(self.path)
                if other is not None and other.pid == os.getpid() and other.host == self.holder.host:
                    _HELD[key] = _HELD.get(key, 0) + 1      # this very process holds it already: share it
                    self.held = True
                    return
                if other is not None and not other.pid and _age(self.path) < 2.0:
                    time.sleep(0.05)        # another program is writing its lock file this very moment
                    continue
                if other is not None and not is_stale(other):
                    raise EventFileInUse(self.event_path, other)
                _unlink(self.path)          # stale (crash) or unreadable (a crash while writing it)
            raise EventFileInUse(self.event_path, _read(self.path) or Holder())

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        key = str(self.path.resolve())
        with _GUARD:
            _HELD[key] = _HELD.get(key, 1) - 1
            if _HELD[key] > 0:
                return
            del _HELD[key]
            mine = _read(self.path)
            if mine is not None and mine.pid == self.holder.pid and mine.host == self.holder.host:
                _unlink(self.path)

    def _create(self) -> bool:
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return False
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(asdict(self.holder), fh, ensure_ascii=False)
        return True


def _read(path: Path) -> Holder | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Holder(**{k: data[k] for k in Holder.__dataclass_fields__ if k in data})
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError, AttributeError):
        return Holder() if path.exists() else None      # garbage: treated as stale by acquire


def _age(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
