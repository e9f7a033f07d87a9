"""The host's own files beside the event: certificate, key, join code and the desks that joined.

They live in ``<event file>.host/``, outside the event database, so a host whose
database is lost or restored keeps its identity and its desks keep working: they
notice the new log and push everything again.
"""

from __future__ import annotations

import json
import os
import secrets
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from ceremony.sync import tls


@dataclass
class DeskEntry:
    name: str
    token_hash: str = ""
    joined_at: float = 0.0
    removed: bool = False
    last_contact: float = 0.0
    address: str = ""
    offset_ms: float | None = None
    waiting: int | None = None
    extra: dict = field(default_factory=dict)


class HostRegistry:
    def __init__(self, event_path: Path | str):
        self.folder = Path(str(event_path) + ".host")
        self.cert_path = self.folder / "cert.pem"
        self.key_path = self.folder / "key.pem"
        self.file = self.folder / "host.json"
        self.status_file = self.folder / "status.json"
        self._mtime: int | None = None
        self.code = ""
        self.desks: dict[str, DeskEntry] = {}

    def ensure(self, names: list[str]) -> None:
        """Make the certificate and join code the first time; load them afterwards."""
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not self.cert_path.exists() or not self.key_path.exists():
            tls.make_certificate(self.cert_path, self.key_path, names)
        self.reload(force=True)
        if not self.code:
            self.code = tls.new_join_code()
            self.save()

    @property
    def fingerprint(self) -> str:
        return tls.certificate_fingerprint(self.cert_path)

    def reload(self, force: bool = False) -> None:
        """Read host.json again when another program (``ceremony desks --remove``) changed it."""
        try:
            mtime = self.file.stat().st_mtime_ns
        except OSError:
            return
        if not force and mtime == self._mtime:
            return
        data = json.loads(self.file.read_text("utf-8"))
        self.code = data.get("code", "")
        status = self._read_status()
        self.desks = {}
        for name, d in data.get("desks", {}).items():
            entry = DeskEntry(name, d.get("token_hash", ""), d.get("joined_at", 0.0), d.get("removed", False))
            for key, value in status.get(name, {}).items():
                if hasattr(entry, key) and key not in ("name", "token_hash", "removed"):
                    setattr(entry, key, value)
            self.desks[name] = entry
        self._mtime = mtime

    def save(self) -> None:
        data = {"code": self.code, "desks": {d.name: {"token_hash": d.token_hash, "joined_at": d.joined_at,
                                                      "removed": d.removed} for d in self.desks.values()}}
        _write_atomic(self.file, json.dumps(data, ensure_ascii=False, indent=1))
        self._mtime = self.file.stat().st_mtime_ns

    def save_status(self) -> None:
        data = {d.name: {"last_contact": d.last_contact, "address": d.address, "offset_ms": d.offset_ms,
                         "waiting": d.waiting} for d in self.desks.values()}
        _write_atomic(self.status_file, json.dumps(data, ensure_ascii=False))

    def _read_status(self) -> dict:
        try:
            return json.loads(self.status_file.read_text("utf-8"))
        except (OSError, ValueError):
            return {}

    def name_taken(self, name: str) -> bool:
        """Another desk in use has this name (a removed desk's name may be joined again)."""
        self.reload()
        entry = self.desks.get(name)
        return entry is not None and not entry.removed

    def add_desk(self, name: str) -> str:
        """Register a desk (again); returns its new token (only its hash is kept)."""
        self.reload()
        token = secrets.token_urlsafe(32)
        entry = self.desks.get(name) or DeskEntry(name)
        entry.token_hash, entry.joined_at, entry.removed = tls.token_hash(token), time.time(), False
        self.desks[name] = entry
        self.save()
        return token

    def remove_desk(self, name: str) -> bool:
        self.reload(force=True)
        entry = self.desks.get(name)
        if entry is None:
            return False
        entry.removed, entry.token_hash = True, ""
        self.save()
        return True

    def desk_for_token(self, token: str) -> DeskEntry | None:
        self.reload()
        wanted = tls.token_hash(token or "")
        for entry in self.desks.values():
            if entry.token_hash and not entry.removed and secrets.compare_digest(entry.token_hash, wanted):
                return entry
        return None

    def new_code(self) -> str:
        """A new join code (the old one stops working for new joins; joined desks keep their tokens)."""
        self.reload(force=True)
        self.code = tls.new_join_code()
        self.save()
        return self.code


def _write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)
