"""活动设置: name, date and time, venue, theme, hosts, organiser, then every registered setting
marked for the dialog (:mod:`ceremony.settings`) — one widget per setting, made from its type."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit,
                               QPlainTextEdit, QSpinBox, QWidget)

from ceremony.models import EventInfo
from ceremony.settings import Setting, SettingError, dialog_settings
from ui import messages


def setting_label(entry: Setting) -> str:
    return QCoreApplication.translate("Settings", entry.label)


class EventSettingsDialog(QDialog):
    def __init__(self, info: EventInfo, values: dict[str, Any], parent=None):
        """``values``: the current value of every setting :func:`dialog_settings` names."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("活动设置"))
        self._uid = info.uid
        self.name_edit = QLineEdit(info.name)
        self.time_edit = QDateTimeEdit(QDateTime(info.starts_at))
        self.time_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.time_edit.setCalendarPopup(True)
        self.venue_edit = QLineEdit(info.venue)
        self.theme_edit = QLineEdit(info.theme)
        self.hosts_edit = QPlainTextEdit("、".join(info.hosts))
        self.hosts_edit.setFixedHeight(70)
        self.organiser_edit = QLineEdit(info.organiser)
        form = QFormLayout(self)
        form.addRow(self.tr("活动名称"), self.name_edit)
        form.addRow(self.tr("时间"), self.time_edit)
        form.addRow(self.tr("地点"), self.venue_edit)
        form.addRow(self.tr("主题"), self.theme_edit)
        form.addRow(self.tr("主办单位（用顿号分隔）"), self.hosts_edit)
        form.addRow(self.tr("承办单位"), self.organiser_edit)
        self.setting_widgets: dict[str, QWidget] = {}
        for entry in dialog_settings():
            widget = _widget_for(entry, values.get(entry.key, entry.default))
            self.setting_widgets[entry.key] = widget
            form.addRow("" if entry.kind is bool else setting_label(entry), widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())

    def _accept(self) -> None:
        if not self.name_edit.text().strip():
            self.name_edit.setFocus()
            self.name_edit.setPlaceholderText(self.tr("请填写活动名称"))
            return
        try:
            for entry in dialog_settings():
                entry.validate(self._raw(entry))
        except SettingError as exc:
            messages.show_error(self, exc, self.tr("设置有误"))
            self.setting_widgets[exc.params["key"]].setFocus()
            return
        self.accept()

    def info(self) -> EventInfo:
        hosts = [h.strip() for h in self.hosts_edit.toPlainText().replace(",", "、").replace("，", "、").split("、")]
        return EventInfo(uid=self._uid, name=self.name_edit.text().strip(),
                         starts_at=self.time_edit.dateTime().toPython().replace(second=0, microsecond=0),
                         venue=self.venue_edit.text().strip(), theme=self.theme_edit.text().strip(),
                         hosts=tuple(h for h in hosts if h), organiser=self.organiser_edit.text().strip())

    def settings(self) -> dict[str, Any]:
        """The dialog's settings, validated by the registry (call after the dialog was accepted)."""
        return {entry.key: entry.validate(self._raw(entry)) for entry in dialog_settings()}

    def _raw(self, entry: Setting) -> Any:
        widget = self.setting_widgets[entry.key]
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QSpinBox):
            return widget.value()
        return widget.text()


def _widget_for(entry: Setting, value: Any) -> QWidget:
    if entry.kind is bool:
        box = QCheckBox(setting_label(entry))
        box.setChecked(bool(value))
        return box
    if entry.choices:
        combo = QComboBox()
        for choice, label in entry.choices:
            combo.addItem(QCoreApplication.translate("Settings", label), choice)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        return combo
    if entry.kind is int:
        spin = QSpinBox()
        spin.setRange(entry.low if entry.low is not None else -10**9, entry.high if entry.high is not None else 10**9)
        spin.setValue(int(value))
        return spin
    return QLineEdit(str(value))
