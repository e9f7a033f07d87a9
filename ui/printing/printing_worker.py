"""Big print jobs off the GUI thread: write a PDF or paint onto a printer, with progress and cancel.

The document is built in the GUI thread (it reads the event file); the thread
only draws it, which touches neither the database nor any widget.
"""

from __future__ import annotations

from PySide6.QtCore import QThread, Signal

from ceremony.printing import Document, PrintingService

from ui.printing.print_actions import print_document


class PrintJobThread(QThread):
    """Draws ``doc`` to ``pdf_path`` or ``printer``; reports progress; ``finished_with`` carries the error or None."""

    progressed = Signal(int, int)
    finished_with = Signal(object)

    def __init__(self, doc: Document, pdf_path: str = "", printer=None, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.pdf_path = pdf_path
        self.printer = printer
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def _cancelled(self) -> bool:
        return self._cancel

    def _progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            if self.pdf_path:
                PrintingService.write_pdf(self.doc, self.pdf_path, self._progress, self._cancelled)
            else:
                print_document(self.printer, self.doc, self._progress, self._cancelled)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread as a message
            self.finished_with.emit(exc)
            return
        self.finished_with.emit(None)
