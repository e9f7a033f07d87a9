"""A painted bar chart for the report page: grouped series, value axis, legend and a marker line."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


@dataclass(frozen=True)
class Series:
    name: str
    color: str
    values: tuple[int, ...]


def nice_step(top: float) -> int:
    """A round axis step giving at most about six grid lines."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 6:
            return step
    return 10000


class ReportBarChart(QWidget):
    """Bars per label; ``marker`` (index, text) draws a dashed red line before that bar."""

    MARGIN_LEFT, MARGIN_TOP = 36.0, 24.0

    def __init__(self, parent=None):
        super().__init__(parent)
        self.labels: tuple[str, ...] = ()
        self.series: tuple[Series, ...] = ()
        self.marker: tuple[int, str] | None = None
        self.empty_text = ""
        self.setMinimumSize(200, 80)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, labels, series, marker=None, empty_text: str = "") -> None:
        self.labels, self.series, self.marker = tuple(labels), tuple(series), marker
        self.empty_text = empty_text
        self.update()

    def top_value(self) -> int:
        return max((v for s in self.series for v in s.values), default=0)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        if not self.labels or self.top_value() == 0:
            p.setPen(QColor("#777777"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        fm = QFontMetricsF(self.font())
        label_h = self._label_height(fm)
        plot = QRectF(self.MARGIN_LEFT, self.MARGIN_TOP, self.width() - self.MARGIN_LEFT - 8,
                      self.height() - self.MARGIN_TOP - label_h - 6)
        step = nice_step(self.top_value())
        top = step * (self.top_value() // step + 1)
        self._draw_axis(p, plot, step, top, fm)
        self._draw_bars(p, plot, top, fm)
        self._draw_labels(p, plot, fm)
        self._draw_marker(p, plot)
        self._draw_legend(p, fm)

    def _label_height(self, fm: QFontMetricsF) -> float:
        widest = max((fm.horizontalAdvance(t) for t in self.labels), default=0)
        return widest * 0.71 + fm.height() if self._rotated(fm) else fm.height() + 4

    def _rotated(self, fm: QFontMetricsF) -> bool:
        slot = (self.width() - self.MARGIN_LEFT) / max(1, len(self.labels))
        return any(fm.horizontalAdvance(t) > slot - 4 for t in self._shown_labels())

    def _shown_labels(self) -> list[str]:
        every = max(1, len(self.labels) // 16)
        return [t if i % every == 0 else "" for i, t in enumerate(self.labels)]

    def _draw_axis(self, p: QPainter, plot: QRectF, step: int, top: int, fm) -> None:
        for value in range(0, top + 1, step):
            y = plot.bottom() - plot.height() * value / top
            p.setPen(QPen(QColor("#e0e0e0"), 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(QColor("#555555"))
            p.drawText(QRectF(0, y - fm.height() / 2, self.MARGIN_LEFT - 4, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))

    def _draw_bars(self, p: QPainter, plot: QRectF, top: int, fm) -> None:
        slot = plot.width() / len(self.labels)
        bar = slot * 0.8 / max(1, len(self.series))
        for s_index, series in enumerate(self.series):
            for i, value in enumerate(series.values):
                h = plot.height() * value / top
                rect = QRectF(plot.left() + i * slot + slot * 0.1 + s_index * bar, plot.bottom() - h, bar - 1, h)
                p.fillRect(rect, QColor(series.color))
                if value and bar >= fm.horizontalAdvance(str(value)) + 3:   # labels of neighbours never touch
                    p.setPen(QColor("#333333"))
                    p.drawText(QRectF(rect.left(), rect.top() - fm.height(), bar, fm.height()),
                               Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, str(value))

    def _draw_labels(self, p: QPainter, plot: QRectF, fm) -> None:
        slot = plot.width() / len(self.labels)
        rotated = self._rotated(fm)
        p.setPen(QColor("#333333"))
        for i, text in enumerate(self._shown_labels()):
            if not text:
                continue
            cx = plot.left() + (i + 0.5) * slot
            if rotated:
                p.save()
                p.translate(cx, plot.bottom() + 4)
                p.rotate(-45)
                p.drawText(QPointF(-fm.horizontalAdvance(text), fm.ascent()), text)
                p.restore()
            else:
                p.drawText(QRectF(cx - slot / 2, plot.bottom() + 2, slot, fm.height()), Qt.AlignmentFlag.AlignHCenter, text)

    def _draw_marker(self, p: QPainter, plot: QRectF) -> None:
        if self.marker is None:
            return
        index, text = self.marker
        x = plot.left() + plot.width() * index / len(self.labels)
        p.setPen(QPen(QColor("#c00000"), 1.5, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(x, plot.top() - 6), QPointF(x, plot.bottom()))
        p.drawText(QPointF(x + 4, plot.top() + 2), text)

    def _draw_legend(self, p: QPainter, fm) -> None:
        if len(self.series) < 2:
            return
        x = self.width() - 8
        for series in reversed(self.series):
            w = fm.horizontalAdvance(series.name)
            x -= w
            p.setPen(QColor("#333333"))
            p.drawText(QPointF(x, 4 + fm.ascent()), series.name)
            x -= 14
            p.fillRect(QRectF(x, 6, 10, 10), QColor(series.color))
            x -= 12
