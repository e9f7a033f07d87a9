"""One generic QUndoCommand for any domain operation (Orange3's pattern).

An operation is an immutable record with ``apply(event) -> (inverse, Changes)``
(see ceremony/operations.py). The command applies it on redo, keeps the inverse,
and applies that on undo; every page can push one onto ``ctx.undo_stack``.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from ui import messages


class OperationCommand(QUndoCommand):
    def __init__(self, ctx, operation, text: str):
        super().__init__(text)
        self.ctx = ctx
        self._forward = operation
        self._backward = None
        self.failed = False

    def redo(self) -> None:
        self._backward = self._run(self._forward)

    def undo(self) -> None:
        if self._backward is not None:
            forward = self._run(self._backward)
            if forward is not None:
                self._forward = forward

    def _run(self, operation):
        try:
            inverse, changes = operation.apply(self.ctx.event)
        except Exception as exc:  # noqa: BLE001 - a failed write is shown, never a traceback
            self.failed = True
            self.setObsolete(True)     # the stack drops a command that did nothing
            messages.show_error(None, exc)
            return None
        self.ctx.apply(changes)
        return inverse


def push_operation(ctx, operation, text: str) -> bool:
    """Apply ``operation`` as an undoable step; False when it failed (the error was shown)."""
    command = OperationCommand(ctx, operation, text)
    ctx.push(command)
    return not command.failed
