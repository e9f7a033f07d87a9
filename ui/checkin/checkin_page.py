"""签到 page: the front desk, usable by keyboard alone.

One input always has focus. A USB scanner types a code and Enter into it; staff
type a name, pinyin, initials, phone digits or badge number into the same input
and pick a result with Up/Down + Enter. Typing a temperature such as ``36.5``
and Enter fills the health gate. F6 camera, F8 walk-in, F9 correction,
F10 undo, F11 welcome display.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTime, QTimer
from PySide6.QtGui import QFont, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QScrollArea, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget)

from ceremony import codes
from ceremony.models import CheckinEntry

from ui.checkin import checkin_correction_dialog as dialogs
from ui import messages
from ui.checkin.board_panel import BoardPanel
from ui.checkin.checkin_health_panel import CheckinHealthPanel
from ui.checkin.checkin_log_model import CheckinLogModel
from ui.checkin.checkin_result_panel import CheckinResultPanel
from ui.checkin.checkin_search_model import CheckinSearchModel
from ui.checkin.checkin_sounds import CheckinSounds
from ui.checkin.checkin_toolbar import CheckinToolbar
from ui.checkin.scan_toast import ScanToast
from ui.context import EventContext
from ui.sync import sync_actions
from ui.sync.sync_controller import SyncController
from ui.sync.sync_status_widget import SyncStatusWidget

TEMPERATURE = re.compile(r"(3[4-9]|4[0-2])([.。]\d)?")
MAX_SEARCH = 32
SEARCH_ROWS = 12      # what the side table shows without scrolling


class CheckinPage(QWidget):
    def __init__(self, ctx: EventContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.last_result = None
        self._walk_in_retry = None
        self.camera = None
        self.welcome = None
        self.sounds = CheckinSounds(self)
        self.toolbar = CheckinToolbar(self)
        self.health_panel = CheckinHealthPanel(self)
        self.scan_input = QLineEdit(self)
        self.scan_input.setMaxLength(8192)
        font = QFont()
        font.setPointSize(20)
        self.scan_input.setFont(font)
        self.scan_input.installEventFilter(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.count_label = QLabel(self)             # 实到/应到 at a glance, without opening the board
        count_font = QFont()
        count_font.setPointSize(16)
        count_font.setBold(True)
        self.count_label.setFont(count_font)
        self.camera_view = QLabel(self)             # small live view while the camera reads codes
        self.camera_view.setFixedSize(192, 108)
        self.camera_view.setScaledContents(True)
        self.camera_view.hide()
        self.result_panel = CheckinResultPanel(self)
        self.toast = ScanToast(self)                # the result over other pages, dialogs, the welcome display
        self.search_model = CheckinSearchModel(self)
        self.search_view = self._table(self.search_model)
        self.log_model = CheckinLogModel(self)
        self.log_view = self._table(self.log_model)
        self.board_panel = BoardPanel(ctx, self)
        self.tabs = QTabWidget(self)
        self._log_timer = QTimer(self, singleShot=True, interval=150, timeout=self._reload_log)
        # Other desks' check-ins arrive through LAN sync (its own thread), not by polling a shared file.
        self.sync = SyncController(ctx, self)
        self.sync_status = SyncStatusWidget(self.sync, self)
        self._layout()
        self._connect()
        self.retranslate_ui()
        self.reload()
        try:
            ctx.event.checkin.prepare()
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc)
        try:
            self.sync.start()             # a desk's file: keep in step with the host from now on
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc, self.tr("无法启动联网同步"))

    def _table(self, model) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        # Columns share the width (every header readable on a small screen); ResizeToContents would ask the
        # model for every cell on every scan.
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        return view

    def _layout(self) -> None:
        desk = QWidget(self)
        split = QSplitter(Qt.Orientation.Horizontal, desk)
        split.addWidget(self.result_panel)
        side = QSplitter(Qt.Orientation.Vertical, split)
        self.search_title, self.log_title = QLabel(self), QLabel(self)
        for title, view in ((self.search_title, self.search_view), (self.log_title, self.log_view)):
            box = QWidget(side)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(title)
            box_layout.addWidget(view)
            side.addWidget(box)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([55, 45])        # proportions: the lists' columns fit beside the result on a 1280 screen
        QVBoxLayout(desk).addWidget(split)
        self.tabs.addTab(desk, "")
        board_scroll = QScrollArea(self)          # the board needs room; a small window scrolls it
        board_scroll.setWidgetResizable(True)
        board_scroll.setWidget(self.board_panel)
        self.tabs.addTab(board_scroll, "")
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.health_panel)
        row = QHBoxLayout()
        self.input_label = QLabel(self)
        row.addWidget(self.input_label)
        row.addWidget(self.scan_input, 1)
        row.addWidget(self.count_label)
        row.addWidget(self.camera_view)
        layout.addLayout(row)
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.hint, 1)
        hint_row.addWidget(self.sync_status)
        layout.addLayout(hint_row)
        layout.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        self.scan_input.returnPressed.connect(self.submit)
        self.scan_input.textChanged.connect(self._search)
        self.search_view.doubleClicked.connect(lambda _i: self.submit())
        self.health_panel.edited.connect(self.focus_input)
        tb = self.toolbar
        tb.desk_edit.editingFinished.connect(self._save_desk_name)
        tb.camera_button.clicked.connect(self.toggle_camera)
        tb.walkin_button.clicked.connect(self.walk_in)
        tb.correct_button.clicked.connect(self.correct)
        tb.undo_button.clicked.connect(self.undo_selected)
        tb.welcome_button.clicked.connect(self.toggle_welcome)
        tb.sound_box.toggled.connect(self.set_sound_enabled)
        tb.export_action.triggered.connect(self.export_log)
        tb.merge_action.triggered.connect(self.merge_logs)
        for key, slot in ((Qt.Key.Key_F6, self.toggle_camera), (Qt.Key.Key_F8, self.walk_in), (Qt.Key.Key_F9, self.correct),
                          (Qt.Key.Key_F10, self.undo_selected), (Qt.Key.Key_F11, self.toggle_welcome)):
            QShortcut(QKeySequence(key), self, activated=slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.ctx.changed.connect(self._on_changed)
        self.sync_status.host_action.triggered.connect(lambda: sync_actions.open_host_dialog(self, self.sync))
        self.sync_status.join_action.triggered.connect(lambda: sync_actions.open_join_dialog(self, self.sync))
        self.sync_status.setup_action.triggered.connect(lambda: sync_actions.open_setup_dialog(self, self.sync))
        self.destroyed.connect(partial(SyncController.shutdown_threads, self.sync))
        self.board_panel.refreshed.connect(self._on_board)
        app = QApplication.instance()
        app.focusChanged.connect(self._keep_focus)

    def retranslate_ui(self) -> None:
        self.toolbar.retranslate_ui()
        self.health_panel.retranslate_ui()
        self.board_panel.retranslate_ui()
        self.sync_status.retranslate_ui()
        self.tabs.setTabText(0, self.tr("签到"))
        self.tabs.setTabText(1, self.tr("签到实况"))
        self.input_label.setText(self.tr("扫码 / 查找"))
        self.scan_input.setPlaceholderText(self.tr("扫码，或输入姓名、拼音、手机尾号、证号"))
        self.hint.setText(self.tr("↑↓ 选择查找结果，回车签到 · 输入 36.5 回车记录体温 · F6 摄像头 · F8 现场登记"
                                  " · F9 更正 · F10 撤销 · F11 欢迎屏 · Esc 清空"))
        self.search_title.setText(self.tr("查找结果"))
        self.log_title.setText(self.tr("最近签到（选中后 F10 撤销）"))
        self.result_panel.show_result(self.result_panel.result)

    # --- focus and keys ------------------------------------------------------------------------
    def focus_input(self) -> None:
        self.scan_input.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.focus_input)

    def _keep_focus(self, _old, new) -> None:
        # The scanner must always find the input: anything but the editors on this page gives focus back.
        if not self.isVisible() or new is None or new is self.scan_input or not self.isAncestorOf(new):
            return
        if new is self.toolbar.desk_edit or self.health_panel.isAncestorOf(new) or new in (self.search_view,
                                                                                           self.log_view):
            return
        QTimer.singleShot(0, self.focus_input)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.scan_input and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._move_selection(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.scan_input.clear()
                return True
        return super().eventFilter(obj, event)

    def _move_selection(self, step: int) -> None:
        count = self.search_model.rowCount()
        if not count:
            return
        current = self.search_view.currentIndex().row()
        row = min(max(current + step, 0), count - 1) if current >= 0 else 0
        self.search_view.selectRow(row)

    # --- scanning and search --------------------------------------------------------------------
    def _search(self, text: str) -> None:
        text = text.strip()
        if not text or len(text) > MAX_SEARCH or codes.looks_like_code(text) or TEMPERATURE.fullmatch(text):
            if self.search_model.rowCount():
                self.search_model.set_rows([])
            return
        service = self.ctx.event.checkin
        arrived = service.arrivals()
        people = service.search(text, limit=SEARCH_ROWS)
        self.search_model.set_rows([(p, p.id in arrived) for p in people])
        if people:
            self.search_view.selectRow(0)

    def selected_person(self):
        index = self.search_view.currentIndex()
        return self.search_model.person(index.row()) if index.isValid() else None

    def submit(self) -> None:
        """Enter in the input: a code, a picked search result, or a temperature."""
        text = self.scan_input.text()
        picked = None if codes.looks_like_code(text) else self.selected_person()
        self.scan_input.clear()
        if not text.strip():
            return
        if self.health_panel.isVisible() and TEMPERATURE.fullmatch(text.strip()):
            self.health_panel.set_temperature(float(text.strip().replace("。", ".")))
            return
        try:
            self.show_result(self._check_in(text, picked))
        except Exception as exc:  # noqa: BLE001 - e.g. the disk is full: say so, keep the desk usable
            messages.show_error(self, exc, self.tr("签到未能保存"))
            self.focus_input()

    def _check_in(self, text: str, picked):
        service = self.ctx.event.checkin
        reading = self._reading()
        if picked is not None:
            return service.check_in_attendee(picked.id, health=reading)
        result = service.check_in_code(text, health=reading)
        if result.status == "invalid" and len(text.strip()) <= MAX_SEARCH and not codes.looks_like_code(text):
            # Typed text that matched nobody: say so, and point to the walk-in form.
            result = replace(result, reason=self.tr("未找到“%1”，核对后重试，或按 F8 现场登记")
                             .replace("%1", text.strip()))
        return result

    def submit_code(self, text: str) -> None:
        """A code read by the camera."""
        try:
            self.show_result(self._check_in(text, None))
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc, self.tr("签到未能保存"))

    def take_scan(self, text: str) -> None:
        """A scanner's code routed here from anywhere in the app (ui/scanner_router.py); nothing else changes."""
        try:
            result = self._check_in(text, None)
            if result.status == "invalid" or not text.isascii():     # codes are ASCII: an IME changed it
                result = replace(result, status="invalid", reason=self.tr("不是本活动的有效证件码。若扫码枪输入的字符不对：关闭中文输入法、"
                                                        "把键盘布局切换为英文（美式）后重扫；仍不行请按姓名查找"))
            self.show_result(result)
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc, self.tr("签到未能保存"))
            return
        if not self.result_in_view():
            self.toast.show_texts(self.result_panel.state(), self.result_panel.texts(), self.window())

    def result_in_view(self) -> bool:
        """Whether the staff can see the big result panel right now (else the toast shows the result)."""
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
            return False
        welcome = self.welcome is not None and self.welcome.isVisible() and self.welcome.isFullScreen() \
            and self.welcome.screen() is self.window().screen()
        return self.result_panel.isVisible() and self.tabs.currentIndex() == 0 and not welcome

    def _reading(self):
        return self.health_panel.reading() if self.ctx.event.checkin.health_check_on() else None

    def show_result(self, result) -> None:
        self.search_model.set_rows([])
        if result.repeated:
            return              # the accidental second scan: the panel already shows this guest
        self.last_result = result
        self.result_panel.show_result(result)
        self.sounds.play(result.status, result.vip)
        self.health_panel.next_guest()
        self.ctx.apply(result.changes)
        self.sync.nudge()              # push it now; scanning itself never waits for the network
        self._log_timer.start()        # after the result is on screen; a burst reloads once
        self._show_count()
        if self.result_in_view():       # a scan routed from elsewhere leaves the focus where it was
            self.focus_input()

    # --- corrections ----------------------------------------------------------------------------
    def _target_person(self):
        person = self.selected_person()
        if person is None and self.last_result is not None and self.last_result.attendee is not None:
            person = self.last_result.attendee
        return person if person is not None and person.id else None

    def correct(self) -> None:
        person = self._target_person()
        if person is None:
            self.hint.setText(self.tr("请先查找或扫码选中一位人员，再按 F9 更正"))
            return
        now = self.ctx.event.now()
        values = dialogs.run_correction(self, f"{person.name}  {person.unit}", QTime(now.hour, now.minute))
        self.focus_input()
        if values is None:
            return
        service = self.ctx.event.checkin
        try:
            action = values["action"]
            if action == "substitute":
                self.show_result(service.check_in_attendee(person.id, health=self._reading(),
                                                           substitute_name=values["substitute"],
                                                           reason=values["reason"]))
            elif action == "manual":
                at = datetime.combine(self.ctx.event.now().date(), values["time"].toPython())
                self.show_result(service.manual(person.id, at, values["reason"]))
            else:
                self.ctx.apply(service.mark(person.id, "" if action == "clear" else action, values["reason"]))
                done = {"leave": self.tr("已登记请假"), "absent": self.tr("已登记缺席"),
                        "clear": self.tr("已清除请假/缺席/代参加标记")}[action]
                self.result_panel.show_action(done, person.name, values["reason"])
                self._reload_log()
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc, self.tr("无法更正"))

    def undo_selected(self) -> None:
        index = self.log_view.currentIndex()
        row = self.log_model.row_at(index.row()) if index.isValid() else None
        if row is None and self.last_result is not None and self.last_result.checkin_id \
                and self.last_result.status in ("ok", "refused"):
            row = CheckinEntry(id=self.last_result.checkin_id, name=self.last_result.attendee.name)
        if row is None:
            self.hint.setText(self.tr("请在“最近签到”中选中要撤销的记录"))
            return
        reason = dialogs.ask_reason(self, self.tr("撤销签到"),
                                    self.tr("撤销 %1 的签到记录，原因：").replace("%1", row.name))
        self.focus_input()
        if reason is None:
            return
        try:
            self.ctx.apply(self.ctx.event.checkin.undo(row.id, reason))
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc, self.tr("无法撤销"))
        else:
            self.last_result = None         # F10 again must not undo the same record twice
            self.result_panel.show_action(self.tr("已撤销签到"), row.name or "",
                                          self.tr("原因：%1 · 此人重新计为未到，可再次扫码签到").replace("%1", reason))
        self._reload_log()

    def walk_in(self) -> None:
        names = [c.name for c in self.ctx.event.categories()]
        values = dialogs.run_walk_in(self, names, self._walk_in_retry)
        self.focus_input()
        if values is None:
            return
        try:
            result = self.ctx.event.checkin.walk_in(health_reading=self._reading(), **values)
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc, self.tr("无法现场登记"))
            return
        self.show_result(result)
        # A fever on the first reading: the form comes back filled in for the re-measurement.
        self._walk_in_retry = values if result.status == "remeasure" else None
        if result.status == "ok":
            self.print_badge(result.attendee.id)

    def print_badge(self, attendee_id: int) -> None:
        from ui.printing.print_actions import print_single_badge   # printing loads reportlab: only when used
        try:
            print_single_badge(self, self.ctx, attendee_id)
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc, self.tr("证件打印失败"))
        self.focus_input()

    # --- camera, welcome display, settings --------------------------------------------------------
    def toggle_camera(self) -> None:
        from ui.checkin.camera_scanner import RUNNING, CameraScanner
        if self.camera is None:
            self.camera = CameraScanner(self)
            self.camera.decoded.connect(self.submit_code)
            self.camera.state_changed.connect(self.toolbar.show_camera_state)
            self.camera.state_changed.connect(lambda state: self.camera_view.setVisible(state == RUNNING))
            self.camera.preview.connect(lambda image: self.camera_view.setPixmap(QPixmap.fromImage(image)))
        if self.camera.state == RUNNING:
            self.camera.stop()
        else:
            self.camera.start()
        self.focus_input()

    def toggle_welcome(self) -> None:
        from ui.checkin.welcome_window import WelcomeWindow
        if self.welcome is not None and self.welcome.isVisible():
            self.welcome.close()
            self.board_panel.live = False
            return
        info = self.ctx.event.info
        self.welcome = WelcomeWindow(info.name, info.theme, self)
        self.welcome.toggle_requested.connect(self.toggle_welcome)
        self.welcome.show_board(self.board_panel.board)
        self.welcome.show_on(self.toolbar.screen_box.currentIndex(), self.window().screen())
        self.board_panel.live = True
        self.board_panel.schedule_refresh()

    def export_log(self) -> None:
        from ceremony.sync import export_log
        event = self.ctx.event
        suggested = str(event.path.with_name(f"签到记录-{event.checkin.desk_name()}.json"))
        path = dialogs.choose_export_path(self, suggested)
        self.focus_input()
        if not path:
            return
        try:
            count = export_log(event, path)
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc, self.tr("导出失败"))
            return
        self.hint.setText(self.tr("已导出 %1 条签到记录").replace("%1", str(count)))

    def merge_logs(self) -> None:
        from ceremony.sync import merge_log
        from ceremony.models import Changes
        added = duplicates = 0
        undos = []
        for path in dialogs.choose_merge_paths(self):
            try:
                report = merge_log(self.ctx.event, path)
            except Exception as exc:  # noqa: BLE001
                messages.show_error(self, exc, self.tr("合并失败"))
                continue
            added, duplicates = added + report.added, duplicates + report.duplicates
            undos += [f"{name}（{reason}）" for name, reason in report.undos]
        self.focus_input()
        self.ctx.apply(Changes(checkins=True, attendees=True))
        self._reload_log()
        self.hint.setText(self.tr("已合并 %1 条记录；重复签到 %2 人，未重复计数").replace("%1", str(added))
                          .replace("%2", str(duplicates))
                          + (self.tr("；撤销：%1").replace("%1", "、".join(undos)) if undos else ""))

    def _on_board(self, board) -> None:
        if self.welcome is not None and self.welcome.isVisible():
            self.welcome.show_board(board)

    def set_desk_mode(self, on: bool) -> None:
        """Desk mode: no exports (the log holds phones) and no merging files in; check-in stays as it is."""
        for action in self.toolbar.actions():      # a tool bar shows or hides its widgets through their actions
            if self.toolbar.widgetForAction(action) is self.toolbar.sync_button:
                action.setVisible(not on)
        self.toolbar.export_action.setEnabled(not on)
        self.toolbar.merge_action.setEnabled(not on)

    def set_sound_enabled(self, on: bool) -> None:
        self.sounds.enabled = bool(on)
        self.toolbar.sound_box.setChecked(bool(on))

    def _save_desk_name(self) -> None:
        name = self.toolbar.desk_edit.text()
        if name.strip() == self.ctx.event.checkin.desk_name():
            return
        try:
            self.ctx.apply(self.ctx.event.checkin.set_desk_name(name))
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc)
            self.toolbar.desk_edit.setText(self.ctx.event.checkin.desk_name())
        self.focus_input()

    # --- refresh ----------------------------------------------------------------------------------
    def _on_changed(self, changes) -> None:
        if changes.event:
            self.reload()
        elif changes.attendees or changes.checkins:
            self._show_count()

    def reload(self) -> None:
        service = self.ctx.event.checkin
        self.toolbar.desk_edit.setText(service.desk_name())
        self.health_panel.setVisible(service.health_check_on())
        self._reload_log()
        self._show_count()
        self.board_panel.schedule_refresh()

    def _show_count(self) -> None:
        try:
            service = self.ctx.event.checkin
            arrived, expected = len(service.arrivals()), len(service.roster())
        except Exception:  # noqa: BLE001 - a closed file: keep the last figures
            return
        self.count_label.setText(self.tr("实到 %1 / 应到 %2").replace("%1", str(arrived)).replace("%2", str(expected)))

    def _reload_log(self) -> None:
        try:
            self.log_model.set_rows(self.ctx.event.checkin.recent(30))
        except Exception:  # noqa: BLE001 - a closed or busy file: the log view just stays as it was
            pass
