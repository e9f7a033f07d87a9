"""Search results at the desk: a thin table model over the people the roster search returns."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor


from ceremony.deskmode import masked_phone
from ceremony.models import Attendee


class Column(IntEnum):
    NAME = 0
    UNIT = 1
    TITLE = 2
    BADGE = 3
    STATE = 4
    PHONE = 5          # the last four digits only: what the desk needs to tell two 王伟 apart


_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole, Qt.ItemDataRole.ForegroundRole})


class CheckinSearchModel(QAbstractTableModel):
    """Rows: (Attendee, arrived?); Qt.ItemDataRole.UserRole returns the Attendee."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[Attendee, bool]] = []

    def set_rows(self, rows: list[tuple[Attendee, bool]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def person(self, row: int) -> Attendee | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = {Column.NAME: self.tr("姓名"), Column.UNIT: self.tr("单位"), Column.TITLE: self.tr("职务"),
                 Column.BADGE: self.tr("证号"), Column.STATE: self.tr("状态"), Column.PHONE: self.tr("手机")}
        return names.get(section)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person, arrived = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return person
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(person, arrived, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == Column.STATE:
            return QColor("#1b7f3b") if arrived else QColor("#9e9e9e")
        return None

    def _text(self, person: Attendee, arrived: bool, column: int) -> str:
        if column == Column.NAME:
            return person.name
        if column == Column.UNIT:
            return person.unit
        if column == Column.TITLE:
            return person.title
        if column == Column.BADGE:
            return person.badge_no
        if column == Column.STATE:
            return self.tr("已到") if arrived else self._mark(person)
        if column == Column.PHONE:
            last = masked_phone(person.phone)
            return self.tr("尾号%1").replace("%1", last) if last else ""
        return None

    def _mark(self, person: Attendee) -> str:
        return {"leave": self.tr("请假"), "absent": self.tr("缺席"), "substitute": self.tr("代参加")}.get(
            person.attendance, self.tr("未到"))
