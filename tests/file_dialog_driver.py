"""Opens every file dialog of the app in the event's own folder and closes it again (shared by the in-process
pytest-qt test and the kill -9 scenario). Each dialog is left open until it has listed the folder and fetched
every file's type and icon — the step in which Qt's default provider reads the files — then cancelled."""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel

LIST_COLUMNS = 4        # name, size, type, date modified


def every_file_dialog(window) -> dict[str, callable]:
    """name -> a call that opens one file dialog of the app (modal; returns when it is closed)."""
    from ui import app as app_module
    from ui.printing import print_actions
    from ui.reports import report_page
    folder = str(window.current_event.path.parent)
    roster, seating = window.page("roster"), window.page("seating")
    checkin = window.page("checkin")
    return {
        "open_event": window.open_event_dialog,
        "new_event": lambda: _details_given(window.new_event),
        "save_as": window.save_event_as,
        "start_open_event": lambda: app_module.ask_event_path(None, folder),
        "roster_import": roster.import_files_dialog,
        "roster_export": roster.export_dialog,
        "venue_load": seating.venue.load_file,
        "venue_save": seating.venue.save_file,
        "seating_chart": lambda: seating.save_chart("A3", "audience", "all"),
        "seating_export": seating.export_assignments,
        "printing_pdf": lambda: print_actions.ask_save_path(window, "PDF", "x.pdf"),
        "report_export": lambda: report_page.choose_path(window, "报表", folder + "/r.pdf", "PDF (*.pdf)"),
        "checkin_export": checkin.export_log,
        "checkin_merge": checkin.merge_logs,
    }


def _details_given(open_dialog) -> None:
    """File › 新建活动 asks for the event's details first (not a file dialog): answer it, then the save dialog
    that follows is the one under test."""
    from datetime import datetime

    from ceremony.models import EventInfo
    from ui import new_event_dialog
    real = new_event_dialog.ask_new_event
    new_event_dialog.ask_new_event = lambda parent: (EventInfo("", "新活动", datetime(2021, 11, 24, 10, 0)), [])
    try:
        open_dialog()
    finally:
        new_event_dialog.ask_new_event = real


def visible_file_dialog() -> QFileDialog | None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QFileDialog) and w.isVisible():
            return w
    return None


def close_when_listed(folder: Path, accept_name: str | None = None, settle_ms: int = 300) -> list[str]:
    """Arm a timer that waits for the next file dialog, lets it list ``folder`` completely, then closes it
    (cancel, or type ``accept_name`` and accept). Returns a list that receives the dialog's title."""
    seen: list[str] = []
    seen_dialog: list[QFileDialog] = []
    names = {p.name for p in folder.iterdir()}
    deadline = time.monotonic() + 10

    def poll():
        dialog = visible_file_dialog()
        if dialog is None:
            if time.monotonic() < deadline:
                QTimer.singleShot(20, poll)
            return
        model = dialog.findChild(QFileSystemModel)
        if not seen_dialog:
            seen_dialog.append(dialog)
            dialog.setDirectory(str(folder))
            dialog.setNameFilter("*")          # list the event's own files too (as 所有文件 would)
        root = model.index(str(folder))
        listed = {model.index(r, 0, root).data() for r in range(model.rowCount(root))}
        if not names <= listed and time.monotonic() < deadline:
            QTimer.singleShot(20, poll)
            return
        for r in range(model.rowCount(root)):          # ask for every cell, as the detail view does
            for c in range(LIST_COLUMNS):
                model.index(r, c, root).data()
                model.index(r, c, root).data(1)        # DecorationRole: the icon
        QTimer.singleShot(settle_ms, lambda: finish(dialog))

    def finish(dialog):
        seen.append(dialog.windowTitle())
        if accept_name:
            dialog.selectFile(os.path.join(str(folder), accept_name))
            dialog.accept()
        else:
            dialog.reject()

    QTimer.singleShot(0, poll)
    return seen
