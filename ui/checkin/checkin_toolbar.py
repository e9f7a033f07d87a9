"""The check-in page's top row: desk name, camera, walk-in, corrections, welcome display, sound."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QMenu, QPushButton, QToolBar, QToolButton


class CheckinToolbar(QToolBar):
    """A tool bar, so a narrow window folds the last buttons into its overflow menu."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.desk_label = QLabel(self)
        self.desk_edit = QLineEdit(self)
        self.desk_edit.setMaximumWidth(160)
        self.camera_button = QPushButton(self)
        self.camera_state = QLabel(self)
        self.walkin_button = QPushButton(self)
        self.correct_button = QPushButton(self)
        self.undo_button = QPushButton(self)
        self.welcome_button = QPushButton(self)
        self.screen_box = QComboBox(self)
        self.sync_button = QToolButton(self)
        self.sync_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.sync_menu = QMenu(self.sync_button)
        self.export_action = self.sync_menu.addAction("")
        self.merge_action = self.sync_menu.addAction("")
        self.sync_button.setMenu(self.sync_menu)
        self.sound_box = QCheckBox(self)
        self.sound_box.setChecked(True)
        self.setMovable(False)
        self.setFloatable(False)
        for w in (self.desk_label, self.desk_edit, self.camera_button, self.camera_state, self.walkin_button,
                  self.correct_button, self.undo_button, self.welcome_button, self.screen_box, self.sync_button,
                  self.sound_box):
            self.addWidget(w)
            if w is not self.desk_edit:
                w.setFocusPolicy(Qt.FocusPolicy.NoFocus)      # clicks must not steal the scanner's focus
        self._camera_state = "off"

    def retranslate_ui(self) -> None:
        self.desk_label.setText(self.tr("签到台"))
        self.camera_button.setText(self.tr("摄像头扫码 (F6)"))
        self.walkin_button.setText(self.tr("现场登记 (F8)"))
        self.correct_button.setText(self.tr("更正 (F9)"))
        self.undo_button.setText(self.tr("撤销签到 (F10)"))
        self.welcome_button.setText(self.tr("欢迎屏 (F11)"))
        self.sound_box.setText(self.tr("提示音"))
        self.sync_button.setText(self.tr("多台合并"))
        self.export_action.setText(self.tr("导出本台签到记录…"))
        self.merge_action.setText(self.tr("合并其他签到台的记录…"))
        screens = QGuiApplication.screens()
        self.screen_box.clear()
        for i, screen in enumerate(screens):
            self.screen_box.addItem(self.tr("显示器 %1").replace("%1", str(i + 1)) + f" ({screen.name()})")
        self.screen_box.setCurrentIndex(len(screens) - 1)     # the second monitor when there is one
        self.show_camera_state(self._camera_state)

    def show_camera_state(self, state: str) -> None:
        self._camera_state = state
        texts = {"off": "", "no_camera": self.tr("未检测到摄像头，请使用扫码枪或手工查找"),
                 "running": self.tr("摄像头已开启，请将二维码对准镜头"), "error": self.tr("摄像头出错")}
        self.camera_state.setText(texts.get(state, state))
        self.camera_state.setStyleSheet("color: #c62828;" if state in ("no_camera", "error") else "")
