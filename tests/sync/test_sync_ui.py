"""The desk's sync line, the host dialog (QR code), joining and the connection test, driven like a user would."""

from __future__ import annotations

import pytest

from ceremony.event import Event
from ceremony.sync import (ISOLATED, NO_SERVER, REACHABLE, HostServer, Probe, SyncStatus, diagnose, join,
                           parse_join_payload, probe_host)
from tests.sync.lan_support import make_host_file, wait_until

pytest.importorskip("pytestqt")


@pytest.fixture(autouse=True)
def _chinese_ui(qapp):
    from ui.i18n import install_language
    install_language("zh")


@pytest.fixture
def host(tmp_path):
    server = HostServer(make_host_file(tmp_path), port=0, bind="127.0.0.1").start()
    yield server
    server.stop()


def url_of(server):
    return f"https://127.0.0.1:{server.port}"


@pytest.fixture
def desk_page(qtbot, host, tmp_path):
    from ui.checkin.checkin_page import CheckinPage
    from ui.context import EventContext
    event = join(url_of(host), host.code, "签到台2", tmp_path / "desk.ceremony")
    page = CheckinPage(EventContext(event))
    page.set_sound_enabled(False)
    qtbot.addWidget(page)
    page.show()
    yield page
    page.sync.shutdown_threads()


def test_a_desk_page_syncs_by_itself_and_shows_offline_with_waiting_rows(qtbot, desk_page, host):
    label = desk_page.sync_status.label
    qtbot.waitUntil(lambda: label.text().startswith("已连接主机"), timeout=15000)
    assert not hasattr(desk_page, "_poll_timer")               # no polling of a shared file any more
    host.stop()
    person = desk_page.ctx.event.attendees()[5]
    desk_page.show_result(desk_page.ctx.event.checkin.check_in_attendee(person.id))
    assert desk_page.result_panel.state() == "ok"                 # scanning never waits for the host
    qtbot.waitUntil(lambda: label.text().startswith("离线 · 待上传 1 条"), timeout=15000)


def test_other_desks_arrivals_show_on_the_page(qtbot, desk_page, host, tmp_path):
    other = join(url_of(host), host.code, "签到台3", tmp_path / "other.ceremony")
    guest = other.attendees()[7]
    other.checkin.check_in_attendee(guest.id)
    from ceremony.sync import sync_once
    sync_once(other)
    qtbot.waitUntil(lambda: guest.id in desk_page.ctx.event.checkin.arrivals(), timeout=15000)
    qtbot.waitUntil(lambda: desk_page.count_label.text().startswith("实到 1"), timeout=5000)
    other.close()


def test_clock_offset_is_shown_and_warned_past_a_minute(qtbot):
    from PySide6.QtCore import QObject, Signal
    from ui.sync.sync_status_widget import SyncStatusWidget

    class Stub(QObject):
        status_changed = Signal(object)
        server = None
        value = SyncStatus("online", 0, 0.4)

        def status(self):
            return self.value
    stub = Stub()
    widget = SyncStatusWidget(stub)
    qtbot.addWidget(widget)
    assert widget.describe() == ("已连接主机 · 待上传 0 条 · 时钟差 +0.4 秒", False)
    stub.value = SyncStatus("online", 2, -300.2)
    text, warn = widget.describe()
    assert warn and "相差 -300.2 秒，请校准时间" in text
    stub.value = SyncStatus("unauthorized", 3)
    assert "请输入加入码重新加入" in widget.describe()[0]


def test_host_dialog_shows_a_qr_code_desks_can_read(qtbot, tmp_path, monkeypatch):
    import zxingcpp
    from ui.sync import sync_controller
    monkeypatch.setattr(sync_controller, "LISTEN_ON", "127.0.0.1")
    from ui.checkin.checkin_page import CheckinPage
    from ui.context import EventContext
    from ui.sync.host_dialog import HostDialog
    path = make_host_file(tmp_path)
    page = CheckinPage(EventContext(Event.open(path)))
    qtbot.addWidget(page)
    dialog = HostDialog(page.sync, page)
    qtbot.addWidget(dialog)
    dialog.port_box.setValue(_free_port())
    dialog.toggle()
    try:
        server = page.sync.server
        assert server is not None and server.code in dialog.info_label.text()
        image = dialog.qr_label.pixmap().toImage()
        image.save(str(tmp_path / "qr.png"))
        from PIL import Image
        decoded = zxingcpp.read_barcodes(Image.open(tmp_path / "qr.png"))
        assert parse_join_payload(decoded[0].text) == (server.urls, server.code)
        assert page.sync_status.label.text().startswith("本机为主机")
        desk = join(server.urls[0], server.code, "签到台5", tmp_path / "d5.ceremony")
        dialog.refresh()
        assert dialog.desk_list.count() == 1 and "签到台5" in dialog.desk_list.item(0).text()
        dialog.desk_list.setCurrentRow(0)
        dialog.remove_selected()
        assert "已移除" in dialog.desk_list.item(0).text()
        desk.close()
    finally:
        page.sync.shutdown_threads()


def test_join_dialog_joins_and_a_wrong_code_says_so(qtbot, host, tmp_path):
    from ui.sync.join_dialog import JoinDialog
    dialog = JoinDialog("签到台8", tmp_path)
    qtbot.addWidget(dialog)
    dialog.url_edit.setText(f"CEREMONY-JOIN:AAAAA-AAAAA@{url_of(host)}")     # a pasted QR code
    assert dialog.url_edit.text() == url_of(host) and dialog.code_edit.text() == "AAAAA-AAAAA"
    dialog.start_join()
    qtbot.waitUntil(lambda: "未能加入" in dialog.message.text(), timeout=15000)
    assert "加入码错误" in dialog.message.text() and not (tmp_path / "签到台8.ceremony").exists()
    dialog.code_edit.setText(host.code)
    with qtbot.waitSignal(dialog.accepted, timeout=30000):
        dialog.start_join()
    assert dialog.joined_path == tmp_path / "签到台8.ceremony" and dialog.joined_path.exists()


def test_connection_test_says_reachable_or_why_not(qtbot, host):
    from ui.sync.setup_dialog import SetupDialog
    dialog = SetupDialog([url_of(host)])
    qtbot.addWidget(dialog)
    dialog.run_test()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=15000)
    assert dialog.result[1] == REACHABLE and "可以开始签到" in dialog.report.toPlainText()
    assert "客户端隔离" in dialog.verdict_text(ISOLATED)


def test_diagnosis_names_client_isolation():
    timeout = [Probe("https://192.168.1.20:8443", "timeout")]
    assert diagnose(timeout, ["192.168.1.7"]) == ISOLATED
    assert diagnose(timeout, ["10.0.0.7"]) != ISOLATED
    assert diagnose([probe_host(f"https://127.0.0.1:{_free_port()}", timeout=2)], ["192.168.1.7"]) == NO_SERVER


def _free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_board_lists_guests_let_in_twice(qtbot, host, tmp_path):
    from ceremony.sync import sync_once
    from ui.checkin.board_panel import BoardPanel
    from ui.context import EventContext
    a, b = (join(url_of(host), host.code, n, tmp_path / f"{n}.ceremony") for n in ("东门", "西门"))
    guest = a.attendees()[9]
    a.checkin.check_in_attendee(guest.id)
    b.checkin.check_in_attendee(guest.id)                 # both desks offline from each other
    for _ in range(2):
        sync_once(a), sync_once(b)
    panel = BoardPanel(EventContext(a))
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    assert panel.conflicts.isVisible()
    assert panel.conflicts.text().startswith("重复签到 1 人，只计一次：" + guest.name)
    b.close()
