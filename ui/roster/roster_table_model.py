"""A thin table model over the roster list; columns from one enum; Qt.ItemDataRole.UserRole gives the Attendee."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QByteArray, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ceremony.models import RSVP_LEAVE, RSVP_PENDING, Attendee

MIME_IDS = "application/x-ceremony-attendee-ids"


class Column(IntEnum):
    RANK = 0
    NAME = 1
    GENDER = 2
    UNIT = 3
    TITLE = 4
    CATEGORY = 5
    PHONE = 6
    RSVP = 7
    STATUS = 8
    BADGE = 9
    ROSTRUM = 10
    PRINTED = 11     # 证件: the badge's print state


# Badge print states (the 证件 column and its filter)
PRINT_DONE, PRINT_NEVER, PRINT_STALE = "printed", "never", "stale"
PRINT_STATES = (PRINT_STALE, PRINT_NEVER, PRINT_DONE)
_STALE_BRUSH = QBrush(QColor("#ffb74d"))    # orange: a printed badge that no longer matches the record
_STALE_TEXT = QColor("#3e2000")


_FIELDS = {Column.RANK: "rank", Column.NAME: "name", Column.GENDER: "gender", Column.UNIT: "unit",
           Column.TITLE: "title", Column.CATEGORY: "category", Column.PHONE: "phone", Column.BADGE: "badge_no"}


_COLUMNS = list(Column)


class RosterTableModel(QAbstractTableModel):
    """People in the order the page chose; drag and drop of rows asks the page to reorder."""

    rowsDropped = Signal(list, object)   # moved attendee ids, id to put them before (None = end)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._people: list[Attendee] = []
        self._states: dict[int, str] = {}
        self._row_of: dict[int, int] = {}
        self._status_texts: dict[str, str] = {}
        self._rsvp_texts: dict[str, str] = {}
        self._prints: dict[int, str] = {}
        self._print_texts: dict[str, str] = {}
        self.drag_enabled = True

    def headers(self) -> list[str]:
        return [self.tr("位次"), self.tr("姓名"), self.tr("性别"), self.tr("单位"), self.tr("职务"),
                self.tr("类别"), self.tr("手机"), self.tr("回执"), self.tr("签到"), self.tr("证号"),
                self.tr("主席台"), self.tr("证件")]

    def status_text(self, state: str) -> str:
        return {"pending": self.tr("未到"), "present": self.tr("已到"), "late": self.tr("迟到"),
                "leave": self.tr("请假"), "absent": self.tr("缺席"), "substitute": self.tr("代参加")}.get(state, "")

    def print_text(self, state: str) -> str:
        """已打印 / 未打印 / 需重印 for a badge print state."""
        return {PRINT_DONE: self.tr("已打印"), PRINT_NEVER: self.tr("未打印"),
                PRINT_STALE: self.tr("需重印")}.get(state, "")

    def rsvp_text(self, rsvp: str) -> str:
        return {RSVP_LEAVE: self.tr("请假"), RSVP_PENDING: self.tr("未回复")}.get(rsvp, self.tr("参加"))

    def set_people(self, people: list[Attendee], states: dict[int, str] | None = None,
                   prints: dict[int, str] | None = None) -> None:
        # translated texts looked up once per reload: data() runs for every visible cell
        self._status_texts = {s: self.status_text(s) for s in
                              ("pending", "present", "late", "leave", "absent", "substitute")}
        self._rsvp_texts = {r: self.rsvp_text(r) for r in (RSVP_LEAVE, RSVP_PENDING, "yes")}
        self._print_texts = {s: self.print_text(s) for s in PRINT_STATES}
        self.beginResetModel()
        self._people = list(people)
        self._states = dict(states or {})
        self._prints = dict(prints or {})
        self._row_of = {p.id: r for r, p in enumerate(self._people)}
        self.endResetModel()

    def person(self, row: int) -> Attendee:
        return self._people[row]

    def set_print_states(self, prints: dict[int, str]) -> None:
        """New badge print states for the same people (after a print or a seat change): one column repaints."""
        self._prints = dict(prints)
        if self._people:
            self.dataChanged.emit(self.index(0, Column.PRINTED), self.index(len(self._people) - 1, Column.PRINTED),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole])

    def state_of(self, attendee_id: int) -> str:
        return self._states.get(attendee_id, "")

    def print_state_of(self, attendee_id: int) -> str:
        """PRINT_DONE, PRINT_NEVER, PRINT_STALE, or "" when not known."""
        return self._prints.get(attendee_id, "")

    def row_of(self, attendee_id: int) -> int | None:
        return self._row_of.get(attendee_id)

    def people(self) -> list[Attendee]:
        return list(self._people)

    # --- QAbstractTableModel --------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        column = _COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(person, column)
        if role == Qt.ItemDataRole.UserRole:
            return person
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATUS:
            state = self._states.get(person.id, "")
            return QColor("#2e7d32") if state in ("present", "substitute") else \
                QColor("#c62828") if state in ("late", "absent") else None
        if column == Column.PRINTED and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) \
                and self._prints.get(person.id) == PRINT_STALE:
            return _STALE_BRUSH if role == Qt.ItemDataRole.BackgroundRole else _STALE_TEXT    # dark text: readable in dark themes
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.RANK, Column.GENDER, Column.ROSTRUM, Column.PRINTED):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, person: Attendee, column: Column):
        if column == Column.RANK:
            return person.rank or ""
        if column == Column.RSVP:
            return self._rsvp_texts.get(person.rsvp, "")
        if column == Column.STATUS:
            return self._status_texts.get(self._states.get(person.id, ""), "")
        if column == Column.ROSTRUM:
            return "✓" if person.on_rostrum else ""
        if column == Column.PRINTED:
            return self._print_texts.get(self._prints.get(person.id, ""), "")
        return getattr(person, _FIELDS[column])

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            return self.headers()[section]
        return super().headerData(section, orientation, role)

    # --- drag and drop reordering ---------------------------------------------------------------
    def flags(self, index):
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled if self.drag_enabled else base
        return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled if self.drag_enabled else base

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self):
        return [MIME_IDS]

    def mimeData(self, indexes):
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(MIME_IDS, QByteArray(",".join(str(self._people[r].id) for r in rows).encode()))
        return data

    def dropMimeData(self, data, action, row, column, parent):
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_IDS):
            return False
        ids = [int(x) for x in bytes(data.data(MIME_IDS)).decode().split(",") if x]
        target = parent.row() if parent.isValid() else row
        before = self._people[target].id if 0 <= target < len(self._people) else None
        self.rowsDropped.emit(ids, before)
        return False    # the page reorders through the domain and reloads; Qt must not remove rows
