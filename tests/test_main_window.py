"""The main window opens offscreen on the demo event and every page can be shown."""

import pytest
from PySide6.QtWidgets import QTabWidget

from ceremony.event import Event


@pytest.fixture
def window(qtbot, demo_event):
    from ui.main_window import MainWindow
    w = MainWindow(demo_event)
    qtbot.addWidget(w)
    w.show()
    return w


def test_window_shows_event_and_chinese_pages(window):
    assert "东莞市2020年职业教育活动周开幕式" in window.windowTitle()
    tabs: QTabWidget = window.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["名单", "座位", "打印", "签到", "报表", "准备"]
    assert "300" in window.status_label.text()


def test_switching_pages(window, qtbot):
    for key in ["roster", "seating", "printing", "checkin", "report", "prepare"]:
        window.show_page(key)
        assert window.tabs.currentWidget() is window.slots[key]
        assert window.pages[key].isVisible()


def test_open_bad_file_shows_message_not_traceback(window, tmp_path, monkeypatch):
    from ui import messages
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, exc, title="": shown.append(messages.error_text(exc)))
    bad = tmp_path / "bad.ceremony"
    bad.write_text("not a database")
    before = window.current_event.path
    assert window.open_event_path(str(bad)) is False
    assert len(shown) == 1 and "bad.ceremony" in shown[0]
    assert window.current_event.path == before          # the open event stays open
    assert window.current_event.summary()["attendees"] == 300


def test_open_other_event_switches_and_records_recent(window, tmp_path):
    from ui import settings
    other = Event.create(tmp_path / "other.ceremony")
    other.close()
    assert window.open_event_path(str(tmp_path / "other.ceremony"))
    assert window.current_event.path == tmp_path / "other.ceremony"
    assert settings.recent_files()[0] == str(tmp_path / "other.ceremony")
    assert "0" in window.status_label.text()


def test_save_as_opens_the_copy(window, tmp_path, monkeypatch):
    from ui import file_dialogs
    target = tmp_path / "copy.ceremony"
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: (str(target), ""))
    window.save_event_as()
    assert window.current_event.path == target
    assert window.current_event.summary()["attendees"] == 300


def test_event_settings_dialog_changes_event(window, monkeypatch):
    from ui.event_settings_dialog import EventSettingsDialog

    def fake_exec(dialog):
        dialog.name_edit.setText("改名后的开幕式")
        dialog.setting_widgets["desk_name"].setText("东门签到台")
        dialog.setting_widgets["health_check"].setChecked(False)
        stroke = dialog.setting_widgets["stroke_convention"]
        stroke.setCurrentIndex(stroke.findData("renda"))
        return EventSettingsDialog.Accepted

    monkeypatch.setattr(EventSettingsDialog, "exec", fake_exec)
    window.edit_event_settings()
    event = window.current_event
    assert event.info.name == "改名后的开幕式"
    assert event.setting("desk_name") == "东门签到台"
    assert event.setting("health_check") is False
    assert event.setting("stroke_convention") == "renda"
    assert "改名后的开幕式" in window.windowTitle()


def test_geometry_is_remembered(qtbot, demo_event, tmp_path):
    from ui.main_window import MainWindow
    w = MainWindow(demo_event)
    qtbot.addWidget(w)
    w.resize(740, 560)  # inside the 800×800 offscreen screen
    w.show()
    size = (w.width(), w.height())
    w.close()
    other = Event.create(tmp_path / "x.ceremony")
    w2 = MainWindow(other)
    qtbot.addWidget(w2)
    assert (w2.width(), w2.height()) == size
