"""Per-category badge class text (嘉宾证/代表证/…) and colour band."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QColorDialog, QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton,
                               QTableWidget, QVBoxLayout)

from ceremony.models import Category


def pick_color(parent, current: str) -> str:
    """The colour chooser ('' when cancelled). Tests replace this."""
    color = QColorDialog.getColor(QColor(current), parent)
    return color.name() if color.isValid() else ""


class BadgeClassDialog(QDialog):
    """Edit the class text and colour of every category; :meth:`categories` returns the edited ones."""

    def __init__(self, categories: list[Category], parent=None):
        super().__init__(parent)
        self._original = list(categories)
        self._colors = [c.color for c in categories]
        self.table = QTableWidget(len(categories), 3, self)
        self.class_edits: list[QLineEdit] = []
        self.color_buttons: list[QPushButton] = []
        for row, cat in enumerate(categories):
            self.table.setCellWidget(row, 0, QLabel(cat.name or "—"))
            edit = QLineEdit(cat.badge_class)
            self.table.setCellWidget(row, 1, edit)
            self.class_edits.append(edit)
            button = QPushButton()
            button.clicked.connect(lambda _=False, r=row: self._choose(r))
            self.table.setCellWidget(row, 2, button)
            self.color_buttons.append(button)
            self._show_color(row)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(520, 420)
        self.retranslate_ui()

    def _choose(self, row: int) -> None:
        color = pick_color(self, self._colors[row])
        if color:
            self.set_color(row, color)

    def set_color(self, row: int, color: str) -> None:
        self._colors[row] = color
        self._show_color(row)

    def _show_color(self, row: int) -> None:
        color = self._colors[row]
        self.color_buttons[row].setText(color)
        self.color_buttons[row].setStyleSheet(f"background:{color}; color:{_ink(color)}")

    def categories(self) -> list[Category]:
        """Only the categories whose class text or colour changed."""
        edited = []
        for cat, edit, color in zip(self._original, self.class_edits, self._colors):
            text = edit.text().strip() or cat.badge_class
            if text != cat.badge_class or color != cat.color:
                edited.append(replace(cat, badge_class=text, color=color))
        return edited

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("证件类别与颜色"))
        self.table.setHorizontalHeaderLabels([self.tr("人员类别"), self.tr("证件名称"), self.tr("色带颜色")])
        self.note.setText(self.tr("色带颜色区分证件类别；证件名称总会印在色带上，不只靠颜色。"))


def _ink(color: str) -> str:
    c = QColor(color)
    return "#000000" if 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue() > 160 else "#ffffff"
