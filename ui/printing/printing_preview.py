"""The live preview: the document's pages painted by the same display list the PDF uses."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from ceremony.printing import Document

from ui.printing.printing_painter import paint_page


class PrintPreviewWidget(QWidget):
    """Shows one page of a document, fitted to the widget, on a grey desk."""

    pageChanged = Signal(int, int)      # (current page 0-based, page count)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.doc: Document | None = None
        self.message = ""
        self.current = 0
        self.setMinimumSize(320, 320)

    def set_document(self, doc: Document | None, message: str = "") -> None:
        self.doc = doc
        self.message = message
        self.current = min(self.current, max(self.page_count() - 1, 0))
        self.pageChanged.emit(self.current, self.page_count())
        self.update()

    def page_count(self) -> int:
        return self.doc.page_count if self.doc else 0

    def set_page(self, index: int) -> None:
        if self.page_count():
            self.current = max(0, min(index, self.page_count() - 1))
            self.pageChanged.emit(self.current, self.page_count())
            self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#7f7f7f"))
        if not self.page_count():
            painter.setPen(Qt.white)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.message)
            return
        page = self.doc.pages[self.current]
        area = QRectF(self.rect()).adjusted(16, 16, -16, -16)
        scale = min(area.width() / page.width, area.height() / page.height)
        w, h = page.width * scale, page.height * scale
        target = QRectF(area.left() + (area.width() - w) / 2, area.top() + (area.height() - h) / 2, w, h)
        painter.fillRect(target.translated(4, 4), QColor(0, 0, 0, 90))
        paint_page(painter, page, target)
        painter.end()
