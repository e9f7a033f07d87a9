"""A host and three desks as separate processes on loopback, through a proxy that cuts connections,
with processes SIGKILLed and restarted at random and the host's database wiped once.

Afterwards every copy holds the same log rows, every guest counts once, and every check-in a desk
acknowledged is on every copy (and nothing else is).
"""

from __future__ import annotations

import asyncio
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from ceremony.event import Event
from ceremony.sync import SyncStore, join
from ceremony.sync.server import new_event_loop
from tests.sync.lan_support import make_host_file, wait_until

ROOT = Path(__file__).resolve().parents[2]
CHAOS_SECONDS = 14
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


class CuttingProxy:
    """A TCP proxy that, while ``cutting`` is on, drops each connection after a random short life."""

    def __init__(self, target_port: int, seed: int = 1):
        self.target_port = target_port
        self.cutting = False
        self.cuts = 0
        self.port = 0
        self._rnd = random.Random(seed)
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> "CuttingProxy":
        self._thread.start()
        self._ready.wait(10)
        return self

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._done.set)
        self._thread.join(10)

    def _run(self) -> None:
        self._loop = new_event_loop()
        self._loop.run_until_complete(self._serve())
        self._loop.close()

    async def _serve(self) -> None:
        self._done = asyncio.Event()
        server = await asyncio.start_server(self._pipe, "127.0.0.1", 0)
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        await self._done.wait()
        server.close()

    async def _pipe(self, reader, writer) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            writer.close()
            return
        life = self._rnd.uniform(0.05, 1.5) if self.cutting else 3600

        async def copy(src, dst):
            try:
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()
            except (OSError, asyncio.CancelledError):
                pass
            finally:
                dst.close()

        tasks = [asyncio.ensure_future(copy(reader, up_writer)), asyncio.ensure_future(copy(up_reader, writer))]
        done, _ = await asyncio.wait(tasks, timeout=life)
        if not done or len(done) < 2:
            self.cuts += 1
        for t in tasks:
            t.cancel()
        writer.close()
        up_writer.close()


def python_env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def start_host(path: Path, port: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "ceremony", "serve", "--db", str(path), "--port", str(port),
                             "--bind", "127.0.0.1"], stdout=subprocess.PIPE,
                            stderr=open(path.parent / "host.log", "a"),
                            env=python_env(), text=True)


def free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def kill(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.wait(10)


@pytest.mark.timeout(240)
def test_host_and_three_desks_survive_cuts_kills_and_a_wiped_host(tmp_path):
    rnd = random.Random(12)
    host_path = make_host_file(tmp_path)
    port = free_port()
    host = start_host(host_path, port)
    code = host.stdout.readline().split()[1]
    proxy = CuttingProxy(port).start()
    url = f"https://127.0.0.1:{proxy.port}"
    names = ["签到台A", "签到台B", "签到台C"]
    paths = []
    for name in names:
        event = join(url, code, name, tmp_path / f"{name}.ceremony")
        paths.append(event.path)
        event.close()
    # Overlapping lists: guests 40-49 are scanned at two desks (arrivals kept as duplicates).
    guests = {name: list(range(1 + 30 * i, 31 + 30 * i)) + list(range(40, 50)) for i, name in enumerate(names)}
    stop = tmp_path / "stop"
    acks = {name: tmp_path / f"{name}.acks" for name in names}

    def start_desk(i):
        name = names[i]
        return subprocess.Popen([sys.executable, str(ROOT / "tests/sync/chaos_desk.py"), str(paths[i]),
                                 ",".join(map(str, guests[name])), str(acks[name]), str(stop), str(i)],
                                stdout=subprocess.DEVNULL, stderr=open(tmp_path / f"{name}.log", "a"),
                                env=python_env())

    desks = [start_desk(i) for i in range(3)]
    wiped = False
    try:
        proxy.cutting = True
        end = time.monotonic() + CHAOS_SECONDS
        while time.monotonic() < end:
            time.sleep(rnd.uniform(0.8, 2.0))
            victim = rnd.randrange(4 if wiped else 5)
            if victim < 3:
                kill(desks[victim])
                desks[victim] = start_desk(victim)
            else:
                kill(host)
                if not wiped and (victim == 4 or time.monotonic() > end - 6):
                    wiped = True
                    for suffix in ("", "-wal", "-shm"):
                        Path(str(host_path) + suffix).unlink(missing_ok=True)
                    shutil.copy(tmp_path / "pristine.ceremony", host_path)
                host = start_host(host_path, port)
                host.stdout.readline()
        if not wiped:
            kill(host)
            for suffix in ("", "-wal", "-shm"):
                Path(str(host_path) + suffix).unlink(missing_ok=True)
            shutil.copy(tmp_path / "pristine.ceremony", host_path)
            host = start_host(host_path, port)
            host.stdout.readline()
        proxy.cutting = False
        copies = [host_path, *paths]

        def settled():
            rows = [_rows(p) for p in copies]
            waiting = [_waiting(p) for p in paths]
            return all(r == rows[0] for r in rows) and not any(waiting) and all(
                d.poll() is None for d in desks) and all(Path(f"{a}.done").exists() for a in acks.values()) and rows[0]
        assert wait_until(settled, timeout=60, step=0.5), _diagnosis(copies, paths, desks)
    finally:
        stop.touch()
        for d in desks:
            try:
                d.wait(15)
            except subprocess.TimeoutExpired:
                kill(d)
        kill(host)
        proxy.stop()

    final = [_rows(p) for p in [host_path, *paths]]
    assert all(f == final[0] for f in final)                       # every copy holds the same rows
    host_event = Event.open(host_path)
    rows = host_event.repo.checkins()
    counted = [r.attendee_id for r in rows if r.status == "ok" and not r.undone]
    assert len(counted) == len(set(counted))                        # every guest counts once
    arrivals = {r.attendee_id for r in rows if r.status in ("ok", "duplicate") and not r.undone}
    assert set(counted) == arrivals                                 # ... and everyone who came counts
    acknowledged = set().union(*(set(a.read_text().split()) for a in acks.values()))
    uuids = {r.uuid for r in rows if r.kind != "undo"}
    assert acknowledged <= uuids                                     # nothing acknowledged was lost
    origin = set()
    for path in paths:
        event = Event.open(path)
        desk = event.checkin.desk_name()
        origin |= {r.uuid for r in event.repo.checkins() if r.desk == desk and r.kind != "undo"}
        event.close()
    assert uuids == origin                                          # check-ins == what the desks wrote
    assert len(uuids - acknowledged) <= 8                           # only rows whose ack line a SIGKILL cut off
    assert sum(1 for r in rows if r.kind == "undo") == 3
    host_event.close()
    assert proxy.cuts > 0


def _rows(path: Path):
    event = Event.open(path)
    try:
        return sorted((r.uuid, r.status, r.undone) for r in event.repo.checkins())
    finally:
        event.close()


def _waiting(path: Path) -> int:
    event = Event.open(path)
    try:
        return SyncStore(event).waiting()
    finally:
        event.close()


def _diagnosis(copies, paths, desks) -> str:
    rows = [set(_rows(p)) for p in copies]
    lines = [f"rows {[len(r) for r in rows]}, waiting {[_waiting(p) for p in paths]}, "
             f"alive {[d.poll() is None for d in desks]}"]
    host = Event.open(copies[0])
    lines.append(f"host log {host.repo.sync_value('log_id')} head {host.repo.head_seq()}")
    host.close()
    for path, r in zip(copies, rows):
        lines.append(f"{path.name}: extra {sorted(r - rows[0])[:4]} missing {sorted(rows[0] - r)[:4]}")
        event = Event.open(path)
        for uuid, *_ in sorted(r - rows[0])[:4]:
            rec = event.repo.query("SELECT kind, acked_by, seq, origin FROM sync_records WHERE uuid = ?", (uuid,))
            lines.append(f"   {uuid}: {rec}")
        event.close()
    for log in sorted(copies[0].parent.glob("*.log")):
        lines.append(f"--- {log.name}\n{log.read_text()[-1500:]}")
    return "\n".join(lines)
