"""Defence in depth (issue 11.1): a connection that lost its locks or its WAL never acknowledges a write."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ceremony.errors import EventFileLost
from ceremony.repository import Repository, wal_guard

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX lock semantics")


def _other_process_writes(path: Path, value: str) -> None:
    code = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "c.execute('INSERT INTO t VALUES (?)', (sys.argv[2],)); c.commit(); c.close()")
    subprocess.run([sys.executable, "-c", code, str(path), value], check=True, timeout=60)


@pytest.fixture
def repo(tmp_path):
    r = Repository.create(tmp_path / "e.ceremony")
    with r.transaction():
        r.conn.execute("CREATE TABLE t (x)")
        r.conn.execute("INSERT INTO t VALUES ('mine1')")
    yield r


def _drop_locks_like_a_file_dialog(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        with open(str(path) + suffix, "rb") as fh:
            fh.read(16)


def test_healthy_connection_has_no_problem(repo):
    assert wal_guard.problem(repo.identity) is None
    _other_process_writes(repo.path, "other")        # a well-behaved second process changes nothing
    assert wal_guard.problem(repo.identity) is None
    with repo.transaction():
        repo.conn.execute("INSERT INTO t VALUES ('mine2')")
    repo.close()


@posix_only
def test_lost_wal_refuses_the_write_and_close_keeps_the_others_work(repo):
    _drop_locks_like_a_file_dialog(repo.path)
    if sys.platform.startswith("linux"):
        assert wal_guard.problem(repo.identity) == "locks_lost"
    _other_process_writes(repo.path, "other")        # believes it is alone: checkpoints, deletes the WAL
    assert wal_guard.problem(repo.identity) == "wal_replaced"
    with pytest.raises(EventFileLost) as err:
        with repo.transaction():
            repo.conn.execute("INSERT INTO t VALUES ('mine2')")
    assert err.value.reason == "wal_replaced" and "重新打开" in err.value.message
    _other_process_writes(repo.path, "other2")
    repo.close()                                      # must not copy the stale WAL over the file
    conn = sqlite3.connect(repo.path)
    assert [r[0] for r in conn.execute("SELECT x FROM t ORDER BY rowid")] == ["mine1", "other", "other2"]
    conn.close()


def test_open_event_files_are_known_by_stat(repo, tmp_path):
    assert wal_guard.is_open_event_file(repo.path)
    assert wal_guard.is_open_event_file(Path(str(repo.path) + "-shm"))
    assert not wal_guard.is_open_event_file(tmp_path / "other.xlsx")
    repo.close()
    assert not wal_guard.is_open_event_file(repo.path)
