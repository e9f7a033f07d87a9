"""名单 page: the roster."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from .context import EventContext
from .roster_table_model import RosterTableModel


class RosterPage(QWidget):
    def __init__(self, ctx: EventContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = RosterTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.verticalHeader().hide()
        self.count_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table)
        ctx.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        people = self.ctx.event.attendees()
        self.model.set_people(people)
        self.count_label.setText(self.tr("共 %n 人", "", len(people)))
        self.table.resizeColumnsToContents()

    def _on_changed(self, changes) -> None:
        if changes.attendees or changes.categories:
            self.reload()

    def retranslate_ui(self) -> None:
        self.reload()
