"""The desk's recent check-in log (newest first): what was scanned, when, with what outcome."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from ceremony.fonts import drawable
from ceremony.models import CheckinEntry


COLUMNS = ("at", "name", "unit", "outcome", "desk")


class CheckinLogModel(QAbstractTableModel):
    """Rows are CheckinEntry records from CheckinService.recent(); Qt.ItemDataRole.UserRole returns the row."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[CheckinEntry] = []

    def set_rows(self, rows: list[CheckinEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> CheckinEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < len(COLUMNS):
            return None
        return (self.tr("时间"), self.tr("姓名"), self.tr("单位"), self.tr("结果"), self.tr("签到台"))[section]

    def outcome(self, row: CheckinEntry) -> str:
        kinds = {"scan": self.tr("扫码"), "search": self.tr("查找"), "manual": self.tr("补签"),
                 "walkin": self.tr("现场登记"), "refused": self.tr("健康未通过"), "undo": self.tr("撤销")}
        text = kinds.get(row.kind, row.kind)
        if row.undone:
            text += self.tr("（已撤销）")
        if row.substitute_name:
            text += self.tr(" 代：") + row.substitute_name
        if row.reason and row.kind in ("refused", "undo"):
            text += " · " + row.reason
        return text

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "at":
                return row.at[11:19]
            if column == "outcome":
                return self.outcome(row)
            return drawable(getattr(row, column) or "")
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.undone or row.kind == "undo":
                return QColor("#9e9e9e")
            if row.status == "refused":
                return QColor("#4a148c")
        return None
