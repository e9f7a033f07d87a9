"""Start-up: parse arguments, open the event, show the main window."""

from __future__ import annotations

import argparse
import os
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ceremony import __version__
from ceremony.event import Event
from ceremony.paths import ICON, resolve_event_path

from ui import file_dialogs, messages, settings
from ui.event_opening import open_for_window
from ui.fonts import install_fonts
from ui.i18n import LANGUAGES, install_language

FONT_WARMUP_DELAY_MS = 800
QUIT_AFTER_SHOW = "CEREMONY_QUIT_AFTER_SHOW"    # environment: show the window, paint it once and exit 0


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="ceremony-gui", description="会务助手 (ceremony desktop app)")
    parser.add_argument("--db", metavar="PATH", help="活动文件 (event file)")
    parser.add_argument("--lang", choices=sorted(LANGUAGES), help="界面语言 (interface language; default zh)")
    parser.add_argument("--page", choices=["roster", "seating", "printing", "checkin", "report", "prepare"],
                        help="打开时显示的页面 (page to show first)")
    parser.add_argument("--version", action="version", version=f"ceremony {__version__}")
    parser.add_argument("--selftest", action="store_true",
                        help="自检：窗口、中文界面、证件 PDF 与二维码、演示活动、多媒体 (check this installation)")
    return parser.parse_args(argv)


def open_start_event(db: str | None) -> Event | None:
    """The event named on the command line, else the default one, created as the demo the first time.

    None when the file is held by another program or damaged and the user gave up (already told)."""
    explicit = db or os.environ.get("CEREMONY_DB")
    path = resolve_event_path(db)
    if not explicit and not path.exists():
        from ceremony.demo import create_demo
        path.parent.mkdir(parents=True, exist_ok=True)
        event = create_demo(path)
        event.hold("app")
        return event
    return open_for_window(None, path)


def build_window(argv: list[str] | None = None):
    """Everything up to a shown main window; returns (app, window) or (app, None) when the user gives up."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ceremony")
    app.setOrganizationName("ceremony")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(ICON)))
    install_fonts(app)
    _clean_stale_parts()
    install_language(args.lang or settings.language())
    if args.lang:
        settings.set_language(args.lang)
    event = _open_or_ask(args.db)
    if event is None:
        return app, None
    from ui.main_window import MainWindow
    window = MainWindow(event)
    from ui.scanner_router import install_scanner_router
    # a scan reaches the desk from anywhere
    window.scanner_router = install_scanner_router(app, window.route_scan, after=window.first_painted)
    if args.page:
        window.show_page(args.page)
    window.show()
    # reportlab needs the CJK font for every PDF; parsing it takes a few hundred ms of pure Python, so it is
    # warmed up in the background once the window is painted (run earlier, it holds the GIL through the
    # first paint); PDF code registers it itself, under a lock, if it is asked first.
    QTimer.singleShot(FONT_WARMUP_DELAY_MS, _start_font_warmup)
    return app, window


def _start_font_warmup() -> None:
    threading.Thread(target=_register_pdf_font, name="font-warmup", daemon=True).start()


def _clean_stale_parts() -> None:
    from ceremony.fileio import clean_stale_parts
    try:
        clean_stale_parts()          # half-written exports of a program that was killed
    except Exception:  # noqa: BLE001 - housekeeping never stops the start
        pass


def _register_pdf_font() -> None:
    from ceremony.fonts import register_font
    try:
        register_font()
    except Exception:  # noqa: BLE001 - the first PDF reports a missing font as a message
        pass


def _open_or_ask(db: str | None) -> Event | None:
    """The start event; when it cannot be opened the user may create it, pick another file or give up."""
    explicit = db or os.environ.get("CEREMONY_DB")
    path = resolve_event_path(db)
    if explicit and not path.exists():
        choice = ask_missing_file(None, path)
        if choice is None:
            return None
        event = _create_start_event(path, choice) if choice != "open" else None
        if event is not None:
            return event
    else:
        try:
            event = open_start_event(db)
            if event is not None:
                return event
        except Exception as exc:  # noqa: BLE001 - a bad file becomes a message, never a traceback
            messages.show_error(None, exc, QApplication.translate("App", "无法打开活动"))
    while True:
        chosen = ask_event_path(None, str(path.parent if path.parent.is_dir() else ""))
        if not chosen:
            return None
        event = open_for_window(None, chosen)      # None: the user was told why, and may pick again
        if event is not None:
            return event


def _create_start_event(path: Path, choice: str) -> Event | None:
    """--db named a missing file and the user chose to create it: an empty event or the demo."""
    try:
        if choice == "demo":
            from ceremony.demo import create_demo
            event = create_demo(path)
        else:
            from ui.new_event_dialog import ask_new_event
            answer = ask_new_event(None, path.stem)
            if answer is None:
                return None
            event = Event.create(path if path.suffix else path.with_suffix(".ceremony"), *answer)
        event.hold("app")
        return event
    except Exception as exc:  # noqa: BLE001
        messages.show_error(None, exc, QApplication.translate("App", "无法新建活动"))
        return None


def ask_missing_file(parent, path: Path) -> str | None:
    """"create", "demo", "open" or None (quit) for a --db file that does not exist. Tests replace this."""
    box = QMessageBox(QMessageBox.Icon.Question, QApplication.translate("App", "活动文件不存在"),
                      QApplication.translate("App", "找不到活动文件：\n%1\n\n要在这里新建一个活动吗？").replace("%1", str(path)),
                      QMessageBox.StandardButton.NoButton, parent)
    buttons = {box.addButton(QApplication.translate("App", "新建空活动"), QMessageBox.ButtonRole.AcceptRole): "create",
               box.addButton(QApplication.translate("App", "新建演示活动"), QMessageBox.ButtonRole.AcceptRole): "demo",
               box.addButton(QApplication.translate("App", "打开其他文件…"), QMessageBox.ButtonRole.ActionRole): "open",
               box.addButton(QApplication.translate("App", "退出"), QMessageBox.ButtonRole.RejectRole): None}
    box.exec()
    return buttons.get(box.clickedButton())


def ask_event_path(parent, folder: str = "") -> str:
    """The open-event dialog at start-up ('' when cancelled). Tests replace this."""
    path, _ = file_dialogs.get_open_file_name(parent, QApplication.translate("App", "打开活动"), folder,
                                              "活动文件 (*.ceremony *.db *.sqlite);;所有文件 (*)", allow_event=True)
    return path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--selftest" in args:
        from ui.selftest import run_selftest
        return run_selftest()
    app, window = build_window(argv)
    if window is None:
        return 1
    if os.environ.get(QUIT_AFTER_SHOW):
        # Start-up probe (benchmarks and the standalone build's tests): paint once, report, leave.
        app.processEvents()
        print(f"window shown {window.width()}x{window.height()} {window.windowTitle()}", flush=True)
        return 0
    return app.exec()
