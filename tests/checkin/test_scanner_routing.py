"""A scan reaches the desk whatever has focus (issue 11.2): every page, the board, every dialog, a menu, a
message box, the welcome display; nothing is typed into the form that had focus; typing by hand still works."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QTextEdit

pytest.importorskip("pytestqt")


@pytest.fixture(autouse=True)
def _chinese_ui(qapp):
    from ui.i18n import install_language
    install_language("zh")


@pytest.fixture
def window(qtbot, small_event, monkeypatch):
    from ui import messages
    from ui.main_window import MainWindow
    from ui.scanner_router import install_scanner_router
    w = MainWindow(small_event)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    w.activateWindow()
    router = install_scanner_router(QApplication.instance(), w.route_scan)
    w.page("checkin").set_sound_enabled(False)
    yield w
    QApplication.instance().removeEventFilter(router)
    router.deleteLater()


def _key(kind, ch: str) -> QKeyEvent:
    if ch == "\n":
        return QKeyEvent(kind, Qt.Key_Return, Qt.NoModifier, "\r")
    key = ord(ch.upper()) if ch.isascii() else Qt.Key_unknown
    return QKeyEvent(kind, key, Qt.ShiftModifier if ch.isupper() else Qt.NoModifier, ch)


def scanner_type(text: str) -> None:
    """Keys as a keyboard-wedge scanner sends them: back to back to whatever has focus, Enter at the end."""
    for ch in text + ("" if text.endswith("\n") else "\n"):
        target = QApplication.activePopupWidget() or QApplication.focusWidget() or QApplication.activeWindow()
        QApplication.sendEvent(target, _key(QEvent.KeyPress, ch))
        QApplication.sendEvent(target, _key(QEvent.KeyRelease, ch))


def hand_type(qtbot, text: str) -> None:
    for ch in text:
        target = QApplication.focusWidget()
        assert target is not None
        QApplication.sendEvent(target, _key(QEvent.KeyPress, ch))
        QApplication.sendEvent(target, _key(QEvent.KeyRelease, ch))
        qtbot.wait(70)          # a person's pace
    qtbot.wait(80)


def arrived(event, attendee_id: int) -> bool:
    from ceremony import attendance
    return attendance.attendance_states(event)[attendee_id].state == "present"


def assert_scanned(window, event, attendee_id: int) -> None:
    page = window.page("checkin")
    assert arrived(event, attendee_id)
    assert page.last_result.attendee.id == attendee_id and page.last_result.status == "ok"
    shown = page.result_panel.isVisible() and QApplication.activeModalWidget() is None \
        and QApplication.activePopupWidget() is None and window.tabs.currentWidget() is window.slots["checkin"] \
        and page.tabs.currentIndex() == 0
    if not shown:
        assert page.toast.isVisible() and "签到成功" in page.toast.headline.text()
        assert event.attendee(attendee_id).name in page.toast.headline.text()


def field_texts(widget) -> list[str]:
    return [w.text() for w in widget.findChildren(QLineEdit)] + \
        [w.currentText() for w in widget.findChildren(QComboBox)] + \
        [w.toPlainText() for w in widget.findChildren(QTextEdit)]


@pytest.mark.parametrize("key", ["roster", "seating", "printing", "checkin", "report"])
def test_scan_on_every_page(qtbot, window, small_event, cast, key):
    window.show_page(key)
    qtbot.wait(50)
    page = window.page(key)
    before = field_texts(page)
    guest = cast.students[0].id
    scanner_type(small_event.badge_code(guest))
    assert_scanned(window, small_event, guest)
    assert field_texts(page) == before


def test_scan_on_the_board_tab_and_two_codes_back_to_back(qtbot, window, small_event, cast):
    window.show_page("checkin")
    window.page("checkin").tabs.setCurrentIndex(1)
    first, second = cast.students[1].id, cast.students[2].id
    scanner_type(small_event.badge_code(first) + "\n" + small_event.badge_code(second) + "\n")
    assert arrived(small_event, first)
    assert_scanned(window, small_event, second)
    assert window.page("checkin").count_label.text().startswith("实到 2 ")


def _while_modal(qtbot, open_it, attendee_id, event, window, hand_text: str | None = None):
    """Open a modal dialog with ``open_it``; while it shows, scan (and type by hand), then cancel it."""
    seen = {}

    def act():
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if dialog is None or focus is None or not dialog.isAncestorOf(focus):
            QTimer.singleShot(20, act)          # until the dialog is up and has the keyboard
            return
        try:
            seen["title"] = dialog.windowTitle()
            before = field_texts(dialog)
            scanner_type(event.badge_code(attendee_id))
            seen["unchanged"] = field_texts(dialog) == before and dialog.isVisible()
            assert_scanned(window, event, attendee_id)
            seen["scanned"] = True
            if hand_text is not None:
                hand_type(qtbot, hand_text)
                seen["typed"] = QApplication.focusWidget().text()
        finally:
            dialog.reject()

    QTimer.singleShot(0, act)
    open_it()
    assert seen.get("scanned") and seen["unchanged"], seen
    return seen


def test_scan_while_walk_in_dialog_is_open(qtbot, window, small_event, cast):
    window.show_page("checkin")
    page = window.page("checkin")
    people = small_event.summary()["attendees"]
    seen = _while_modal(qtbot, page.walk_in, cast.students[3].id, small_event, window, hand_text="zhang")
    assert seen["typed"] == "zhang"                     # typing by hand still reaches the form
    assert small_event.summary()["attendees"] == people  # no person named after the code


def test_scan_while_correction_and_undo_dialogs_are_open(qtbot, window, small_event, cast):
    window.show_page("checkin")
    page = window.page("checkin")
    first, second, third = (p.id for p in cast.students[4:7])
    scanner_type(small_event.badge_code(first))
    _while_modal(qtbot, page.correct, second, small_event, window)
    assert arrived(small_event, first) and arrived(small_event, second)      # the previous guest was not marked 请假
    _while_modal(qtbot, page.undo_selected, third, small_event, window, hand_text="wu sao")
    assert arrived(small_event, second) and arrived(small_event, third)      # the undo did not go through


def test_scan_while_event_settings_dialog_is_open(qtbot, window, small_event, cast):
    name = small_event.info.name
    _while_modal(qtbot, window.edit_event_settings, cast.students[7].id, small_event, window)
    assert small_event.info.name == name


def test_scan_while_message_box_is_open(qtbot, window, small_event, cast):
    from PySide6.QtWidgets import QMessageBox
    def warn():
        return QMessageBox.warning(window, "提示", "一条消息")
    _while_modal(qtbot, warn, cast.students[8].id, small_event, window)


def test_scan_while_menu_is_open(qtbot, window, small_event, cast):
    window.show_page("roster")
    menu = window.file_menu
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu)
    guest = cast.students[9].id
    scanner_type(small_event.badge_code(guest))
    assert_scanned(window, small_event, guest)
    assert menu.isVisible()
    menu.close()


def test_hand_typing_still_works(qtbot, window, small_event, cast):
    window.show_page("roster")
    search = window.page("roster").search_edit
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    hand_type(qtbot, "li")
    assert search.text() == "li"
    window.show_page("checkin")
    page = window.page("checkin")
    qtbot.waitUntil(page.scan_input.hasFocus)
    hand_type(qtbot, "lzy")                                   # 龙振宇's initials
    assert page.scan_input.text() == "lzy"
    qtbot.keyClick(page.scan_input, Qt.Key_Return)
    assert page.last_result is not None and page.last_result.attendee.id == cast.leader.id


def test_wrong_layout_or_input_method_gives_a_clear_invalid(qtbot, window, small_event, cast):
    window.show_page("roster")
    code = small_event.badge_code(cast.teachers[0].id)
    scanner_type(code.translate(str.maketrans("0123456789.", "à&é\"'(-è_ç;")))     # AZERTY without Shift
    page = window.page("checkin")
    assert page.last_result.status == "invalid" and "键盘" in page.last_result.reason
    assert page.toast.isVisible() and "无效" in page.toast.headline.text()
    # A Chinese input method turns part of the burst into committed text.
    search = window.page("roster").search_edit
    search.setFocus()
    before = search.text()
    target = QApplication.focusWidget()
    for ch in code[:6]:
        QApplication.sendEvent(target, _key(QEvent.KeyPress, ch))
    commit = QInputMethodEvent()
    commit.setCommitString("厕所")
    QApplication.sendEvent(target, commit)
    for ch in code[6:] + "\n":
        QApplication.sendEvent(target, _key(QEvent.KeyPress, ch))
    assert page.last_result.status == "invalid" and "输入法" in page.last_result.reason
    assert search.text() == before and not arrived(small_event, cast.teachers[0].id)


# --- 11.3 walk-in category, 11.5 welcome display, 11.6 feedback -------------------------------------------

def test_walk_in_has_no_default_category(qtbot):
    from PySide6.QtWidgets import QDialog, QDialogButtonBox
    from ui.checkin.walkin_dialog import WalkinDialog
    dialog = WalkinDialog(["市领导", "嘉宾", "企业代表"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.category.currentIndex() == -1 and dialog.values()["category"] == ""
    dialog.name.setText("张三")
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    assert dialog.result() != QDialog.Accepted and dialog.isVisible()     # must choose a category first
    dialog.category.setCurrentText("企业代表")
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    assert dialog.result() == QDialog.Accepted and dialog.values()["category"] == "企业代表"


def test_welcome_display_beside_the_desk_on_one_screen(qtbot, window, small_event, cast):
    window.show_page("checkin")
    page = window.page("checkin")
    page.toggle_welcome()
    welcome = page.welcome
    assert welcome.isVisible() and not welcome.isFullScreen()
    area = window.screen().availableGeometry()
    assert welcome.width() <= area.width() // 2 and window.isVisible()
    guest = cast.teachers[1]
    scanner_type(small_event.badge_code(guest.id))
    assert arrived(small_event, guest.id) and page.result_panel.state() == "ok"
    qtbot.waitUntil(lambda: guest.name in welcome.greeting.text())
    page.toggle_welcome()                                  # F11 again: closes it
    assert not welcome.isVisible()


def test_undo_and_correction_say_what_was_done(qtbot, window, small_event, cast, monkeypatch):
    from ui.checkin import checkin_correction_dialog as dialogs
    window.show_page("checkin")
    page = window.page("checkin")
    scanner_type(small_event.badge_code(cast.teachers[2].id))
    assert page.count_label.text().startswith("实到 1 ")
    monkeypatch.setattr(dialogs, "ask_reason", lambda *a: "误扫")
    page.undo_selected()
    texts = page.result_panel.texts()
    assert page.result_panel.state() == "action" and texts["headline"] == "已撤销签到" and "误扫" in texts["detail"]
    assert page.count_label.text().startswith("实到 0 ")            # at once
    page.tabs.setCurrentIndex(1)                                     # the board, as soon as it is looked at
    qtbot.waitUntil(lambda: page.board_panel.board is not None and page.board_panel.board.total.arrived == 0)
    page.tabs.setCurrentIndex(0)
    scanner_type(small_event.badge_code(cast.teachers[3].id))
    monkeypatch.setattr(dialogs, "run_correction", lambda *a: {"action": "leave", "reason": "出差", "substitute": "",
                                                               "time": None})
    page.correct()
    assert page.result_panel.texts()["headline"] == "已登记请假"
    scanner_type("CM2.NOTACODE.AAAA.BBBB")
    assert page.result_panel.state() == "other_event" and "下一步" in page.result_panel.texts()["detail"]
