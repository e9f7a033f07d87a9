"""The health gate inputs (2020): temperature, 粤康码 colour, 行程卡 flag, mask."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QWidget

from ceremony.checkin import FEVER_AT, GREEN, RED, YELLOW, HealthReading

NOT_MEASURED = 30.0      # the spin box's minimum shows as "未测"


class CheckinHealthPanel(QWidget):
    """Values apply to the next scan; the temperature resets after each guest."""

    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.temp_label = QLabel(self)
        self.temperature = QDoubleSpinBox(self)
        self.temperature.setRange(NOT_MEASURED, 43.0)
        self.temperature.setDecimals(1)
        self.temperature.setSingleStep(0.1)
        self.temperature.setSuffix(" °C")
        self.code_label = QLabel(self)
        self.code = QComboBox(self)
        self.trip = QCheckBox(self)
        self.mask = QCheckBox(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.temp_label, self.temperature, self.code_label, self.code, self.trip, self.mask):
            layout.addWidget(w)
        layout.addStretch(1)
        for signal in (self.temperature.editingFinished, self.code.activated, self.trip.clicked, self.mask.clicked):
            signal.connect(self.edited)
        self.retranslate_ui()
        self.set_values(None, GREEN, False, True)

    def retranslate_ui(self) -> None:
        self.temp_label.setText(self.tr("体温"))
        self.temperature.setSpecialValueText(self.tr("未测"))
        self.temperature.setToolTip(self.tr("≥%1 °C 请复测，复测仍异常则谢绝入场；也可在扫码框输入如 36.5 后回车")
                                    .replace("%1", str(FEVER_AT)))
        self.code_label.setText(self.tr("粤康码"))
        current = self.code.currentData()
        self.code.clear()
        for text, value in ((self.tr("绿码"), GREEN), (self.tr("黄码"), YELLOW), (self.tr("红码"), RED),
                            (self.tr("未查验"), "")):
            self.code.addItem(text, value)
        self.code.setCurrentIndex(max(0, self.code.findData(current if current is not None else GREEN)))
        self.trip.setText(self.tr("行程卡有中高风险地区"))
        self.mask.setText(self.tr("已戴口罩"))

    def set_values(self, temperature: float | None, code: str, trip: bool, mask: bool) -> None:
        self.temperature.setValue(NOT_MEASURED if temperature is None else temperature)
        self.code.setCurrentIndex(max(0, self.code.findData(code)))
        self.trip.setChecked(trip)
        self.mask.setChecked(mask)

    def set_temperature(self, value: float) -> None:
        self.temperature.setValue(value)

    def reading(self) -> HealthReading:
        value = self.temperature.value()
        temp = None if value <= NOT_MEASURED else round(value, 1)
        return HealthReading(temp, self.code.currentData() or "", self.trip.isChecked(), self.mask.isChecked())

    def next_guest(self) -> None:
        """After a scan: reset for the next guest (the desk remembers who must be re-measured)."""
        self.set_values(None, GREEN, False, True)
