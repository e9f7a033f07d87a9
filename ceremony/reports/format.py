"""How a report value reads as text (PDF, CSV and the report page share this)."""

from __future__ import annotations

from datetime import date, datetime

from ceremony.reports.model import DATETIME, FLOAT1, RATE


def format_value(value, kind: str, event_day: date | None = None) -> str:
    """Text for one cell; times on the event day show as HH:MM:SS, other days with their date."""
    if value is None:
        return ""
    if kind == RATE:
        return f"{value * 100:.1f}%"
    if kind == FLOAT1:
        return f"{value:.1f}"
    if kind == DATETIME and isinstance(value, datetime):
        if event_day is not None and value.date() == event_day:
            return value.strftime("%H:%M:%S")
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return str(value)
