"""The main window: one open event, five pages, the file menu."""

from __future__ import annotations

import importlib
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from ceremony.backups import INTERVAL_S as BACKUP_INTERVAL_S
from ceremony.backups import list_backups, restore
from ceremony.event import Event

from ui import file_dialogs, messages, settings
from ui.context import EventContext
from ceremony.settings import dialog_settings
from ui.event_opening import open_for_window
from ui.event_settings_dialog import EventSettingsDialog

DEFAULT_SIZE = (1280, 800)
SMALL_SCREEN = (1440, 900)       # below this the window opens maximised (laptops: 1366×768, 1280×720)
FILE_FILTER = "活动文件 (*.ceremony *.db *.sqlite);;所有文件 (*)"
# Pages are imported and built the first time they are shown: start-up only pays for the first one.
PAGES = [("roster", "ui.roster.roster_page", "RosterPage"), ("seating", "ui.seating.seating_page", "SeatingPage"),
         ("printing", "ui.printing.printing_page", "PrintingPage"), ("checkin", "ui.checkin.checkin_page", "CheckinPage"),
         ("report", "ui.reports.report_page", "ReportPage"), ("prepare", "ui.checklist_page", "ChecklistPage")]


class _PageSlot(QWidget):
    """A tab's container; the page inside is built on first show."""

    def __init__(self, key: str, parent=None):
        super().__init__(parent)
        self.key = key
        self.page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)


class MainWindow(QMainWindow):
    first_painted = Signal()      # once, when the window has painted for the first time (start-up work after it)

    def __init__(self, event: Event, parent=None):
        super().__init__(parent)
        self._painted = False
        self.ctx: EventContext | None = None
        self.tabs = QTabWidget(self)
        self.setCentralWidget(self.tabs)
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(int(BACKUP_INTERVAL_S * 1000))
        self.backup_timer.timeout.connect(self._periodic_backup)
        self.backup_timer.start()
        self._build_menus()
        self.set_event(event)
        geometry = settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self)
        else:
            keep_on_screen(self)

    def paintEvent(self, paint_event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(paint_event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    # --- event --------------------------------------------------------------------------------
    def set_event(self, event: Event, dispose_old: bool = True) -> None:
        old = self.ctx if dispose_old else None
        self.ctx = EventContext(event, self)
        if getattr(self, "slots", None):
            self.tabs.currentChanged.disconnect(self._on_tab_changed)
        for slot in getattr(self, "slots", {}).values():
            slot.deleteLater()
        self.tabs.clear()
        self.pages: dict[str, QWidget] = {}
        self.slots: dict[str, _PageSlot] = {}
        for key, _module, _cls in PAGES:
            self.slots[key] = _PageSlot(key, self.tabs)
            self.tabs.addTab(self.slots[key], "")
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.page(PAGES[0][0])
        self.ctx.changed.connect(self._on_changed)
        self.ctx.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.ctx.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        if old is not None:
            old.dispose()
        settings.add_recent_file(str(event.path))
        self.apply_desk_mode()
        self._retranslate_window()   # the pages were just built in the current language

    @property
    def current_event(self) -> Event:
        # Not ``event``: that name is QWidget.event(), which Qt calls.
        return self.ctx.event

    def _on_changed(self, changes) -> None:
        if changes.event or changes.attendees or changes.seats or changes.checkins:
            self._update_status()

    def _update_status(self) -> None:
        s = self.current_event.summary()
        self.status_label.setText(self.tr("%1 人 · 已排座 %2 · 签到记录 %3").replace("%1", str(s["attendees"]))
                                  .replace("%2", str(s["assigned"])).replace("%3", str(s["checkins"])))
        title = f"{self.current_event.info.name} — {self.current_event.path.name}"
        if self.current_event.read_only:
            title += self.tr("（只读）")
        self.setWindowTitle(title)

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built on first use."""
        if key not in self.pages:
            _key, module, cls = next(p for p in PAGES if p[0] == key)
            page = getattr(importlib.import_module(module), cls)(self.ctx, self.slots[key])
            self.slots[key].layout().addWidget(page)
            self.slots[key].page = page
            self.pages[key] = page
            if hasattr(page, "set_desk_mode"):
                page.set_desk_mode(self._in_desk_mode())
        return self.pages[key]

    def route_scan(self, text: str) -> None:
        """A scanner's code from anywhere in the app goes to the desk (see ui/scanner_router.py)."""
        self.page("checkin").take_scan(text)

    def show_page(self, key: str) -> None:
        self.page(key)
        self.tabs.setCurrentWidget(self.slots[key])

    def _on_tab_changed(self, index: int) -> None:
        slot = self.tabs.widget(index)
        if isinstance(slot, _PageSlot):
            self.page(slot.key)

    # --- menus ----------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.new_action = self._action(self.file_menu, QKeySequence.StandardKey.New, self.new_event)
        self.open_action = self._action(self.file_menu, QKeySequence.StandardKey.Open, self.open_event_dialog)
        self.save_as_action = self._action(self.file_menu, QKeySequence.StandardKey.SaveAs, self.save_event_as)
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addSeparator()
        self.backup_action = self._action(self.file_menu, None, self.backup_event)
        self.restore_action = self._action(self.file_menu, None, self.restore_backup)
        self.file_menu.addSeparator()
        self.settings_action = self._action(self.file_menu, None, self.edit_event_settings)
        self.pin_action = self._action(self.file_menu, None, self.set_organiser_pin)
        self.desk_mode_action = self._action(self.file_menu, None, self.toggle_desk_mode)
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, QKeySequence.StandardKey.Quit, self.close)
        self.edit_menu = self.menuBar().addMenu("")
        self.undo_action = self._action(self.edit_menu, QKeySequence.StandardKey.Undo, lambda: self.ctx.undo_stack.undo())
        self.redo_action = self._action(self.edit_menu, QKeySequence.StandardKey.Redo, lambda: self.ctx.undo_stack.redo())
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = self._action(self.help_menu, None, self.show_about)

    def _action(self, menu, shortcut, slot) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def retranslate_ui(self) -> None:
        """After a language change: the window and every page built so far."""
        self._retranslate_window()
        for page in self.pages.values():
            if hasattr(page, "retranslate_ui"):
                page.retranslate_ui()

    def _retranslate_window(self) -> None:
        self.file_menu.setTitle(self.tr("文件(&F)"))
        self.new_action.setText(self.tr("新建活动…"))
        self.open_action.setText(self.tr("打开活动…"))
        self.save_as_action.setText(self.tr("另存为…"))
        self.recent_menu.setTitle(self.tr("最近打开"))
        self.backup_action.setText(self.tr("备份到文件…"))
        self.restore_action.setText(self.tr("从备份恢复…"))
        self.settings_action.setText(self.tr("活动设置…"))
        self.pin_action.setText(self.tr("设置主办方 PIN…"))
        self.desk_mode_action.setText(self.tr("退出签到台模式…") if self._in_desk_mode() else self.tr("进入签到台模式"))
        self.quit_action.setText(self.tr("退出"))
        self.edit_menu.setTitle(self.tr("编辑(&E)"))
        self.undo_action.setText(self.tr("撤销"))
        self.redo_action.setText(self.tr("重做"))
        self.help_menu.setTitle(self.tr("帮助(&H)"))
        self.about_action.setText(self.tr("关于会务助手…"))
        titles = {"roster": self.tr("名单"), "seating": self.tr("座位"), "printing": self.tr("打印"),
                  "checkin": self.tr("签到"), "report": self.tr("报表"), "prepare": self.tr("准备")}
        for key, slot in self.slots.items():
            self.tabs.setTabText(self.tabs.indexOf(slot), titles[key])
        self._update_status()

    def show_about(self) -> None:
        from ui.about_dialog import AboutDialog
        AboutDialog(self).exec()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in settings.recent_files():
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_event_path(p))

    # --- file operations ------------------------------------------------------------------------
    def open_event_dialog(self) -> None:
        path, _ = file_dialogs.get_open_file_name(self, self.tr("打开活动"), str(self.current_event.path.parent), FILE_FILTER,
                                                  allow_event=True)
        if path:
            self.open_event_path(path)

    def open_event_path(self, path: str) -> bool:
        if Path(path).resolve() == self.current_event.path.resolve():
            return True                     # already open here (a second handle would share our lock)
        event = open_for_window(self, path)
        if event is None:
            return False
        self.set_event(event)
        return True

    def new_event(self) -> None:
        """The event's details and categories first, then where to save it; a new event opens on 准备."""
        from ui import new_event_dialog
        answer = new_event_dialog.ask_new_event(self)
        if answer is None:
            return
        info, categories = answer
        suggested = str(self.current_event.path.parent / f"{info.name}.ceremony")
        path, _ = file_dialogs.get_save_file_name(self, self.tr("新建活动"), suggested, FILE_FILTER)
        if not path:
            return
        try:
            event = Event.create(_with_suffix(path), info, categories)
            event.hold("app")
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc, self.tr("无法新建活动"))
            return
        self.set_event(event)
        self.show_page("prepare")             # what to do first, each with a button to the place that does it

    def save_event_as(self) -> None:
        path, _ = file_dialogs.get_save_file_name(self, self.tr("另存为"), str(self.current_event.path.parent), FILE_FILTER)
        if not path:
            return
        try:
            event = self.current_event.save_as(_with_suffix(path))
            event.hold("app")
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc, self.tr("无法另存为"))
            return
        self.set_event(event)

    def edit_event_settings(self) -> None:
        event = self.current_event
        values = {entry.key: event.setting(entry.key) for entry in dialog_settings()}
        dialog = EventSettingsDialog(event.info, values, self)
        if dialog.exec() != EventSettingsDialog.Accepted:
            return
        try:
            changes = event.update_info(dialog.info())
            for key, value in dialog.settings().items():
                changes |= event.set_setting(key, value)
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc)
            return
        self.ctx.apply(changes)

    # --- desk mode ---------------------------------------------------------------------------------
    def _in_desk_mode(self) -> bool:
        return self.ctx is not None and self.current_event.desk_mode

    def apply_desk_mode(self) -> None:
        """Desk mode shows the check-in page only and hides everything that edits, imports or exports."""
        on = self._in_desk_mode()
        for key, slot in self.slots.items():
            self.tabs.setTabVisible(self.tabs.indexOf(slot), key == "checkin" or not on)
        for action in (self.new_action, self.open_action, self.save_as_action, self.backup_action,
                       self.restore_action, self.settings_action, self.pin_action, self.undo_action,
                       self.redo_action):
            action.setVisible(not on)
        self.recent_menu.menuAction().setVisible(not on)
        self.edit_menu.menuAction().setVisible(not on)
        self.desk_mode_action.setEnabled(not self.current_event.read_only)
        if on:
            self.show_page("checkin")
        for page in self.pages.values():
            if hasattr(page, "set_desk_mode"):
                page.set_desk_mode(on)

    def toggle_desk_mode(self) -> None:
        from ui.pin_dialog import ask_pin
        event = self.current_event
        try:
            if event.desk_mode:
                pin = ask_pin(self, self.tr("退出签到台模式"), self.tr("请输入主办方 PIN："))
                if pin is None:
                    return
                changes = event.leave_desk_mode(pin)
            else:
                if not event.has_organiser_pin and not self.set_organiser_pin():
                    return
                changes = event.enter_desk_mode()
        except Exception as exc:  # noqa: BLE001 - a wrong PIN is a message
            messages.show_error(self, exc, self.tr("签到台模式"))
            return
        self.ctx.apply(changes)
        self.apply_desk_mode()
        self._retranslate_window()

    def set_organiser_pin(self) -> bool:
        from ui.pin_dialog import ask_pin
        event = self.current_event
        old = None
        if event.has_organiser_pin:
            old = ask_pin(self, self.tr("设置主办方 PIN"), self.tr("请输入原来的 PIN："))
            if old is None:
                return False
        pin = ask_pin(self, self.tr("设置主办方 PIN"),
                      self.tr("签到台模式需要主办方 PIN 才能退出（4 位以上）："), confirm=True)
        if pin is None:
            return False
        try:
            self.ctx.apply(event.set_organiser_pin(pin, old))
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc, self.tr("设置主办方 PIN"))
            return False
        return True

    # --- backups ----------------------------------------------------------------------------------
    def _periodic_backup(self) -> None:
        try:
            made = self.current_event.backups.tick()
        except Exception as exc:  # noqa: BLE001 - a failed periodic backup is a note, not a dialog
            self.statusBar().showMessage(self.tr("自动备份失败：%1").replace("%1", messages.error_text(exc)), 15000)
            return
        if made is not None:
            self.statusBar().showMessage(self.tr("已自动备份 %1").replace("%1", f"{made.at:%H:%M}"), 5000)

    def backup_event(self) -> None:
        event = self.current_event
        suggested = event.path.with_name(f"{event.path.stem}-备份{datetime.now():%Y%m%d-%H%M}{event.path.suffix}")
        path, _ = file_dialogs.get_save_file_name(self, self.tr("备份到文件"), str(suggested), FILE_FILTER)
        if not path:
            return
        try:
            event.export_backup(_with_suffix(path))
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc, self.tr("无法备份"))
            return
        self.statusBar().showMessage(self.tr("已备份到 %1").replace("%1", path), 8000)

    def restore_backup(self) -> None:
        from ui.backup_dialog import BackupDialog
        path = self.current_event.path
        dialog = BackupDialog(list_backups(path), self)
        if dialog.exec() != BackupDialog.Accepted or dialog.chosen() is None:
            return
        if not messages.ask(self, self.tr("从备份恢复"), self.tr("用 %1 的备份替换当前活动文件吗？当前文件会先另存为一个备份。")
                            .replace("%1", f"{dialog.chosen().at:%Y-%m-%d %H:%M:%S}")):
            return
        self.ctx.event.close()              # nobody may hold the file while it is replaced
        try:
            restore(path, dialog.chosen().path)
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc, self.tr("无法恢复备份"))
        event = open_for_window(self, path)
        if event is not None:
            self.set_event(event, dispose_old=False)

    def closeEvent(self, event) -> None:
        settings.save_window_geometry(self.saveGeometry())
        super().closeEvent(event)


def fit_to_screen(window: QMainWindow) -> None:
    """First start: 1280×800 when the screen has room, else maximised inside the available area."""
    area = window.screen().availableGeometry()
    if area.width() < SMALL_SCREEN[0] or area.height() < SMALL_SCREEN[1]:
        window.setGeometry(area)
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return
    window.resize(DEFAULT_SIZE[0], DEFAULT_SIZE[1])
    window.move(area.center() - window.rect().center())


def keep_on_screen(window: QMainWindow) -> None:
    """A size remembered on a bigger screen is cut down to this one's available area."""
    area = window.screen().availableGeometry()
    if window.isMaximized():
        return
    frame = window.frameGeometry()
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    window.resize(width, height)
    x = min(max(window.x(), area.left()), area.right() - width - extra_w + 1)
    y = min(max(window.y(), area.top()), area.bottom() - height - extra_h + 1)
    window.move(x, y)


def _with_suffix(path: str) -> Path:
    p = Path(path)
    return p if p.suffix else p.with_suffix(".ceremony")
