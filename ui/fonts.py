"""Registering the bundled CJK font with Qt so Chinese never shows as boxes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ceremony.paths import BUNDLED_FONT

_families: list[str] = []


def install_fonts(app: QApplication) -> list[str]:
    """Add the bundled font and make it the fallback for CJK text. Returns its families."""
    if not _families:
        font_id = QFontDatabase.addApplicationFont(str(BUNDLED_FONT))
        if font_id >= 0:
            _families.extend(QFontDatabase.applicationFontFamilies(font_id))
    if _families:
        font = app.font()
        # Keep the platform's own UI font first when it has Chinese; the bundled one backs it up.
        font.setFamilies([*font.families(), *_families] if _has_system_cjk() else [*_families])
        app.setFont(font)
    return list(_families)


def _has_system_cjk() -> bool:
    bundled = set(_families)
    return any(f not in bundled and QFontDatabase.writingSystems(f).count(QFontDatabase.WritingSystem.SimplifiedChinese)
               for f in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def bundled_family() -> str:
    return _families[0] if _families else QFont().family()
