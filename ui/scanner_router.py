"""Scanner input recognised at the application level, whatever has focus.

A USB scanner is a keyboard: it types a whole code in a fraction of a second, then Enter. Typed into whatever
had focus — the walk-in form, the undo reason, a message box, the roster search — a code did damage. This
filter sits on the application and holds back a keystroke for a moment: keys that keep coming faster than
anyone types and end in Enter are a scan and go to the desk (``scanned``), the form sees none of them; anything
else is handed on, unchanged and in order, to the widget it was meant for, so typing by hand works everywhere.
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QInputEvent
from PySide6.QtWidgets import QApplication, QWidget

KEY_GAP_MS = 40         # a scanner's keys come a few ms apart; a person's ≥ 60 ms (even fast rollover rarely < 40)
MIN_SCAN_LENGTH = 8     # shorter bursts are a typist's rollover, handed on as typed
STALL_MS = 300          # a long fast burst that pauses (the GUI thread was busy) waits this long for its Enter
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
FILTER_FALLBACK_MS = 1000   # start-up: routing starts at the first paint, or after this long at the latest


class ScannerRouter(QObject):
    """Install on the QApplication; connect ``scanned`` to the desk."""

    scanned = Signal(str)

    def __init__(self, parent=None, key_gap_ms: int = KEY_GAP_MS, min_length: int = MIN_SCAN_LENGTH):
        super().__init__(parent)
        self.key_gap = key_gap_ms / 1000
        self.min_length = min_length
        self._held: list[tuple[QWidget, QEvent]] = []     # (target, copy of the event), in arrival order
        self._text: list[str] = []
        self._last_key = 0.0
        self._slow_gaps = 0           # gaps slower than a scanner's (a busy GUI thread may cause one or two)
        self._stalled = False
        self._swallow_release: set[int] = set()
        self._replaying = False
        self._timer = QTimer(self, singleShot=True, timeout=self._on_timeout)
        self.key_gap_ms = key_gap_ms

    # --- the filter ---------------------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if self._replaying or kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.InputMethod):
            return False
        if not self._is_receiver(obj):
            return False
        if kind == QEvent.Type.KeyRelease:
            return self._on_release(obj, event)
        if kind == QEvent.Type.InputMethod:
            return self._on_input_method(obj, event)
        return self._on_press(obj, event)

    @staticmethod
    def _is_receiver(obj) -> bool:
        # Each key is seen once: at the widget it is delivered to (not the window, not parents it bubbles to).
        if not isinstance(obj, QWidget):
            return False
        popup = QApplication.activePopupWidget()
        if popup is not None:
            return obj is popup or obj is popup.focusWidget()
        focus = QApplication.focusWidget()
        return obj is focus or focus is None

    @staticmethod
    def _time(event) -> float:
        # The window system's time stamp when there is one: keys queued while the GUI thread was busy keep
        # their real spacing. Synthetic events have none; then the time they are seen.
        stamp = event.timestamp() if isinstance(event, QInputEvent) else 0
        return stamp / 1000 if stamp else time.monotonic()

    def _on_press(self, obj, event) -> bool:
        now = self._time(event)
        text = event.text()
        printable = bool(text) and text.isprintable() and not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                                                                                    | Qt.KeyboardModifier.MetaModifier))
        if event.key() in ENTER_KEYS and self._held:
            if self._is_scan(now):
                self._swallow_release.add(event.key())
                self._take_scan()
                return True
            self._hold(obj, event)
            self.flush()
            return True
        if not self._held:
            if not printable or event.isAutoRepeat():
                return False
            self._start(now)
        elif printable and now - self._last_key > self.key_gap:
            self._slow_gaps += 1
        self._hold(obj, event)
        if printable:
            self._text.append(text)
            self._last_key = now
            self._timer.start(self.key_gap_ms)
        return True

    def _on_release(self, obj, event) -> bool:
        if event.key() in self._swallow_release:
            self._swallow_release.discard(event.key())
            return True
        if self._held:
            self._hold(obj, event)
            return True
        return False

    def _on_input_method(self, obj, event) -> bool:
        # A Chinese input method turns the scanner's keys into committed text: part of the burst if one is on.
        if self._held and event.commitString():
            self._hold(obj, event)
            self._text.append(event.commitString())
            self._last_key = self._time(event)
            self._timer.start(self.key_gap_ms)
            return True
        return False

    # --- bursts -------------------------------------------------------------------------------------
    def _start(self, now: float) -> None:
        self._text, self._slow_gaps, self._last_key, self._stalled = [], 0, now, False

    def _hold(self, obj, event) -> None:
        self._held.append((obj, event.clone()))

    def _fast(self, extra_slow: int = 0) -> bool:
        """Scanner-fast so far: long enough, and at most one gap in ten slower than a scanner's."""
        length = len("".join(self._text))
        return length >= self.min_length and self._slow_gaps + extra_slow <= max(1, length // 10)

    def _is_scan(self, now: float) -> bool:
        return self._fast(1 if now - self._last_key > self.key_gap else 0)

    def _on_timeout(self) -> None:
        if self._fast() and not self._stalled:
            self._stalled = True         # no person types this fast: keep waiting a little for the Enter
            self._timer.start(STALL_MS)
            return
        self.flush()

    def _take_scan(self) -> None:
        text = "".join(self._text)
        self._held, self._text = [], []
        self._timer.stop()
        self.scanned.emit(text)

    def flush(self) -> None:
        """Not a scan: hand the held keys on to their widgets, in order."""
        held, self._held, self._text = self._held, [], []
        self._timer.stop()
        self._replaying = True
        try:
            for target, event in held:
                if not shiboken6.isValid(target):
                    target = QApplication.focusWidget()
                if target is not None:
                    QCoreApplication.sendEvent(target, event)
        finally:
            self._replaying = False


def install_scanner_router(app: QApplication, on_scan, after=None) -> ScannerRouter:
    """Route scanner bursts anywhere in the app to ``on_scan(text)``.

    ``after``: a signal (the main window's ``first_painted``); filtering starts when it fires. The first event
    a Python filter on the application sees for an object of a class PySide6 has no wrapper for makes it build
    the enum types of the whole Qt library (about 45 ms, measured); done before the first paint, the window
    would show that much later. No one scans before the window has shown."""
    router = ScannerRouter(app)
    router.scanned.connect(on_scan)
    if after is not None:
        after.connect(lambda: app.installEventFilter(router), Qt.ConnectionType.SingleShotConnection)
        # a window that starts minimised paints later: route from a second on all the same (installing twice
        # keeps one filter)
        QTimer.singleShot(FILTER_FALLBACK_MS, router, lambda: app.installEventFilter(router))
    else:
        app.installEventFilter(router)
    return router
