"""Safety targets: a 100,000-row import stays under 500 MB of memory; a damaged event file is found
and the newest sound backup offered within 2 s."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .common import Timing, measure, result, temp_dir

ROOT = Path(__file__).resolve().parents[1]
# Peak memory of a whole import (read, plan, one transaction) in a fresh interpreter; RSS in MB.
IMPORT_SCRIPT = r"""
import json, resource, sys, time
from ceremony.event import Event
from ceremony.roster.importing import import_files
event = Event.create(sys.argv[2])
t = time.perf_counter()
plan, res = import_files(event, [sys.argv[1]])
seconds = time.perf_counter() - t
event.close()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024      # KB on Linux
print(json.dumps({"peak_mb": peak, "added": res.added, "seconds": seconds}))
"""
BASELINE_SCRIPT = r"""
import json, resource
import ceremony.event, ceremony.roster.importing, openpyxl, python_calamine
print(json.dumps({"peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红玉兰文辉海燕晓慧鹏宇婷欣怡浩然子轩梓涵雨彤俊嘉豪诗琪"


def _rows(n: int):
    for i in range(n):
        given = GIVEN[i // len(SURNAMES) % len(GIVEN)] + GIVEN[i // (len(SURNAMES) * len(GIVEN)) % len(GIVEN)]
        yield [i + 1, SURNAMES[i % len(SURNAMES)] + given, "男女"[i % 2],
               f"东莞市第{i % 400 + 1}中学", "教师", f"13{i:09d}", f"第{i}号"]


def _write_csv(path: Path, n: int) -> None:
    import csv
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["序号", "姓名", "性别", "单位", "职务", "手机", "备注"])
        writer.writerows(_rows(n))


def _write_xlsx(path: Path, n: int) -> None:
    import openpyxl
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("回执")
    sheet.append(["序号", "姓名", "性别", "单位", "职务", "手机", "备注"])
    for row in _rows(n):
        sheet.append(row)
    book.save(path)


def _fresh(script: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, check=True,
                         cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    return json.loads(out.stdout.strip().splitlines()[-1])


def run():
    with temp_dir() as d:
        baseline = _fresh(BASELINE_SCRIPT)["peak_mb"]
        for suffix, writer in ((".csv", _write_csv), (".xlsx", _write_xlsx)):
            source = d / f"big{suffix}"
            writer(source, 100_000)
            got = _fresh(IMPORT_SCRIPT, str(source), str(d / f"import{suffix}.ceremony"))
            yield result(f"import_100000_rows{suffix.replace('.', '_')}_peak_memory", got["peak_mb"], "MB",
                         "< 500 MB", added=got["added"], seconds=round(got["seconds"], 2),
                         baseline_mb=round(baseline, 1))
        yield from _damaged_file(d)


def _damaged_file(d: Path):
    from ceremony import backups
    from ceremony.errors import EventFileCorrupt
    from ceremony.event import Event
    from ceremony.models import Attendee
    from ceremony.roster import PutAttendees

    path = d / "damaged.ceremony"
    event = Event.create(path)
    PutAttendees(rows=tuple(Attendee(name=f"来宾{i}", unit=f"单位{i % 300}", phone=f"13{i:09d}")
                            for i in range(10_000)), label="roster.import").apply(event)
    for _ in range(backups.KEEP):
        backups.make_backup(event.repo, "manual")
    event.close()
    newest = backups.list_backups(path)[-1].path
    newest.write_bytes(newest.read_bytes()[:4096])          # the newest backup is damaged too
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle:middle + 4096] = b"\xa5" * 4096              # one page of the event file overwritten
    path.write_bytes(bytes(data))
    offered = []

    def detect_and_offer():
        try:
            Event.open(path).close()
            offered.append(None)
        except EventFileCorrupt:
            offered.append(backups.newest_sound_backup(path))
    timing = measure(detect_and_offer, runs=5, warmup=0)
    yield result("damaged_file_reported_and_backup_offered", timing, "s", "< 2 s", stat="max",
                 attendees=10_000, backups=backups.KEEP, file_mb=round(len(data) / 2**20, 1),
                 detected=offered[-1] is not None)
