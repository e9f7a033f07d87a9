"""Attendance report targets: the full report for 5,000 attendees and 5,000 check-ins.

PDF < 5 s, workbook < 2 s (build of the figures included in each), plus the figures alone
(what the report page recomputes on every change).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from .common import Timing, floor_openpyxl_write, floor_reportlab_pages, measure, result, temp_dir, timed

PEOPLE = 5000
CHECKINS = 5000


def _big_event(path):
    from ceremony.demo import DEMO_CATEGORIES, DEMO_INFO, demo_attendees
    from ceremony.event import Event
    from ceremony.models import Attendee, CheckinEntry

    rng = random.Random(7)
    event = Event.create(path, DEMO_INFO, DEMO_CATEGORIES, clock=lambda: datetime(2020, 11, 25, 12, 0))
    base = demo_attendees()
    people = [Attendee(**{**base[i % len(base)].__dict__, "id": None, "name": f"{base[i % len(base)].name}{i}",
                          "rank": i + 1, "unit": f"{base[i % len(base)].unit}{'' if i < 300 else i % 400}"})
              for i in range(PEOPLE)]
    repo = event.repo
    with repo.transaction():
        repo.insert_attendees(people)
        ids = [p.id for p in repo.attendees()]
        start = datetime(2020, 11, 25, 9, 0)
        for n, aid in enumerate(ids[:CHECKINS - 200]):
            at = start + timedelta(seconds=rng.randrange(0, 80 * 60))
            repo.insert_checkin(CheckinEntry(attendee_id=aid, at=at.isoformat(), desk=f"签到台{n % 3 + 1}",
                                             kind="scan", status="ok", temperature=round(rng.uniform(36.0, 37.2), 1),
                                             health_code="green", trip_flag=rng.random() < 0.01, mask=True,
                                             uuid=f"b{n}"))
        for n, aid in enumerate(ids[CHECKINS - 200:CHECKINS - 100]):
            repo.insert_checkin(CheckinEntry(attendee_id=aid, at=(start + timedelta(minutes=30)).isoformat(),
                                             desk="签到台1", kind="refused", status="refused", temperature=37.8,
                                             health_code="green", reason="复测体温 37.8℃ 仍≥37.3℃", uuid=f"r{n}"))
        for n, aid in enumerate(ids[:100]):   # 100 undo rows
            target = repo.active_arrival(aid).id
            repo.insert_checkin(CheckinEntry(attendee_id=aid, at=(start + timedelta(minutes=85)).isoformat(),
                                             desk="签到台1", kind="undo", status="undo", reason="误扫", undoes=target,
                                             uuid=f"u{n}"))
            repo.set_checkin_undone(target)
        for aid in ids[-100:]:
            repo.set_attendance(aid, "leave", "出差", "", "")
    return event


def run():
    from ceremony.reports.pdf import write_pdf
    from ceremony.reports.xlsx import write_xlsx

    with temp_dir() as d:
        event = _big_event(d / "big.ceremony")
        figures = measure(event.reports.build, runs=3, warmup=0)
        yield result("report_figures_5000", figures, "ms", None, note="what the page recomputes on a change")
        pdf_times, xlsx_times = [], []
        for i in range(3):
            pdf_times.append(timed(lambda: write_pdf(event.reports.build(), d / f"r{i}.pdf"))[0])
            xlsx_times.append(timed(lambda: write_xlsx(event.reports.build(), d / f"r{i}.xlsx"))[0])
        pages = _pages(d / "r0.pdf")
        yield result("report_pdf_5000", Timing(pdf_times), "s", "< 5 s", floor=floor_reportlab_pages(d, pages),
                     checkins=CHECKINS, pages=pages, size_kb=(d / "r0.pdf").stat().st_size // 1024)
        yield result("report_xlsx_5000", Timing(xlsx_times), "s", "< 2 s",
                     floor=floor_openpyxl_write(d, rows=2 * PEOPLE + CHECKINS),
                     size_kb=(d / "r0.xlsx").stat().st_size // 1024)
        event.close()


def _pages(pdf) -> int:
    """Pages of a PDF, counted from its page objects (no PDF library needed for that)."""
    import re

    return len(re.findall(rb"/Type\s*/Page\b", pdf.read_bytes()))
