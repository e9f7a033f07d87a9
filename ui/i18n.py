"""Loading the interface language. Source strings are Chinese; English comes from .qm files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ceremony.paths import TRANSLATIONS

LANGUAGES = {"zh": "中文", "en": "English"}
_installed: list[QTranslator] = []


def install_language(code: str) -> None:
    """Install the translators for ``code`` (``zh`` needs none but Qt's own dialogs)."""
    app = QCoreApplication.instance()
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    qt_tr = QTranslator()
    qt_locale = "zh_CN" if code == "zh" else code
    if qt_tr.load(QLocale(qt_locale), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _add(app, qt_tr)
    if code == "zh":
        return
    for qm in sorted(TRANSLATIONS.glob(f"*_{code}.qm")):
        tr = QTranslator()
        if tr.load(str(qm)):
            _add(app, tr)


def _add(app, tr: QTranslator) -> None:
    app.installTranslator(tr)
    _installed.append(tr)
