"""The event database: creation, migrations, bad files, durability settings."""

import sqlite3
from datetime import datetime

import pytest

from ceremony.errors import (EventFileCorrupt, EventFileExists, EventFileMissing, EventFileNotWritable,
                             SchemaTooNew)
from ceremony.event import Event
from ceremony.models import Attendee, EventInfo
from ceremony.repository.migrations import LATEST


def test_new_event_has_latest_schema_and_wal(empty_event):
    repo = empty_event.repo
    assert repo.schema_version == LATEST
    assert repo.scalar("PRAGMA journal_mode") == "wal"
    assert repo.scalar("PRAGMA synchronous") == 2  # FULL


def test_event_info_round_trips(tmp_path):
    info = EventInfo(uid="", name="测试会议", starts_at=datetime(2021, 5, 1, 9, 30), venue="礼堂",
                     theme="主题", hosts=("甲单位", "乙单位"), organiser="丙单位")
    event = Event.create(tmp_path / "a.ceremony", info)
    event.close()
    again = Event.open(tmp_path / "a.ceremony").info
    assert (again.name, again.starts_at, again.hosts, again.organiser) == (
        "测试会议", datetime(2021, 5, 1, 9, 30), ("甲单位", "乙单位"), "丙单位")
    assert again.uid


def test_missing_file(tmp_path):
    with pytest.raises(EventFileMissing):
        Event.open(tmp_path / "nope.ceremony")


def test_file_that_is_not_sqlite_is_left_untouched(tmp_path):
    path = tmp_path / "notes.ceremony"
    path.write_bytes(b"this is not a database" * 10)
    with pytest.raises(EventFileCorrupt):
        Event.open(path)
    assert path.read_bytes() == b"this is not a database" * 10


def test_sqlite_file_of_another_program(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(EventFileCorrupt):
        Event.open(path)


def test_truncated_database_is_reported_as_corrupt(tmp_path, empty_event):
    path = empty_event.path
    empty_event.close()
    data = path.read_bytes()
    broken = tmp_path / "broken.ceremony"
    broken.write_bytes(data[:100] + b"\x00" * 50 + data[150:2000])
    with pytest.raises(EventFileCorrupt):
        Event.open(broken)


def test_newer_schema_is_refused(tmp_path, empty_event):
    path = empty_event.path
    empty_event.repo.conn.execute(f"PRAGMA user_version = {LATEST + 5}")
    empty_event.close()
    with pytest.raises(SchemaTooNew) as info:
        Event.open(path)
    assert info.value.found == LATEST + 5
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST + 5  # not "migrated" down


def test_create_refuses_existing_file(empty_event):
    with pytest.raises(EventFileExists):
        Event.create(empty_event.path)


def test_create_in_missing_folder(tmp_path):
    with pytest.raises(EventFileNotWritable):
        Event.create(tmp_path / "no" / "such" / "x.ceremony")


def test_read_only_file_is_reported(tmp_path, empty_event):
    import os
    if os.geteuid() == 0:
        pytest.skip("root can write to read-only files")
    path = empty_event.path
    empty_event.close()
    path.chmod(0o444)
    with pytest.raises(EventFileNotWritable):
        Event.open(path)


def test_read_only_folder_is_reported_on_create(tmp_path, monkeypatch):
    import os
    folder = tmp_path / "ro"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) == str(folder) else real_access(p, mode))
    with pytest.raises(EventFileNotWritable):
        Event.create(folder / "x.ceremony")
    assert not (folder / "x.ceremony").exists()


def test_failed_transaction_leaves_roster_unchanged(empty_event):
    repo = empty_event.repo
    with pytest.raises(RuntimeError):
        with repo.transaction():
            repo.insert_attendee(Attendee(name="张三"))
            raise RuntimeError("boom")
    assert repo.attendee_count() == 0


def test_save_as_copies_everything(tmp_path, small_event):
    copy = small_event.save_as(tmp_path / "copy.ceremony")
    assert copy.summary() == small_event.summary()
    assert copy.info.uid == small_event.info.uid
    copy.close()
