"""The GUI's handle on LAN sync for the open event: a desk's client or the host's server, off the GUI thread.

Both run on threads of their own (never on Qt's loop: a PDF rendering on the GUI
thread must not hold up other desks). Their callbacks arrive on those threads and
are turned into Qt signals here, which Qt queues to the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ceremony.models import Changes
from ceremony.sync import ROLE_DESK, DeskClient, HostServer, SyncStatus, role_of


LISTEN_ON = "0.0.0.0"          # every interface: desks come from the LAN (tests use 127.0.0.1)


class SyncController(QObject):
    status_changed = Signal(object)     # SyncStatus (desk) or None (host started/stopped)
    records_arrived = Signal(int)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.client: DeskClient | None = None
        self.server: HostServer | None = None
        self.records_arrived.connect(self._refresh)

    @property
    def role(self) -> str:
        return "host" if self.server is not None else role_of(self.ctx.event)

    def start(self) -> None:
        """A desk's file starts syncing as soon as it is open."""
        if self.client is None and role_of(self.ctx.event) == ROLE_DESK:
            self.client = DeskClient(self.ctx.event.path, on_status=self.status_changed.emit,
                                     on_pulled=self.records_arrived.emit).start()

    def nudge(self) -> None:
        if self.client is not None:
            self.client.nudge()

    def status(self) -> SyncStatus | None:
        return self.client.status if self.client is not None else None

    def start_host(self, port: int) -> HostServer:
        if self.server is None:
            self.stop_client()
            self.server = HostServer(self.ctx.event.path, port, LISTEN_ON, on_received=self.records_arrived.emit).start()
            self.status_changed.emit(None)
        return self.server

    def stop_host(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None
            self.status_changed.emit(None)

    def stop_client(self) -> None:
        if self.client is not None:
            self.client.stop()
            self.client = None

    def stop(self) -> None:
        self.stop_client()
        self.stop_host()

    def shutdown_threads(self, *_args) -> None:
        """The page is going away: end the threads, touching nothing of Qt (it may be half destroyed)."""
        client, server, self.client, self.server = self.client, self.server, None, None
        if client is not None:
            client.stop()
        if server is not None:
            server.stop()

    def _refresh(self, _count: int) -> None:
        self.ctx.event.checkin.invalidate()
        self.ctx.apply(Changes(checkins=True, attendees=True))
