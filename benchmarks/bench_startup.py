"""Foundation targets: creating the demo event, and start-up to an interactive main window."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from .common import result, temp_dir, timed

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
        yield result("create_demo_event", min(samples) * 1000, "ms", "< 1000 ms", runs=len(samples),
                     worst=round(max(samples) * 1000, 1))
        # Start-up is measured in a fresh interpreter each time: imports are part of what a user waits for.
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "XDG_CONFIG_HOME": str(d / "config")}
        startups = []
        for _ in range(3):
            t = time.perf_counter()
            out = subprocess.run([sys.executable, "-c", STARTUP_SCRIPT, str(d / "demo0.ceremony")],
                                 capture_output=True, text=True, env=env, check=True)
            startups.append(float(out.stdout.strip().splitlines()[-1]))
        yield result("startup_to_main_window", sorted(startups)[1] * 1000, "ms", "< 1500 ms",
                     note="median of 3 fresh processes, imports included")
