"""The benchmark framework: timings over several runs, targets that pass or fail, floors measured alongside.

A benchmark module ``benchmarks/bench_<name>.py`` defines ``run()`` yielding the dicts :func:`result` builds.
Each timing is several runs (:func:`measure`, or :class:`Timing` over samples taken by hand); a result reports
the median and the p95 of them, compares one of the two with its target (``pass``: true or false), and, given a
floor — the same kind of work done the bare way in the same run (:func:`floor_durable_insert`,
:func:`floor_qt_window`, :func:`floor_openpyxl_read`, ...) — the ratio of the two medians, so a regression shows
even when the machine is slow or busy. ``python -m benchmarks`` exits non-zero when a target is missed.

    timing = measure(lambda: event.checkin.check_in_code(code), runs=200)
    floor = floor_durable_insert(folder)
    yield result("scan", timing, "ms", "< 2 ms", floor=floor)
"""

from __future__ import annotations

import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

UNITS = {"s": 1.0, "ms": 1000.0}
TARGET = re.compile(r"^\s*(<=|>=|<|>|≤|≥)\s*([0-9]+(?:\.[0-9]+)?)\s*(.*?)\s*$")


@dataclass
class Timing:
    """Samples in seconds, one per run."""

    samples: list[float]
    name: str = ""                      # what was timed (for a floor: what the bare way is)
    extra: dict = field(default_factory=dict)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        return p95(self.samples)

    @property
    def runs(self) -> int:
        return len(self.samples)

    def stat(self, name: str) -> float:
        return {"median": self.median, "p95": self.p95, "min": min(self.samples), "max": max(self.samples)}[name]


@dataclass(frozen=True)
class Target:
    """A target such as ``< 30 ms``, ``<= 3 s`` or ``>= 4 x``: an operator, a limit, the result's unit."""

    op: str
    limit: float
    text: str

    @classmethod
    def parse(cls, text: str) -> "Target":
        m = TARGET.match(text)
        if not m:
            raise ValueError(f"a benchmark target reads like '< 30 ms' or '>= 4 x', not {text!r}")
        op = {"≤": "<=", "≥": ">="}.get(m.group(1), m.group(1))
        return cls(op, float(m.group(2)), text)

    def met(self, value: float) -> bool:
        return {"<": value < self.limit, "<=": value <= self.limit,
                ">": value > self.limit, ">=": value >= self.limit}[self.op]


def measure(fn: Callable[[], object], runs: int = 5, warmup: int = 1, setup: Callable[[], object] | None = None,
            name: str = "") -> Timing:
    """Time ``fn()`` ``runs`` times after ``warmup`` untimed calls; ``setup()`` runs untimed before each call."""
    for _ in range(warmup):
        if setup:
            setup()
        fn()
    samples = []
    for _ in range(runs):
        if setup:
            setup()
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return Timing(samples, name)


def result(metric: str, measured: Timing | float, unit: str, target: str | None, *, stat: str = "median",
           floor: Timing | None = None, max_ratio: float | None = None, **extra) -> dict:
    """One benchmark line.

    ``measured`` is a :class:`Timing` (seconds; reported in ``unit``, ``ms`` or ``s``) or a plain number already
    in ``unit`` (a speed-up factor, a count). ``stat`` says which of the timing's median and p95 meets the target.
    ``target`` ``None`` marks a figure reported for information only (it always passes). With a ``floor`` the
    line carries the floor's median and ``ratio`` = median / floor median; ``max_ratio`` makes that ratio part
    of the target as well.
    """
    line: dict = {"metric": metric}
    if isinstance(measured, Timing):
        scale = UNITS[unit]
        value = measured.stat(stat) * scale
        line.update(value=_round(value), unit=unit, stat=stat, median=_round(measured.median * scale),
                    p95=_round(measured.p95 * scale), runs=measured.runs)
    else:
        value = float(measured)
        line.update(value=_round(value), unit=unit)
    ok = True
    if target is None:
        line["target"] = "info"
    else:
        line["target"] = target
        ok = Target.parse(target).met(value)
    if floor is not None:
        if not isinstance(measured, Timing):
            raise TypeError("a floor compares two timings")
        ratio = measured.median / floor.median if floor.median > 0 else float("inf")
        line.update(floor=floor.name, floor_median=_round(floor.median * UNITS.get(unit, 1.0)),
                    ratio=_round(ratio))
        if max_ratio is not None:
            line["max_ratio"] = max_ratio
            ok = ok and ratio <= max_ratio
    line["pass"] = ok
    line.update(extra)
    return line


def _round(value: float) -> float:
    return round(value, 3) if abs(value) >= 0.01 else round(value, 6)


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=100, method="inclusive")[94] if len(samples) >= 2 else samples[0]


@contextmanager
def temp_dir():
    with tempfile.TemporaryDirectory(prefix="ceremony-bench-") as d:
        yield Path(d)


def timed(fn, *args, **kwargs) -> tuple[float, object]:
    t = time.perf_counter()
    value = fn(*args, **kwargs)
    return time.perf_counter() - t, value


# ----------------------------------------------------------------------------------------------------------------
# Floors: the same kind of work done the bare way, measured in the same run.

def floor_durable_insert(folder: Path, runs: int = 200) -> Timing:
    """One row inserted and committed in a WAL database with synchronous=FULL (what a check-in must at least
    cost: it is on disk before the desk shows it)."""
    path = Path(folder) / "floor-insert.sqlite"
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, at TEXT, desk TEXT, code TEXT)")
    samples = []
    for i in range(runs + 5):
        t = time.perf_counter()
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT INTO t (at, desk, code) VALUES (?, ?, ?)", (f"2020-11-25T09:{i % 60:02d}", "签到台", "x" * 43))
        db.execute("COMMIT")
        if i >= 5:
            samples.append(time.perf_counter() - t)
    db.close()
    return Timing(samples, "bare durable SQLite insert (WAL, synchronous=FULL)")


def floor_durable_bulk_insert(folder: Path, rows: int, runs: int = 3) -> Timing:
    """``rows`` rows written in one durable transaction (what saving a whole seating plan must at least cost)."""
    path = Path(folder) / "floor-bulk.sqlite"
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE t (seat INTEGER PRIMARY KEY, attendee INTEGER, locked INTEGER)")
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        db.execute("BEGIN IMMEDIATE")
        db.execute("DELETE FROM t")
        db.executemany("INSERT INTO t VALUES (?, ?, 0)", ((i, i) for i in range(rows)))
        db.execute("COMMIT")
        samples.append(time.perf_counter() - t)
    db.close()
    return Timing(samples, f"bare durable SQLite transaction of {rows} rows")


QT_WINDOW_SCRIPT = """
import sys, time
t = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
w = QMainWindow()
w.setCentralWidget(QLabel("会务助手"))
w.resize(1280, 800)
w.show()
app.processEvents()
print(time.perf_counter() - t)
"""


def fresh_process_seconds(script: str, *args: str, runs: int = 3, env: dict | None = None) -> Timing:
    """Seconds a script prints about itself, each run in a fresh interpreter (imports are part of start-up)."""
    samples = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, env=env,
                             check=True)
        samples.append(float(out.stdout.strip().splitlines()[-1]))
    return Timing(samples)


def floor_qt_window(runs: int = 3, env: dict | None = None) -> Timing:
    """A bare PySide6 main window with one label, shown, in a fresh interpreter."""
    timing = fresh_process_seconds(QT_WINDOW_SCRIPT, runs=runs, env=env)
    timing.name = "bare PySide6 window in a fresh process"
    return timing


def floor_openpyxl_read(path: Path, runs: int = 3) -> Timing:
    """Every cell value of the workbook read with openpyxl in read-only mode, nothing done with them."""
    import openpyxl

    def read():
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        for sheet in book.worksheets:
            for _ in sheet.iter_rows(values_only=True):
                pass
        book.close()

    return measure(read, runs=runs, warmup=0, name="bare openpyxl read-only read of the same file")


def floor_openpyxl_write(folder: Path, rows: int, columns: int = 8, runs: int = 3) -> Timing:
    """A workbook of ``rows`` × ``columns`` short strings written with openpyxl."""
    import openpyxl

    def write():
        book = openpyxl.Workbook()
        sheet = book.active
        for r in range(rows):
            sheet.append([f"单元{r}-{c}" for c in range(columns)])
        book.save(Path(folder) / "floor.xlsx")

    return measure(write, runs=runs, warmup=0, name=f"bare openpyxl write of {rows}×{columns} cells")


def floor_reportlab_pages(folder: Path, pages: int, strings_per_page: int = 40, runs: int = 3) -> Timing:
    """A reportlab PDF of ``pages`` pages with a few dozen Latin strings and boxes each (no CJK font, no QR)."""
    from reportlab.pdfgen.canvas import Canvas

    def write():
        canvas = Canvas(str(Path(folder) / "floor.pdf"))
        for p in range(pages):
            for i in range(strings_per_page):
                canvas.rect(20 + (i % 4) * 140, 20 + (i // 4) * 80, 130, 70)
                canvas.drawString(30 + (i % 4) * 140, 50 + (i // 4) * 80, f"Page {p} item {i}")
            canvas.showPage()
        canvas.save()

    return measure(write, runs=runs, warmup=0, name=f"bare reportlab PDF of {pages} pages")


def floor_substring_scan(haystack: Iterable[str], queries: Iterable[str]) -> Timing:
    """Each query looked for in every string with ``in``: the naive search a search index must beat."""
    items = list(haystack)
    samples = []
    for q in queries:
        t = time.perf_counter()
        _ = [s for s in items if q in s]
        samples.append(time.perf_counter() - t)
    return Timing(samples, f"bare substring scan over {len(items)} strings")


# ----------------------------------------------------------------------------------------------------------------
# The desk: a USB scanner types the code key by key and ends with Enter.

SCANNER_KEY_SECONDS = 0.1 / 43      # a USB scanner types a 43-character code in about a tenth of a second


def type_like_scanner(widget, text: str, gap: float = SCANNER_KEY_SECONDS, enter: bool = True) -> float:
    """Type ``text`` into ``widget`` one key at a time on a scanner's schedule, then Enter.

    Key *i* is due at ``start + i × gap``; the event loop runs (timers fire) while waiting for
    it, and a key whose handling took longer than the gap delays the keys after it, as a scanner's queued
    keystrokes would be. Returns the ``perf_counter()`` time the Enter key was due: the caller measures from it
    to the result on screen, so slow per-keystroke work shows up in the figure.
    """
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtTest import QTest

    keys = list(text) + (["\n"] if enter else [])
    start = time.perf_counter()
    due = start
    for i, ch in enumerate(keys):
        due = start + i * gap
        while time.perf_counter() < due:
            QCoreApplication.processEvents()
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key_Return)
        else:
            QTest.keyClick(widget, ch)
    return due


def floor_bare_desk(folder: Path, code_length: int = 43, runs: int = 50) -> Timing:
    """A bare QLineEdit typed at scanner speed whose Enter does one durable SQLite insert and repaints a label:
    the least a desk can do between the Enter key and the result on screen, on this machine, now."""
    from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

    app = QApplication.instance() or QApplication([])
    db = sqlite3.connect(Path(folder) / "floor-desk.sqlite", isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, code TEXT)")
    window = QWidget()
    line, label = QLineEdit(window), QLabel(window)
    layout = QVBoxLayout(window)
    layout.addWidget(line)
    layout.addWidget(label)

    def enter():
        db.execute("INSERT INTO t (code) VALUES (?)", (line.text(),))
        label.setText(line.text()[:8])
        line.clear()

    line.returnPressed.connect(enter)
    window.show()
    app.processEvents()
    samples = []
    for i in range(runs):
        due = type_like_scanner(line, f"{i:0{code_length}d}")
        label.repaint()
        samples.append(time.perf_counter() - due)
        app.processEvents()
    window.close()
    db.close()
    return Timing(samples, "bare QLineEdit typed at scanner speed, Enter = one durable insert + a label repainted")
