"""The window and an event file: a second program, a damaged file, backups from the File menu."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ceremony import backups
from ceremony.event import Event
from ceremony.lockfile import EventFileInUse, lock_path

ROOT = Path(__file__).resolve().parents[1]
HOLDER = ("import sys\nfrom ceremony.event import Event\nevent = Event.open(sys.argv[1])\n"
          "event.hold('app')\nprint('ready', flush=True)\nsys.stdin.readline()\nevent.close()\n")


@pytest.fixture
def held_elsewhere(small_event):
    path = small_event.path
    small_event.close()
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], cwd=ROOT, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert proc.stdout.readline().strip() == "ready"
    yield path
    proc.stdin.write("\n")
    proc.stdin.flush()
    proc.wait(timeout=30)


@pytest.fixture
def answers(monkeypatch):
    from ui import messages
    log = {"choose": [], "ask": [], "errors": []}

    def choose(parent, title, text, options):
        log["choose"].append(text)
        return log["choice"]

    monkeypatch.setattr(messages, "choose", choose)
    monkeypatch.setattr(messages, "ask", lambda parent, title, text: log["ask"].append(text) or log.get("yes", True))
    monkeypatch.setattr(messages, "show_error", lambda parent, exc, title="": log["errors"].append(messages.error_text(exc)))
    return log


def test_second_window_gets_a_read_only_view(qtbot, held_elsewhere, answers):
    from ui.event_opening import open_for_window
    from ui.main_window import MainWindow
    answers["choice"] = 0
    event = open_for_window(None, held_elsewhere)
    assert "正由" in answers["choose"][0] and event.read_only
    window = MainWindow(event)
    qtbot.addWidget(window)
    assert "只读" in window.windowTitle()
    with pytest.raises(EventFileInUse):
        event.set_setting("desk_name", "x")
    window.close()
    event.close()


def test_second_window_may_work_on_a_copy(qtbot, held_elsewhere, answers):
    from ui.event_opening import open_for_window
    answers["choice"] = 1
    event = open_for_window(None, held_elsewhere)
    assert event.path.name == "small-副本.ceremony" and not event.read_only
    event.set_setting("desk_name", "x")                     # the copy is ours to change
    assert lock_path(event.path).exists()
    event.close()


def test_damaged_file_offers_the_newest_sound_backup(small_event, cast, answers):
    from ui.event_opening import open_for_window
    path = small_event.path
    backups.make_backup(small_event.repo, "manual")
    small_event.close()
    data = bytearray(path.read_bytes())
    data[4096 * 3: 4096 * 3 + 2000] = b"\xff" * 2000
    path.write_bytes(bytes(data))
    event = open_for_window(None, path)
    assert "已损坏" in answers["ask"][0] and event is not None
    assert event.summary()["attendees"] == len(cast.everyone)
    event.close()


def test_file_menu_restores_a_backup(qtbot, small_event, answers, monkeypatch):
    from ui import backup_dialog
    from ui.main_window import MainWindow
    small_event.hold("app")
    window = MainWindow(small_event)
    qtbot.addWidget(window)
    before = backups.make_backup(small_event.repo, "manual")
    small_event.set_setting("desk_name", "改过")
    monkeypatch.setattr(backup_dialog.BackupDialog, "exec", lambda self: backup_dialog.BackupDialog.Accepted)
    window.restore_backup()
    assert answers["errors"] == []
    assert window.current_event.setting("desk_name") != "改过"
    assert window.current_event.path == before.path.parent.parent / "small.ceremony"
    window.current_event.set_setting("desk_name", "again")   # writable, lock taken again
    window.close()
