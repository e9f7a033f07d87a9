"""The plan's view: wheel zoom, middle-button pan, drag a person onto another seat, rubber-band selection."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QGraphicsView

from ui.seating.seating_person_list import attendee_from_mime
from ui.seating.seating_scene import SeatItem


class SeatingView(QGraphicsView):
    """Emits ``move_requested(attendee_id, seat_id)`` when a person is dropped on a seat."""

    move_requested = Signal(int, int)
    seat_clicked = Signal(int)
    delete_pressed = Signal()

    def __init__(self, scene, parent=None):
        super().__init__(scene, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self._drag_from: SeatItem | None = None
        self._ghost: QGraphicsSimpleTextItem | None = None
        self._pan_from: QPointF | None = None
        self._moved = False
        self.setAcceptDrops(True)

    # --- drops from the people lists ---------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if attendee_from_mime(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if attendee_from_mime(event.mimeData()) is not None and self.seat_at(event.position().toPoint()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        attendee = attendee_from_mime(event.mimeData())
        if attendee is not None and self.drop_person(attendee, event.position().toPoint()):
            event.acceptProposedAction()

    def drop_person(self, attendee_id: int, pos) -> bool:
        """A person dropped at viewport position ``pos``: ask to seat them there."""
        target = self.seat_at(pos)
        if target is None:
            return False
        self.move_requested.emit(attendee_id, target.seat_id)
        return True

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)

    # --- zoom -------------------------------------------------------------------------------------------
    def wheelEvent(self, event) -> None:
        factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
        self.zoom(factor)

    def zoom(self, factor: float) -> None:
        current = self.transform().m11()
        if 0.1 <= current * factor <= 8:
            self.scale(factor, factor)

    def fit_all(self) -> None:
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    # --- mouse ------------------------------------------------------------------------------------------
    def seat_at(self, pos) -> SeatItem | None:
        for item in self.items(pos):
            if isinstance(item, SeatItem):
                return item
        return None

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        item = self.seat_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and item is not None and item.attendee_id \
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            self._drag_from = item
            self._moved = False
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            return
        if self._drag_from is not None:
            self._moved = True
            self._show_ghost(self.mapToScene(event.position().toPoint()))
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.unsetCursor()
            return
        if self._drag_from is not None:
            source, self._drag_from = self._drag_from, None
            self._hide_ghost()
            target = self.seat_at(event.position().toPoint())
            if self._moved and target is not None and target is not source:
                self.move_requested.emit(source.attendee_id, target.seat_id)
            else:
                self._select_only(source)
            return
        super().mouseReleaseEvent(event)
        item = self.seat_at(event.position().toPoint())
        if item is not None:
            self.seat_clicked.emit(item.seat_id)

    def _select_only(self, item: SeatItem) -> None:
        self.scene().clearSelection()
        item.setSelected(True)
        self.seat_clicked.emit(item.seat_id)

    def _show_ghost(self, pos: QPointF) -> None:
        if self._ghost is None:
            self._ghost = QGraphicsSimpleTextItem(self._drag_from.name)
            self._ghost.setBrush(QColor("#d50000"))
            self._ghost.setZValue(10)
            self.scene().addItem(self._ghost)
        self._ghost.setPos(pos + QPointF(8, 8))

    def _hide_ghost(self) -> None:
        if self._ghost is not None:
            self.scene().removeItem(self._ghost)
            self._ghost = None
