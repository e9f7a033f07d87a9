"""The printing area: badges, table cards, the paper 签到表, signs, the print log and printers.

Documents are lists of drawing operations (``Document``/``Page`` and the shapes) that
``render_pdf`` turns into PDF and the GUI paints for its preview.
Other areas, the CLI and ``ui/`` use only the names below (``tests/test_layering.py``).
Each name is imported on first use (:mod:`ceremony.lazy`): opening the window pays only for what it uses.
"""

from ceremony.lazy import lazy_exports

__all__, __getattr__ = lazy_exports(__name__, {
    "pdf.badges": ("DEFAULT_FIELDS", "OPTIONAL_FIELDS"),
    "pdf.draw": ("BOLD_STROKE", "QR", "Document", "Group", "Line", "Page", "Polygon", "Rect", "Text"),
    "documents": ("SIGNIN_ORDERS", "SUBLINES"),
    "pdf.layouts": ("BADGE_SIZES", "DEFAULT_BADGE", "DEFAULT_TABLE_CARD", "SHEETS", "TABLE_CARD_PRESETS",
                    "parse_size", "table_card_preset"),
    "pdf.qr": ("qr_rects",),
    "pdf.signs": ("DIRECTIONS", "PAPER", "SignSpec"),
    "pdf.text": ("break_lines", "kinsoku_paragraph"),
    "queue": ("PrinterError", "media_for", "send_to_printer"),
    "service": ("BADGE", "SIGN", "SIGNIN_SHEET", "TABLE_CARD", "NothingToPrint", "PrintFontMissing",
                "PrintingService"),
    "vehicles": ("PASS_SIZES", "NoVehicles", "Vehicle", "event_vehicles=vehicles", "write_vehicle_list=write_list",
                 "write_vehicle_passes=write_passes"),
})
