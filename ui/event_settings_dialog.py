"""活动设置: name, date and time, venue, theme, hosts, organiser, desk name and health check."""

from __future__ import annotations

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (QCheckBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit,
                               QPlainTextEdit)

from ceremony.models import EventInfo


class EventSettingsDialog(QDialog):
    def __init__(self, info: EventInfo, desk_name: str, health_check: bool, parent=None):
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
        self.desk_edit = QLineEdit(desk_name)
        self.health_box = QCheckBox(self.tr("签到时进行健康检查（体温、粤康码、行程卡、口罩）"))
        self.health_box.setChecked(health_check)
        form = QFormLayout(self)
        form.addRow(self.tr("活动名称"), self.name_edit)
        form.addRow(self.tr("时间"), self.time_edit)
        form.addRow(self.tr("地点"), self.venue_edit)
        form.addRow(self.tr("主题"), self.theme_edit)
        form.addRow(self.tr("主办单位（用顿号分隔）"), self.hosts_edit)
        form.addRow(self.tr("承办单位"), self.organiser_edit)
        form.addRow(self.tr("本签到台名称"), self.desk_edit)
        form.addRow("", self.health_box)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())

    def _accept(self) -> None:
        if not self.name_edit.text().strip():
            self.name_edit.setFocus()
            self.name_edit.setPlaceholderText(self.tr("请填写活动名称"))
            return
        self.accept()

    def info(self) -> EventInfo:
        hosts = [h.strip() for h in self.hosts_edit.toPlainText().replace(",", "、").replace("，", "、").split("、")]
        return EventInfo(uid=self._uid, name=self.name_edit.text().strip(),
                         starts_at=self.time_edit.dateTime().toPython().replace(second=0, microsecond=0),
                         venue=self.venue_edit.text().strip(), theme=self.theme_edit.text().strip(),
                         hosts=tuple(h for h in hosts if h), organiser=self.organiser_edit.text().strip())

    def desk_name(self) -> str:
        return self.desk_edit.text().strip()

    def health_check(self) -> bool:
        return self.health_box.isChecked()
