"""The host: an HTTPS server (aiohttp) on its own thread and event loop, never on the GUI's.

Endpoints (JSON; all but ``/ping`` and ``/join`` need a desk's token):

* ``GET /ping`` — "a ceremony host is here" and its clock; nothing about the event.
* ``POST /join`` — a desk proves it knows the join code for the certificate it sees; gets a token.
* ``GET /event`` — the event as a desk gets it (:meth:`Event.copy_for_desk`: no signing secret).
* ``POST /push`` — a desk's new records; stored once each; the reply lists what is acknowledged.
* ``GET /pull?since=N&wait=S`` — records after seq N, waiting up to S seconds for new ones.

All writes to the host's database happen on the server's thread, through one connection.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import threading
import time
from pathlib import Path

from aiohttp import web

from ceremony.sync import tls
from ceremony.sync.registry import HostRegistry
from ceremony.sync.store import BadRecord, SyncStore

CAPTURE_INTERVAL = 0.1        # how often the host looks for its own GUI's writes
MAX_WAIT = 25.0
MAX_FAILED_JOINS = 20         # per minute: the code cannot be guessed online
MAX_BODY = 8 * 1024 * 1024
DEFAULT_PORT = 8443


def new_event_loop() -> asyncio.AbstractEventLoop:
    """A selector loop everywhere (Windows' default proactor loop is not what aiohttp's server is tested on)."""
    if sys.platform == "win32":
        return asyncio.SelectorEventLoop()
    return asyncio.new_event_loop()


class HostServer:
    """Serve one event file to the desks until :meth:`stop`."""

    def __init__(self, event_path: Path | str, port: int = DEFAULT_PORT, bind: str = "0.0.0.0", clock=None,
                 on_received=None):
        self.on_received = on_received or (lambda count: None)      # called on the server's thread
        self.event_path = Path(event_path)
        self.port = port
        self.bind = bind
        self.clock = clock
        self.registry = HostRegistry(self.event_path)
        self.addresses = tls.local_addresses() if bind in ("0.0.0.0", "") else [bind]
        self.registry.ensure(self.addresses + ["localhost"])
        self.fingerprint = self.registry.fingerprint
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._stop: asyncio.Event | None = None
        self._failed_joins: list[float] = []
        self._status_saved = 0.0
        self._status_dirty = False

    # --- life cycle (called from any thread) -------------------------------------------------------
    @property
    def code(self) -> str:
        return self.registry.code

    @property
    def urls(self) -> list[str]:
        return [f"https://{a}:{self.port}" for a in self.addresses]

    def first_line(self) -> str:
        """What ``ceremony serve`` prints first: the address desks join and the join code."""
        return f"{self.urls[0]} {self.code}"

    def start(self, timeout: float = 30.0) -> HostServer:
        self._thread = threading.Thread(target=self._run, name="ceremony-host", daemon=True)
        self._thread.start()
        self._ready.wait(timeout)
        if self._error is not None:
            raise self._error
        return self

    def stop(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            return
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)

    def wait(self) -> None:
        while self._thread is not None and self._thread.is_alive():
            self._thread.join(0.5)

    def _run(self) -> None:
        loop = self._loop = new_event_loop()
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._serve())
        except BaseException as exc:  # noqa: BLE001 - handed to start() or logged by wait()
            self._error = exc
            self._ready.set()
        finally:
            loop.close()

    async def _serve(self) -> None:
        from ceremony.event import Event
        self._stop = asyncio.Event()
        self.event = Event.open(self.event_path, self.clock)
        self.store = SyncStore(self.event, "主机")
        self.store.open_log()
        self._grew = asyncio.Condition()
        app = web.Application(client_max_size=MAX_BODY, middlewares=[self._guard])
        app.add_routes([web.get("/ping", self.ping), web.post("/join", self.join), web.get("/event", self.copy),
                        web.post("/push", self.push), web.get("/pull", self.pull)])
        runner = web.AppRunner(app, access_log=None, handler_cancellation=True)
        await runner.setup()
        ssl_ctx = tls.server_context(self.registry.cert_path, self.registry.key_path)
        site = web.TCPSite(runner, self.bind, self.port, ssl_context=ssl_ctx, reuse_address=True)
        await site.start()
        if not self.port:
            self.port = runner.addresses[0][1]
        watcher = asyncio.ensure_future(self._watch_local_writes())
        self._ready.set()
        try:
            await self._stop.wait()
        finally:
            watcher.cancel()
            await runner.cleanup()
            self.event.close()

    # --- the host's own writes (its GUI or CLI on the same file) ---------------------------------------
    async def _watch_local_writes(self) -> None:
        while True:
            await asyncio.sleep(CAPTURE_INTERVAL)
            self._save_status()
            if self._capture_local():
                await self._notify()

    def _capture_local(self) -> bool:
        """Journal what the host's own GUI or CLI wrote since the last look; True when there was something."""
        try:
            return bool(self.store.changed_since_last_look() and self.store.capture())
        except Exception:  # noqa: BLE001 - a busy file: the next look catches it
            return False

    async def _notify(self) -> None:
        async with self._grew:
            self._grew.notify_all()

    # --- requests ------------------------------------------------------------------------------------------
    @web.middleware
    async def _guard(self, request, handler):
        if request.path not in ("/ping", "/join"):
            desk = self.registry.desk_for_token(_bearer(request))
            if desk is None:
                return web.json_response({"error": "unauthorized"}, status=401)
            self._note_contact(desk, request)
        try:
            return await handler(request)
        except (BadRecord, ValueError, KeyError, TypeError) as exc:
            return web.json_response({"error": "bad_request", "detail": str(exc)[:200]}, status=400)

    def _note_contact(self, desk, request) -> None:
        now = time.time()
        desk.last_contact, desk.address = now, request.remote or ""
        sent = request.headers.get("X-Desk-Time")
        if sent and sent.lstrip("-").isdigit():
            desk.offset_ms = self._now_ms() - int(sent)
        waiting = request.headers.get("X-Desk-Waiting")
        if waiting and waiting.isdigit():
            desk.waiting = int(waiting)
        self._status_dirty = True

    def _save_status(self) -> None:
        """What ``ceremony desks`` shows (last contact, waiting, clock offset), at most once a second."""
        now = time.time()
        if self._status_dirty and now - self._status_saved > 1.0:
            self._status_saved, self._status_dirty = now, False
            try:
                self.registry.save_status()
            except OSError:
                pass

    def _now_ms(self) -> int:
        return int(self.event.now().timestamp() * 1000)

    def _reply(self, data: dict, status: int = 200) -> web.Response:
        return web.json_response({**data, "log_id": self.store.log_id, "head": self.store.head(),
                                  "now": self._now_ms()}, status=status)

    async def ping(self, request):
        return web.json_response({"service": "ceremony", "now": self._now_ms()})

    async def join(self, request):
        now = time.time()
        self._failed_joins = [t for t in self._failed_joins if now - t < 60]
        if len(self._failed_joins) >= MAX_FAILED_JOINS:
            return web.json_response({"error": "too_many_attempts"}, status=429)
        data = await request.json()
        desk, nonce, proof = str(data.get("desk", ""))[:40].strip(), str(data.get("nonce", "")), data.get("proof", "")
        self.registry.reload()
        expected = tls.desk_proof(self.code, self.fingerprint, nonce, desk)
        if not desk or len(nonce) < 16 or not tls.proofs_match(expected, proof):
            self._failed_joins.append(now)
            return web.json_response({"error": "wrong_code"}, status=403)
        if self.registry.name_taken(desk):
            # Two desks under one name would knock each other out: the second must pick another name.
            return web.json_response({"error": "name_taken"}, status=409)
        token = self.registry.add_desk(desk)
        return self._reply({"token": token, "proof": tls.host_proof(self.code, self.fingerprint, nonce, desk),
                            "event_uid": self.event.info.uid})

    async def copy(self, request):
        self.store.capture()
        with tempfile.TemporaryDirectory(prefix="ceremony-copy-") as folder:
            target = Path(folder) / "desk.ceremony"
            copy_event_for_desk(self.event, target)
            body = target.read_bytes()
        return web.Response(body=body, content_type="application/octet-stream",
                            headers={"X-Log-Id": self.store.log_id})

    async def push(self, request):
        data = await request.json()
        records = data.get("records", [])
        if not isinstance(records, list):
            raise BadRecord("sync.record.not_list")
        acked = self.store.receive(records)
        if acked:
            await self._notify()
            self.on_received(len(acked))
        return self._reply({"acked": acked})

    async def pull(self, request):
        self._capture_local()
        since = int(request.query.get("since", "0"))
        wait = min(float(request.query.get("wait", "0")), MAX_WAIT)
        if self.store.head() <= since and wait > 0:
            try:
                async with self._grew:
                    await asyncio.wait_for(self._grew.wait_for(lambda: self.store.head() > since), wait)
            except TimeoutError:
                pass
        return self._reply({"records": self.store.after(since)})


def copy_event_for_desk(event, target: Path) -> None:
    """The one way the event travels to a desk: the event's own desk copy (verifies codes, cannot mint them)."""
    event.copy_for_desk(target)


def _bearer(request) -> str:
    value = request.headers.get("Authorization", "")
    return value[7:] if value.startswith("Bearer ") else ""
