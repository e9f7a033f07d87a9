"""The print log as a table: what was printed when, where to, for how many people."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ceremony.models import PrintJob


class LogColumn(IntEnum):
    AT = 0
    KIND = 1
    LAYOUT = 2
    PEOPLE = 3
    TARGET = 4


class PrintLogModel(QAbstractTableModel):
    """Rows are ``PrintingService.print_jobs()`` records, newest first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.jobs: list[PrintJob] = []

    def set_jobs(self, jobs: list[PrintJob]) -> None:
        self.beginResetModel()
        self.jobs = list(jobs)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.jobs)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(LogColumn)

    def kind_text(self, kind: str) -> str:
        return {"badge": self.tr("胸卡"), "table_card": self.tr("桌签"), "signin_sheet": self.tr("签到表"),
                "sign": self.tr("标识"), "seating_chart": self.tr("座次图")}.get(kind, kind)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.jobs)):
            return None
        job = self.jobs[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return job
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = LogColumn(index.column())
        if column == LogColumn.AT:
            return job.at[:19].replace("T", " ")
        if column == LogColumn.KIND:
            return self.kind_text(job.kind)
        if column == LogColumn.LAYOUT:
            return job.layout
        if column == LogColumn.PEOPLE:
            return job.people or ""
        return job.target

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [self.tr("时间"), self.tr("类型"), self.tr("版式"), self.tr("人数"), self.tr("输出到")][section]
