"""The window fits the school's laptops (issue 11.4): 1366×768, 1280×720, and 1920×1080 at 125 % (1536×864)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

PAGES = ["roster", "seating", "printing", "checkin", "report"]
TASKBAR_AND_TITLE = 70          # what the screen's taskbar and the window's title bar take


@pytest.fixture(autouse=True)
def _chinese_ui(qapp):
    from ui.i18n import install_language
    install_language("zh")


def outside(window) -> list[str]:
    """Visible widgets that reach past the window (widgets scrolled inside a viewport do not count)."""
    bad = []
    for child in window.findChildren(QWidget):
        if not child.isVisible() or child.isWindow() or _scrolled(child, window):
            continue
        rect = QRect(child.mapTo(window, QPoint(0, 0)), child.size())
        if not window.rect().contains(rect):
            bad.append(f"{type(child).__name__} {rect}")
    return bad


def _scrolled(widget, window) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            return True
        parent = area
    return False


@pytest.mark.parametrize("screen", [(1366, 768), (1280, 720), (1536, 864)])
def test_every_page_fits(qtbot, demo_event, screen):
    """On the demo: a full roster with real-length units and names, as the school will load."""
    from ui.main_window import MainWindow
    window = MainWindow(demo_event)
    qtbot.addWidget(window)
    size = (screen[0], screen[1] - TASKBAR_AND_TITLE)
    window.setWindowState(Qt.WindowNoState)     # the offscreen screen is small: the first start maximised it
    window.resize(*size)
    window.show()
    for key in PAGES:
        window.show_page(key)
        qtbot.wait(10)
        assert (window.width(), window.height()) == size, key
        assert outside(window) == [], key
    tabs = window.tabs.tabBar()
    for i in range(tabs.count()):
        assert tabs.tabRect(i).width() >= QFontMetrics(tabs.font()).horizontalAdvance(tabs.tabText(i)), i
    page = window.page("checkin")
    window.show_page("checkin")
    for widget in (page.result_panel, page.count_label, page.search_view, page.scan_input):
        assert widget.isVisible() and not widget.visibleRegion().isEmpty()
    placeholder = page.scan_input.placeholderText()
    assert page.scan_input.width() >= QFontMetrics(page.scan_input.font()).horizontalAdvance(placeholder)


def test_long_texts_do_not_widen_the_window(qtbot, small_event, cast):
    from ui.main_window import MainWindow
    window = MainWindow(small_event)
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowNoState)
    window.resize(1280, 650)
    window.show()
    window.show_page("checkin")
    page = window.page("checkin")
    result = small_event.checkin.check_in_code(small_event.badge_code(cast.leader.id))
    person = replace(result.attendee, name="阿卜杜热合曼·买买提依明·艾尔肯江", unit="东莞市" * 20)
    page.show_result(replace(result, attendee=person, notices=("很长的提示" * 30,)))
    qtbot.wait(10)
    assert window.width() == 1280 and window.minimumSizeHint().width() <= 1280
    assert outside(window) == []


def test_first_start_on_a_small_screen_is_maximised(qtbot, small_event, monkeypatch):
    from ui import main_window
    window = main_window.MainWindow(small_event)
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    monkeypatch.setattr(main_window, "SMALL_SCREEN", (area.width() + 1, area.height() + 1))
    main_window.fit_to_screen(window)
    assert window.isMaximized() or window.windowState() & main_window.Qt.WindowMaximized
    window.setWindowState(main_window.Qt.WindowNoState)
    window.resize(area.width() + 500, area.height() + 500)
    main_window.keep_on_screen(window)
    assert window.width() <= area.width() and window.height() <= area.height()


def test_desk_lists_show_every_column_at_1280(qtbot, small_event, cast):
    from ui.main_window import MainWindow
    window = MainWindow(small_event)
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowNoState)
    window.resize(1280, 650)
    window.show()
    window.show_page("checkin")
    page = window.page("checkin")
    small_event.checkin.check_in_code(small_event.badge_code(cast.leader.id))
    page._reload_log()
    qtbot.wait(10)
    for view in (page.search_view, page.log_view):
        header = view.horizontalHeader()
        assert header.length() <= view.viewport().width() + 1, view
        for i in range(header.count()):
            text = view.model().headerData(i, Qt.Horizontal)
            assert header.sectionSize(i) >= QFontMetrics(header.font()).horizontalAdvance(text), text
