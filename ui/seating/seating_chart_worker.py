"""Rendering the seating chart PDF off the GUI thread, with a busy dialog and a cancel button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog

from ceremony.seating import Cancelled, ChartData, log_chart, render_seating_pdf

from ui import messages


class _Signals(QObject):
    finished = Signal(int)
    failed = Signal(object)


class SeatingChartWorker(QRunnable):
    """Renders from :class:`ChartData` read in the GUI thread; never touches widgets or the database."""

    def __init__(self, data: ChartData, path: str, paper: str, view: str):
        super().__init__()
        self.signals = _Signals()
        self.data, self.path, self.paper, self.view = data, path, paper, view
        self.cancel_requested = False

    def run(self) -> None:
        try:
            pages = render_seating_pdf(self.data, self.path, self.paper, self.view, "all",
                                       cancelled=lambda: self.cancel_requested)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread as a message
            self.signals.failed.emit(exc)
            return
        self.signals.finished.emit(pages)


def export_chart_in_background(page, path: str, paper: str, view: str) -> SeatingChartWorker:
    """Start the worker; the dialog closes when it ends. Returns the worker (tests wait on its signals)."""
    ctx = page.ctx
    worker = SeatingChartWorker(ChartData(ctx.event), path, paper, view)
    worker.setAutoDelete(False)
    dialog = QProgressDialog(QCoreApplication.translate("SeatingChartWorker", "正在生成座次图…"),
                            QCoreApplication.translate("SeatingChartWorker", "取消"), 0, 0, page)
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(lambda: setattr(worker, "cancel_requested", True))

    def done(pages: int) -> None:
        dialog.reset()
        log_chart(ctx.event, path, paper, view, "all")
        page.chart_written(path, pages)

    def failed(exc) -> None:
        dialog.reset()
        if not isinstance(exc, Cancelled):
            messages.show_error(page, exc, QCoreApplication.translate("SeatingChartWorker", "无法生成座次图"))

    worker.signals.finished.connect(done)
    worker.signals.failed.connect(failed)
    page._chart_worker = worker          # keep it alive until it ends
    QThreadPool.globalInstance().start(worker)
    return worker
