"""What every page gets: the open event, a change signal and the undo stack."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ceremony.event import Event
from ceremony.models import Changes


class _Hub(QObject):
    changed = Signal(object)  # ceremony.models.Changes


class EventContext:
    """One open event as the GUI sees it.

    Every mutating domain call goes through :meth:`apply`, so the ``changed``
    signal is emitted from one place and each view refreshes what the record names.
    (Not a QObject itself: an ``event`` attribute would shadow ``QObject.event``.)
    """

    def __init__(self, event: Event, parent: QObject | None = None):
        self.event = event
        self._hub = _Hub(parent)
        self.changed = self._hub.changed
        self.undo_stack = QUndoStack(self._hub)

    def apply(self, changes: Changes) -> Changes:
        if changes is not None and changes.any:
            self.changed.emit(changes)
        return changes

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def dispose(self) -> None:
        self.event.close()
        self._hub.deleteLater()
