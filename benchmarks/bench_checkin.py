"""Check-in targets: scan → result in the domain and on the page, search-as-you-type, 1,000 scans in a row."""

from __future__ import annotations

import random
import time

from .common import p95, result, temp_dir

PEOPLE = 5000


def _event(path):
    from ceremony.demo import create_demo
    from ceremony.models import Attendee

    event = create_demo(path)
    rng = random.Random(6)
    surnames, given = "陈李张黄梁刘王叶林何罗莫钟邓袁蔡郑卢吴谢杨周徐朱冯许彭曾", "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国"
    extra = PEOPLE - event.repo.attendee_count()
    with event.repo.transaction():
        event.repo.insert_attendees(
            Attendee(name=rng.choice(surnames) + rng.choice(given) + rng.choice(given), unit="东莞市电子科技学校",
                     category="学生代表", phone="139" + f"{rng.randrange(10**8):08d}", badge_no=f"{i + 301:04d}")
            for i in range(extra))
    roster_invalidate = getattr(event.roster, "invalidate", None)
    if roster_invalidate:
        roster_invalidate()
    return event


def _scan_times(event, codes, reading) -> list[float]:
    desk = event.checkin
    samples = []
    for code in codes:
        t = time.perf_counter()
        r = desk.check_in_code(code, health=reading)
        samples.append(time.perf_counter() - t)
        assert r.status == "ok", r
    return samples


def run():
    from ceremony.checkin.health import HealthReading

    reading = HealthReading(36.5, "green", False, True)
    with temp_dir() as d:
        event = _event(d / "bench.ceremony")
        ids = [p.id for p in event.attendees()]
        codes = list(event.badge_codes(ids).values())
        random.Random(1).shuffle(codes)
        event.checkin.prepare()           # the page does this when it opens
        event.checkin.check_in_code("warm-up")
        samples = _scan_times(event, codes[:1000], reading)
        yield result("scan_to_result_domain_p95", p95(samples) * 1000, "ms", "< 2 ms", attendees=PEOPLE,
                     scans=len(samples), durable="WAL + synchronous=FULL", median=round(sorted(samples)[500] * 1000, 3))
        yield result("thousand_scans_first100_p95", p95(samples[:100]) * 1000, "ms", "no slowdown",
                     last100_p95=round(p95(samples[-100:]) * 1000, 3))
        already = []
        for code in codes[:200]:
            t = time.perf_counter()
            event.checkin.check_in_code(code, desk="另一台", health=reading)
            already.append(time.perf_counter() - t)
        yield result("already_scan_p95", p95(already) * 1000, "ms", "< 2 ms")
        board_times = []
        event.checkin.board()             # the first refresh loads the roster (the page does it on opening)
        for code in codes[1300:1320]:
            event.checkin.check_in_code(code, health=reading)
            t = time.perf_counter()
            event.checkin.board()
            board_times.append(time.perf_counter() - t)
        yield result("board_refresh_p95", p95(board_times) * 1000, "ms", "< 100 ms (debounced, GUI thread)",
                     arrived=1200)
        yield from _search(event)
        yield from _page(event, codes[1000:1300])
        event.close()


def _search(event):
    names = [p.name for p in event.attendees()[::97]]
    queries = []
    for name in names:
        queries += [name[:i] for i in range(1, len(name) + 1)]
    queries += ["li", "lixx", "zh", "zhangw", "1234", "0123", "3001"]
    event.checkin.search("预热")
    samples = []
    for q in queries:
        t = time.perf_counter()
        event.checkin.search(q)
        samples.append(time.perf_counter() - t)
    yield result("search_as_you_type_p95", p95(samples) * 1000, "ms", "< 10 ms", queries=len(samples),
                 index="roster.search" if hasattr(event.roster, "search") else "fallback")


def _page(event, codes):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui.checkin.checkin_page import CheckinPage
    from ui.context import EventContext

    app = QApplication.instance() or QApplication([])
    ctx = EventContext(event)
    page = CheckinPage(ctx)
    page.set_sound_enabled(False)
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    page.health_panel.set_values(36.5, "green", False, True)
    samples = []
    for code in codes:
        t = time.perf_counter()
        page.scan_input.setText(code)
        QTest.keyClick(page.scan_input, Qt.Key_Return)
        page.result_panel.repaint()       # until the result is painted on screen
        samples.append(time.perf_counter() - t)
        assert page.last_result.status == "ok"
    yield result("scan_to_result_on_page_p95", p95(samples) * 1000, "ms", "< 30 ms", scans=len(samples),
                 note="setText + Enter key to the result panel repainted (offscreen)")
    typed = []
    for name in [p.name for p in event.attendees()[::211]]:
        for text in [name[:i] for i in range(1, len(name) + 1)] + ["l", "li", "lix", "13", "139"]:
            t = time.perf_counter()
            page.scan_input.setText(text)          # search-as-you-type fills the result table
            page.search_view.viewport().repaint()
            typed.append(time.perf_counter() - t)
        page.scan_input.clear()
    yield result("search_as_you_type_on_page_p95", p95(typed) * 1000, "ms", "< 10 ms", keystrokes=len(typed),
                 note="one keystroke to the result table repainted")
    page.close()
