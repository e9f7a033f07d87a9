"""Printing targets: 1,000 badges A4 8-up with QR and CJK text (< 6 s, and ≥ 4× faster than
drawing each QR with reportlab's own QR widget, both measured here), and one badge for an
arriving guest ready to print (< 150 ms)."""

from __future__ import annotations

import random
from unittest import mock

from .common import Timing, floor_reportlab_pages, fresh_process_seconds, result, temp_dir, timed

PEOPLE = 1000
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红玉兰文辉海燕晓慧鹏宇婷欣怡浩然子轩梓涵雨彤"
UNITS = ["东莞市教育局", "东莞市电子科技学校", "东莞职业技术学院", "东莞市人力资源和社会保障局", "塘厦镇第二初级中学",
         "东莞华兴电子科技有限公司", "东莞市模具行业协会", "东莞日报社"]


def _event(folder):
    from ceremony.demo import DEMO_CATEGORIES, DEMO_INFO
    from ceremony.event import Event
    from ceremony.models import Attendee

    event = Event.create(folder / "bench.ceremony", DEMO_INFO, DEMO_CATEGORIES)
    rng = random.Random(7)
    people = []
    for i in range(PEOPLE):
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
        cat = DEMO_CATEGORIES[i % len(DEMO_CATEGORIES)].name
        people.append(Attendee(name=name, unit=rng.choice(UNITS), title="代表", category=cat, rank=i + 1,
                               phone=f"138{i:08d}", badge_no=f"{i + 1:04d}"))
    with event.repo.transaction():
        event.repo.insert_attendees(people)
    return event


def _widget_qr(canvas, text, x, y, size):
    """The slow reference: reportlab's own QR widget, drawn per code."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    widget = QrCodeWidget(text, barLevel="M", barBorder=0)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)


def run():
    import ceremony.printing.pdf.render as render_mod
    from ceremony.printing.pdf.qr import qr_matrix, qr_path_ops, qr_runs

    def forget_qr():
        for cache in (qr_matrix, qr_runs, qr_path_ops):
            cache.cache_clear()

    with temp_dir() as d:
        event = _event(d)
        ids = event.printing.select()
        event.printing.font()                        # registering the font is start-up, not per job
        runs = [timed(event.printing.badge_pdf, ids, d / f"ours{i}.pdf", "90x65", "a4")[0] for i in range(3)]
        pages = -(-PEOPLE // 8)
        yield result("badges_1000_a4_8up", Timing(runs), "s", "< 6 s", floor=floor_reportlab_pages(d, pages),
                     pages=pages,
                     note="end to end: codes issued, seats looked up, layout, vector QR, CJK subset, written")
        forget_qr()              # both sides of the comparison build every QR from scratch
        warm, _ = timed(event.printing.badge_pdf, ids, d / "ours2.pdf", "90x65", "a4")
        forget_qr()
        with mock.patch.object(render_mod, "draw_qr", _widget_qr):
            widget, _ = timed(event.printing.badge_pdf, ids, d / "widget.pdf", "90x65", "a4")
        yield result("badges_1000_vs_reportlab_qr_widget", widget / warm, "x faster", ">= 4 x",
                     ours_s=round(warm, 3), widget_s=round(widget, 3))

        samples = []
        for aid in ids[100:140]:
            seconds, data = timed(event.printing.single_badge_pdf_bytes, aid)
            assert data.startswith(b"%PDF")
            samples.append(seconds)
        yield result("single_badge_ready", Timing(samples), "ms", "< 150 ms", stat="p95",
                     floor=floor_reportlab_pages(d, 1, runs=40),
                     note="40 arriving guests: record, code, seat, layout, PDF bytes")
        event.close()
        first = fresh_process_seconds(FIRST_CALL, str(d / "bench.ceremony"), str(ids[7]), runs=3)
        yield result("single_badge_first_call_fresh_process", first, "ms", None,
                     note="includes importing reportlab and loading the CJK font (the app does both at start-up)")


FIRST_CALL = """
import sys, time
t = time.perf_counter()
from ceremony.event import Event
event = Event.open(sys.argv[1])
event.printing.single_badge_pdf_bytes(int(sys.argv[2]))
print(time.perf_counter() - t)
"""
