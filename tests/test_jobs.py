"""The background-job helper: work off the GUI thread, every outcome delivered on the GUI thread."""

from __future__ import annotations

import threading

import pytest

from ceremony.errors import Cancelled, ValidationError
from ui.jobs import Job, run_job

pytest.importorskip("pytestqt")


def _record(job):
    seen = []
    job.progressed.connect(lambda d, t: seen.append(("progress", d, t, threading.current_thread().name)))
    job.succeeded.connect(lambda v: seen.append(("succeeded", v, threading.current_thread().name)))
    job.failed.connect(lambda e: seen.append(("failed", e, threading.current_thread().name)))
    job.cancelled.connect(lambda: seen.append(("cancelled", threading.current_thread().name)))
    job.finished.connect(lambda: seen.append(("finished", threading.current_thread().name)))
    return seen


def test_result_and_progress_arrive_on_the_gui_thread(qtbot):
    worker_threads = []

    def work(ctl):
        worker_threads.append(threading.current_thread().name)
        for i in range(3):
            ctl.progress(i + 1, 3)
        return "done"

    job = Job(work)
    seen = _record(job)
    with qtbot.waitSignal(job.finished, timeout=5000):
        job.start()
    gui = threading.main_thread().name
    assert worker_threads and worker_threads[0] != gui                       # the work ran elsewhere
    assert seen == [("progress", 1, 3, gui), ("progress", 2, 3, gui), ("progress", 3, 3, gui),
                    ("succeeded", "done", gui), ("finished", gui)]
    assert job.result == "done" and job.error is None and not job.is_running()


def test_an_error_is_handed_over_not_raised(qtbot):
    def work(_ctl):
        raise ValidationError("person.name_required")

    job = Job(work)
    seen = _record(job)
    with qtbot.waitSignal(job.finished, timeout=5000):
        job.start()
    (failed, error, _), finished = seen
    assert failed == "failed" and isinstance(error, ValidationError) and finished[0] == "finished"


def test_cancel_stops_at_the_next_progress_report(qtbot):
    started, release = threading.Event(), threading.Event()
    steps = []

    def work(ctl):
        started.set()
        release.wait(5)
        for i in range(100):
            ctl.progress(i, 100)          # raises Cancelled once cancel was asked
            steps.append(i)
        return "finished anyway"

    job = run_job(work)
    seen = _record(job)
    assert started.wait(5)
    job.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(seen) and seen[-1][0] == "finished", timeout=5000)
    assert steps == [] and [s[0] for s in seen] == ["cancelled", "finished"]
    assert isinstance(job.error, Cancelled) and job.cancel_requested


def test_work_that_asks_cancelled_itself(qtbot):
    def work(ctl):
        while not ctl.cancelled():
            ctl.report(0, 0)
            threading.Event().wait(0.005)
        raise Cancelled()

    job = run_job(work)
    seen = _record(job)
    qtbot.waitUntil(lambda: any(s[0] == "progress" for s in seen), timeout=5000)
    job.cancel()
    qtbot.waitUntil(lambda: bool(seen) and seen[-1][0] == "finished", timeout=5000)
    assert [s[0] for s in seen if s[0] != "progress"] == ["cancelled", "finished"]


def test_a_job_whose_owner_goes_is_cancelled(qtbot):
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    release = threading.Event()
    ended = threading.Event()

    def work(ctl):
        release.wait(5)
        ended.set()
        return ctl.cancelled()

    job = run_job(work, parent=owner)
    control = job.control
    owner.deleteLater()
    qtbot.waitUntil(lambda: control.cancelled(), timeout=5000)
    release.set()
    assert ended.wait(5)


def test_a_finished_job_without_owner_is_freed(qtbot):
    import gc
    import weakref

    job = run_job(lambda _ctl: 42)
    qtbot.waitUntil(lambda: job.result == 42, timeout=5000)
    ref = weakref.ref(job)
    del job
    gc.collect()
    assert ref() is None
