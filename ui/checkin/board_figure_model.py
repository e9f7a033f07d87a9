"""Table model for the board's 应到/实到/未到 rows (by category or by zone)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor



class BoardFigureModel(QAbstractTableModel):
    """Rows are ceremony.checkin.board.GroupFigure; the last row is the total."""

    COLUMNS = ("name", "expected", "arrived", "pending", "late", "leave", "absent", "rate")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, figures, total=None) -> None:
        self.beginResetModel()
        self._rows = list(figures) + ([("__total__", total)] if total is not None else [])
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < len(self.COLUMNS):
            return None
        return (self.tr("分组"), self.tr("应到"), self.tr("实到"), self.tr("未到"), self.tr("迟到"),
                self.tr("请假"), self.tr("缺席"), self.tr("到会率"))[section]

    def _row(self, row: int):
        item = self._rows[row]
        if isinstance(item, tuple):
            return self.tr("合计"), "", item[1]
        return item.name or self.tr("（未分组）"), item.color, item.tally

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name, color, t = self._row(index.row())
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return t
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "name":
                return name
            if col == "rate":
                return f"{t.rate * 100:.0f}%"
            return getattr(t, col)
        if role == Qt.ItemDataRole.DecorationRole and col == "name" and color:
            return QColor(color)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != "name":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
