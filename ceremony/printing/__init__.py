"""The printing area: badges, table cards, the paper 签到表, signs, the print log and printers.

Documents are lists of drawing operations (``Document``/``Page`` and the shapes) that
``render_pdf`` turns into PDF and the GUI paints for its preview.
Other areas, the CLI and ``ui/`` use only the names below (``tests/test_layering.py``).
"""

from ceremony.printing.pdf.badges import DEFAULT_FIELDS, OPTIONAL_FIELDS
from ceremony.printing.pdf.draw import BOLD_STROKE, QR, Document, Group, Line, Page, Polygon, Rect, Text
from ceremony.printing.documents import SIGNIN_ORDERS, SUBLINES
from ceremony.printing.pdf.layouts import (BADGE_SIZES, DEFAULT_BADGE, DEFAULT_TABLE_CARD, SHEETS, TABLE_CARD_PRESETS,
                                          parse_size, table_card_preset)
from ceremony.printing.pdf.qr import qr_rects
from ceremony.printing.pdf.signs import DIRECTIONS, PAPER, SignSpec
from ceremony.printing.pdf.text import break_lines, kinsoku_paragraph
from ceremony.printing.queue import PrinterError, media_for, send_to_printer
from ceremony.printing.service import (BADGE, SIGN, SIGNIN_SHEET, TABLE_CARD, NothingToPrint, PrintFontMissing,
                                       PrintingService)
from ceremony.printing.vehicles import PASS_SIZES, NoVehicles, Vehicle, vehicles
from ceremony.printing.vehicles import write_list as write_vehicle_list
from ceremony.printing.vehicles import write_passes as write_vehicle_passes

__all__ = ["BADGE", "BADGE_SIZES", "BOLD_STROKE", "DEFAULT_BADGE", "DEFAULT_FIELDS", "DEFAULT_TABLE_CARD",
           "DIRECTIONS", "OPTIONAL_FIELDS", "PAPER", "PASS_SIZES", "QR", "SHEETS", "SIGN", "SIGNIN_ORDERS",
           "SIGNIN_SHEET", "SUBLINES", "TABLE_CARD", "TABLE_CARD_PRESETS", "Document", "Group", "Line",
           "NoVehicles", "NothingToPrint", "Page", "Polygon", "PrintFontMissing", "PrinterError",
           "PrintingService", "Rect", "SignSpec", "Text", "Vehicle", "break_lines", "kinsoku_paragraph",
           "media_for", "parse_size", "qr_rects", "send_to_printer", "table_card_preset", "vehicles",
           "write_vehicle_list", "write_vehicle_passes"]
