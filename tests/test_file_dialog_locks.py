"""No file dialog may cost the open event its SQLite locks (issue 11.1).

Qt's file dialog reads the start of every file it lists to guess its type; closing those descriptors drops
the process's POSIX locks on the event, another process then deletes the live WAL, and acknowledged writes
vanish in a crash. Every dialog of the app goes through ui/file_dialogs.py, which never reads a file.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from ceremony.repository import wal_guard

ROOT = Path(__file__).resolve().parent.parent
LINUX = sys.platform.startswith("linux") and Path("/proc/locks").exists()


def test_only_the_helper_builds_file_dialogs():
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py")
                 if p.name != "file_dialogs.py" and "QFileDialog" in p.read_text(encoding="utf-8")]
    assert offenders == []


@pytest.fixture
def window(qtbot, small_event, tmp_path, monkeypatch):
    from ui import messages
    from ui.main_window import MainWindow
    monkeypatch.chdir(tmp_path)           # dialogs that start "here" start in the event's folder
    monkeypatch.setattr(messages, "show_error", lambda *a, **k: None)
    w = MainWindow(small_event)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.mark.skipif(not LINUX, reason="/proc/locks is Linux only")
def test_every_file_dialog_keeps_the_event_locks(window, tmp_path):
    from file_dialog_driver import close_when_listed, every_file_dialog
    ident = window.current_event.repo.identity
    assert wal_guard.problem(ident) is None
    for name, open_dialog in every_file_dialog(window).items():
        seen = close_when_listed(tmp_path)
        open_dialog()
        assert seen, name
        assert wal_guard.problem(ident) is None, name


@pytest.mark.skipif(not LINUX, reason="/proc/locks is Linux only")
def test_qt_default_dialog_would_drop_the_locks(window, tmp_path):
    """The hazard is real: Qt's dialog with its default icon provider costs the event its locks."""
    from PySide6.QtWidgets import QFileDialog
    from file_dialog_driver import close_when_listed
    ident = window.current_event.repo.identity
    dialog = QFileDialog(window, "plain", str(tmp_path))
    dialog.setOption(QFileDialog.DontUseNativeDialog, True)
    seen = close_when_listed(tmp_path)
    dialog.exec()
    assert seen and wal_guard.problem(ident) == "locks_lost"


def test_live_event_files_are_refused_for_import(window, monkeypatch):
    from ui import file_dialogs, messages
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, exc, title="": shown.append(messages.error_text(exc)))
    monkeypatch.setattr(file_dialogs, "_run", lambda dialog: ([str(window.current_event.path) + "-wal"], ""))
    assert file_dialogs.get_open_file_names(window, "导入回执")[0] == []
    assert shown and "small.ceremony-wal" in shown[0]


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_dialogs_then_other_process_then_kill_loses_no_acknowledged_write(small_event, cast, tmp_path):
    from ceremony.event import Event
    db = small_event.path
    small_event.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    child = subprocess.Popen([sys.executable, str(Path(__file__).with_name("desk_kill_scenario.py")), str(db), "12"], cwd=ROOT, env=env,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        lines = _read_until(child, "READY")
        dialogs = [line.split() for line in lines if line.startswith("DIALOG")]
        assert len(dialogs) >= 14 and all(d[2] == "ok" for d in dialogs), dialogs
        # Another process opens the event, writes and closes it (the CLI at a second desk).
        other = Event.open(db)
        latecomer = cast.everyone[-1].id                  # the child desk scans the first 12 people
        assert latecomer > 12
        other_result = other.checkin.check_in_code(other.badge_code(latecomer))
        other.close()
        child.stdin.write("GO\n")
        child.stdin.flush()
        acked = [int(line.split()[1]) for line in _read_until(child, "DONE") if line.startswith("ACK")]
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert len(acked) == 12
    event = Event.open(db)
    try:
        present = {row.attendee_id for row in event.repo.checkins()}
    finally:
        event.close()
    assert set(acked) <= present
    assert other_result.status == "ok" and latecomer in present


def _read_until(child, marker: str) -> list[str]:
    lines = []
    while True:
        line = child.stdout.readline()
        assert line, f"child ended before {marker}: {lines}"
        lines.append(line.strip())
        if line.strip() == marker:
            return lines


def test_desk_tells_and_does_not_acknowledge_when_the_file_was_lost(window, small_event, cast, monkeypatch):
    from ui import messages
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, exc, title="": shown.append(messages.error_text(exc)))
    page = window.page("checkin")
    guest = cast.hosts[2].id
    code = small_event.badge_code(guest)
    monkeypatch.setattr(wal_guard, "problem", lambda ident: "wal_replaced")
    page.take_scan(code)
    monkeypatch.undo()
    assert shown and "重新打开" in shown[0]
    assert page.result_panel.state() != "ok"
    assert guest not in {row.attendee_id for row in small_event.repo.checkins()}
