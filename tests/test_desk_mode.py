"""Desk mode: the front desk checks people in and nothing else; the organiser's PIN leaves it."""

from __future__ import annotations

import pytest

from ceremony import deskmode
from ceremony.deskmode import DeskModeLocked, PinNeeded, WrongPin
from ceremony.event import Event
from ceremony.roster import export_roster


def test_pin_is_needed_stored_hashed_and_checked(small_event, tmp_path):
    with pytest.raises(PinNeeded):
        small_event.enter_desk_mode()
    small_event.set_organiser_pin("Zq-2468")
    stored = small_event.setting(deskmode.PIN_SETTING)
    assert "Zq-2468" not in stored and stored.startswith("scrypt$")
    copy = small_event.export_backup(tmp_path / "copy.ceremony")    # (reading the live file would drop its locks)
    assert b"Zq-2468" not in copy.read_bytes()
    with pytest.raises(WrongPin):
        small_event.set_organiser_pin("1357", old_pin="0000")
    small_event.enter_desk_mode()
    with pytest.raises(WrongPin):
        small_event.leave_desk_mode("1111")
    assert small_event.desk_mode
    small_event.leave_desk_mode("Zq-2468")
    assert not small_event.desk_mode


def test_desk_mode_refuses_what_a_desk_must_not_do(small_event, tmp_path):
    small_event.set_organiser_pin("2468")
    small_event.enter_desk_mode()
    info = small_event.info
    for attempt in (lambda: small_event.update_info(info),
                    lambda: small_event.set_setting("health_check", False),
                    lambda: export_roster(small_event, tmp_path / "r.xlsx"),
                    lambda: small_event.roster.import_files([tmp_path / "x.csv"]) if hasattr(
                        small_event.roster, "import_files") else (_ for _ in ()).throw(DeskModeLocked("roster")),
                    lambda: small_event.seating.auto_seat(),
                    lambda: small_event.seating.replace_venue(small_event.seating.venue_spec())):
        with pytest.raises(DeskModeLocked):
            attempt()
    assert not (tmp_path / "r.xlsx").exists()
    small_event.set_setting("desk_name", "签到台3")           # its own name is the desk's to set
    result = small_event.checkin.walk_in("王五", unit="东莞日报")  # and checking in, walk-ins included
    assert result.status == "ok"


def test_a_desk_copy_starts_in_desk_mode(small_event, tmp_path):
    small_event.set_organiser_pin("2468")
    desk = Event.open(small_event.copy_for_desk(tmp_path / "desk.ceremony"))
    assert desk.desk_mode and desk.is_desk_copy
    desk.close()


def test_masking():
    assert deskmode.masked_phone("138 0013 8009") == "8009"
    assert deskmode.masked_id("441900197710035961") == "4419************61"


def test_window_in_desk_mode_shows_only_check_in(qtbot, small_event, monkeypatch):
    from ui import messages, pin_dialog
    from ui.main_window import MainWindow
    errors = []
    monkeypatch.setattr(messages, "show_error", lambda parent, exc, title="": errors.append(messages.error_text(exc)))
    answers = iter(["2468", "0000", "2468"])
    monkeypatch.setattr(pin_dialog, "ask_pin", lambda *a, **k: next(answers))
    window = MainWindow(small_event)
    qtbot.addWidget(window)
    window.show()
    window.toggle_desk_mode()                                # no PIN yet: sets it, then enters
    assert small_event.desk_mode
    visible = [window.tabs.tabText(i) for i in range(window.tabs.count()) if window.tabs.isTabVisible(i)]
    assert visible == ["签到"] and window.tabs.currentWidget() is window.slots["checkin"]
    assert not window.settings_action.isVisible() and not window.open_action.isVisible()
    toolbar = window.pages["checkin"].toolbar
    assert not toolbar.sync_button.isVisible() and not toolbar.export_action.isEnabled()
    assert "退出" in window.desk_mode_action.text()
    window.toggle_desk_mode()                                # wrong PIN: stays
    assert small_event.desk_mode and "PIN" in errors[-1]
    window.toggle_desk_mode()
    assert not small_event.desk_mode
    assert all(window.tabs.isTabVisible(i) for i in range(window.tabs.count()))


def test_desk_search_shows_the_phone_as_its_last_four_digits(qtbot, small_event):
    from ui.checkin.checkin_search_model import CheckinSearchModel, Column
    person = next(p for p in small_event.attendees() if len(p.phone) == 11)
    model = CheckinSearchModel()
    model.set_rows([(person, False)])
    shown = [model.data(model.index(0, c)) for c in Column]
    assert f"尾号{person.phone[-4:]}" in shown
    assert not any(person.phone in str(v) for v in shown if v) and person.id_number not in map(str, shown)


def test_desk_commands(small_event, tmp_path, capsys):
    from ceremony.cli import main
    db = str(small_event.path)
    small_event.close()
    assert main(["organiser-pin", "--pin", "Zq-2468", "--db", db]) == 0
    assert main(["desk-mode", "on", "--db", db]) == 0
    assert main(["export", "--out", str(tmp_path / "r.csv"), "--db", db]) == 6
    assert main(["desk-mode", "off", "--pin", "0000", "--db", db]) != 0
    assert main(["desk-mode", "off", "--pin", "Zq-2468", "--db", db]) == 0
    assert main(["desk-copy", str(tmp_path / "desk.ceremony"), "--db", db]) == 0
    desk = Event.open(tmp_path / "desk.ceremony", read_only=True)
    assert desk.desk_mode and desk.is_desk_copy
    desk.close()


def test_exports_holding_phones_are_readable_by_the_user_only(small_event, tmp_path):
    from ceremony.sync.files import export_log
    for name in ("r.xlsx", "r.csv", "r.pdf"):
        for written in small_event.reports.export(tmp_path / name):     # CSV: one file per table
            assert written.stat().st_mode & 0o077 == 0, written
    export_log(small_event, tmp_path / "desk.json")
    assert (tmp_path / "desk.json").stat().st_mode & 0o077 == 0
