"""Child process of test_file_dialog_locks: the real window on an event, every file dialog opened and cancelled
in the event's folder, then check-ins at the desk; the parent kills it with SIGKILL and checks the file.

Protocol on stdout: ``DIALOG <name> <problem or ok>`` per dialog, ``READY``; then after ``GO`` on stdin,
``ACK <attendee id>`` for every check-in the desk showed as done, then ``DONE``.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(db: str, count: int) -> None:
    from PySide6.QtWidgets import QApplication
    from ceremony.event import Event
    from ceremony.repository import wal_guard
    from file_dialog_driver import close_when_listed, every_file_dialog
    from ui import messages
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    messages.show_error = lambda *a, **k: None
    folder = Path(db).parent
    os.chdir(folder)
    window = MainWindow(Event.open(db))
    window.show()
    for name, open_dialog in every_file_dialog(window).items():
        seen = close_when_listed(folder)
        open_dialog()
        problem = wal_guard.problem(window.current_event.repo.identity) or "ok"
        print("DIALOG", name, problem if seen else "not-shown", flush=True)
    print("READY", flush=True)
    sys.stdin.readline()
    window.show_page("checkin")
    page = window.page("checkin")
    event = window.current_event
    for attendee_id in range(1, count + 1):
        if page.health_panel.isVisible():
            page.health_panel.set_temperature(36.5)
        page.scan_input.setText(event.badge_code(attendee_id))
        page.submit()
        app.processEvents()
        if page.result_panel.state() == "ok":
            print("ACK", attendee_id, flush=True)
    print("DONE", flush=True)
    while True:             # wait for SIGKILL
        time.sleep(1)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
