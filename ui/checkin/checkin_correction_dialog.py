"""Corrections for one person at the desk: 请假, 缺席, 代参加, 补签 (with a time), clear the mark."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QInputDialog, QLabel,
                               QLineEdit, QTimeEdit)

from ui import file_dialogs

ACTIONS = ("leave", "absent", "substitute", "manual", "clear")


class CheckinCorrectionDialog(QDialog):
    def __init__(self, person_text: str, now: QTime, parent=None):
        super().__init__(parent)
        self.person = QLabel(person_text, self)
        self.action = QComboBox(self)
        self.reason = QLineEdit(self)
        self.substitute = QLineEdit(self)
        self.time = QTimeEdit(now, self)
        self.time.setDisplayFormat("HH:mm")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout(self)
        self.form.addRow(self.person)
        self.labels = [QLabel(self) for _ in range(4)]
        for label, w in zip(self.labels, (self.action, self.reason, self.substitute, self.time)):
            self.form.addRow(label, w)
        self.form.addRow(self.buttons)
        self.action.currentIndexChanged.connect(self._update)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("签到更正"))
        current = self.action.currentIndex()
        self.action.clear()
        self.action.addItems([self.tr("请假"), self.tr("缺席"), self.tr("代参加（他人代为出席并签到）"),
                              self.tr("补签（填写到达时间）"), self.tr("清除请假/缺席/代参加标记")])
        self.action.setCurrentIndex(max(0, current))
        for label, text in zip(self.labels, (self.tr("操作"), self.tr("原因/备注"), self.tr("代参加人"),
                                             self.tr("到达时间"))):
            label.setText(text)
        self._update()

    def _update(self) -> None:
        action = self.chosen()
        self.substitute.setEnabled(action == "substitute")
        self.time.setEnabled(action == "manual")

    def chosen(self) -> str:
        return ACTIONS[max(0, self.action.currentIndex())]

    def values(self) -> dict:
        return {"action": self.chosen(), "reason": self.reason.text().strip(),
                "substitute": self.substitute.text().strip(), "time": self.time.time()}


def ask_reason(parent, title: str, label: str) -> str | None:
    """A short required text (e.g. why a check-in is undone); None when cancelled. Tests replace this."""
    text, ok = QInputDialog.getText(parent, title, label)
    return text.strip() if ok and text.strip() else None


def run_correction(parent, person_text: str, now: QTime) -> dict | None:
    """Show the correction dialog; None when cancelled. Tests replace this."""
    dialog = CheckinCorrectionDialog(person_text, now, parent)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def run_walk_in(parent, categories: list[str], initial: dict | None = None) -> dict | None:
    """Show the walk-in form (prefilled for a re-measurement); None when cancelled. Tests replace this."""
    from ui.checkin.walkin_dialog import WalkinDialog
    dialog = WalkinDialog(categories, parent)
    if initial:
        dialog.set_values(initial)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def choose_export_path(parent, suggested: str) -> str | None:
    """Where to save this desk's log; None when cancelled. Tests replace this."""
    path, _ = file_dialogs.get_save_file_name(parent, QCoreApplication.translate("CheckinCorrectionDialog", "导出本台签到记录"), suggested, "JSON (*.json)")
    return path or None


def choose_merge_paths(parent) -> list[str]:
    """Other desks' exported logs to merge. Tests replace this."""
    paths, _ = file_dialogs.get_open_file_names(parent, QCoreApplication.translate("CheckinCorrectionDialog", "合并其他签到台的记录"), "", "JSON (*.json)")
    return paths
