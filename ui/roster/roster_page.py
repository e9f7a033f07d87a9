"""名单 page: the roster table with search, filters, list orders, editing, ranking, import and export.

Every edit is an undoable operation pushed on the event's undo stack (Ctrl+Z), an import included.
The 证件 column shows whose badge is printed, never printed, or needs a reprint after a late change.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout, QInputDialog,
                               QLabel, QLineEdit, QMessageBox, QTableView, QToolBar, QVBoxLayout, QWidget)

from ceremony.attendance import STATES, attendance_states
from ceremony.errors import CeremonyError
from ceremony.roster import (PutAttendees, RosterFilter, delete_operation, export_roster, move_operation,
                             order_operation, place_operation, sort_people, unplaced_characters)
from ceremony.models import RSVP_STATES

from ui import file_dialogs, messages
from ui.context import EventContext
from ui.operation_command import push_operation
from ui.roster.roster_proxy_model import RosterFilterProxyModel
from ui.roster.roster_table_model import PRINT_DONE, PRINT_NEVER, PRINT_STALE, PRINT_STATES, RosterTableModel

SORTS = ("rank", "strokes", "strokes:zhengxie", "strokes:renda", "pinyin")   # "strokes" = the event's convention
IMPORT_FILTER = "回执表格 (*.xlsx *.xls *.ods *.et *.csv *.txt);;所有文件 (*)"
_SIZING_ROWS = 40           # rows read to size the columns at first show
_MAX_COLUMN_WIDTH = 320     # px: a long unit name wraps to the tooltip, not the whole screen


class RosterPage(QWidget):
    def __init__(self, ctx: EventContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = RosterTableModel(self)
        self.model.rowsDropped.connect(self.drop_people)
        self.proxy = RosterFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self._build_widgets()
        self._build_layout()
        ctx.changed.connect(self._on_changed)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        QShortcut(QKeySequence("Ctrl+Up"), self.table, lambda: self.move_selected(-1))
        QShortcut(QKeySequence("Ctrl+Down"), self.table, lambda: self.move_selected(1))
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_edit.setFocus)
        self.retranslate_ui()

    # --- building -----------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.apply_filters)
        self.category_combo, self.unit_combo = QComboBox(self), QComboBox(self)
        self.rsvp_combo, self.status_combo, self.sort_combo = QComboBox(self), QComboBox(self), QComboBox(self)
        self.print_combo = QComboBox(self)
        filter_combos = (self.category_combo, self.unit_combo, self.rsvp_combo, self.status_combo, self.print_combo)
        for combo in filter_combos:
            combo.currentIndexChanged.connect(self.apply_filters)
        self.sort_combo.currentIndexChanged.connect(self.reload)
        for combo in filter_combos + (self.sort_combo,):
            # small minimum widths: the window must still shrink to a laptop's size
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(4)
        self.search_edit.setMinimumWidth(120)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.buttons = {}
        for key in ("add", "edit", "delete", "category", "up", "down", "suggest", "import", "paste", "export",
                    "badge"):
            self.buttons[key] = self.toolbar.addAction("")
            if key in ("delete", "down", "suggest", "export"):
                self.toolbar.addSeparator()
        slots = {"add": self.add_person, "edit": self.edit_selected, "delete": self.delete_selected,
                 "category": self.bulk_category_dialog, "up": lambda: self.move_selected(-1),
                 "down": lambda: self.move_selected(1), "suggest": self.suggest_ranking,
                 "import": self.import_files_dialog, "paste": self.import_clipboard, "export": self.export_dialog,
                 "badge": self.print_selected_badge}
        for key, action in self.buttons.items():
            action.triggered.connect(slots[key])
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self._sized = False
        self._unplaced: dict[str, list[str]] = {}
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for key in ("edit", "badge", "category", "delete"):
            self.table.addAction(self.buttons[key])
        self.count_label = QLabel(self)

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        self._filter_labels = [QLabel(self) for _ in range(6)]
        for label, combo in zip(self._filter_labels, (self.category_combo, self.unit_combo, self.rsvp_combo,
                                                       self.status_combo, self.print_combo)):
            filters.addWidget(label)
            filters.addWidget(combo, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.toolbar, 1)
        actions.addWidget(self._filter_labels[5])
        actions.addWidget(self.sort_combo)
        actions.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)

    def retranslate_ui(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("搜索：姓名、拼音、首字母、手机后4位、证号、单位简称"))
        for label, text in zip(self._filter_labels, (self.tr("类别"), self.tr("单位"), self.tr("回执"), self.tr("签到"),
                                                     self.tr("证件"), self.tr("排序"))):
            label.setText(text)
        texts = {"add": self.tr("添加"), "edit": self.tr("编辑"), "delete": self.tr("删除"),
                 "category": self.tr("改类别"), "up": self.tr("上移"), "down": self.tr("下移"),
                 "suggest": self.tr("建议位次…"), "import": self.tr("导入回执…"), "paste": self.tr("粘贴导入…"),
                 "export": self.tr("导出…"), "badge": self.tr("打印所选证件")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self._fill_fixed_combos()
        self.reload()

    def _fill_fixed_combos(self) -> None:
        self._refill(self.rsvp_combo, [("", self.tr("全部"))] +
                     [(s, self.model.rsvp_text(s)) for s in RSVP_STATES])
        self._refill(self.status_combo, [("", self.tr("全部"))] + [(s, self.model.status_text(s)) for s in STATES])
        self._refill(self.print_combo, [("", self.tr("全部"))] + [(s, self.model.print_text(s)) for s in PRINT_STATES])
        self._refill(self.sort_combo, list(zip(SORTS, (
            self.tr("按位次"), self.tr("按姓氏笔画"), self.tr("按姓氏笔画（政协式：单名在前）"),
            self.tr("按姓氏笔画（人大式：比较第二字）"), self.tr("按拼音")))))

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for data, text in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    # --- showing ------------------------------------------------------------------------------
    def sort_order(self) -> str:
        """"rank", "strokes" or "pinyin"."""
        return (self.sort_combo.currentData() or "rank").split(":")[0]

    def sorted_people(self, people: list) -> list:
        key = self.sort_combo.currentData() or "rank"
        if ":" in key:
            by, convention = key.split(":")
            return sort_people(people, by, convention)
        return self.ctx.event.roster.sorted(people, key)

    def reload(self) -> None:
        event = self.ctx.event
        selected = self.selected_ids()
        people = self.sorted_people(event.attendees())
        # characters the stroke data cannot place are named, never placed silently (docs/protocol.md#stroke-order)
        self._unplaced = unplaced_characters(p.name for p in people) if self.sort_order() == "strokes" else {}
        states = {aid: a.state for aid, a in attendance_states(event, people).items()}
        self.model.drag_enabled = self.sort_order() == "rank"
        self.model.set_people(people, states, badge_print_states(event, people))
        all_text = self.tr("全部")
        self._refill(self.category_combo, [("", all_text)] + [(c, c) for c in _distinct(
            [c.name for c in event.categories()] + [p.category for p in people])])
        self._refill(self.unit_combo, [("", all_text)] + [(u, u) for u in _distinct(p.unit for p in people)])
        self.apply_filters()
        self.select_ids(selected)
        if not self._sized and people:
            self._size_columns()
            self._sized = True

    def _size_columns(self) -> None:
        """Widths from the header and the first rows' text only: asking Qt to size to contents reads
        every cell in every role (21,000 data() calls for 300 people) and cost 0.4 s at start-up."""
        header = self.table.horizontalHeader()
        cell, head = self.table.fontMetrics(), header.fontMetrics()
        rows = min(self.model.rowCount(), _SIZING_ROWS)
        for col in range(self.model.columnCount()):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            texts = (str(self.model.index(row, col).data() or "") for row in range(rows))
            width = max([head.horizontalAdvance(title) + 28] + [cell.horizontalAdvance(t) + 16 for t in texts])
            header.resizeSection(col, min(width, _MAX_COLUMN_WIDTH))

    def apply_filters(self) -> None:
        text = self.search_edit.text().strip()
        ids = frozenset(p.id for p in self.ctx.event.roster.search(text, limit=1_000_000)) if text else None
        self.proxy.set_rule(RosterFilter(self.category_combo.currentData() or "", self.unit_combo.currentData() or "",
                                         self.rsvp_combo.currentData() or "", self.status_combo.currentData() or "",
                                         ids), self.print_combo.currentData() or "")
        text = self.tr("共 %1 人，显示 %2 人").replace("%1", str(self.model.rowCount())).replace(
            "%2", str(self.proxy.rowCount()))
        unplaced = self._unplaced
        if unplaced:
            text += self.tr("；无笔顺数据、按笔画数估计位置的字：%1").replace("%1", "、".join(unplaced))
        self.count_label.setText(text)
        self.count_label.setToolTip("\n".join(f"{ch}：{'、'.join(names)}" for ch, names in unplaced.items()))

    def _on_changed(self, changes) -> None:
        if changes.attendees or changes.categories or changes.checkins or changes.event:
            self.reload()
        elif changes.prints or changes.seats or changes.venue:
            self.refresh_print_states()     # a print, or a seat printed on the badge moved

    def refresh_print_states(self) -> None:
        """Recompute the 证件 column (once for everyone) and re-apply the filters."""
        self.model.set_print_states(badge_print_states(self.ctx.event, self.model.people()))
        self.apply_filters()

    # --- selection ----------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted(self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows())
        return [self.model.person(r).id for r in rows]

    def select_ids(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for aid in ids:
            row = self.model.row_of(aid)
            if row is not None:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if index.isValid():
                    selection.select(index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)

    # --- editing ------------------------------------------------------------------------------
    def _categories(self) -> list[str]:
        return [c.name for c in self.ctx.event.categories()]

    def add_person(self) -> None:
        from ui.roster.attendee_dialog import AttendeeDialog     # dialogs load when first opened (start-up)
        dialog = AttendeeDialog(None, self._categories(), self)
        if dialog.exec() == AttendeeDialog.Accepted:
            self.save_person(dialog.person())

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        from ui.roster.attendee_dialog import AttendeeDialog
        dialog = AttendeeDialog(self.ctx.event.attendee(ids[0]), self._categories(), self)
        if dialog.exec() == AttendeeDialog.Accepted:
            self.save_person(dialog.person())

    def save_person(self, person) -> bool:
        """Add (no id) or update one person as an undoable step."""
        if person.id is None and not person.rank:
            person = person.with_(rank=self.ctx.event.roster.next_rank())
        text = self.tr("修改 %1") if person.id else self.tr("添加 %1")
        return push_operation(self.ctx, PutAttendees(rows=(person,), label="roster.edit"),
                              text.replace("%1", person.name))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids and messages.ask(self, self.tr("删除人员"), self.tr("删除选中的 %1 人？（可撤销）")
                                .replace("%1", str(len(ids)))):
            self.delete_people(ids)

    def delete_people(self, ids: list[int]) -> bool:
        return push_operation(self.ctx, delete_operation(ids), self.tr("删除 %1 人").replace("%1", str(len(ids))))

    def bulk_category_dialog(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        name, ok = QInputDialog.getItem(self, self.tr("改类别"), self.tr("选中的 %1 人改为：").replace("%1", str(len(ids))),
                                        self._categories(), 0, True)
        if ok and name.strip():
            self.change_category(ids, name.strip())

    def change_category(self, ids: list[int], category: str) -> bool:
        people = self.ctx.event.attendees_by_ids(ids)
        rows = tuple(p.with_(category=category) for p in people.values() if p.category != category)
        return push_operation(self.ctx, PutAttendees(rows=rows, label="roster.category"),
                              self.tr("%1 人改为%2").replace("%1", str(len(rows))).replace("%2", category))

    # --- ranking ------------------------------------------------------------------------------
    def move_selected(self, delta: int) -> None:
        ids = self.selected_ids()
        if ids and push_operation(self.ctx, move_operation(self.ctx.event, ids, delta), self.tr("调整位次")):
            self.select_ids(ids)

    def drop_people(self, ids: list[int], before_id) -> None:
        if self.sort_order() != "rank":
            return
        if push_operation(self.ctx, place_operation(self.ctx.event, ids, before_id), self.tr("拖动调整位次")):
            self.select_ids(ids)

    def suggest_ranking(self) -> None:
        event = self.ctx.event
        from ui.roster.roster_rank_dialog import RankSuggestionDialog
        dialog = RankSuggestionDialog(event.roster.suggest_order(), event.info.organiser, self)
        if dialog.exec() == RankSuggestionDialog.Accepted:
            self.apply_order(dialog.ordered_ids())

    def apply_order(self, ids: list[int]) -> bool:
        return push_operation(self.ctx, order_operation(self.ctx.event, ids), self.tr("采用建议位次"))

    # --- printing -----------------------------------------------------------------------------
    def print_selected_badge(self) -> bool:
        """Print (or reprint) the one selected person's badge; batches belong on the 打印 page."""
        ids = self.selected_ids()
        if not ids:
            self.inform(self.tr("打印证件"), self.tr("请先在名单中选中一人。"))
            return False
        if len(ids) > 1:
            text = self.tr("已选中 %1 人。批量打印请到“打印”页，范围选“所选人员”或“仅新增或打印后有变动的”。")
            self.inform(self.tr("打印证件"), text.replace("%1", str(len(ids))))
            return False
        from ui.printing import print_actions     # on first use: Qt's print support is slow to load at start-up
        return print_actions.print_single_badge(self, self.ctx, ids[0])

    def inform(self, title: str, text: str) -> None:
        """An information box; tests replace this method."""
        QMessageBox.information(self, title, text)

    # --- import and export --------------------------------------------------------------------
    def import_files_dialog(self) -> None:
        paths, _ = file_dialogs.get_open_file_names(self, self.tr("导入回执"), "", IMPORT_FILTER)
        if paths:
            from ui.roster.import_dialog import ImportDialog
            ImportDialog(self.ctx, paths=paths, parent=self).exec()

    def import_clipboard(self) -> None:
        text = QApplication.clipboard().text()
        if not text.strip():
            messages.show_notice(self, self.tr("剪贴板中没有内容：请先在表格中复制（含表头行）"))
            return
        from ui.roster.import_dialog import ImportDialog
        ImportDialog(self.ctx, text=text, parent=self).exec()

    def export_dialog(self) -> None:
        path, _ = file_dialogs.get_save_file_name(self, self.tr("导出名单"), "名单.xlsx",
                                              "Excel (*.xlsx);;CSV UTF-8 (*.csv)")
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> bool:
        """Export the people shown (filters applied) in the order shown."""
        people = [self.model.person(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                  for r in range(self.proxy.rowCount())]
        try:
            export_roster(self.ctx.event, path, people, by=None)
        except Exception as exc:  # noqa: BLE001 - shown as a message
            messages.show_error(self, exc, self.tr("无法导出"))
            return False
        return True


def badge_print_states(event, people) -> dict[int, str]:
    """{attendee id: PRINT_DONE / PRINT_NEVER / PRINT_STALE}, computed once for the whole roster.

    ``needs_reprint`` lists only people printed before whose badge no longer matches;
    the print log's last badge print per person tells "printed" from "never printed".
    """
    try:
        printed = event.printed_ids("badge")     # the printing area is loaded only when something was printed
        stale = set(event.printing.needs_reprint("badge")) if printed else set()
    except CeremonyError:
        return {}       # the roster still shows; the 证件 column stays empty
    return {p.id: PRINT_STALE if p.id in stale else PRINT_DONE if p.id in printed else PRINT_NEVER for p in people}


def _distinct(values) -> list[str]:
    seen: dict[str, None] = {}
    for v in values:
        if v:
            seen.setdefault(v, None)
    return list(seen)
