"""新建活动: the event's name, date and time, venue, hosts and organiser, and its starting categories.

The categories table starts from :data:`ceremony.categories.STARTER_CATEGORIES`; rows can be edited, removed
and added (all of it can be changed later in the 名单 page).
"""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from ceremony.categories import STARTER_CATEGORIES
from ceremony.models import Category, EventInfo

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


class NewEventDialog(QDialog):
    def __init__(self, parent=None, name: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("新建活动"))
        starts = datetime.now().replace(hour=10, minute=0, second=0, microsecond=0)
        self.name_edit = QLineEdit(name)
        self.time_edit = QDateTimeEdit(QDateTime(starts))
        self.time_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.time_edit.setCalendarPopup(True)
        self.venue_edit = QLineEdit()
        self.hosts_edit = QLineEdit()
        self.hosts_edit.setPlaceholderText(self.tr("多个单位用顿号分隔"))
        self.organiser_edit = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("活动名称"), self.name_edit)
        form.addRow(self.tr("时间"), self.time_edit)
        form.addRow(self.tr("地点"), self.venue_edit)
        form.addRow(self.tr("主办单位"), self.hosts_edit)
        form.addRow(self.tr("承办单位"), self.organiser_edit)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("类别"), self.tr("证件类别"), self.tr("颜色"), self.tr("默认分区")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.itemChanged.connect(self._color_changed)
        for cat in STARTER_CATEGORIES:
            self.add_row(cat)
        self.add_button = QPushButton(self.tr("添加类别"))
        self.add_button.clicked.connect(lambda: self.add_row(None))
        self.remove_button = QPushButton(self.tr("删除所选类别"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_button)
        buttons_row.addWidget(self.remove_button)
        buttons_row.addStretch(1)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00000")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("人员类别（以后可在名单页修改）")))
        layout.addWidget(self.table)
        layout.addLayout(buttons_row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(680, 640)

    # --- categories ---------------------------------------------------------------------------------------
    def add_row(self, cat: Category | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = (cat.name, cat.badge_class, cat.color, cat.zone) if cat else ("", self.tr("代表证"), "#C00000", "")
        for column, value in enumerate(values):
            self.table.setItem(row, column, QTableWidgetItem(value))
        if cat is None:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def _color_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 2 and _COLOR.match(item.text().strip()):
            color = QColor(item.text().strip())
            item.setBackground(color)
            item.setForeground(QColor("white") if color.lightness() < 140 else QColor("black"))

    def categories(self) -> list[Category]:
        """The table's categories; raises ValueError naming the row when one is wrong."""
        cats, seen = [], set()
        for row in range(self.table.rowCount()):
            name, badge, color, zone = ((self.table.item(row, c).text().strip() if self.table.item(row, c) else "")
                                        for c in range(4))
            if not name and not badge:
                continue
            if not name:
                raise ValueError(self.tr("第 %1 行：请填写类别名称").replace("%1", str(row + 1)))
            if name in seen:
                raise ValueError(self.tr("第 %1 行：类别「%2」重复").replace("%1", str(row + 1)).replace("%2", name))
            if not _COLOR.match(color):
                raise ValueError(self.tr("第 %1 行：颜色应写成 #RRGGBB，如 #C00000").replace("%1", str(row + 1)))
            seen.add(name)
            cats.append(Category(name, badge or self.tr("代表证"), color.upper(), zone, len(cats) + 1))
        return cats

    # --- result -------------------------------------------------------------------------------------------
    def info(self) -> EventInfo:
        hosts = [h.strip() for h in re.split(r"[、,，;；]", self.hosts_edit.text())]
        return EventInfo(uid="", name=self.name_edit.text().strip(),
                         starts_at=self.time_edit.dateTime().toPython().replace(second=0, microsecond=0),
                         venue=self.venue_edit.text().strip(), hosts=tuple(h for h in hosts if h),
                         organiser=self.organiser_edit.text().strip())

    def _accept(self) -> None:
        if not self.name_edit.text().strip():
            self.error.setText(self.tr("请填写活动名称"))
            self.name_edit.setFocus()
            return
        try:
            self.categories()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        self.accept()


def ask_new_event(parent, name: str = "") -> tuple[EventInfo, list[Category]] | None:
    """The dialog, run modally: (info, categories) or None when cancelled. Tests replace this."""
    dialog = NewEventDialog(parent, name)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.info(), dialog.categories()
