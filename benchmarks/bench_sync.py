"""LAN sync targets (loopback, TLS): a check-in seen at another desk, four busy desks agreeing, a busy host GUI.

Everything runs in this one process — the host server and each desk's sync client on their own threads, as in
the app — so the desks also compete for the interpreter with each other: a harder setting than separate laptops.
"""

from __future__ import annotations

import random
import threading
import time

from .common import Timing, result, temp_dir

SAMPLES = 40
DESKS = 4
SCANS_PER_DESK = 250


def _host_event(path, people: int):
    from ceremony.demo import create_demo
    from ceremony.models import Attendee

    event = create_demo(path)
    extra = people - event.repo.attendee_count()
    if extra > 0:
        with event.repo.transaction():
            event.repo.insert_attendees(Attendee(name=f"来宾{i:04d}", unit="东莞市电子科技学校", category="学生代表",
                                                 badge_no=f"{i + 301:04d}") for i in range(extra))
    event.close()


class _Desk:
    """One desk: its own event file, its scanning connection and its sync client."""

    def __init__(self, url, code, name, folder):
        from ceremony.sync import DeskClient, join
        self.event = join(url, code, name, folder / f"{name}.ceremony")
        self.pulled = threading.Event()
        self.client = DeskClient(self.event.path, on_pulled=lambda n: self.pulled.set()).start()

    def arrived(self) -> int:
        return len(self.event.checkin.arrivals())

    def close(self):
        self.client.stop()
        self.event.close()


def _wait(condition, timeout=30.0, step=0.002) -> bool:
    end = time.perf_counter() + timeout
    while time.perf_counter() < end:
        if condition():
            return True
        time.sleep(step)
    return False


def _visible_latency(a: _Desk, b: _Desk, guests: list[int]) -> Timing:
    """Check in at desk a; time until desk b's own file counts the guest."""
    samples = []
    for guest in guests:
        t = time.perf_counter()
        assert a.event.checkin.check_in_attendee(guest).status == "ok"
        a.client.nudge()
        _wait(lambda: guest in b.event.checkin.arrivals())
        samples.append(time.perf_counter() - t)
    return Timing(samples)


def _four_desks(desks: list[_Desk], people: list[int]) -> tuple[float, float]:
    """Each desk scans its own 250 guests flat out; returns (scan seconds, seconds from the last scan to agreement)."""
    def scan(desk, share):
        for guest in share:
            desk.event.checkin.check_in_attendee(guest)
            desk.client.nudge()
    shares = [people[i::len(desks)][:SCANS_PER_DESK] for i in range(len(desks))]
    threads = [threading.Thread(target=scan, args=(d, s)) for d, s in zip(desks, shares)]
    t = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    last_scan = time.perf_counter()
    total = sum(len(s) for s in shares)
    agreed = _wait(lambda: all(d.arrived() >= total for d in desks), timeout=60, step=0.01)
    return last_scan - t, (time.perf_counter() - last_scan) if agreed else float("inf")


def run():
    from ceremony.event import Event
    from ceremony.sync import HostServer

    with temp_dir() as folder:
        host_path = folder / "host.ceremony"
        _host_event(host_path, 1300)
        server = HostServer(host_path, port=0, bind="127.0.0.1").start()
        url = f"https://127.0.0.1:{server.port}"
        desks = [_Desk(url, server.code, f"签到台{i + 1}", folder) for i in range(DESKS)]
        try:
            ids = [p.id for p in desks[0].event.attendees()]
            random.Random(3).shuffle(ids)
            quiet = _visible_latency(desks[0], desks[1], ids[:SAMPLES])
            yield result("checkin_visible_other_desk", quiet, "ms", "< 1000 ms", stat="p95", transport="TLS loopback")

            host_gui = Event.open(host_path)          # the host's GUI connection, rendering badges meanwhile
            stop = threading.Event()
            rendered = []

            def render():
                badge_ids = [p.id for p in host_gui.attendees()[:80]]
                while not stop.is_set():
                    t = time.perf_counter()
                    host_gui.printing.write_pdf(host_gui.printing.badge_document(badge_ids), folder / "busy.pdf")
                    rendered.append(time.perf_counter() - t)
            painter = threading.Thread(target=render)
            painter.start()
            try:
                busy = _visible_latency(desks[2], desks[3], ids[SAMPLES:2 * SAMPLES])
            finally:
                stop.set()
                painter.join()
                host_gui.close()
            yield result("checkin_visible_while_host_renders_pdf", busy, "ms", "< 1000 ms", stat="p95",
                         pdf_renders=len(rendered), pdf_render_median_s=round(sorted(rendered)[len(rendered) // 2], 2)
                         if rendered else None)

            scanning, agreeing = _four_desks(desks, ids[2 * SAMPLES:])
            yield result("four_desks_agree_after_last_scan", agreeing, "s", "< 3 s", desks=DESKS,
                         scans_per_desk=SCANS_PER_DESK, scanning_s=round(scanning, 2))
        finally:
            for d in desks:
                d.close()
            server.stop()
