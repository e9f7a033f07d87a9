"""A page that lists plain facts about the event; used where a page has nothing interactive yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.context import EventContext


class SummaryPage(QWidget):
    """Shows lines computed by :meth:`lines`; subclasses say which."""

    def __init__(self, ctx: EventContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        ctx.changed.connect(lambda _changes: self.reload())
        self.reload()

    def lines(self) -> list[str]:
        return []

    def reload(self) -> None:
        self.label.setText("\n".join(self.lines()))

    def retranslate_ui(self) -> None:
        self.reload()
