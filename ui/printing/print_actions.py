"""Printing through Qt: the print dialog, painting a document onto a QPrinter, saving PDFs.

``print_single_badge`` is the one action the check-in desk calls to print or
reprint an arriving guest's badge. Dialogs sit behind small module functions
(``run_print_dialog``, ``ask_save_path``) that tests replace.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from ceremony.errors import Cancelled
from ceremony.printing import Document

from ui import file_dialogs, messages
from ui.printing.printing_painter import PrinterUnavailable, paint_page

MM_PER_PT = 25.4 / 72


def printer_for(doc: Document, printer: QPrinter | None = None) -> QPrinter:
    """A printer set to the document's own page size, full page, no margins."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    page = doc.pages[0]
    w, h = page.width * MM_PER_PT, page.height * MM_PER_PT
    size = QPageSize(QSizeF(min(w, h), max(w, h)), QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.ExactMatch)
    orientation = QPageLayout.Orientation.Landscape if w > h else QPageLayout.Orientation.Portrait
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    printer.setDocName(doc.title)
    return printer


def print_document(printer: QPrinter, doc: Document, progress=None, cancelled=None) -> None:
    """Paint every page of ``doc`` onto ``printer``. Safe to call from a worker thread."""
    painter = QPainter()
    name = printer.printerName() or printer.outputFileName() or "?"
    if not painter.begin(printer):
        raise PrinterUnavailable(name)
    try:
        for number, page in enumerate(doc.pages, start=1):
            if cancelled is not None and cancelled():
                printer.abort()
                raise Cancelled()
            if number > 1 and not printer.newPage():
                raise PrinterUnavailable(name)
            paint_page(painter, page, true_size_rect(printer, page))
            if progress is not None:
                progress(number, len(doc.pages))
    finally:
        if painter.isActive():
            painter.end()
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise PrinterUnavailable(name)


def true_size_rect(printer: QPrinter, page) -> QRectF:
    """Where ``page`` goes on the printer's paper: true size and centred, shrunk only if the paper is smaller.

    (A badge sent to an A4 printer prints at badge size, not blown up to fill the sheet.)
    """
    full = printer.pageLayout().fullRectPixels(printer.resolution())
    per_point = printer.resolution() / 72
    w, h = page.width * per_point, page.height * per_point
    scale = min(1.0, full.width() / w, full.height() / h)
    w, h = w * scale, h * scale
    return QRectF((full.width() - w) / 2, (full.height() - h) / 2, w, h)


def target_name(printer: QPrinter) -> str:
    """What the print log records as the target."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return printer.outputFileName()
    return f"printer:{printer.printerName()}"


def run_print_dialog(printer: QPrinter, parent: QWidget | None) -> bool:
    """Qt's print dialog; True when the user chose to print. Tests replace this."""
    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def ask_save_path(parent: QWidget | None, title: str, suggested: str) -> str:
    """Where to save a PDF ('' when cancelled). Tests replace this."""
    path, _ = file_dialogs.get_save_file_name(parent, title, suggested, "PDF (*.pdf)")
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path


def print_single_badge(parent: QWidget | None, ctx, attendee_id: int) -> bool:
    """Print (or reprint) one attendee's badge through the print dialog; logs it. True when printed."""
    try:
        doc = ctx.event.printing.badge_document([attendee_id], sheet="single")
        printer = printer_for(doc)
        if not run_print_dialog(printer, parent):
            return False
        print_document(printer, doc)
        ctx.apply(ctx.event.printing.record(doc, target_name(printer)))
    except Exception as exc:  # noqa: BLE001 - a message, never a traceback
        messages.show_error(parent, exc, QCoreApplication.translate("PrintActions", "胸卡打印失败"))
        return False
    return True


def save_single_badge(parent: QWidget | None, ctx, attendee_id: int) -> str:
    """Save one attendee's badge as a PDF file; returns the path ('' when cancelled or failed)."""
    try:
        person = ctx.event.attendee(attendee_id)
        path = ask_save_path(parent, QCoreApplication.translate("PrintActions", "保存胸卡 PDF"), f"胸卡-{person.name}.pdf")
        if not path:
            return ""
        doc = ctx.event.printing.badge_document([attendee_id], sheet="single")
        ctx.event.printing.write_pdf(doc, path)
        ctx.apply(ctx.event.printing.record(doc, path))
    except Exception as exc:  # noqa: BLE001
        messages.show_error(parent, exc, QCoreApplication.translate("PrintActions", "胸卡保存失败"))
        return ""
    return path
