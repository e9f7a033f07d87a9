"""设为分区: name, colour, category and unit of the zone the selected seats join."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QColorDialog, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit,
                               QPushButton)

from ceremony.models import Zone


class VenueZoneDialog(QDialog):
    def __init__(self, zones: list[Zone], categories: list[str], parent=None):
        super().__init__(parent)
        self._zones = {z.name: z for z in zones}
        self._color = "#cfe2f3"
        form = QFormLayout(self)
        self.name = QComboBox(self)
        self.name.setEditable(True)
        self.name.addItems(list(self._zones))
        self.name.setCurrentText("")
        self.name.lineEdit().setPlaceholderText(self.tr("留空表示移出分区"))
        self.color = QPushButton(self)
        self.color.clicked.connect(self._pick_color)
        self.category = QComboBox(self)
        self.category.addItem(self.tr("（无）"), "")
        for name in categories:
            self.category.addItem(name, name)
        self.unit = QLineEdit(self)
        self.name.currentTextChanged.connect(self._zone_chosen)
        form.addRow(self.tr("分区名称"), self.name)
        form.addRow(self.tr("颜色"), self.color)
        form.addRow(self.tr("类别"), self.category)
        form.addRow(self.tr("单位"), self.unit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setWindowTitle(self.tr("设为分区"))
        self._show_color()

    def _zone_chosen(self, name: str) -> None:
        zone = self._zones.get(name)
        if zone:
            self._color = zone.color
            self.category.setCurrentIndex(max(0, self.category.findData(zone.category)))
            self.unit.setText(zone.unit)
            self._show_color()

    def _pick_color(self) -> None:
        color = QColorDialog.getColor(QColor(self._color), self)
        if color.isValid():
            self._color = color.name()
            self._show_color()

    def _show_color(self) -> None:
        self.color.setText(self._color)
        self.color.setStyleSheet(f"background: {self._color}")

    def values(self) -> dict:
        return {"zone": self.name.currentText().strip(), "color": self._color,
                "category": self.category.currentData() or "", "unit": self.unit.text().strip()}
