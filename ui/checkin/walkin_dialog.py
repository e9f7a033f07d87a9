"""现场登记: a guest who is not on the roster — name, unit, category, phone."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit


class WalkinDialog(QDialog):
    def __init__(self, categories: list[str], parent=None):
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.unit = QLineEdit(self)
        self.title_edit = QLineEdit(self)
        self.category = QComboBox(self)
        self.category.addItems(categories)
        self.category.setCurrentIndex(-1)       # no default: a walk-in never becomes 市领导 by accident
        self.phone = QLineEdit(self)
        self.phone.setInputMask("")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout(self)
        self.labels = [QLabel(self) for _ in range(5)]
        for label, field in zip(self.labels, (self.name, self.unit, self.title_edit, self.category, self.phone)):
            self.form.addRow(label, field)
        self.form.addRow(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("现场登记（登记、签到并打印证件）"))
        for label, text in zip(self.labels, (self.tr("姓名"), self.tr("单位"), self.tr("职务"), self.tr("类别"),
                                             self.tr("手机"))):
            label.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登记并签到"))
        self.name.setPlaceholderText(self.tr("必填"))
        self.category.setPlaceholderText(self.tr("请选择类别（决定证件和座位区）"))

    def _accept(self) -> None:
        if not self.name.text().strip():
            self.name.setFocus()
            self.name.setPlaceholderText(self.tr("请填写姓名"))
            return
        if self.category.currentIndex() < 0:
            self.category.setFocus()
            self.category.setPlaceholderText(self.tr("请先选择类别"))
            return
        self.accept()

    def set_values(self, values: dict) -> None:
        self.name.setText(values.get("name", ""))
        self.unit.setText(values.get("unit", ""))
        self.title_edit.setText(values.get("title", ""))
        self.category.setCurrentIndex(self.category.findText(values.get("category", "")))
        self.phone.setText(values.get("phone", ""))

    def values(self) -> dict:
        return {"name": self.name.text(), "unit": self.unit.text(), "title": self.title_edit.text(),
                "category": self.category.currentText(), "phone": self.phone.text()}
