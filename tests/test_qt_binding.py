"""Guard against the PySide6 build that leaks references to None (aborts the app after a while)."""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    fired = Signal(bool)


def test_void_calls_and_emits_do_not_leak_none_or_bools(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        label.setText("x")
        emitter.fired.emit(True)
    after = sys.getrefcount(None), sys.getrefcount(True)
    # A healthy binding gives back what it takes; the broken one loses one reference per call.
    assert after[0] - before[0] < 500
    assert after[1] - before[1] < 500
