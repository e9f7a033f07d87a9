"""Writing a report file off the GUI thread: the report is built first (plain data), then written here."""

from __future__ import annotations

from PySide6.QtCore import QThread, Signal

from ceremony.reports import ExportCancelled, export_report


class ReportExportWorker(QThread):
    """Writes one export; never touches widgets. Signals carry the outcome back to the GUI thread."""

    progressed = Signal(int, int)
    succeeded = Signal(list)        # list[str] of written files
    failed = Signal(object)         # the exception
    cancelled = Signal()

    def __init__(self, report, path: str, section: str | None, parent=None):
        super().__init__(parent)
        self.report, self.path, self.section = report, path, section
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def _progress(self, done: int, total: int) -> None:
        if self._cancel:
            raise ExportCancelled()
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            written = export_report(self.report, self.path, self.section, self._progress)
        except ExportCancelled:
            self.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - every failure reaches the user as a message
            self.failed.emit(exc)
        else:
            self.succeeded.emit([str(p) for p in written])
