"""A desk's side: join a host, then push new records and long-poll for others' on a thread of its own.

The desk's scans never wait for any of this: they are written to the desk's own
file first; this thread journals them (it watches the file), pushes what the
host has not acknowledged and applies what other desks did. Without the host it
keeps trying; the desk shows 离线 and how many records wait.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Callable
from urllib.parse import urlsplit

import aiohttp

from ceremony import messages
from ceremony.errors import CeremonyError
from ceremony.reasons import error_detail
from ceremony.sync import tls
from ceremony.sync.server import new_event_loop
from ceremony.sync.store import ROLE_DESK, SyncStore

log = logging.getLogger(__name__)
LONG_POLL = 10.0
WATCH_INTERVAL = 0.05         # how often the desk looks for its own new check-ins
RETRY_MIN, RETRY_MAX = 0.3, 3.0
CLOCK_WARNING_S = 60.0

# States a desk's link can be in (the UI words them).
ONLINE, OFFLINE, UNAUTHORIZED, CERTIFICATE, NOT_JOINED, STOPPED = (
    "online", "offline", "unauthorized", "certificate", "not_joined", "stopped")


class SyncError(CeremonyError):
    """Joining or syncing failed; ``reason`` names why (message code ``sync.<reason>``).

    A reason the host sent that this program does not know becomes ``sync.refused``.
    """

    def __init__(self, reason: str, detail: messages.Message | str = ""):
        code = f"sync.{reason}"
        known = code in messages.CATALOGUE
        super().__init__(code if known else "sync.refused", detail=detail if known else reason)
        self.reason = reason


@dataclass(frozen=True)
class SyncStatus:
    state: str = NOT_JOINED
    waiting: int = 0                    # records the host has not acknowledged
    offset_s: float | None = None       # host clock minus desk clock
    last_contact: float | None = None   # time.time() of the last answer
    pulled: int = 0                     # records taken from others so far (this run)

    @property
    def clock_warning(self) -> bool:
        return self.offset_s is not None and abs(self.offset_s) > CLOCK_WARNING_S


def parse_url(url: str) -> tuple[str, int]:
    parts = urlsplit((url or "").strip())
    if parts.scheme == "http":
        raise SyncError("plain_http")
    if parts.scheme != "https" or not parts.hostname:
        raise SyncError("bad_url", url)
    try:
        return parts.hostname, parts.port or 443
    except ValueError:
        raise SyncError("bad_url", url) from None


# --- one link to the host (used by the thread and by ``ceremony sync``) -----------------------------
class DeskLink:
    def __init__(self, event):
        self.event = event
        self.store = SyncStore(event)
        repo = event.repo
        if self.store.role != ROLE_DESK or not repo.sync_value("host_url"):
            raise SyncError("not_joined")
        self.url = repo.sync_value("host_url").rstrip("/")
        self.fingerprint = repo.sync_value("host_fp")
        self.token = repo.sync_value("token")
        self.offset_s: float | None = None
        self.last_contact: float | None = None
        self.head = 0
        self.session: aiohttp.ClientSession | None = None

    async def open(self) -> None:
        connector = aiohttp.TCPConnector(ssl=aiohttp.Fingerprint(bytes.fromhex(self.fingerprint)), limit=4)
        self.session = aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=None,
                                                                                                 connect=5))

    async def close(self) -> None:
        if self.session is not None:
            await self.session.close()

    def _headers(self) -> dict:
        return {"Authorization": f"Bearer {self.token}", "X-Desk-Time": str(self._now_ms()),
                "X-Desk-Waiting": str(self.store.waiting())}

    def _now_ms(self) -> int:
        return int(self.event.now().timestamp() * 1000)

    async def _call(self, method: str, path: str, timeout: float, quick: bool = True, **kwargs) -> dict:
        sent = self._now_ms()
        assert self.session is not None, "the link is open"
        try:
            async with self.session.request(method, self.url + path, headers=self._headers(),
                                            timeout=aiohttp.ClientTimeout(total=timeout), **kwargs) as resp:
                if resp.status == 401:
                    raise SyncError("unauthorized")
                resp.raise_for_status()
                data = await resp.json()
        except aiohttp.ServerFingerprintMismatch:
            raise SyncError("certificate") from None
        except (TimeoutError, aiohttp.ClientError, OSError, ValueError) as exc:
            raise SyncError("unreachable", error_detail(exc)) from None
        received = self._now_ms()
        if "now" in data and quick:           # a long poll's reply time says nothing about the clocks
            self.offset_s = (data["now"] - (sent + received) / 2) / 1000
        self.last_contact = time.time()
        return data

    async def push(self) -> int:
        """Journal local changes and push everything the host's log has not acknowledged."""
        self.store.capture()
        pushed = 0
        while True:
            log_id = self.store.log_id
            batch = self.store.outbox(log_id)
            if not batch:
                return pushed
            data = await self._call("POST", "/push", 30, json={"records": batch, "log_id": log_id})
            self._follow(data)
            if data["log_id"] != log_id:
                continue                     # another host log: everything goes again
            self.store.acknowledged(data["acked"], log_id)
            pushed += len(data["acked"])
            if len(data["acked"]) < len(batch):
                return pushed

    async def pull(self, wait: float = 0.0) -> int:
        """Take what other desks did (after our position), waiting up to ``wait`` s for something new."""
        position = self.store.position()
        data = await self._call("GET", f"/pull?since={position.seq}&wait={wait}", wait + 15, quick=wait == 0)
        if self._follow(data) or self.store.position() != position or data["log_id"] != position.log_id:
            return 0                          # the log changed while we asked: ask again from the new position
        return self.store.take(data["records"], data["log_id"],
                               data["records"][-1]["seq"] if data["records"] else position.seq)

    def _follow(self, data: dict) -> bool:
        self.head = data["head"]
        return self.store.follow_log(data["log_id"], data["head"])

    def status(self, state: str, pulled: int = 0) -> SyncStatus:
        return SyncStatus(state, self.store.waiting(), self.offset_s, self.last_contact, pulled)


async def exchange_once(event) -> SyncStatus:
    """``ceremony sync``: push what waits, pull everything new, once."""
    link = DeskLink(event)
    await link.open()
    try:
        await link.push()
        pulled = 0
        for _ in range(10_000):               # 500 records a round; bounded all the same
            pulled += await link.pull()
            if link.store.position().seq >= link.head:
                break
        await link.push()
        return link.status(ONLINE, pulled)
    finally:
        await link.close()


def sync_once(event) -> SyncStatus:
    loop = new_event_loop()
    try:
        return loop.run_until_complete(exchange_once(event))
    finally:
        loop.close()


# --- the desk's background thread -----------------------------------------------------------------------
class DeskClient:
    """Keeps one desk in step with the host until :meth:`stop`; reports through callbacks (any thread)."""

    def __init__(self, event_path: Path | str, on_status: Callable[[SyncStatus], None] | None = None,
                 on_pulled: Callable[[int], None] | None = None, clock=None):
        self.event_path = Path(event_path)
        self.on_status = on_status or (lambda s: None)
        self.on_pulled = on_pulled or (lambda n: None)
        self.clock = clock
        self.status = SyncStatus()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._wake: asyncio.Event | None = None
        self._stopping: asyncio.Event | None = None
        self._started = threading.Event()

    def start(self) -> DeskClient:
        self._thread = threading.Thread(target=self._run, name="ceremony-desk-sync", daemon=True)
        self._thread.start()
        self._started.wait(10)
        return self

    def nudge(self) -> None:
        """Something was just written here: push it now rather than at the next look."""
        if self._loop is not None and self._wake is not None:
            self._loop.call_soon_threadsafe(self._wake.set)

    def stop(self) -> None:
        if self._loop is not None and self._stopping is not None:
            self._loop.call_soon_threadsafe(self._stopping.set)
        if self._thread is not None:
            self._thread.join(10)

    def _run(self) -> None:
        loop = self._loop = new_event_loop()
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._main())
        finally:
            loop.close()

    def _report(self, status: SyncStatus) -> None:
        if status != self.status:
            self.status = status
            self.on_status(status)

    async def _main(self) -> None:
        from ceremony.event import Event
        self._wake, self._stopping = asyncio.Event(), asyncio.Event()
        event = Event.open(self.event_path, self.clock)
        try:
            link = DeskLink(event)
        except SyncError:
            self._started.set()
            self._report(SyncStatus(NOT_JOINED))
            event.close()
            return
        await link.open()
        self._started.set()
        tasks = [asyncio.ensure_future(self._pusher(link)), asyncio.ensure_future(self._puller(link))]
        await self._stopping.wait()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await link.close()
        event.close()
        self._report(SyncStatus(STOPPED))

    async def _pusher(self, link: DeskLink) -> None:
        assert self._wake is not None, "started by _run"
        delay = RETRY_MIN
        while True:
            try:
                self._wake.clear()
                if link.store.changed_since_last_look() or link.store.waiting():
                    await link.push()
                    self._report(link.status(ONLINE, self.status.pulled))
                delay = RETRY_MIN
                await self._sleep(WATCH_INTERVAL, wake=True)
            except SyncError as exc:
                self._report(link.status(_state_for(exc), self.status.pulled))
                await self._sleep(delay)
                delay = min(delay * 2, RETRY_MAX)
            except Exception:  # noqa: BLE001 - a busy file: look again shortly
                log.exception("desk sync: push failed")
                await self._sleep(delay)

    async def _puller(self, link: DeskLink) -> None:
        delay = RETRY_MIN
        while True:
            try:
                got = await link.pull(LONG_POLL)
                delay = RETRY_MIN
                if got:
                    self.on_pulled(got)
                self._report(link.status(ONLINE, self.status.pulled + got))
            except SyncError as exc:
                self._report(link.status(_state_for(exc), self.status.pulled))
                await self._sleep(delay)
                delay = min(delay * 2, RETRY_MAX)
            except Exception:  # noqa: BLE001
                log.exception("desk sync: pull failed")
                await self._sleep(delay)

    async def _sleep(self, seconds: float, wake: bool = False) -> None:
        if not wake:
            await asyncio.sleep(seconds)
            return
        assert self._wake is not None, "started by _run"
        try:
            await asyncio.wait_for(self._wake.wait(), seconds)
        except TimeoutError:
            pass


def _state_for(exc: SyncError) -> str:
    return {"unauthorized": UNAUTHORIZED, "certificate": CERTIFICATE}.get(exc.reason, OFFLINE)


# --- joining -------------------------------------------------------------------------------------------
def join(url: str, code: str, desk: str, target: Path | str, clock=None):
    """Join the host at ``url`` with its join code; returns the desk's event (a new copy, or ``target`` re-joined)."""
    loop = new_event_loop()
    try:
        return loop.run_until_complete(_join(url, code, desk, Path(target), clock))
    finally:
        loop.close()


async def _join(url: str, code: str, desk: str, target: Path, clock):
    from ceremony.event import Event
    host, port = parse_url(url)
    desk = " ".join((desk or "").split())
    if not desk:
        raise SyncError("no_desk_name")
    try:
        fp = await asyncio.get_running_loop().run_in_executor(None, tls.peer_fingerprint, host, port)
    except OSError as exc:
        raise SyncError("unreachable", error_detail(exc)) from None
    nonce = secrets.token_hex(16)
    base = f"https://{host}:{port}"
    connector = aiohttp.TCPConnector(ssl=aiohttp.Fingerprint(bytes.fromhex(fp)))
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=60)) as session:
        try:
            async with session.post(base + "/join", json={"desk": desk, "nonce": nonce,
                                                          "proof": tls.desk_proof(code, fp, nonce, desk)}) as resp:
                data = await resp.json()
                if resp.status != 200:
                    raise SyncError(data.get("error", "wrong_code"))
            if not tls.proofs_match(data.get("proof", ""), tls.host_proof(code, fp, nonce, desk)):
                raise SyncError("host_proof")
            headers = {"Authorization": f"Bearer {data['token']}"}
            if target.exists():
                event = Event.open(target, clock)
                if event.info.uid != data["event_uid"]:
                    event.close()
                    raise SyncError("other_event")
                event.backup_before("join")          # re-joining: keep the copy as it was
            else:
                async with session.get(base + "/event", headers=headers) as resp:
                    resp.raise_for_status()
                    body = await resp.read()
                event = _write_copy(target, body, clock)
                SyncStore(event).become_desk(data["log_id"], event.repo.head_seq(), {})
        except aiohttp.ServerFingerprintMismatch:
            raise SyncError("certificate") from None
        except (TimeoutError, aiohttp.ClientError, OSError, ValueError) as exc:
            raise SyncError("unreachable", error_detail(exc)) from None
    with event.repo.transaction():
        for key, value in (("host_url", base), ("host_fp", fp), ("token", data["token"]), ("desk", desk),
                           ("role", ROLE_DESK)):
            event.repo.set_sync_value(key, value)
        if not event.repo.sync_value("log_id"):
            event.repo.set_sync_value("log_id", data["log_id"])
    event.checkin.set_desk_name(desk)
    return event


def _write_copy(target: Path, body: bytes, clock):
    from ceremony.event import Event
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    part.write_bytes(body)
    part.replace(target)
    return Event.open(target, clock)
