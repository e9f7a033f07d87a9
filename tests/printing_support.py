"""Checks on real PDFs, with pip packages only (no poppler binaries, so they run on Windows too).

pypdfium2 (PDFium, the engine of Chrome's viewer) renders pages, extracts text and lists the fonts;
zxing-cpp decodes the QR codes in the rendered pages.
"""

from __future__ import annotations

import ctypes
import re
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c


def _open(pdf: Path) -> pdfium.PdfDocument:
    return pdfium.PdfDocument(str(pdf))


def page_count(pdf: Path) -> int:
    doc = _open(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def page_size_mm(pdf: Path, page: int = 1) -> tuple[float, float]:
    doc = _open(pdf)
    try:
        w, h = doc[page - 1].get_size()
    finally:
        doc.close()
    return round(w * 25.4 / 72, 1), round(h * 25.4 / 72, 1)


def render(pdf: Path, dpi: float, first: int | None = None, last: int | None = None, size=None, mode: str = "L"):
    """Every (or the chosen, 1-based) page as a PIL image (greyscale unless ``mode`` says otherwise); ``size``
    resizes each page to (w, h) pixels."""
    doc = _open(pdf)
    try:
        pages = range((first or 1) - 1, min(last or len(doc), len(doc)))
        images = []
        for i in pages:
            image = doc[i].render(scale=dpi / 72).to_pil().convert(mode)
            images.append(image.resize(size) if size else image)
        return images
    finally:
        doc.close()


def text_of(pdf: Path, page: int | None = None) -> str:
    """The text of every (or one, 1-based) page, in the order it was drawn, pages separated by form feeds."""
    doc = _open(pdf)
    try:
        pages = [page - 1] if page else range(len(doc))
        parts = []
        for i in pages:
            textpage = doc[i].get_textpage()
            parts.append(textpage.get_text_range())
            textpage.close()
        return "\f".join(parts)
    finally:
        doc.close()


def fonts(pdf: Path) -> list[dict]:
    """The fonts the text on the pages uses: ``{"name": base font name, "emb": embedded}``, one per font."""
    doc = _open(pdf)
    found: dict[str, bool] = {}
    try:
        for page in doc:
            for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT]):
                font = pdfium_c.FPDFTextObj_GetFont(obj.raw)
                size = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
                buffer = ctypes.create_string_buffer(size)
                pdfium_c.FPDFFont_GetBaseFontName(font, buffer, size)
                name = buffer.value.decode("utf-8", "replace")
                found[name] = found.get(name, True) and bool(pdfium_c.FPDFFont_GetIsEmbedded(font))
    finally:
        doc.close()
    return [{"name": name, "emb": emb} for name, emb in found.items()]


def squash(text: str) -> str:
    """Text without any whitespace (widened names extract with spaces inside)."""
    return re.sub(r"[\s\u3000]+", "", text)


def decode_all(image) -> list[str]:
    import zxingcpp

    return [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]
