"""Turning domain errors into text a person reads; dialogs behind small functions tests replace."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ceremony.errors import CeremonyError


def error_text(exc: BaseException) -> str:
    if isinstance(exc, CeremonyError):
        return exc.message
    if isinstance(exc, OSError):
        return f"{exc.filename or ''} {exc.strerror or exc}".strip()
    return f"意外错误：{type(exc).__name__}: {exc}"


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """Show an error without a traceback. Tests replace this module attribute."""
    QMessageBox.warning(parent, title or QApplication.translate("Messages", "出错了"), error_text(exc))


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes/no question; tests replace this function."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
    return answer == QMessageBox.Yes
