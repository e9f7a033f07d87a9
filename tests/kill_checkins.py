"""SIGKILL the real app in the middle of a burst of check-ins typed into the desk page, many times.

``python tests/kill_checkins.py ROUNDS [PEOPLE]`` runs the experiment and prints one JSON line
(kills, acknowledged, survived, lost); ``tests/test_kill_checkins.py`` runs a few rounds in the suite.

Each round starts the app on the same event file (``python main.py --db FILE --page checkin``, offscreen),
types badge codes into the check-in input like a keyboard-wedge scanner (key events, then Enter), and
prints ``ACK <id>`` for every check-in the page showed as 签到成功. The parent kills the process with
SIGKILL at a random moment, then checks that every acknowledged check-in is in the file. The next
round's app finds the killed one's lock file stale and takes it over.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def child(db: str, codes_file: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from ui import messages
    from ui.app import build_window

    def show_error(parent, exc, title=""):
        from ceremony.repository import wal_guard
        reason = wal_guard.problem(window.current_event.repo.identity) if window is not None else ""
        print("ERROR", messages.error_text(exc), reason, flush=True)
    window = None
    messages.show_error = show_error
    messages.choose = lambda *a, **k: print("ERROR in use", flush=True) or -1
    app, window = build_window(["--db", db, "--page", "checkin"])
    if window is None:
        print("ERROR no window", flush=True)
        return
    page = window.page("checkin")
    todo = [line.split(" ", 1) for line in Path(codes_file).read_text().splitlines() if line]
    print("READY", flush=True)
    for attendee_id, code in todo:
        QTest.keyClicks(page.scan_input, code)
        QTest.keyClick(page.scan_input, Qt.Key_Return)
        app.processEvents()
        if page.result_panel.state() == "ok":
            print("ACK", attendee_id, "END", flush=True)     # END: a line cut short by the kill is not an ACK
    print("DONE", flush=True)
    while True:
        time.sleep(1)


def prepare(db: Path, people: int) -> list[tuple[int, str]]:
    """An event with ``people`` attendees, health check off, every badge code issued in advance."""
    from ceremony.demo import create_demo
    from ceremony.models import Attendee
    from ceremony.roster import PutAttendees
    event = create_demo(db)
    event.set_setting("health_check", False)
    extra = people - len(event.attendees())
    if extra > 0:
        PutAttendees(rows=tuple(Attendee(name=f"来宾{i}", unit="东莞日报") for i in range(extra)),
                     label="roster.import").apply(event)
    found = event.badge_codes([p.id for p in event.attendees()])
    event.close()
    return sorted(found.items())


def run(rounds: int, people: int, folder: Path, seed: int = 13) -> dict:
    from ceremony.event import Event
    rng = random.Random(seed)
    db = folder / "kill.ceremony"
    todo = prepare(db, people)
    per_round = max(1, len(todo) // rounds)
    acknowledged: set[int] = set()
    kills = 0
    for n in range(rounds):
        batch = todo[n * per_round:(n + 1) * per_round]
        codes_file = folder / f"codes-{n}.txt"
        codes_file.write_text("".join(f"{aid} {code}\n" for aid, code in batch))
        acked, killed = _one_round(db, codes_file, rng.uniform(0.0, 0.6))
        acknowledged |= acked
        kills += killed
    event = Event.open(db, read_only=True)
    arrived = {row.attendee_id for row in event.repo.checkins() if row.status == "ok" and not row.undone}
    ok = event.repo.conn.execute("PRAGMA quick_check").fetchone()[0]
    event.close()
    return {"kills": kills, "acknowledged": len(acknowledged), "survived": len(acknowledged & arrived),
            "lost": sorted(acknowledged - arrived), "in_file": len(arrived), "quick_check": ok}


def _one_round(db: Path, codes_file: Path, delay: float) -> tuple[set[int], int]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, __file__, "--child", str(db), str(codes_file)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    lines: list[str] = []
    started = threading.Event()

    def read() -> None:
        for line in proc.stdout:
            lines.append(line.strip())
            if line.startswith(("ACK", "ERROR", "DONE")):
                started.set()
    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    started.wait(timeout=120)              # the burst is under way
    time.sleep(delay)                      # somewhere in the middle of it
    killed = 0
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
        killed = 1
    proc.wait(timeout=30)
    reader.join(timeout=10)
    errors = [line for line in lines if line.startswith("ERROR")]
    if errors:
        raise RuntimeError(errors[0])
    return {int(line.split()[1]) for line in lines if line.startswith("ACK ") and line.endswith(" END")}, killed


if __name__ == "__main__":
    if sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3])
    else:
        import tempfile
        rounds = int(sys.argv[1])
        with tempfile.TemporaryDirectory() as tmp:
            print(json.dumps(run(rounds, int(sys.argv[2]) if len(sys.argv) > 2 else 40 * rounds, Path(tmp))))
