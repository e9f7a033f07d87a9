"""Issue 17 targets: the standalone app's build time and size, and the frozen program's start-up.

Builds the app with tools/build_app.py into a temporary folder (about a minute), then starts the frozen
window on the demo event in fresh processes. Start-up is timed from outside, process start to the window
painted (the app's CEREMONY_QUIT_AFTER_SHOW probe exits right after the first paint), against a bare PySide6
window timed the same way in the same run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from .common import QT_WINDOW_SCRIPT, Timing, result, temp_dir

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if sys.platform == "win32" else ""


def _wall(cmd: list[str], env: dict, cwd: Path, runs: int) -> Timing:
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, check=True, timeout=120)
        samples.append(time.perf_counter() - t)
    return Timing(samples)


def run():
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        yield {"metric": "build", "pass": False, "error": "PyInstaller is not installed (pip install -e .[build])"}
        return
    with temp_dir() as d:
        proc = subprocess.run([sys.executable, str(ROOT / "tools" / "build_app.py"), "--dist", str(d / "dist"),
                               "--work", str(d / "work")], capture_output=True, text=True, check=True)
        summary = json.loads(proc.stdout.strip().splitlines()[-1])
        folder = Path(summary["path"])
        yield result("build_time", summary["seconds"], "s", "< 180 s", note="PyInstaller one-folder, from clean")
        yield result("build_folder_size", summary["megabytes"], "MB", "< 250 MB", note=str(folder.name))

        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "CEREMONY_"))}
        env.update(QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), XDG_DATA_HOME=str(d / "data"),
                   XDG_CONFIG_HOME=str(d / "config"), LOCALAPPDATA=str(d / "data"))
        cli = str(folder / f"ceremony{EXE}")
        subprocess.run([cli, "init", "--demo", "--db", "demo.ceremony"], env=env, cwd=d, check=True,
                       capture_output=True)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        floor = _wall([sys.executable, "-c", QT_WINDOW_SCRIPT], env, d, runs=5)
        floor.name = "bare PySide6 window, fresh process, timed from outside"
        frozen = _wall([str(folder / f"ceremony-app{EXE}"), "--db", "demo.ceremony"],
                       {**env, "CEREMONY_QUIT_AFTER_SHOW": "1"}, d, runs=5)
        yield result("frozen_startup_to_main_window", frozen, "ms", "< 2000 ms", floor=floor, max_ratio=4.0,
                     note="process start to the main window painted, demo event, 5 fresh processes")
