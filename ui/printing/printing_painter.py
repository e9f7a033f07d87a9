"""The Qt backend of :mod:`ceremony.printing.pdf.draw`: paints the very pages the PDF shows.

Used for the live preview and for printing through Qt's print dialog (QtPdf is
not part of the PySide6 wheels on every platform, so the GUI never needs to
render a PDF file). Fonts are the same TrueType files reportlab embeds.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QPainter, QPainterPath, QPen, QPolygonF

from ceremony.errors import CeremonyError
from ceremony.fonts import available_fonts
from ceremony.printing import BOLD_STROKE, QR, Group, Line, Page, Polygon, Rect, Text, qr_rects

FONT_PX = 100.0     # texts are drawn at this pixel size, then scaled to their point size


class PrinterUnavailable(CeremonyError):
    """The printer went away or refused to start the job."""

    def __init__(self, printer: str):
        super().__init__("print.printer_unavailable", printer=printer)
        self.printer = printer


@lru_cache(maxsize=16)
def family_for(font_name: str) -> str:
    """The Qt family of a reportlab font name (loads the same font file into Qt once)."""
    for choice in available_fonts():
        if choice.name == font_name:
            font_id = QFontDatabase.addApplicationFont(str(choice.path))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if families:
                return families[min(choice.subfont, len(families) - 1)]
    return QFont().family()


def _qfont(family: str, letter_px: float) -> QFont:
    font = QFont(family)
    font.setPixelSize(int(FONT_PX))
    font.setKerning(False)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    if letter_px:
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, letter_px)
    return font


def paint_page(painter: QPainter, page: Page, target: QRectF) -> None:
    """Paint ``page`` scaled into ``target`` (device coordinates), keeping its proportions, centred."""
    scale = min(target.width() / page.width, target.height() / page.height)
    w, h = page.width * scale, page.height * scale
    left = target.left() + (target.width() - w) / 2
    bottom = target.top() + (target.height() - h) / 2 + h
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.translate(left, bottom)
    painter.scale(scale, -scale)                 # PDF frame: points, y up
    painter.fillRect(QRectF(0, 0, page.width, page.height), Qt.white)
    _paint_ops(painter, page.ops)
    painter.restore()


def _paint_ops(painter: QPainter, ops) -> None:
    for op in ops:
        kind = type(op)
        if kind is Text:
            _text(painter, op)
        elif kind is Rect:
            _rect(painter, op)
        elif kind is QR:
            _qr(painter, op)
        elif kind is Line:
            _line(painter, op)
        elif kind is Polygon:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(op.fill))
            painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in op.points]))
        elif kind is Group:
            painter.save()
            painter.translate(op.ox, op.oy)
            if op.angle:
                painter.rotate(op.angle)
            _paint_ops(painter, op.ops)
            painter.restore()


def _text(painter: QPainter, op: Text) -> None:
    painter.save()
    painter.translate(op.x, op.y)
    factor = op.size / FONT_PX
    painter.scale(op.hscale * factor, -factor)   # flip back so glyphs stand upright
    font = _qfont(family_for(op.font), round(op.char_space / factor, 2))
    painter.setFont(font)
    painter.setPen(QColor(op.color))
    painter.drawText(QPointF(0, 0), op.text)
    if op.bold:                                  # filled and stroked, as the PDF draws it
        path = QPainterPath()
        path.addText(QPointF(0, 0), font, op.text)
        painter.strokePath(path, QPen(QColor(op.color), FONT_PX * BOLD_STROKE))
    painter.restore()


def _rect(painter: QPainter, op: Rect) -> None:
    painter.setBrush(QBrush(QColor(op.fill)) if op.fill else Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor(op.stroke), op.width) if op.stroke else Qt.PenStyle.NoPen)
    painter.drawRect(QRectF(op.x, op.y, op.w, op.h))


def _line(painter: QPainter, op: Line) -> None:
    pen = QPen(QColor(op.color), op.width)
    if op.dash:
        pen.setDashPattern([d / max(op.width, 0.1) for d in op.dash])
    painter.setPen(pen)
    painter.drawLine(QPointF(op.x1, op.y1), QPointF(op.x2, op.y2))


def _qr(painter: QPainter, op: QR) -> None:
    path = QPainterPath()
    for x, y, w, h in qr_rects(op.data, op.x, op.y, op.size):
        path.addRect(x, y, w, h)
    painter.fillPath(path, Qt.black)
