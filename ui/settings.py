"""The only module that touches QSettings; typed defaults are declared once here."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


def _store() -> QSettings:
    return QSettings("ceremony", "ceremony")


def recent_files() -> list[str]:
    value = _store().value("recent_files", [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in (value or [])]


def add_recent_file(path: str) -> None:
    files = [p for p in recent_files() if p != path]
    _store().setValue("recent_files", ([path] + files)[:MAX_RECENT])


def window_geometry() -> QByteArray | None:
    value = _store().value("window/geometry")
    return value if isinstance(value, QByteArray) else None


def save_window_geometry(data: QByteArray) -> None:
    _store().setValue("window/geometry", data)


def language() -> str:
    return str(_store().value("language", "zh"))


def set_language(code: str) -> None:
    _store().setValue("language", code)
