"""Turning domain messages and errors into text a person reads; dialogs behind small functions tests replace.

The domain says things as codes with parameters (:mod:`ceremony.messages`); the Chinese template of a
code is the source text of its translation (context ``Domain``), so the English interface reads the
English of ``resources/translations/ceremony_messages_en.ts``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ceremony import messages as catalogue
from ceremony.errors import CeremonyError
from ceremony.messages import Message
from ceremony.reasons import error_detail


def translate_code(code: str, params: dict) -> str:
    """The text of a catalogue code in the interface language, parameters filled in (nested messages
    translated too, lists joined as the language joins them)."""
    plain = catalogue.plain_params(params, message_text, QCoreApplication.translate("Messages", "、"))
    return catalogue.fill(QCoreApplication.translate(catalogue.CONTEXT, catalogue.CATALOGUE[code]), plain)


def message_text(message: Message) -> str:
    return translate_code(message.code, message.params)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, CeremonyError):
        return translate_code(exc.code, exc.params)
    if isinstance(exc, OSError):
        detail = error_detail(exc)
        reason = message_text(detail) if isinstance(detail, Message) else detail
        return f"{exc.filename}: {reason}" if exc.filename else reason
    return QApplication.translate("Messages", "意外错误：%1").replace("%1", f"{type(exc).__name__}: {exc}")


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """Show an error without a traceback. Tests replace this module attribute."""
    QMessageBox.warning(parent, title or QApplication.translate("Messages", "出错了"), error_text(exc))


def show_notice(parent: QWidget | None, text: str, title: str = "") -> None:
    """Tell the user what to do first (a sentence of ui/ itself, already translated). Tests replace this."""
    QMessageBox.information(parent, title or QApplication.translate("Messages", "提示"), text)


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes/no question; tests replace this function."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def choose(parent: QWidget | None, title: str, text: str, options: list[str]) -> int:
    """One of several answers as buttons; returns the index, or -1 when closed. Tests replace this."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
    box.addButton(QApplication.translate("Messages", "取消"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else -1
