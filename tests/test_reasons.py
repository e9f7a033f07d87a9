"""Why a file, the disk, SQLite or the network failed: a catalogue message, not the library's English."""

import errno
import json
import socket
import sqlite3
import subprocess

import pytest

from ceremony.messages import Message
from ceremony.reasons import error_detail


def _sqlite_error(tmp_path) -> sqlite3.Error:
    path = tmp_path / "x.ceremony"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 100)
    with pytest.raises(sqlite3.DatabaseError) as caught:
        sqlite3.connect(path).execute("select * from sqlite_master")
    return caught.value


@pytest.mark.parametrize("exc, code", [
    (FileNotFoundError(errno.ENOENT, "No such file or directory", "a.xlsx"), "os.not_found"),
    (PermissionError(errno.EACCES, "Permission denied"), "os.no_permission"),
    (OSError(errno.ENOSPC, "No space left on device"), "os.disk_full"),
    (ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused"), "net.refused"),
    (socket.gaierror(socket.EAI_NONAME, "Name or service not known"), "net.unknown_host"),
    (TimeoutError(), "net.timed_out"),
    (subprocess.TimeoutExpired(["lp"], 60), "os.took_too_long"),
    (RecursionError("maximum recursion depth exceeded while decoding a JSON object"), "os.json_too_deep"),
    (UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), "os.not_utf8"),
])
def test_common_reasons_are_messages(exc, code):
    assert error_detail(exc).code == code


def test_not_json_says_where(tmp_path):
    with pytest.raises(json.JSONDecodeError) as caught:
        json.loads("{x")
    assert error_detail(caught.value) == Message("os.not_json", {"line": 1, "column": 2})


def test_sqlite_not_a_database(tmp_path):
    assert error_detail(_sqlite_error(tmp_path)) == Message("db.not_a_database")


def test_a_rare_reason_keeps_its_number_and_words():
    detail = error_detail(OSError(errno.EXDEV, "Invalid cross-device link"))
    assert detail.code == "os.other" and detail.params == {"number": errno.EXDEV,
                                                           "detail": "Invalid cross-device link"}
    assert error_detail(ValueError("odd")) == "odd"
