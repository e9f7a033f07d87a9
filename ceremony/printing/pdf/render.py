"""The PDF backend: draws :mod:`ceremony.printing.pdf.draw` pages with reportlab."""

from __future__ import annotations

import io
from functools import lru_cache
from collections.abc import Callable

from typing import TYPE_CHECKING

if TYPE_CHECKING:       # reportlab loads on the first PDF, not with the window (start-up time)
    from reportlab.lib.colors import HexColor
    from reportlab.pdfgen.canvas import Canvas

from ceremony.errors import Cancelled, CeremonyError
from ceremony.fonts import drawable
from ceremony.printing.pdf.draw import BOLD_STROKE, QR, Group, Line, Page, Polygon, Rect, Text
from ceremony.printing.pdf.qr import draw_qr

Progress = Callable[[int, int], None]      # (pages done, pages in all)
CancelCheck = Callable[[], bool]           # asked between pages: True stops the job


@lru_cache(maxsize=256)
def _color(value: str) -> HexColor:
    from reportlab.lib.colors import HexColor
    return HexColor(value)


def render_pdf(pages: list[Page], target, title: str = "", progress: Progress | None = None,
               cancelled: CancelCheck | None = None) -> None:
    """Write ``pages`` as one PDF to ``target`` (a path or a binary file object)."""
    if not pages:
        raise CeremonyError("print.empty")
    from reportlab import rl_config
    # Binary (Flate only) streams: reportlab's pure-Python ASCII85 step costs ~10 % of a big job.
    saved, rl_config.useA85 = rl_config.useA85, 0
    try:
        _render(pages, target, title, progress, cancelled)
    finally:
        rl_config.useA85 = saved


def _render(pages, target, title, progress, cancelled) -> None:
    from reportlab.pdfgen.canvas import Canvas
    canvas = Canvas(target if isinstance(target, io.IOBase) else str(target),
                    pagesize=(pages[0].width, pages[0].height), pageCompression=1,
                    initialFontName=_first_font(pages[0].ops))
    canvas.setTitle(title)
    canvas.setCreator("ceremony")
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        if cancelled is not None and cancelled():
            raise Cancelled()
        canvas.setPageSize((page.width, page.height))
        _draw_ops(canvas, page.ops)
        canvas.showPage()
        if progress is not None:
            progress(number, total)
    canvas.save()


def _first_font(ops) -> str:
    """The document's first font, so reportlab does not start every page with an unembedded Helvetica."""
    for op in ops:
        if type(op) is Text:
            return op.font
        if type(op) is Group:
            found = _first_font(op.ops)
            if found != "Helvetica":
                return found
    return "Helvetica"


def pdf_bytes(pages: list[Page], title: str = "") -> bytes:
    buffer = io.BytesIO()
    render_pdf(pages, buffer, title)
    return buffer.getvalue()


def _draw_ops(canvas: Canvas, ops) -> None:
    for op in ops:
        kind = type(op)
        if kind is Text:
            _draw_text(canvas, op)
        elif kind is Rect:
            _draw_rect(canvas, op)
        elif kind is QR:
            draw_qr(canvas, op.data, op.x, op.y, op.size)
        elif kind is Line:
            _draw_line(canvas, op)
        elif kind is Polygon:
            _draw_polygon(canvas, op)
        elif kind is Group:
            canvas.saveState()
            canvas.translate(op.ox, op.oy)
            if op.angle:
                canvas.rotate(op.angle)
            _draw_ops(canvas, op.ops)
            canvas.restoreState()


def _draw_text(canvas: Canvas, op: Text) -> None:
    canvas.setFillColor(_color(op.color))
    if op.bold:
        _draw_bold_text(canvas, op)
        return
    if op.hscale == 1.0 and not op.char_space:
        canvas.setFont(op.font, op.size)
        canvas.drawString(op.x, op.y, drawable(op.text))
        return
    # Horizontal scale and character space are PDF text *state*: they outlive the text
    # object, so put them back or every later string comes out squeezed.
    text = canvas.beginText(op.x, op.y)
    text.setFont(op.font, op.size)
    text.setHorizScale(op.hscale * 100)
    text.setCharSpace(op.char_space)
    text.textOut(drawable(op.text))
    text.setHorizScale(100)
    text.setCharSpace(0)
    canvas.drawText(text)


def _draw_bold_text(canvas: Canvas, op: Text) -> None:
    """Fill and stroke (text render mode 2): a bold face drawn from a regular one, for fonts with no bold."""
    canvas.saveState()
    canvas.setStrokeColor(_color(op.color))
    canvas.setLineWidth(op.size * BOLD_STROKE)
    canvas.setLineJoin(1)
    text = canvas.beginText(op.x, op.y)
    text.setFont(op.font, op.size)
    text.setHorizScale(op.hscale * 100)
    text.setCharSpace(op.char_space)
    text.setTextRenderMode(2)
    text.textOut(drawable(op.text))
    text.setTextRenderMode(0)
    text.setHorizScale(100)
    text.setCharSpace(0)
    canvas.drawText(text)
    canvas.restoreState()


def _draw_rect(canvas: Canvas, op: Rect) -> None:
    if op.fill:
        canvas.setFillColor(_color(op.fill))
    if op.stroke:
        canvas.setStrokeColor(_color(op.stroke))
        canvas.setLineWidth(op.width)
    canvas.rect(op.x, op.y, op.w, op.h, stroke=1 if op.stroke else 0, fill=1 if op.fill else 0)


def _draw_line(canvas: Canvas, op: Line) -> None:
    canvas.setStrokeColor(_color(op.color))
    canvas.setLineWidth(op.width)
    canvas.setDash(list(op.dash) if op.dash else [])
    canvas.line(op.x1, op.y1, op.x2, op.y2)
    if op.dash:
        canvas.setDash([])


def _draw_polygon(canvas: Canvas, op: Polygon) -> None:
    canvas.setFillColor(_color(op.fill))
    path = canvas.beginPath()
    path.moveTo(*op.points[0])
    for point in op.points[1:]:
        path.lineTo(*point)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
