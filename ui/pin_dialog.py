"""Asking for the organiser's PIN (desk mode); ``ask_pin`` is the one function tests replace."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit


class PinDialog(QDialog):
    def __init__(self, title: str, text: str, confirm: bool = False, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QFormLayout(self)
        layout.addRow(QLabel(text))
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addRow(self.tr("PIN"), self.pin)
        self.again = None
        if confirm:
            self.again = QLineEdit(self)
            self.again.setEchoMode(QLineEdit.EchoMode.Password)
            layout.addRow(self.tr("再输入一次"), self.again)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c62828;")
        layout.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def _accept(self) -> None:
        if self.again is not None and self.again.text() != self.pin.text():
            self.error.setText(self.tr("两次输入的 PIN 不一致"))
            return
        self.accept()


def ask_pin(parent, title: str, text: str, confirm: bool = False) -> str | None:
    """The PIN typed, or None when cancelled. Tests replace this function."""
    dialog = PinDialog(title, text, confirm, parent)
    return dialog.pin.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
