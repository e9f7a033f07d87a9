"""Reading and planning an import off the GUI thread, with progress and cancel."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Signal

from ceremony.roster import build_plan, load_sources

_RUNNING: set = set()   # keeps a cancelled worker's thread alive until it ends


class ImportWorker(QObject):
    progress = Signal(int, int)      # files read, files in all
    done = Signal(object)            # ceremony.roster.importing.ImportPlan
    failed = Signal(object)          # the exception
    ended = Signal()                 # always, last: done, failed or cancelled

    def __init__(self, paths: list[str], unit: str, category: str, roster: list):
        super().__init__()
        self.paths, self.unit, self.category, self.roster = list(paths), unit, category, roster
        self.cancel_flag = threading.Event()

    def run(self) -> None:
        try:
            sources, errors = [], []
            for n, path in enumerate(self.paths):
                if self.cancel_flag.is_set():
                    return
                self.progress.emit(n, len(self.paths))
                found, problems = load_sources([path], self.unit)
                sources += found
                errors += problems
            if self.cancel_flag.is_set():
                return
            plan = build_plan(None, sources, errors, self.category, roster=self.roster)
            self.progress.emit(len(self.paths), len(self.paths))
            if not self.cancel_flag.is_set():
                self.done.emit(plan)
        except Exception as exc:  # noqa: BLE001 - reported to the GUI thread as a message
            self.failed.emit(exc)
        finally:
            self.ended.emit()


def start_worker(worker: ImportWorker) -> QThread:
    """Run ``worker.run`` in its own thread; the thread cleans up after itself."""
    thread = QThread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.ended.connect(thread.quit)
    entry = (thread, worker)
    _RUNNING.add(entry)

    def finished():
        _RUNNING.discard(entry)
        thread.deleteLater()

    thread.finished.connect(finished)
    thread.start()
    return thread
