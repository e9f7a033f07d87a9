"""The rows of an import plan for the preview dialog: what happens to each, and why."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from ceremony.roster import ADD, INVALID, SKIP, UPDATE, ImportPlan

from ui.messages import message_text, translate_code


class PreviewColumn(IntEnum):
    SOURCE = 0
    ROW = 1
    NAME = 2
    UNIT = 3
    TITLE = 4
    CATEGORY = 5
    PHONE = 6
    ACTION = 7
    NOTE = 8


class ImportPreviewModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.plan: ImportPlan | None = None

    def headers(self) -> list[str]:
        return [self.tr("文件"), self.tr("行"), self.tr("姓名"), self.tr("单位"), self.tr("职务"), self.tr("类别"),
                self.tr("手机"), self.tr("处理"), self.tr("说明")]

    def category_text(self, row) -> str:
        """The category the row will get; a suggestion says so, a row without one says what to do."""
        if row.suggested:
            return self.tr("%1（建议）").replace("%1", row.person.category)
        if row.action == ADD and not row.person.category:
            return self.tr("（未分类）")
        return row.person.category

    def action_text(self, row) -> str:
        if row.action == ADD and row.is_duplicate:
            return self.tr("保留两人")
        return {ADD: self.tr("新增"), UPDATE: self.tr("更新"), SKIP: self.tr("跳过"),
                INVALID: self.tr("无法导入")}[row.action]

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self.plan = plan
        self.endResetModel()

    def rows_changed(self, rows: list[int]) -> None:
        for r in rows:
            self.dataChanged.emit(self.index(r, 0), self.index(r, len(PreviewColumn) - 1))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.plan is None else len(self.plan.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(PreviewColumn)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.plan is None:
            return None
        row = self.plan.rows[index.row()]
        column = PreviewColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and column in (PreviewColumn.ACTION, PreviewColumn.NOTE):
            if row.action == INVALID:
                return QColor("#c62828")
            if row.is_duplicate or row.warnings:
                return QColor("#b26a00")
        if role == Qt.ItemDataRole.ForegroundRole and column == PreviewColumn.CATEGORY:
            if row.suggested:
                return QColor("#1565c0")          # a suggestion: the user may change it
            if row.action == ADD and not row.person.category:
                return QColor("#c62828")
        return None

    def _display(self, row, column: PreviewColumn):
        p = row.person
        values = {PreviewColumn.SOURCE: row.source, PreviewColumn.ROW: row.row_no, PreviewColumn.NAME: p.name,
                  PreviewColumn.UNIT: p.unit, PreviewColumn.TITLE: p.title, PreviewColumn.PHONE: p.phone}
        if column in values:
            return values[column]
        if column == PreviewColumn.ACTION:
            return self.action_text(row)
        if column == PreviewColumn.CATEGORY:
            return self.category_text(row)
        return self.note_text(row)

    def note_text(self, row) -> str:
        """Why the row is a duplicate, then its errors and warnings ("column: problem"), translated."""
        notes = [self.tr("%1: %2").replace("%1", translate_code(p.column_code, {})).replace("%2", message_text(p.message))
                 for p in row.errors + row.warnings]
        return self.tr("；").join(([message_text(row.reason)] if row.reason is not None else []) + notes)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(PreviewColumn):
            return self.headers()[section]
        return super().headerData(section, orientation, role)
