"""The check-in area: the desk (scan, search, health gate, corrections, walk-ins), the live board.

Other areas, the CLI and ``ui/`` use only the names below (``tests/test_layering.py``).
"""

from ceremony.checkin.board import Board, build_board
from ceremony.checkin.health import FEVER_AT, GREEN, RED, YELLOW, HealthDecision, HealthReading, parse_health_code
from ceremony.checkin.result import (ALREADY, INVALID, OK, OTHER_EVENT, REFUSED, REMEASURE, REVOKED, UNKNOWN,
                                     ScanResult)
from ceremony.checkin.service import CheckinError, CheckinService

__all__ = ["ALREADY", "FEVER_AT", "GREEN", "INVALID", "OK", "OTHER_EVENT", "RED", "REFUSED", "REMEASURE", "REVOKED",
           "UNKNOWN", "YELLOW", "Board", "CheckinError", "CheckinService", "HealthDecision", "HealthReading",
           "ScanResult", "build_board", "parse_health_code"]
