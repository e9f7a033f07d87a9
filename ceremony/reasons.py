"""Why something outside the program failed (a file, the disk, SQLite, the network), as a message.

The operating system, SQLite and the network library describe failures in English on most machines; an
error's ``detail`` parameter gets a catalogue message for the common reasons instead, so the CLI prints
Chinese and ``ui/`` shows the interface language. A rare reason keeps the library's own words.
"""

from __future__ import annotations

import errno
import json
import socket
import sqlite3
import subprocess

from ceremony.messages import Message

_ERRNO = {errno.ENOENT: "os.not_found", errno.EACCES: "os.no_permission", errno.EPERM: "os.no_permission",
          errno.EEXIST: "os.exists", errno.EISDIR: "os.is_folder", errno.ENOTDIR: "os.not_folder",
          errno.ENOSPC: "os.disk_full", errno.EROFS: "os.read_only", errno.EBUSY: "os.busy",
          errno.ENAMETOOLONG: "os.name_too_long", errno.EIO: "os.io_error",
          errno.ECONNREFUSED: "net.refused", errno.ETIMEDOUT: "net.timed_out", errno.ECONNRESET: "net.reset",
          errno.EHOSTUNREACH: "net.unreachable", errno.ENETUNREACH: "net.unreachable"}
_SQLITE = {"SQLITE_NOTADB": "db.not_a_database", "SQLITE_CORRUPT": "db.damaged", "SQLITE_FULL": "os.disk_full",
           "SQLITE_CANTOPEN": "db.cannot_open", "SQLITE_READONLY": "os.read_only", "SQLITE_IOERR": "os.io_error",
           "SQLITE_BUSY": "os.busy", "SQLITE_LOCKED": "os.busy"}


def error_detail(exc: BaseException) -> Message | str:
    """``exc`` as an error's detail: a message for the common reasons, else the exception's own text."""
    if isinstance(exc, socket.gaierror):
        return Message("net.unknown_host")
    code = _ERRNO.get(getattr(exc, "errno", None) or 0)
    if code:
        return Message(code)
    if isinstance(exc, TimeoutError):
        return Message("net.timed_out")
    if isinstance(exc, subprocess.TimeoutExpired):
        return Message("os.took_too_long", {"seconds": round(exc.timeout)})
    if isinstance(exc, OSError) and exc.errno is not None:
        return Message("os.other", {"number": exc.errno, "detail": exc.strerror or str(exc)})
    if isinstance(exc, sqlite3.Error):
        name = getattr(exc, "sqlite_errorname", "") or ""
        code = next((c for prefix, c in _SQLITE.items() if name.startswith(prefix)), None)
        return Message(code) if code else str(exc)
    if isinstance(exc, json.JSONDecodeError):
        return Message("os.not_json", {"line": exc.lineno, "column": exc.colno})
    if isinstance(exc, UnicodeDecodeError):
        return Message("os.not_utf8")
    if isinstance(exc, RecursionError):                    # a hostile file nests JSON thousands deep
        return Message("os.json_too_deep")
    status = getattr(exc, "status", None)                  # an HTTP reply the host should not have sent
    if isinstance(status, int):
        return Message("net.http_status", {"status": status})
    return str(exc) or type(exc).__name__
