"""准备 page: what is still missing before the morning (:func:`ceremony.checklist.checklist`), each item with its
count and a button to the page that fixes it. Refreshed whenever the event changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from ceremony.checklist import BLOCKS, WARNS, blocking, checklist

from ui import messages
from ui.context import EventContext

STATE_COLORS = {"done": "#1e7b34", BLOCKS: "#b00000", WARNS: "#a86400", "info": "#555555"}


class ChecklistPage(QWidget):
    def __init__(self, ctx: EventContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.items = []
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        ctx.changed.connect(lambda _changes: self.refresh())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("项目"), self.tr("待办"), self.tr("说明"), ""])
        self.refresh()

    def refresh(self) -> None:
        try:
            self.items = checklist(self.ctx.event)
        except Exception as exc:  # noqa: BLE001 - the page shows why, never a traceback
            self.items = []
            self.summary.setText(self.tr("无法检查：%1").replace("%1", messages.error_text(exc)))
            self.table.setRowCount(0)
            return
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            state = "done" if item.done else item.level
            label = QTableWidgetItem(("✔ " if item.done else "✘ " if item.blocking else "• ")
                                     + messages.message_text(item.title))
            label.setForeground(QColor(STATE_COLORS.get(state, "#555555")))
            count = QTableWidgetItem("" if item.level == "info" else str(item.count))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, label)
            self.table.setItem(row, 1, count)
            self.table.setItem(row, 2, QTableWidgetItem(messages.message_text(item.note) if item.note else ""))
            button = QPushButton(self._button_text(item.page), self.table)
            button.clicked.connect(lambda _=False, page=item.page: self.go_to(page))
            self.table.setCellWidget(row, 3, button)
        left = blocking(self.items)
        self.summary.setText(self.tr("还有 %1 项没完成，会影响当天（红色）").replace("%1", str(len(left))) if left
                             else self.tr("必须完成的项目都已完成"))

    def _button_text(self, page: str) -> str:
        return {"roster": self.tr("去名单页"), "seating": self.tr("去座位页"), "printing": self.tr("去打印页"),
                "checkin": self.tr("去签到页"), "report": self.tr("去报表页"),
                "settings": self.tr("活动设置…")}.get(page, page)

    def go_to(self, page: str) -> None:
        window = self.window()
        if page == "settings":
            window.edit_event_settings()
        elif hasattr(window, "show_page"):
            window.show_page(page)
