"""The check-in page driven like a desk: scanner keystrokes into the input, results on the panel."""

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from ceremony import attendance

pytest.importorskip("pytestqt")

@pytest.fixture(autouse=True)
def _chinese_ui(request):
    """Texts are asserted in Chinese; another test may have installed English."""
    if "qtbot" in request.fixturenames or "qapp" in request.fixturenames:
        from ui.i18n import install_language
        request.getfixturevalue("qapp")
        install_language("zh")



@pytest.fixture
def who(cast):
    """The people these tests use, by the part they play in the small fixture event."""
    s = cast.students
    return SimpleNamespace(leader=cast.leader.id, leader_name=cast.leader.name, host=cast.hosts[0].id,
                           guest=s[0].id, revoked=s[1].id, deleted=s[2].id, fever=s[3].id, student=s[4].id,
                           teacher=cast.teachers[0].id, parent=cast.parents[0].id, everyone=len(cast.everyone))


@pytest.fixture
def page(qtbot, small_event):
    from ui.checkin.checkin_page import CheckinPage
    from ui.context import EventContext

    ctx = EventContext(small_event)
    widget = CheckinPage(ctx)
    widget.set_sound_enabled(False)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitUntil(widget.scan_input.hasFocus)
    return widget


def scan(qtbot, page, text):
    page.scan_input.setText(text)
    qtbot.keyClick(page.scan_input, Qt.Key_Return)


def test_scan_shows_success_and_counts(qtbot, page, small_event, who):
    page.scan_input.setText("36.4")
    qtbot.keyClick(page.scan_input, Qt.Key_Return)
    assert page.health_panel.reading().temperature == 36.4
    scan(qtbot, page, small_event.badge_code(who.leader))
    texts = page.result_panel.texts()
    assert page.result_panel.state() == "ok"
    assert texts["headline"] == "签到成功" and texts["name"] == who.leader_name and "主席台" in texts["vip"]
    assert page.sounds.last_played == "vip"
    assert page.scan_input.text() == "" and page.scan_input.hasFocus()
    assert attendance.attendance_states(small_event)[who.leader].state == "present"
    assert small_event.repo.checkins()[0].temperature == 36.4
    assert page.health_panel.reading().temperature is None          # reset for the next guest
    assert page.count_label.text() == f"实到 1 / 应到 {who.everyone}"
    qtbot.waitUntil(lambda: page.log_model.rowCount() == 1)


def test_already_and_double_scan(qtbot, page, small_event, clock, who):
    code = small_event.badge_code(who.student)
    scan(qtbot, page, code)
    clock.advance(seconds=1)
    scan(qtbot, page, code)                   # scanner bounce: ignored, panel unchanged
    assert page.result_panel.state() == "ok"
    clock.advance(seconds=10)
    scan(qtbot, page, code)
    assert page.result_panel.state() == "already"
    assert "首次签到 09:20:00" in page.result_panel.texts()["detail"]
    assert page.sounds.last_played == "already"
    assert len([r for r in small_event.repo.checkins() if r.status == "ok"]) == 1


@pytest.mark.parametrize("text, state, sound", [
    ("\x1b\x00garbage" * 400, "invalid", "invalid"),
    ("CM1.AAAAAAAA.BBBBBBBBBBBBB.CCCCCCCCCCCCCCCC", "other_event", "other_event"),
])
def test_rejections_leave_the_desk_ready(qtbot, page, text, state, sound):
    scan(qtbot, page, text)
    assert page.result_panel.state() == state and page.sounds.last_played == sound
    assert page.scan_input.text() == "" and page.scan_input.hasFocus()


def test_revoked_unknown_refused_remeasure_states(qtbot, page, small_event, clock, who):
    old = small_event.badge_code(who.revoked)
    small_event.reissue_badge_code(who.revoked)
    scan(qtbot, page, old)
    assert page.result_panel.texts()["headline"] == "证件已作废"
    page.health_panel.set_values(38.2, "green", False, True)
    scan(qtbot, page, small_event.badge_code(who.fever))
    assert page.result_panel.state() == "remeasure" and page.sounds.last_played == "remeasure"
    clock.advance(minutes=3)
    page.health_panel.set_values(38.0, "green", False, True)
    scan(qtbot, page, small_event.badge_code(who.fever))
    assert page.result_panel.state() == "refused" and "38.0" in page.result_panel.texts()["detail"]
    code = small_event.badge_code(who.deleted)
    small_event.roster.delete(who.deleted)
    scan(qtbot, page, code)
    assert page.result_panel.state() == "unknown"


def test_search_then_arrow_and_enter_checks_in_the_selected(qtbot, page, small_event, who):
    page.scan_input.setText(who.leader_name)
    assert page.search_model.rowCount() >= 1
    assert page.search_model.data(page.search_model.index(0, 0), Qt.UserRole).id == who.leader
    qtbot.keyClick(page.scan_input, Qt.Key_Down)
    qtbot.keyClick(page.scan_input, Qt.Key_Up)
    qtbot.keyClick(page.scan_input, Qt.Key_Return)
    assert page.result_panel.state() == "ok" and page.last_result.kind == "search"
    assert page.search_model.rowCount() == 0


def test_search_model(qtmodeltester, page):
    page.scan_input.setText("李")
    qtmodeltester.check(page.search_model)
    qtmodeltester.check(page.log_model)


def test_undo_from_the_log(qtbot, page, small_event, monkeypatch, who):
    from ui.checkin import checkin_correction_dialog as dialogs
    scan(qtbot, page, small_event.badge_code(who.teacher))
    qtbot.waitUntil(lambda: page.log_model.rowCount() == 1)
    page.log_view.selectRow(0)
    monkeypatch.setattr(dialogs, "ask_reason", lambda *a: "扫错了")
    page.undo_selected()
    rows = small_event.repo.checkins()
    assert rows[0].undone is True and rows[1].reason == "扫错了"
    assert attendance.attendance_states(small_event)[who.teacher].state == "pending"


def test_correction_marks_leave_and_manual(qtbot, page, small_event, monkeypatch, clock, who):
    from PySide6.QtCore import QTime
    from ui.checkin import checkin_correction_dialog as dialogs
    page.scan_input.setText(who.leader_name)
    monkeypatch.setattr(dialogs, "run_correction",
                        lambda *a: {"action": "leave", "reason": "公务", "substitute": "", "time": QTime(9, 0)})
    page.correct()
    assert small_event.attendee(who.leader).attendance == "leave"
    page.scan_input.setText(who.leader_name)
    monkeypatch.setattr(dialogs, "run_correction",
                        lambda *a: {"action": "manual", "reason": "", "substitute": "", "time": QTime(9, 5)})
    page.correct()
    assert page.result_panel.state() == "ok"
    assert attendance.attendance_states(small_event)[who.leader].arrived_at.strftime("%H:%M") == "09:05"


def test_walk_in_adds_checks_in_and_prints(qtbot, page, small_event, monkeypatch):
    from ui.checkin import checkin_correction_dialog as dialogs
    printed = []
    monkeypatch.setattr(dialogs, "run_walk_in", lambda *a: {"name": "新来宾", "unit": "某协会", "title": "",
                                                            "category": "行业企业代表", "phone": "13800000000"})
    monkeypatch.setattr(page, "print_badge", printed.append)
    page.health_panel.set_values(36.5, "green", False, True)
    page.walk_in()
    assert page.result_panel.state() == "ok" and "现场登记" in page.result_panel.texts()["headline"]
    assert printed == [page.last_result.attendee.id]
    assert small_event.attendee(printed[0]).name == "新来宾"


def test_board_tab_and_camera_state(qtbot, page, small_event, who):
    scan(qtbot, page, small_event.badge_code(who.leader))
    page.tabs.setCurrentIndex(1)
    page.board_panel.refresh()
    assert page.board_panel.board.total.arrived == 1
    assert "主席台领导未到" in page.board_panel.leaders.text()
    qtmodel = page.board_panel.category_model
    assert qtmodel.data(qtmodel.index(0, 2)) == 1              # 市领导 实到 1
    page.toggle_camera()                                          # no camera on this machine
    assert page.camera.state == "no_camera"
    assert "未检测到摄像头" in page.toolbar.camera_state.text()
    assert page.scan_input.hasFocus()


def test_desk_name_setting(qtbot, page, small_event, who):
    page.toolbar.desk_edit.setText("东门签到台")
    page.toolbar.desk_edit.editingFinished.emit()
    assert small_event.setting("desk_name") == "东门签到台"
    scan(qtbot, page, small_event.badge_code(who.host))
    assert page.last_result.desk == "东门签到台"


def test_models_do_not_eat_references_to_none(qtbot, page):
    """PySide6 6.12 drops a reference to None per None returned to C++; the models guard against it."""
    import sys
    from PySide6.QtCore import QSortFilterProxyModel
    page.scan_input.setText("李")
    for model in (page.search_model, page.log_model, page.board_panel.category_model):
        proxy = QSortFilterProxyModel()
        proxy.setSourceModel(model)
        before = sys.getrefcount(None)
        for _ in range(2000):
            proxy.data(proxy.index(0, 0), Qt.UserRole + 77)
            proxy.headerData(0, Qt.Horizontal, Qt.UserRole + 77)
        assert sys.getrefcount(None) >= before - 10


def test_export_and_merge_from_the_page(qtbot, page, small_event, tmp_path, monkeypatch, clock, who):
    from ui.checkin import checkin_correction_dialog as dialogs
    other = small_event.save_as(tmp_path / "desk2.ceremony")
    other.clock = clock
    other.checkin.check_in_attendee(who.guest, desk="二号台")
    from ceremony.sync import export_log
    export_log(other, tmp_path / "d2.json")
    other.close()
    monkeypatch.setattr(dialogs, "choose_merge_paths", lambda parent: [str(tmp_path / "d2.json")])
    page.merge_logs()
    assert attendance.attendance_states(small_event)[who.guest].desk == "二号台"
    assert "已合并 1 条" in page.hint.text()
    monkeypatch.setattr(dialogs, "choose_export_path", lambda parent, s: str(tmp_path / "mine.json"))
    page.export_log()
    assert (tmp_path / "mine.json").exists() and "已导出 1 条" in page.hint.text()


def test_walk_in_prints_through_the_printing_helper(qtbot, page, small_event, monkeypatch, tmp_path):
    print_actions = pytest.importorskip("ui.printing.print_actions")
    from PySide6.QtPrintSupport import QPrinter
    from ui.checkin import checkin_correction_dialog as dialogs
    target = tmp_path / "walkin-badge.pdf"

    def to_pdf(printer, parent):
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(print_actions, "run_print_dialog", to_pdf)
    monkeypatch.setattr(dialogs, "run_walk_in", lambda *a: {"name": "印证客", "unit": "某企业", "title": "",
                                                            "category": "行业企业代表", "phone": ""})
    page.health_panel.set_values(36.6, "green", False, True)
    page.walk_in()
    assert page.result_panel.state() == "ok"
    assert target.exists() and target.stat().st_size > 1000
    new_id = page.last_result.attendee.id
    assert any(row.attendee_id == new_id for row in small_event.repo.print_entries())


def test_walk_in_with_fever_comes_back_prefilled_then_refused(qtbot, page, small_event, monkeypatch, clock):
    from ui.checkin import checkin_correction_dialog as dialogs
    form = {"name": "发热客", "unit": "某单位", "title": "", "category": "家长代表", "phone": "13700000000"}
    seen = []

    def fake(parent, categories, initial=None):
        seen.append(initial)
        return dict(form)

    monkeypatch.setattr(dialogs, "run_walk_in", fake)
    before = small_event.repo.attendee_count()
    page.health_panel.set_values(37.9, "green", False, True)
    page.walk_in()
    assert page.result_panel.state() == "remeasure"
    clock.advance(minutes=3)
    page.health_panel.set_values(37.8, "green", False, True)
    page.walk_in()
    assert seen == [None, form]
    assert page.result_panel.state() == "refused"
    assert small_event.repo.attendee_count() == before


def test_walkin_dialog_values_round_trip(qtbot):
    from ui.checkin.walkin_dialog import WalkinDialog
    dialog = WalkinDialog(["家长代表", "媒体记者"])
    qtbot.addWidget(dialog)
    values = {"name": "甲", "unit": "乙", "title": "丙", "category": "媒体记者", "phone": "139"}
    dialog.set_values(values)
    assert dialog.values() == values


def test_correction_dialog_fields_follow_the_action(qtbot):
    from PySide6.QtCore import QTime
    from ui.checkin.checkin_correction_dialog import CheckinCorrectionDialog
    dialog = CheckinCorrectionDialog("黎振华  东莞市人民政府", QTime(9, 40))
    qtbot.addWidget(dialog)
    assert dialog.labels[0].text() == "操作"
    dialog.action.setCurrentIndex(2)
    assert dialog.chosen() == "substitute" and dialog.substitute.isEnabled() and not dialog.time.isEnabled()
    dialog.substitute.setText("王代表")
    dialog.action.setCurrentIndex(3)
    values = dialog.values()
    assert values["action"] == "manual" and values["time"] == QTime(9, 40) and dialog.time.isEnabled()


def test_welcome_display_opens_on_the_chosen_screen_and_follows_arrivals(qtbot, page, small_event, who):
    page.toggle_welcome()
    welcome = page.welcome
    qtbot.addWidget(welcome)
    assert welcome.isVisible() and page.board_panel.live
    from PySide6.QtGui import QGuiApplication
    assert welcome.screen() == QGuiApplication.screens()[page.toolbar.screen_box.currentIndex()]
    scan(qtbot, page, small_event.badge_code(who.leader))
    qtbot.waitUntil(lambda: who.leader_name in welcome.greeting.text(), timeout=3000)
    assert "实到 1" in welcome.count.text()
    page.toggle_welcome()
    assert not welcome.isVisible() and not page.board_panel.live


def test_a_failing_write_is_a_message_not_a_traceback(qtbot, page, small_event, monkeypatch, who):
    from ceremony.errors import EventFileNotWritable
    from ui import messages
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, exc, title="": shown.append((title, exc)))

    def broken(*args, **kwargs):
        raise EventFileNotWritable(small_event.path, "disk full")

    monkeypatch.setattr(small_event.checkin, "check_in_code", broken)
    scan(qtbot, page, small_event.badge_code(who.leader))
    assert shown and shown[0][0] == "签到未能保存"
    assert page.scan_input.text() == "" and page.scan_input.hasFocus()
