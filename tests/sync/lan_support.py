"""Pieces the LAN sync tests share: a host on loopback, desks that join it, a man in the middle."""

from __future__ import annotations

import asyncio
import shutil
import threading
import time
from pathlib import Path

from aiohttp import ClientSession, TCPConnector, web

from ceremony.sync import tls
from ceremony.sync.server import new_event_loop


def make_host_file(tmp_path: Path) -> Path:
    """The organiser's event file (the demo), plus a pristine copy to 'wipe' the host back to."""
    from ceremony.demo import create_demo
    path = tmp_path / "host.ceremony"
    create_demo(path).close()
    shutil.copy(path, tmp_path / "pristine.ceremony")
    return path


def wait_until(condition, timeout: float = 15.0, step: float = 0.05):
    """Poll ``condition`` (bounded); returns its last value."""
    end = time.monotonic() + timeout
    while True:
        value = condition()
        if value or time.monotonic() > end:
            return value
        time.sleep(step)


class Interceptor:
    """An HTTPS proxy with its own certificate in front of the host (what an attacker on the Wi-Fi would run).

    It records every request it sees, so a test can tell whether a desk's token ever reached it.
    """

    def __init__(self, folder: Path, target_port: int, impostor: bool = False):
        self.impostor = impostor          # answers /join itself, as a fake host that does not know the code
        folder.mkdir(parents=True, exist_ok=True)
        self.cert, self.key = folder / "mitm-cert.pem", folder / "mitm-key.pem"
        tls.make_certificate(self.cert, self.key, ["127.0.0.1"])
        self.target = f"https://127.0.0.1:{target_port}"
        self.seen: list[dict] = []
        self.port = 0
        self._ready = threading.Event()
        self._loop = None
        self._stop = None
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> "Interceptor":
        self._thread.start()
        self._ready.wait(10)
        return self

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def _run(self) -> None:
        self._loop = new_event_loop()
        self._loop.run_until_complete(self._serve())
        self._loop.close()

    async def _serve(self) -> None:
        self._stop = asyncio.Event()
        session = ClientSession(connector=TCPConnector(ssl=False))
        app = web.Application()

        async def handle(request):
            return await self._forward(session, request)
        app.router.add_route("*", "/{tail:.*}", handle)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=tls.server_context(self.cert, self.key))
        await site.start()
        self.port = runner.addresses[0][1]
        self._ready.set()
        await self._stop.wait()
        await runner.cleanup()
        await session.close()

    async def _forward(self, session, request):
        body = await request.read()
        self.seen.append({"path": request.path, "headers": dict(request.headers), "body": body})
        if self.impostor and request.path == "/join":
            return web.json_response({"token": "stolen", "proof": "0" * 64, "log_id": "x", "head": 0, "now": 0,
                                      "event_uid": "x"})
        headers = {k: v for k, v in request.headers.items() if k.lower() not in ("host", "content-length")}
        async with session.request(request.method, self.target + request.path_qs, headers=headers,
                                   data=body) as resp:
            return web.Response(status=resp.status, body=await resp.read(),
                                content_type=resp.content_type)
