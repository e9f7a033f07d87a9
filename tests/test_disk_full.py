"""A full disk: said plainly (never "damaged", never "cannot rollback"), nothing acknowledged lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ceremony.demo import create_demo
from ceremony.errors import CeremonyError
from ceremony.event import Event
from ceremony.models import Attendee

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("mounting a small tmpfs needs root")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    fh = open(filler, "wb", buffering=0)
    try:
        while True:
            fh.write(b"\0" * 4096)
    except OSError:
        pass
    fh.close()
    return filler


def test_full_disk_is_said_plainly_and_loses_nothing(small_disk, clock):
    event = create_demo(small_disk / "d.ceremony", clock=clock)
    event.set_setting("health_check", False)
    acknowledged = []
    for aid in (1, 2, 3, 4, 5):
        result = event.checkin.check_in_code(event.badge_code(aid))
        assert result.status == "ok"
        acknowledged.append(aid)
    filler = _fill(small_disk)
    failures = []
    for attempt in (lambda: event.roster.apply(_big_put()),
                    lambda: [event.checkin.check_in_code(event.badge_code(aid)) for aid in range(6, 60)],
                    lambda: event.export_backup(small_disk / "copy.ceremony")):
        try:
            attempt()
        except CeremonyError as exc:
            failures.append(exc.message)
    assert len(failures) >= 2, failures
    for text in failures:
        assert "磁盘已满" in text and "损坏" not in text and "rollback" not in text, text
    event.close()
    cli = subprocess.run([sys.executable, "-m", "ceremony", "walk-in", "王五", "--db", str(event.path)],
                         cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
                         capture_output=True, text=True, timeout=60)
    assert cli.returncode != 0 and "Traceback" not in cli.stderr, cli.stderr
    assert len(cli.stderr.strip().splitlines()) == 1 and "磁盘已满" in cli.stderr, cli.stderr
    filler.unlink()
    reopened = Event.open(small_disk / "d.ceremony")
    arrived = {row.attendee_id for row in reopened.repo.checkins() if row.status == "ok"}
    assert set(acknowledged) <= arrived
    reopened.close()


def _big_put():
    from ceremony.roster import PutAttendees
    return PutAttendees(rows=tuple(Attendee(name=f"新人{i}", unit="东莞日报", notes="备注" * 50) for i in range(3000)),
                        label="roster.import")


def test_part_files_of_a_killed_export_are_cleaned_at_the_next_start(tmp_path):
    out = tmp_path / "roster.xlsx"
    script = ("import os, sys\nfrom ceremony.fileio import atomic_output\n"
              "with atomic_output(sys.argv[1]) as tmp:\n    tmp.write_bytes(b'half')\n    os.kill(os.getpid(), 9)\n")
    import os
    killed = subprocess.run([sys.executable, "-c", script, str(out)], cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert killed.returncode == -9
    left = list(tmp_path.glob(".roster.xlsx.*.part"))
    assert len(left) == 1 and not out.exists()
    from ceremony.fileio import clean_stale_parts
    assert clean_stale_parts() == 1                          # what the app and the CLI run at start
    assert list(tmp_path.glob("*.part")) == []
