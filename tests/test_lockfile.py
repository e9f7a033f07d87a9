"""One program writes an event file at a time: the lock file, stale locks, busy files."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ceremony.cli import main
from ceremony.errors import EventFileBusy
from ceremony.event import Event
from ceremony.lockfile import EventFileInUse, current_holder, lock_path

ROOT = Path(__file__).resolve().parents[1]
HOLDER = (
    "import sys\n"
    "from ceremony.event import Event\n"
    "event = Event.open(sys.argv[1])\n"
    "event.set_setting('desk_name', '签到台2')\n"
    "event.repo.release_lock(); event.repo.hold('app')   # the window takes it at once, with its desk name\n"
    "print('ready', flush=True)\n"
    "sys.stdin.readline()\n"
    "event.close()\n"
)


@pytest.fixture
def other_program(small_event, cast):
    """Another program (a real second process) holding the fixture event's file."""
    path = small_event.path
    small_event.close()
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], cwd=ROOT, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert proc.stdout.readline().strip() == "ready"
    yield path, proc
    if proc.poll() is None:
        proc.stdin.write("\n")
        proc.stdin.flush()
        proc.wait(timeout=30)


def test_reading_works_beside_the_holder_and_writing_names_it(other_program, cast):
    path, proc = other_program
    event = Event.open(path)
    assert event.summary()["attendees"] == len(cast.everyone)     # reads need no lock
    with pytest.raises(EventFileInUse) as info:
        event.set_setting("desk_name", "甲台")
    assert info.value.holder.desk == "签到台2" and info.value.holder.pid == proc.pid
    assert "签到台2" in info.value.message
    assert event.setting("desk_name") != "甲台"
    event.close()


def test_cli_reads_beside_the_app_and_writes_say_who_holds_the_file(other_program, cast, capsys):
    path, _proc = other_program
    teacher = cast.teachers[0].id
    assert main(["info", "--db", str(path)]) == 0
    assert main(["checkin", "--search", "zgf", "--db", str(path)]) in (0, 3, 4)
    capsys.readouterr()
    for command in (["mark", str(teacher), "leave", "--reason", "出差"], ["walk-in", "王五"]):
        status = main(command + ["--db", str(path)])
        err = capsys.readouterr().err
        assert status == 5 and "签到台2" in err and len(err.strip().splitlines()) == 1
    view = Event.open(path, read_only=True)
    assert view.attendee(teacher).attendance == "" and view.summary()["attendees"] == len(cast.everyone)
    view.close()


def test_stale_lock_of_a_crashed_program_is_taken_over(small_event):
    path = small_event.path
    small_event.close()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    import socket
    lock_path(path).write_text(json.dumps({"desk": "签到台1", "host": socket.gethostname(), "pid": dead.pid,
                                           "program": "app", "since": "2020-11-25T09:00:00", "started": 1.0}))
    assert current_holder(path) is None
    event = Event.open(path)
    event.set_setting("desk_name", "甲台")                             # takes the lock
    assert json.loads(lock_path(path).read_text())["pid"] != dead.pid
    event.close()
    assert not lock_path(path).exists()                   # released on close


def test_garbage_lock_file_is_stale(small_event):
    small_event.close()
    lock_path(small_event.path).write_bytes(b"\x00garbage")
    event = Event.open(small_event.path)
    event.set_setting("desk_name", "甲台")
    event.close()


def test_read_only_view_never_writes(small_event, cast):
    small_event.repo.hold("app")
    view = Event.open(small_event.path, read_only=True)
    assert view.summary()["attendees"] == len(cast.everyone)
    with pytest.raises(EventFileInUse):
        view.set_setting("desk_name", "甲台")
    view.close()
    assert lock_path(small_event.path).exists()            # the view's close leaves the holder's lock


def test_busy_file_is_a_message_not_a_freeze(small_event):
    blocker = sqlite3.connect(str(small_event.path), isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")                    # someone mid-write, bypassing the lock file
    started = time.monotonic()
    with pytest.raises(EventFileBusy):
        small_event.set_setting("desk_name", "甲台")
    assert time.monotonic() - started < 5
    blocker.execute("ROLLBACK")
    blocker.close()
    small_event.set_setting("desk_name", "甲台")                        # and the event is usable again
    assert small_event.setting("desk_name") == "甲台"



def test_the_window_that_made_the_demo_says_it_is_the_app(tmp_path):
    """First start: the demo is written (lock taken as a plain program), then the window holds it: the lock
    must then name the app and the desk, as a second program is told."""
    import json
    from ceremony.demo import create_demo
    event = create_demo(tmp_path / "d.ceremony")
    event.hold("app")
    record = json.loads((tmp_path / "d.ceremony.lock").read_text(encoding="utf-8"))
    assert record["program"] == "app" and record["desk"] == "签到台1"
    event.close()
