"""Roster targets: import of a 10,000-row .xlsx, search-as-you-type over 5,000 people, sorting by strokes.

The names include polyphonic surnames (every reading indexed, the surname's first), compound and traditional
surnames; the stroke sort starts with an empty key cache each run (docs/protocol.md#stroke-order).
"""

from __future__ import annotations

import random
import time

from .common import Timing, floor_openpyxl_read, floor_substring_scan, measure, result, temp_dir

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
                "宁安宋宗宣宫家容富雷霍阚都召折繁能祭乜句隗单解仇区查朴覃翟乐盖缪") + ["欧阳", "司马", "歐陽", "陳"]
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红玉兰文辉海燕晓慧鹏宇婷欣怡浩然子轩梓涵雨彤俊嘉豪诗琪"
UNITS = [f"东莞市第{n}中学" for n in range(1, 60)] + ["东莞市教育局", "东莞市电子科技学校", "东莞职业技术学院"]


def _people(rng: random.Random, n: int) -> list[list]:
    rows = []
    for i in range(n):
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
        rows.append([i + 1, name, rng.choice("男女"), rng.choice(UNITS), rng.choice(["校长", "教师", "副校长", "主任"]),
                     "13" + "".join(str(rng.randrange(10)) for _ in range(9)), ""])
    return rows


def _write_xlsx(path, rows) -> None:
    import openpyxl
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("回执")
    sheet.append(["东莞市2020年职业教育活动周开幕式参会回执"])
    sheet.append(["序号", "姓 名", "性别", "工作单位", "职务（职级）", "联系电话", "备注"])
    for row in rows:
        sheet.append(row)
    book.save(path)


def run():
    from ceremony.event import Event
    from ceremony.roster.importing import import_files
    from ceremony.models import Attendee

    rng = random.Random(7)
    with temp_dir() as d:
        xlsx = d / "big.xlsx"
        _write_xlsx(xlsx, _people(rng, 10_000))
        runs = []

        def once():
            event = Event.create(d / f"import{len(runs)}.ceremony")
            plan, res = import_files(event, [xlsx])
            runs.append(res.added)
            event.close()

        timing = measure(once, runs=3, warmup=0)
        yield result("import_10000_row_xlsx", timing, "s", "< 1.5 s", floor=floor_openpyxl_read(xlsx), added=runs[0])

        event = Event.create(d / "search.ceremony")
        rows = _people(rng, 5_000)
        with event.repo.transaction():
            event.repo.insert_attendees(Attendee(name=r[1], unit=r[3], title=r[4], phone=r[5], rank=r[0],
                                                 badge_no=f"{r[0]:04d}") for r in rows)
        t = time.perf_counter()
        event.roster.index()
        build = time.perf_counter() - t
        samples, queries = [], []
        for word in ("zhangwei", "wangfang", "lxm", "曾国藩", "东莞市第3", "1234", "chenjie", "0815", "kanwei",
                     "duzhi", "zz", "shaohua", "ouyang"):
            for k in range(1, len(word) + 1):
                t = time.perf_counter()
                event.roster.search(word[:k])
                samples.append(time.perf_counter() - t)
                queries.append(word[:k])
        floor = floor_substring_scan([r[1] + r[3] + r[5] for r in rows], queries)
        yield result("search_as_you_type_5000", Timing(samples), "ms", "< 5 ms", stat="p95", floor=floor,
                     keystrokes=len(samples), index_build_ms=round(build * 1000, 1))

        people = event.attendees()
        from ceremony.roster import strokes
        from ceremony.roster.sorting import stroke_key

        def load_stroke_data():
            for cached in (strokes._table, strokes._simplified, strokes._borrowed, strokes.char_key,
                           strokes.char_weight):
                cached.cache_clear()
            strokes.char_key("一")
            strokes._borrowed()
        yield result("stroke_data_load", measure(load_stroke_data, runs=3, warmup=0), "ms", None,
                     note="once per process, at the first stroke sort")
        names = [p.name for p in people]
        timing = measure(lambda: event.roster.sorted(people, "strokes"), runs=5, warmup=1,
                         setup=stroke_key.cache_clear)
        yield result("sort_5000_by_strokes", timing, "ms", "< 100 ms", stat="max",
                     floor=measure(lambda: sorted(names), runs=5, name="bare sorted() of the 5,000 names"),
                     note="stroke data loaded, empty name-key cache each run, worst of 5")
        event.close()
