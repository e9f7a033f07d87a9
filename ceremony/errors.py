"""Typed domain errors carrying a message code and its parameters, never pre-written text.

``code`` names a template in :mod:`ceremony.messages` (Chinese; ``ui/`` translates it through Qt,
the CLI prints it) and ``params`` fill it. ``message`` is the Chinese text, for the CLI and logs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ceremony import messages


class CeremonyError(Exception):
    """Base of every error the domain raises on purpose."""

    code = "error"                  # a subclass's usual code; a raise site may name a more precise one
    exit_status = 1                 # the CLI's exit status

    def __init__(self, code: str | None = None, /, **params: Any):
        self.code = code or type(self).code
        if self.code not in messages.CATALOGUE:     # a typo or a missing entry fails at the raise site
            raise KeyError(f"message code {self.code!r} is not in ceremony.messages.CATALOGUE")
        self.params = params
        super().__init__(self.code, self.params)

    @property
    def message(self) -> str:
        """The Chinese text."""
        return messages.text(self.code, self.params)

    def __str__(self) -> str:
        return self.message


class EventFileError(CeremonyError):
    """An event file cannot be used; ``path`` says which."""

    code = "file.error"

    def __init__(self, code: str | None = None, /, path: Path | str = "", **params: Any):
        super().__init__(code, path=str(path), **params)
        self.path = Path(path)


class EventFileMissing(EventFileError):
    code = "file.missing"

    def __init__(self, path):
        super().__init__(path=path)


class EventFileCorrupt(EventFileError):
    code = "file.corrupt"

    def __init__(self, path, detail: messages.Message | str = "", no_event: bool = False, damaged: bool = False):
        code = ("file.no_event_table" if no_event else "file.integrity" if damaged
                else "file.corrupt_detail" if detail else None)
        super().__init__(code, path=path, detail=detail)


class SchemaTooNew(EventFileError):
    code = "file.schema_too_new"

    def __init__(self, path, found: int, supported: int):
        super().__init__(path=path, found=found, supported=supported)
        self.found = found
        self.supported = supported


class EventFileNotWritable(EventFileError):
    code = "file.not_writable"

    def __init__(self, path, detail: messages.Message | str = "", no_folder: bool = False):
        code = "file.no_folder" if no_folder else "file.not_writable_detail" if detail else None
        super().__init__(code, path=path, detail=detail)


class EventFileBusy(EventFileError):
    """Another program is writing the file right now; the action was not done."""

    code = "file.busy"

    def __init__(self, path):
        super().__init__(path=path)


class DiskFull(EventFileError):
    """The disk is full; the action was not done and nothing saved before is lost."""

    code = "file.disk_full"

    def __init__(self, path):
        super().__init__(path=path)


class EventFileExists(EventFileError):
    code = "file.exists"

    def __init__(self, path):
        super().__init__(path=path)


class EventFileLost(EventFileError):
    """The event file's SQLite locks or its -wal were lost under this connection; nothing more is written.

    ``reason`` is ``"wal_replaced"`` or ``"locks_lost"`` (see ceremony/repository/wal_guard.py).
    """

    code = "file.lost"

    def __init__(self, path, reason: str):
        super().__init__(path=path)
        self.reason = reason


class DeskCopyCannotSign(EventFileError):
    """A desk's copy of the event has no signing key: badges with codes are issued by the organiser's file."""

    code = "file.desk_copy_cannot_sign"

    def __init__(self, path):
        super().__init__(path=path)


class NotFound(CeremonyError):
    """A record asked for by id does not exist; ``kind`` is attendee, checkin or seat."""

    def __init__(self, kind: str, key):
        super().__init__(f"not_found.{kind}", key=key)
        self.kind = kind
        self.key = key


class ValidationError(CeremonyError):
    """Input that cannot be used; the code says what, the parameters where."""

    code = "invalid"


class Cancelled(CeremonyError):
    """Long work (a print job, an export, an import) stopped because the user asked; nothing was written."""

    code = "cancelled"
