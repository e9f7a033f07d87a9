"""A list of people that can be dragged onto the seat plan (mime text "attendee:<id>")."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget

MIME_PREFIX = "attendee:"


def attendee_from_mime(mime: QMimeData) -> int | None:
    text = mime.text() if mime is not None and mime.hasText() else ""
    if text.startswith(MIME_PREFIX) and text[len(MIME_PREFIX):].isdigit():
        return int(text[len(MIME_PREFIX):])
    return None


class SeatingPersonList(QListWidget):
    """Items carry the attendee id in ``Qt.ItemDataRole.UserRole``; dragging one starts a seat assignment."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)

    def mimeTypes(self) -> list[str]:
        return ["text/plain"]

    def mimeData(self, items) -> QMimeData:
        mime = QMimeData()
        if items:
            mime.setText(f"{MIME_PREFIX}{items[0].data(Qt.ItemDataRole.UserRole)}")
        return mime
