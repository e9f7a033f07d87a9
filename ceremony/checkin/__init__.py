"""The check-in area: the desk (scan, search, health gate, corrections, walk-ins), the live board.

Other areas, the CLI and ``ui/`` use only the names below (``tests/test_layering.py``).
Each name is imported on first use (:mod:`ceremony.lazy`): opening the window pays only for what it uses.
"""

from ceremony.lazy import lazy_exports

__all__, __getattr__ = lazy_exports(__name__, {
    "board": ("Board", "build_board"),
    "health": ("FEVER_AT", "GREEN", "RED", "YELLOW", "HealthDecision", "HealthReading", "parse_health_code"),
    "result": ("ALREADY", "INVALID", "OK", "OTHER_EVENT", "REFUSED", "REMEASURE", "REVOKED", "UNKNOWN", "ScanResult"),
    "service": ("CheckinError", "CheckinService"),
})
