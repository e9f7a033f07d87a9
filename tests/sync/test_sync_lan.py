"""LAN sync over real HTTPS on loopback: joining, exchanging, and every way in that must stay shut."""

from __future__ import annotations

import shutil
import socket
from datetime import datetime, timedelta

import pytest

from ceremony import attendance
from ceremony.event import Event
from ceremony.sync import (CERTIFICATE, OFFLINE, ONLINE, DeskClient, HostRegistry, HostServer, SyncError, join,
                           sync_once)
from tests.sync.lan_support import Interceptor, make_host_file, wait_until


@pytest.fixture
def host(tmp_path):
    path = make_host_file(tmp_path)
    server = HostServer(path, port=0, bind="127.0.0.1").start()
    yield server
    server.stop()


def url_of(server) -> str:
    return f"https://127.0.0.1:{server.port}"


@pytest.fixture
def desks(host, tmp_path):
    opened = [join(url_of(host), host.code, f"签到台{i}", tmp_path / f"desk{i}.ceremony") for i in (2, 3)]
    yield opened
    for event in opened:
        event.close()


def counted(event) -> dict:
    return {a: s.desk for a, s in attendance.attendance_states(event).items() if s.arrived}


def test_first_line_names_address_and_code(host):
    address, code = host.first_line().split(" ")
    assert address.startswith("https://127.0.0.1:") and code == host.code and len(code) == 11


def test_a_joined_desk_gets_the_event_without_the_signing_secret(host, desks):
    desk = desks[0]
    assert desk.is_desk_copy and desk.repo.event_secret() == ""
    assert desk.repo.attendee_count() == 300 and desk.checkin.desk_name() == "签到台2"
    host_event = Event.open(host.event_path)
    code = host_event.badge_code(4)
    host_event.close()
    sync_once(desk)
    assert desk.lookup_code(code).status == "ok"           # it verifies codes, it cannot mint them


def test_a_check_in_shows_as_already_at_the_other_desk(host, desks):
    a, b = desks
    a.checkin.check_in_attendee(5)
    sync_once(a)
    status = sync_once(b)
    assert status.state == ONLINE and status.waiting == 0 and status.pulled >= 1
    again = b.checkin.check_in_attendee(5)
    assert again.status == "already" and again.first_desk == "签到台2"


def test_same_guest_two_desks_same_millisecond(host, tmp_path):
    instant = datetime(2020, 11, 25, 9, 40, 0, 123000)
    a, b = (join(url_of(host), host.code, n, tmp_path / f"{n}.ceremony", clock=lambda: instant)
            for n in ("东门", "西门"))
    assert a.checkin.check_in_attendee(8).at == b.checkin.check_in_attendee(8).at
    for _ in range(2):
        sync_once(a), sync_once(b)
    host_event = Event.open(host.event_path)
    winners = {counted(e)[8] for e in (a, b, host_event)}
    rows = [sorted((r.uuid, r.status) for r in e.repo.checkins()) for e in (a, b, host_event)]
    assert len(winners) == 1 and rows[0] == rows[1] == rows[2]
    host_event.close(), a.close(), b.close()


def test_wrong_join_code_is_refused_and_nothing_is_copied(host, tmp_path):
    with pytest.raises(SyncError) as err:
        join(url_of(host), "AAAAA-AAAAA", "签到台9", tmp_path / "nope.ceremony")
    assert err.value.reason == "wrong_code" and not (tmp_path / "nope.ceremony").exists()


def test_plain_http_is_refused_both_by_the_desk_and_by_the_host(host, tmp_path):
    with pytest.raises(SyncError) as err:
        join(f"http://127.0.0.1:{host.port}", host.code, "签到台9", tmp_path / "x.ceremony")
    assert err.value.reason == "plain_http"
    with socket.create_connection(("127.0.0.1", host.port), timeout=5) as raw:
        raw.sendall(b"GET /pull?since=0 HTTP/1.1\r\nHost: x\r\n\r\n")
        raw.settimeout(5)
        try:
            answer = raw.recv(200)
        except (ConnectionResetError, socket.timeout):
            answer = b""
    assert not answer.startswith(b"HTTP/")


def test_without_a_token_nothing_can_be_read_or_written(host):
    import ssl
    import urllib.request
    ctx = ssl.create_default_context()
    ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE
    for path, data in (("/event", None), ("/pull?since=0", None), ("/push", b'{"records": []}')):
        request = urllib.request.Request(url_of(host) + path, data=data,
                                         headers={"Authorization": "Bearer made-up"})
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(request, context=ctx, timeout=10)
        assert err.value.code == 401


def test_a_proxy_with_its_own_certificate_is_refused_both_ways(host, desks, tmp_path):
    mitm = Interceptor(tmp_path / "mitm", host.port).start()
    try:
        with pytest.raises(SyncError) as err:                 # 1. joining through it: the host refuses
            join(mitm.url, host.code, "签到台9", tmp_path / "via-mitm.ceremony")
        assert err.value.reason == "wrong_code" and not (tmp_path / "via-mitm.ceremony").exists()
        a = desks[0]                                          # 2. a joined desk sent to it: the desk refuses
        a.checkin.check_in_attendee(6)
        with a.repo.transaction():
            a.repo.set_sync_value("host_url", mitm.url)
        with pytest.raises(SyncError) as err:
            sync_once(a)
        assert err.value.reason == "certificate"
        token = a.repo.sync_value("token")
        assert not any(token in str(seen["headers"]) or token.encode() in seen["body"] for seen in mitm.seen)
    finally:
        mitm.stop()


def test_a_host_that_does_not_know_the_code_is_refused_by_the_desk(host, tmp_path):
    impostor = Interceptor(tmp_path / "fake", host.port, impostor=True).start()
    try:
        with pytest.raises(SyncError) as err:
            join(impostor.url, host.code, "签到台9", tmp_path / "x.ceremony")
    finally:
        impostor.stop()
    assert err.value.reason == "host_proof" and not (tmp_path / "x.ceremony").exists()


def test_a_removed_desk_is_refused_until_it_joins_again_keeping_its_rows(host, desks):
    a = desks[0]
    a.checkin.check_in_attendee(12)
    assert HostRegistry(host.event_path).remove_desk("签到台2")
    with pytest.raises(SyncError) as err:
        sync_once(a)
    assert err.value.reason == "unauthorized"
    path = a.path
    a.close()
    again = join(url_of(host), host.code, "签到台2", path)
    assert sync_once(again).waiting == 0 and 12 in counted(again)
    desks[0] = again


def test_a_second_desk_with_the_same_name_is_refused(host, desks, tmp_path):
    with pytest.raises(SyncError) as err:
        join(url_of(host), host.code, "签到台2", tmp_path / "twin.ceremony")
    assert err.value.reason == "name_taken" and not (tmp_path / "twin.ceremony").exists()
    assert sync_once(desks[0]).state == ONLINE             # the first one keeps working


def test_a_desk_clock_five_minutes_off_is_shown_and_warned(host, tmp_path):
    desk = join(url_of(host), host.code, "快钟台", tmp_path / "fast.ceremony",
                clock=lambda: datetime.now() + timedelta(minutes=5))
    status = sync_once(desk)
    assert status.clock_warning and -305 < status.offset_s < -295
    registry = HostRegistry(host.event_path)
    wait_until(lambda: registry.reload(force=True) or registry.desks["快钟台"].offset_ms is not None)
    assert -305_000 < registry.desks["快钟台"].offset_ms < -295_000
    desk.close()


def test_offline_desk_keeps_working_counts_waiting_rows_and_catches_up(tmp_path, host, desks):
    a, b = desks
    statuses = []
    client = DeskClient(a.path, on_status=statuses.append).start()
    other = DeskClient(b.path).start()
    try:
        assert wait_until(lambda: client.status.state == ONLINE)
        port = host.port
        host.stop()
        for aid in (20, 21, 22):
            assert a.checkin.check_in_attendee(aid).status == "ok"      # scanning never waits for the host
        assert wait_until(lambda: client.status.state == OFFLINE and client.status.waiting >= 3)
        shutil.copy(tmp_path / "pristine.ceremony", host.event_path)    # the host lost its database too
        for suffix in ("-wal", "-shm"):
            (host.event_path.parent / (host.event_path.name + suffix)).unlink(missing_ok=True)
        restarted = HostServer(host.event_path, port=port, bind="127.0.0.1").start()
        try:
            assert wait_until(lambda: client.status.state == ONLINE and client.status.waiting == 0, 20)
            assert wait_until(lambda: {20, 21, 22} <= set(Event.open(b.path).checkin.arrivals()), 20)
        finally:
            restarted.stop()
    finally:
        client.stop(), other.stop()
    assert any(s.state == OFFLINE for s in statuses)


def test_pinned_certificate_change_stops_the_desk(host, desks, tmp_path):
    a = desks[0]
    with a.repo.transaction():
        a.repo.set_sync_value("host_fp", "00" * 32)
    client = DeskClient(a.path).start()
    try:
        assert wait_until(lambda: client.status.state == CERTIFICATE)
    finally:
        client.stop()
