"""A thin table model over the roster list."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ceremony.models import Attendee


class Column(IntEnum):
    RANK = 0
    NAME = 1
    GENDER = 2
    UNIT = 3
    TITLE = 4
    CATEGORY = 5
    PHONE = 6
    BADGE = 7


_FIELDS = {Column.RANK: "rank", Column.NAME: "name", Column.GENDER: "gender", Column.UNIT: "unit",
           Column.TITLE: "title", Column.CATEGORY: "category", Column.PHONE: "phone", Column.BADGE: "badge_no"}


class RosterTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._people: list[Attendee] = []

    def headers(self) -> list[str]:
        return [self.tr("位次"), self.tr("姓名"), self.tr("性别"), self.tr("单位"), self.tr("职务"),
                self.tr("类别"), self.tr("手机"), self.tr("证号")]

    def set_people(self, people: list[Attendee]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        person = self._people[index.row()]
        if role == Qt.DisplayRole:
            return getattr(person, _FIELDS[Column(index.column())])
        if role == Qt.UserRole:
            return person
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.headers()[section]
        return super().headerData(section, orientation, role)
