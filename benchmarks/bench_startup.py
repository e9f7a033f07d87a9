"""Foundation targets: creating the demo event, and start-up to an interactive main window."""

from __future__ import annotations

import os

from .common import Timing, floor_durable_bulk_insert, floor_qt_window, fresh_process_seconds, result, temp_dir, \
    timed

STARTUP_SCRIPT = """
import sys, time
t = time.perf_counter()
from ui.app import build_window
app, window = build_window(["--db", sys.argv[1]])
app.processEvents()
print(time.perf_counter() - t)
"""


def run():
    from ceremony.demo import create_demo

    samples = []
    with temp_dir() as d:
        for i in range(5):
            seconds, event = timed(create_demo, d / f"demo{i}.ceremony")
            event.close()
            samples.append(seconds)
        yield result("create_demo_event", Timing(samples), "ms", "< 1000 ms", floor=floor_durable_bulk_insert(d, 300),
                     note="300 people, the hall and its seating, each run a new file")
        # Start-up is measured in a fresh interpreter each time: imports are part of what a user waits for.
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "XDG_CONFIG_HOME": str(d / "config")}
        # A user's Python has its modules compiled once and cached; a shell with PYTHONDONTWRITEBYTECODE
        # would make every run recompile ~140 modules. One untimed run writes the cache.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        fresh_process_seconds(STARTUP_SCRIPT, str(d / "demo0.ceremony"), runs=1, env=env)
        startups = fresh_process_seconds(STARTUP_SCRIPT, str(d / "demo0.ceremony"), runs=5, env=env)
        yield result("startup_to_main_window", startups, "ms", "< 1500 ms", floor=floor_qt_window(runs=5, env=env),
                     max_ratio=4.0, note="fresh processes, imports included; target: at most 4x a bare window")
