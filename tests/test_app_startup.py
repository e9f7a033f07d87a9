"""Start-up: the demo on first run, --db, --lang en, and bad files without tracebacks."""

import pytest

from ceremony.event import Event


def test_first_start_creates_demo_in_user_data_dir(qtbot, tmp_path):
    from ui.app import build_window
    app, window = build_window([])
    qtbot.addWidget(window)
    assert window.current_event.summary()["attendees"] == 300
    assert str(tmp_path / "xdg-data") in str(window.current_event.path)


def test_db_option_opens_that_file(qtbot, tmp_path):
    from ui.app import build_window
    Event.create(tmp_path / "mine.ceremony").close()
    app, window = build_window(["--db", str(tmp_path / "mine.ceremony"), "--page", "checkin"])
    qtbot.addWidget(window)
    assert window.current_event.path == tmp_path / "mine.ceremony"
    assert window.tabs.currentWidget() is window.slots["checkin"]
    assert "checkin" in window.pages


def test_english_interface(qtbot, tmp_path, monkeypatch):
    from ui import settings
    from ui.app import build_window
    from ui.i18n import install_language
    remembered = []
    monkeypatch.setattr(settings, "set_language", remembered.append)  # keep later tests in Chinese
    try:
        app, window = build_window(["--db", str(_demo(tmp_path)), "--lang", "en"])
        qtbot.addWidget(window)
        assert window.tabs.tabText(0) == "Roster"
        assert window.file_menu.title() == "&File"
        assert remembered == ["en"]
    finally:
        install_language("zh")


def test_corrupt_start_file_gives_message_then_file_dialog(qtbot, tmp_path, monkeypatch):
    from ui import app as app_module, messages
    bad = tmp_path / "bad.ceremony"
    bad.write_bytes(b"\x00garbage")
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, exc, title="": shown.append(messages.error_text(exc)))
    monkeypatch.setattr(app_module, "ask_event_path", lambda *a, **k: "")
    _app, window = app_module.build_window(["--db", str(bad)])
    assert window is None
    assert shown and "bad.ceremony" in shown[0]
    assert bad.read_bytes() == b"\x00garbage"


@pytest.mark.parametrize("choice, attendees", [("create", 0), ("demo", 300)])
def test_missing_start_file_is_created_when_asked(qtbot, tmp_path, monkeypatch, choice, attendees):
    from ui import app as app_module, new_event_dialog
    missing = tmp_path / "新活动.ceremony"
    asked, detailed = [], []
    monkeypatch.setattr(app_module, "ask_missing_file", lambda parent, path: asked.append(path) or choice)
    # "create" goes through the 新建活动 dialog (details and starting categories) first
    monkeypatch.setattr(new_event_dialog, "ask_new_event",
                        lambda parent, name="": detailed.append(name) or (_info(name), []))
    _app, window = app_module.build_window(["--db", str(missing)])
    qtbot.addWidget(window)
    assert asked == [missing]
    assert window.current_event.path == missing and missing.exists()
    assert window.current_event.summary()["attendees"] == attendees
    assert detailed == (["新活动"] if choice == "create" else [])
    if choice == "create":
        assert window.current_event.info.venue == "礼堂"


def _info(name):
    from datetime import datetime
    from ceremony.models import EventInfo
    return EventInfo(uid="", name=name, starts_at=datetime(2021, 11, 24, 10, 0), venue="礼堂")


def test_missing_start_file_open_other_or_quit(qtbot, tmp_path, monkeypatch):
    from ui import app as app_module
    missing, other = tmp_path / "missing.ceremony", _demo(tmp_path)
    monkeypatch.setattr(app_module, "ask_missing_file", lambda parent, path: "open")
    monkeypatch.setattr(app_module, "ask_event_path", lambda parent, folder: str(other))
    _app, window = app_module.build_window(["--db", str(missing)])
    qtbot.addWidget(window)
    assert window.current_event.path == other
    monkeypatch.setattr(app_module, "ask_missing_file", lambda parent, path: None)
    assert app_module.build_window(["--db", str(missing)])[1] is None
    assert not missing.exists()


def _demo(tmp_path):
    from ceremony.demo import create_demo
    path = tmp_path / "demo.ceremony"
    create_demo(path).close()
    return path


def test_pdf_font_is_registered_after_start(qtbot, tmp_path):
    from reportlab.pdfbase import pdfmetrics
    from ceremony.fonts import BUNDLED_NAME
    from ui.app import build_window
    app, window = build_window(["--db", str(_demo(tmp_path))])
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: BUNDLED_NAME in pdfmetrics.getRegisteredFontNames())


def test_qt_has_the_bundled_cjk_font(qtbot, tmp_path):
    from PySide6.QtGui import QFontDatabase, QFontMetrics
    from ui.app import build_window
    from ui.fonts import bundled_family
    app, window = build_window(["--db", str(_demo(tmp_path))])
    qtbot.addWidget(window)
    family = bundled_family()
    assert family in QFontDatabase.families()
    assert QFontDatabase.writingSystems(family).count(QFontDatabase.SimplifiedChinese)
    assert QFontMetrics(app.font()).inFontUcs4(ord("东"))
