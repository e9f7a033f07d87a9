"""Seating targets: auto-seating 2,000 people in a 2,400-seat hall; redrawing the plan after a move."""

from __future__ import annotations

import random
import time

from .common import Timing, floor_durable_bulk_insert, floor_durable_insert, result, temp_dir

CATEGORIES = [("领导", "前排区"), ("嘉宾", "嘉宾区"), ("企业", "企业区"), ("家长", "家长区"), ("师生", "师生区")]


def big_event(path):
    """An event with a 2,400-seat hall (40 rows × 60, three blocks), a 2-row rostrum and 2,000 people."""
    from ceremony.event import Event
    from ceremony.models import Attendee, Category
    from ceremony.seating.venue import write_venue

    cats = [Category(name, zone=zone, sort=i) for i, (name, zone) in enumerate(CATEGORIES)]
    event = Event.create(path, categories=cats)
    spec = {"name": "bench hall",
            "sections": [{"name": "主席台", "kind": "rostrum", "rows": [15, 17]},
                         {"name": "台下", "kind": "hall", "rows": 40, "blocks": [20, 20, 20], "numbering": "odd_even"}],
            "zones": [{"name": zone, "color": "#ddeeff", "category": cat, "rows": [1 + 8 * i, 8 + 8 * i]}
                      for i, (cat, zone) in enumerate(CATEGORIES)]}
    rng = random.Random(1)
    people = []
    for i in range(2000):
        cat = CATEGORIES[min(4, i * 5 // 2000)][0]
        people.append(Attendee(name=f"人员{i}", category=cat, unit=f"单位{rng.randrange(120)}", rank=i + 1,
                               on_rostrum=i < 30))
    with event.repo.transaction():
        write_venue(event.repo, spec)
        event.repo.insert_attendees(people)
    return event


def run():
    with temp_dir() as d:
        event = big_event(d / "big.ceremony")
        samples = []
        for i in range(3):
            event.seating.apply(event.seating.clear_operation())
            t = time.perf_counter()
            outcome = event.seating.auto_seat()
            samples.append(time.perf_counter() - t)
        bulk = floor_durable_bulk_insert(d, 2000)
        yield result("auto_seat_2000_in_2400", Timing(samples), "ms", "< 500 ms", floor=bulk,
                     seated=outcome.assigned, unseated=len(outcome.unseated))
        reruns = []
        for _ in range(3):
            t = time.perf_counter()
            event.seating.auto_seat()
            reruns.append(time.perf_counter() - t)
        yield result("auto_seat_rerun_stable", Timing(reruns), "ms", "< 500 ms", floor=bulk,
                     note="everyone already seated: nobody moves")
        yield from _redraw(event, floor_durable_insert(d, runs=40))
        event.close()


def _redraw(event, insert):
    from PySide6.QtWidgets import QApplication

    from ui.context import EventContext
    from ui.seating.seating_page import SeatingPage

    app = QApplication.instance() or QApplication([])
    page = SeatingPage(EventContext(event))
    page.resize(1400, 900)
    page.show()
    page.view.fit_all()
    app.processEvents()
    items = [i for i in page.scene.items_by_seat.values() if i.attendee_id and i.seat.section_kind == "hall"]
    rng = random.Random(3)
    samples = []
    for _ in range(40):
        a, b = rng.sample(items, 2)
        t = time.perf_counter()
        page.move_person(a.attendee_id, b.seat_id)       # persist, undo stack, update the two seat items
        app.processEvents()                               # Qt paints the dirty regions
        samples.append(time.perf_counter() - t)
    page.view.viewport().repaint()                        # fill the per-seat caches once
    t = time.perf_counter()
    page.view.viewport().repaint()
    full = time.perf_counter() - t
    yield result("redraw_after_move", Timing(samples), "ms", "< 30 ms", stat="p95", floor=insert,
                 note="40 drags, 2,400 seats, includes the database write, the undo command and painting the"
                      " changed seats", full_repaint_ms=round(full * 1000, 1))
    page.close()
