"""Painted parts of the live board: arrivals per 5 minutes and the seat map coloured by arrival."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ceremony.attendance import ARRIVED

ARRIVED_COLOR = QColor("#1b7f3b")
LEAVE_COLOR = QColor("#757575")
EMPTY_COLOR = QColor("#ffffff")


class BoardTimelineChart(QWidget):
    """Bars: arrivals per 5 minutes, with the start time marked."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.buckets: tuple = ()
        self.starts_at = None
        self.setMinimumHeight(60)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_data(self, buckets, starts_at) -> None:
        self.buckets, self.starts_at = tuple(buckets), starts_at
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#fafafa"))
        if not self.buckets:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("尚无签到"))
            return
        top = max(n for _, n in self.buckets) or 1
        w = self.width() / len(self.buckets)
        base = self.height() - 18
        for i, (t, n) in enumerate(self.buckets):
            h = (base - 16) * n / top
            late = self.starts_at is not None and t >= self.starts_at
            p.fillRect(QRectF(i * w + 2, base - h, max(1.0, w - 4), h), QColor("#e69138") if late else ARRIVED_COLOR)
            if n:
                p.drawText(QRectF(i * w, base - h - 16, w, 16), Qt.AlignmentFlag.AlignCenter, str(n))
            if i % max(1, len(self.buckets) // 8) == 0:
                p.drawText(QRectF(i * w, base + 2, 60, 16), Qt.AlignmentFlag.AlignLeft, t.strftime("%H:%M"))


class BoardSeatMap(QWidget):
    """Every seat as a small box: zone colour when waiting, green when arrived, grey on leave/absent."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.seats: tuple = ()
        self.setMinimumSize(200, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_seats(self, seats) -> None:
        self.seats = tuple(seats)
        self.update()

    def counts(self) -> dict[str, int]:
        """Seats per colour class (what the map shows; tests read it)."""
        out = {"arrived": 0, "waiting": 0, "away": 0, "empty": 0}
        for s in self.seats:
            out[self.seat_class(s)] += 1
        return out

    @staticmethod
    def seat_class(seat) -> str:
        if seat.attendee_id is None:
            return "empty"
        if seat.state in ARRIVED:
            return "arrived"
        return "away" if seat.state in ("leave", "absent") else "waiting"

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#ffffff"))
        if not self.seats:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("尚未设置会场座位"))
            return
        rostrum = [s for s in self.seats if s.section_kind == "rostrum"]
        hall = [s for s in self.seats if s.section_kind != "rostrum"]
        rows_r = max((s.row for s in rostrum), default=0)
        rows_h = max((s.row for s in hall), default=0)
        cols = max(s.x for s in self.seats)
        total_rows = rows_r + rows_h + (1 if rostrum else 0)
        cell = max(3.0, min(self.width() / (cols + 1), (self.height() - 4) / max(1, total_rows)))
        left = (self.width() - cell * cols) / 2
        for s in rostrum:
            self._draw(p, s, left, cell, (s.row - 1) * cell, cols, rostrum)
        offset = (rows_r + 1) * cell if rostrum else 0
        for s in hall:
            self._draw(p, s, left, cell, offset + (s.row - 1) * cell, cols, hall)

    def _draw(self, p: QPainter, s, left: float, cell: float, y: float, cols: int, group) -> None:
        kind = self.seat_class(s)
        color = {"arrived": ARRIVED_COLOR, "away": LEAVE_COLOR, "empty": EMPTY_COLOR}.get(kind, QColor(s.color))
        rect = QRectF(left + (s.x - 1) * cell + 0.5, y + 0.5, cell - 1.5, cell - 1.5)
        p.fillRect(rect, color)
        p.setPen(QPen(QColor("#9e9e9e"), 0.5))
        p.drawRect(rect)
