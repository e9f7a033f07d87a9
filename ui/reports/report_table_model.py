"""A read-only table model over one report table (rows plus its 合计 row)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

from ceremony.fonts import drawable
from ceremony.reports import format_value, model as rm


# Column titles are domain data (they head the exported files too); listed here so Qt's
# lupdate picks them up and the English UI shows translated headers.
CONTEXT = "ReportColumns"


KNOWN_TITLES = (
    QT_TRANSLATE_NOOP("ReportColumns", "类别"),
    QT_TRANSLATE_NOOP("ReportColumns", "应到"),
    QT_TRANSLATE_NOOP("ReportColumns", "实到"),
    QT_TRANSLATE_NOOP("ReportColumns", "迟到"),
    QT_TRANSLATE_NOOP("ReportColumns", "请假"),
    QT_TRANSLATE_NOOP("ReportColumns", "缺席"),
    QT_TRANSLATE_NOOP("ReportColumns", "代参加"),
    QT_TRANSLATE_NOOP("ReportColumns", "出席率"),
    QT_TRANSLATE_NOOP("ReportColumns", "单位"),
    QT_TRANSLATE_NOOP("ReportColumns", "序号"),
    QT_TRANSLATE_NOOP("ReportColumns", "姓名"),
    QT_TRANSLATE_NOOP("ReportColumns", "职务"),
    QT_TRANSLATE_NOOP("ReportColumns", "主席台"),
    QT_TRANSLATE_NOOP("ReportColumns", "签到时间"),
    QT_TRANSLATE_NOOP("ReportColumns", "状态"),
    QT_TRANSLATE_NOOP("ReportColumns", "请假原因"),
    QT_TRANSLATE_NOOP("ReportColumns", "情况"),
    QT_TRANSLATE_NOOP("ReportColumns", "原因"),
    QT_TRANSLATE_NOOP("ReportColumns", "代参加人"),
    QT_TRANSLATE_NOOP("ReportColumns", "时段"),
    QT_TRANSLATE_NOOP("ReportColumns", "签到人数"),
    QT_TRANSLATE_NOOP("ReportColumns", "累计"),
    QT_TRANSLATE_NOOP("ReportColumns", "备注"),
    QT_TRANSLATE_NOOP("ReportColumns", "时间"),
    QT_TRANSLATE_NOOP("ReportColumns", "签到台"),
    QT_TRANSLATE_NOOP("ReportColumns", "联系电话"),
    QT_TRANSLATE_NOOP("ReportColumns", "体温(°C)"),
    QT_TRANSLATE_NOOP("ReportColumns", "体温判定"),
    QT_TRANSLATE_NOOP("ReportColumns", "粤康码"),
    QT_TRANSLATE_NOOP("ReportColumns", "行程卡"),
    QT_TRANSLATE_NOOP("ReportColumns", "口罩"),
    QT_TRANSLATE_NOOP("ReportColumns", "结果"),
    QT_TRANSLATE_NOOP("ReportColumns", "拒绝原因"),
    QT_TRANSLATE_NOOP("ReportColumns", "记录号"),
    QT_TRANSLATE_NOOP("ReportColumns", "方式"),
    QT_TRANSLATE_NOOP("ReportColumns", "说明"),
)


class ReportTableModel(QAbstractTableModel):
    """Columns come from the table; ``Qt.ItemDataRole.UserRole`` returns the raw value (numbers stay numbers)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._table: rm.Table | None = None
        self._rows: tuple[tuple, ...] = ()
        self._day = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_table(self, table: rm.Table, event_day=None) -> None:
        self.beginResetModel()
        self._table = table
        self._rows = table.rows + ((table.total,) if table.total is not None else ())
        self._day = event_day
        self.endResetModel()

    def table(self) -> rm.Table | None:
        return self._table

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self._table is None else len(self._table.columns)

    def _is_total(self, row: int) -> bool:
        return self._table is not None and self._table.total is not None and row == len(self._rows) - 1

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        column = self._table.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return drawable(format_value(value, column.kind, self._day))
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignLeft if column.kind == rm.TEXT else Qt.AlignmentFlag.AlignHCenter) | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self._is_total(index.row()):
            return self._bold
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or self._table is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(CONTEXT, self._table.columns[section].title)
        return None
