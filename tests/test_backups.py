"""Backups: consistent copies before big changes and on demand, listed, restored; damaged files found."""

from __future__ import annotations

import pytest

from ceremony import backups
from ceremony.cli import main
from ceremony.errors import EventFileCorrupt
from ceremony.event import Event
from ceremony.lockfile import EventFileInUse
from ceremony.models import Attendee


def _add_people(event, n, prefix="甲"):
    from ceremony.roster import PutAttendees
    PutAttendees(rows=tuple(Attendee(name=f"{prefix}{i}") for i in range(n)), label="roster.import").apply(event)


def test_import_and_bulk_changes_are_backed_up_first(small_event, cast):
    before = len(backups.list_backups(small_event.path))
    _add_people(small_event, 3)
    made = backups.list_backups(small_event.path)
    assert len(made) == before + 1 and made[-1].reason == "import"
    copy = Event.open(made[-1].path, read_only=True)
    assert copy.summary()["attendees"] == len(cast.everyone)  # the state before the import
    copy.close()
    assert made[-1].path.stat().st_mode & 0o077 == 0
    assert small_event.path.stat().st_mode & 0o077 == 0        # the event file itself: user only


def test_only_the_newest_are_kept(small_event):
    for _ in range(backups.KEEP + 3):
        backups.make_backup(small_event.repo, "manual")
    assert len(backups.list_backups(small_event.path)) == backups.KEEP


def test_periodic_backup_only_after_changes(small_event):
    auto = backups.AutoBackup(small_event.repo, interval_s=0)
    assert auto.tick() is None                            # nothing changed since opening
    small_event.set_setting("desk_name", "甲台")
    assert auto.tick().reason == "auto"
    assert auto.tick() is None


def test_restore_puts_the_backup_back_and_keeps_the_current_file(small_event, cast):
    path = small_event.path
    backup = backups.make_backup(small_event.repo, "manual")
    _add_people(small_event, 2, "乙")
    with pytest.raises(EventFileInUse):                   # not while a program holds the file
        backups.restore(path, backup.path)
    small_event.close()
    safety = backups.restore(path, backup.path)
    event = Event.open(path)
    assert event.summary()["attendees"] == len(cast.everyone)
    event.close()
    assert Event.open(safety.path, read_only=True).summary()["attendees"] == len(cast.everyone) + 2


def test_damaged_file_is_detected_and_the_newest_sound_backup_offered(small_event):
    path = small_event.path
    good = backups.make_backup(small_event.repo, "manual")
    broken = backups.make_backup(small_event.repo, "manual")
    broken.path.write_bytes(broken.path.read_bytes()[:100] + b"\x00" * 5000)
    small_event.close()
    data = bytearray(path.read_bytes())
    data[4096 * 3: 4096 * 3 + 2000] = b"\xff" * 2000      # a page of the table data overwritten
    path.write_bytes(bytes(data))
    with pytest.raises(EventFileCorrupt):
        Event.open(path)
    assert backups.newest_sound_backup(path).path == good.path
    backups.restore(path, good.path)
    Event.open(path).close()
    assert any(p.name.startswith("small.ceremony.damaged-") for p in path.parent.iterdir())


def test_cli_backup_backups_restore(small_event, tmp_path, capsys):
    db = str(small_event.path)
    small_event.close()
    assert main(["backup", "--db", db, "--out", str(tmp_path / "copy.ceremony")]) == 0
    assert main(["backup", "--db", db]) == 0
    assert main(["backups", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "手动" in out and "copy.ceremony" in out
    assert main(["restore", "1", "--db", db]) == 0
    assert main(["restore", "99", "--db", db]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
