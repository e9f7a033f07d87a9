"""Background jobs: run a callable off the GUI thread; its progress, result, error or cancellation come back on
the GUI thread as signals.

    job = run_job(lambda ctl: export_report(report, path, section, ctl.progress), parent=self)
    job.progressed.connect(self._on_progress)      # (done, total)
    job.succeeded.connect(self._on_exported)       # the callable's return value
    job.failed.connect(self._on_failed)            # the exception (never Cancelled)
    job.cancelled.connect(self._on_cancelled)
    job.finished.connect(self._on_finished)        # always, last
    ...
    job.cancel()

The callable receives a :class:`JobControl`: ``ctl.progress(done, total)`` reports progress (and raises
:class:`~ceremony.errors.Cancelled` once cancel was asked, so a domain loop that reports progress stops there),
``ctl.report(done, total)`` only reports, ``ctl.cancelled()`` answers the domain's "should I stop?" callbacks,
``ctl.check()`` raises when it should. A callable that stops raises Cancelled; the job then emits ``cancelled``.
The callable must not touch widgets or the event's database connection: read what it needs in the GUI thread
first and hand it over as plain data.
"""

from __future__ import annotations

import threading
import weakref
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ceremony.errors import Cancelled

_RUNNING: set["Job"] = set()      # a job stays alive until it has reported, even if its owner forgets it


class JobControl:
    """What the callable sees of its job: progress to report, cancellation to honour."""

    def __init__(self, report: Callable[[int, int], None]):
        self._report = report
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int) -> None:
        """Report progress; raises :class:`Cancelled` once cancel was asked (the callback style that stops a
        domain loop which reports progress but asks nothing)."""
        self.check()
        self._report(done, total)

    def report(self, done: int, total: int) -> None:
        """Report progress, never raising (for work that asks :meth:`cancelled` itself and cleans up)."""
        self._report(done, total)


class _Bridge(QObject):
    """Lives in the GUI thread; emitted from the worker, so its connections to the job are queued."""

    progressed = Signal(int, int)
    ended = Signal(object, object)      # (value, exception or None)


class _Runnable(QRunnable):
    def __init__(self, fn, control: JobControl, bridge: _Bridge, done: threading.Event):
        super().__init__()
        self.fn, self.control, self.bridge, self.done = fn, control, bridge, done
        self.setAutoDelete(False)      # the job holds it; Python frees it

    def run(self) -> None:
        value, error = None, None
        try:
            value = self.fn(self.control)
        except BaseException as exc:  # noqa: BLE001 - every outcome goes back to the GUI thread
            error = exc
        self.done.set()
        self.bridge.ended.emit(value, error)


class Job(QObject):
    """One run of a callable in the thread pool. Create it in the GUI thread; signals arrive there."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, fn: Callable[[JobControl], object], parent: QObject | None = None):
        super().__init__(parent)
        self._bridge = _Bridge()
        self.control = JobControl(self._bridge.progressed.emit)
        self._done = threading.Event()
        self._runnable = _Runnable(fn, self.control, self._bridge, self._done)
        self._bridge.progressed.connect(self._on_progress)
        self._bridge.ended.connect(self._on_ended)
        self._started = False
        self.destroyed.connect(_owner_gone(self))      # deleted with its owner while running: stop the work
        self.result: object = None
        self.error: BaseException | None = None

    def start(self) -> "Job":
        if not self._started:
            self._started = True
            _RUNNING.add(self)
            QThreadPool.globalInstance().start(self._runnable)
        return self

    def cancel(self) -> None:
        """Ask the callable to stop; it ends with :attr:`cancelled` unless it had already finished."""
        self.control.cancel()

    @property
    def cancel_requested(self) -> bool:
        return self.control.cancelled()

    def is_running(self) -> bool:
        return self._started and not self._done.is_set()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the callable has returned (signals are still delivered later, by the event loop)."""
        if not self._started:
            return True
        return self._done.wait(None if msecs < 0 else msecs / 1000)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if not self.control.cancelled():
            self.progressed.emit(done, total)

    @Slot(object, object)
    def _on_ended(self, value, error) -> None:
        _RUNNING.discard(self)
        self.result, self.error = value, error
        if isinstance(error, Cancelled):
            self.cancelled.emit()
        elif error is not None:
            self.failed.emit(error)
        else:
            self.succeeded.emit(value)
        self.finished.emit()


def _owner_gone(job: Job):
    """A slot that holds no strong reference to the job (a lambda on its own signal would keep it alive)."""
    control, ref = job.control, weakref.ref(job)

    def gone(*_):
        control.cancel()
        alive = ref()
        if alive is not None:
            _RUNNING.discard(alive)
    return gone


def run_job(fn: Callable[[JobControl], object], parent: QObject | None = None) -> Job:
    """Start ``fn(control)`` in the background; connect to the returned job's signals right away (they are
    delivered by the GUI thread's event loop, so none is missed)."""
    return Job(fn, parent).start()
