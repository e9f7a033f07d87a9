"""Print-ready pages: badges, table cards, the paper sign-in sheet and signs.

Layouts build :class:`~ceremony.printing.pdf.draw.Page` objects — a small display list of
texts, rectangles, lines, polygons and QR codes in PDF points (origin bottom
left). One backend writes them as PDF with reportlab (``render.py``); the GUI
paints the same pages with QPainter for the preview and the printer, so what
is previewed is what prints.
"""
