"""The seat plan as a QGraphicsScene: one light item per seat, drawn to scale, rostrum on top.

Only the items whose seats changed are repainted after a move (:meth:`SeatingScene.set_occupants`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSimpleTextItem, QStyleOptionGraphicsItem

from ceremony import messages as catalogue
from ceremony.models import Seat
from ceremony.seating import seat_message


SEAT_W, SEAT_H = 46.0, 36.0          # one seat, in scene units (about 0.55 m × 0.45 m to scale)
ROSTRUM_H = 46.0
STAGE_H = 30.0
LABEL_W = 64.0                        # row numbers on both sides


_TRANSLATED: dict[str, str] = {}


def _translated(key: str) -> str:
    """A seat's texts in the interface language, looked up once per scene build (a hall has thousands of seats)."""
    if key not in _TRANSLATED:
        if key == "reserved":
            _TRANSLATED[key] = QCoreApplication.translate("SeatingScene", "预留：%1")
        elif key == "blocked":
            _TRANSLATED[key] = QCoreApplication.translate("SeatingScene", "封")    # the mark on a closed seat
        else:
            _TRANSLATED[key] = QCoreApplication.translate(catalogue.CONTEXT, catalogue.CATALOGUE[key])
    return _TRANSLATED[key]


class SeatItem(QGraphicsItem):
    """One seat: zone colour, printed number, the occupant's name; locked, blocked, highlighted states."""

    def __init__(self, seat: Seat, name: str, rostrum_no: int | None, rect: QRectF):
        super().__init__()
        self.seat = seat
        self.name = name
        self.rostrum_no = rostrum_no
        self.highlighted = False
        self._rect = rect
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        # each seat is cached as a small pixmap: panning and full redraws blit instead of repainting text
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setPos(rect.topLeft())
        self.setToolTip(self._tooltip())

    @property
    def seat_id(self) -> int:
        return self.seat.id

    @property
    def attendee_id(self) -> int | None:
        return self.seat.attendee_id

    def set_occupant(self, attendee_id: int | None, name: str, locked: bool, rostrum_no: int | None = None) -> None:
        self.seat = self.seat.with_(attendee_id=attendee_id, locked=locked)
        self.name = name
        self.rostrum_no = rostrum_no
        self.setToolTip(self._tooltip())
        self.update()

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def _tooltip(self) -> str:
        s = self.seat
        label = seat_message(s)
        text = catalogue.fill(_translated(label.code), label.params)
        if self.name:
            text += f"\n{self.name}"
        if s.reserved:
            text += "\n" + _translated("reserved").replace("%1", s.reserved)
        return text

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._rect.width(), self._rect.height())

    def paint(self, painter, option, widget=None) -> None:
        s = self.seat
        box = self.boundingRect().adjusted(2, 2, -2, -2)
        if s.blocked:
            fill = _BLOCKED
        else:
            fill = _color(s.zone_color or ("#fde9d9" if s.section_kind == "rostrum" else "#ffffff"))
        painter.setBrush(fill)
        painter.setPen(_PEN_HIGHLIGHT if self.highlighted else (_PEN_SELECTED if self.isSelected() else _PEN))
        painter.drawRect(box)
        if s.locked:
            painter.fillRect(QRectF(box.right() - 9, box.top(), 9, 9), _LOCK)
        # level of detail: text is unreadable below about 0.45 px per unit, so skip it (fast full redraws)
        if QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform()) < 0.45:
            return
        self._paint_text(painter, box, s)

    def _paint_text(self, painter, box: QRectF, s: Seat) -> None:
        top = QRectF(box.left(), box.top(), box.width(), box.height() * 0.35)
        painter.setPen(_GREY)
        if s.section_kind == "rostrum":      # the rank number (位次) on the rostrum, the seat number in the hall
            painter.setFont(_fonts()["rank"])
            painter.drawText(top.adjusted(0, 0, 0, 4), Qt.AlignmentFlag.AlignCenter, str(self.rostrum_no or ""))
        else:
            painter.setFont(_fonts()["small"])
            painter.drawText(top, Qt.AlignmentFlag.AlignCenter, s.number)
        text = self.name or (_translated("blocked") if s.blocked else (s.reserved or ""))
        if text:
            painter.setFont(_fonts()[min(len(text), 6)])
            painter.setPen(_BLACK if self.name else _GREY)
            painter.drawText(QRectF(box.left(), box.top() + box.height() * 0.3, box.width(), box.height() * 0.7),
                             Qt.AlignmentFlag.AlignCenter, text)


_BLOCKED = QBrush(QColor("#9e9e9e"))
_LOCK = QColor("#333333")
_GREY = QColor("#555555")
_BLACK = QColor("#000000")
_PEN = QPen(QColor("#444444"), 1)
_PEN_SELECTED = QPen(QColor("#1565c0"), 3)
_PEN_HIGHLIGHT = QPen(QColor("#d50000"), 4)
_BRUSHES: dict[str, QBrush] = {}
_FONTS: dict = {}


def _color(name: str) -> QBrush:
    brush = _BRUSHES.get(name)
    if brush is None:
        brush = _BRUSHES[name] = QBrush(QColor(name))
    return brush


def _fonts() -> dict:
    """Fonts made once (after the application exists): seat number, rank number, names by length."""
    if not _FONTS:
        small = QFont()
        small.setPixelSize(8)
        rank = QFont()
        rank.setPixelSize(13)
        rank.setBold(True)
        _FONTS.update(small=small, rank=rank)
        for length in range(1, 7):
            font = QFont()
            font.setPixelSize(12 if length <= 3 else max(7, 36 // length))
            _FONTS[length] = font
    return _FONTS


class SeatingScene(QGraphicsScene):
    """Builds the items from ``event.seating.plan()`` and keeps id → item maps."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items_by_seat: dict[int, SeatItem] = {}
        self.seat_of_attendee: dict[int, int] = {}
        self._highlight: SeatItem | None = None
        self.leaders_view = False

    def build(self, plan: list[Seat], names: dict[int, str], numbers: dict[int, int],
              leaders_view: bool = False) -> None:
        """Items for every seat. ``leaders_view`` (主席台视角): mirrored, the rostrum at the bottom."""
        # removeItem hands each item back to Python; QGraphicsScene.clear() deleting Python-made items
        # behind PySide's back crashes the interpreter at exit (refcount error).
        for item in self.items():
            if item.parentItem() is None:
                self.removeItem(item)
        _TRANSLATED.clear()                  # the interface language may have changed since the last build
        self.items_by_seat.clear()
        self.seat_of_attendee.clear()
        self._highlight = None
        self.leaders_view = leaders_view
        bands = _bands(plan)
        columns = max((max(s.x for s in seats) for _, _, seats in bands if seats), default=1)
        width = columns * SEAT_W
        y = 0.0
        for kind, row, seats in (reversed(bands) if leaders_view else bands):
            if kind == "stage":
                front = max((s.x for k, r, ss in bands if k == "rostrum" and r == 1 for s in ss), default=0)
                self._stage(width, y, (columns - front) / 2 if front else None, columns, front)
                y += STAGE_H
                continue
            height = ROSTRUM_H if kind == "rostrum" else SEAT_H
            offset = (columns - max(s.x for s in seats)) / 2 if kind == "rostrum" else 0
            for seat in seats:
                col = offset + seat.x - 1
                if leaders_view:
                    col = columns - 1 - col
                self._add_seat(seat, names, numbers, QRectF(LABEL_W + col * SEAT_W, y, SEAT_W, height))
            label = (QCoreApplication.translate("SeatingScene", "台%1排") if kind == "rostrum"
                     else QCoreApplication.translate("SeatingScene", "%1排")).replace("%1", str(row))
            self._row_labels(label, width, y, height)
            y += height
        self.setSceneRect(QRectF(-10, -10, width + 2 * LABEL_W + 20, y + 20))

    def _add_seat(self, seat: Seat, names: dict, numbers: dict, rect: QRectF) -> None:
        aid = seat.attendee_id
        item = SeatItem(seat, names.get(aid, "") if aid else "", numbers.get(aid), rect)
        self.addItem(item)
        self.items_by_seat[seat.id] = item
        if aid:
            self.seat_of_attendee[aid] = seat.id

    def set_view_label(self, text: str) -> None:
        """Which view the plan shows (every chart says so): placed at the top right."""
        label = QGraphicsSimpleTextItem(text)
        font = QFont()
        font.setPixelSize(16)
        font.setBold(True)
        label.setFont(font)
        rect = self.sceneRect()
        label.setPos(rect.right() - 110, rect.top() + 4)
        self.addItem(label)

    def _stage(self, width: float, y: float, front_offset: float | None, columns: int = 0, front: int = 0) -> None:
        rect = self.addRect(QRectF(LABEL_W, y + 6, width, STAGE_H - 12), QPen(Qt.PenStyle.NoPen), QBrush(QColor("#e0e0e0")))
        rect.setZValue(-1)
        if self.leaders_view:
            title = QCoreApplication.translate("SeatingScene", "▼ 主席台 ▼")
        else:
            title = QCoreApplication.translate("SeatingScene", "▲ 主席台 ▲")
        text = QGraphicsSimpleTextItem(title)
        text.setPos(LABEL_W + width / 2 - 30, y + 8)
        self.addItem(text)
        if front_offset is not None:
            # 发言席: front right of the rostrum in its own orientation, i.e. the audience's left
            col = max(0.0, front_offset - 2.2)
            if self.leaders_view:
                col = columns - col - 2
            x = LABEL_W + col * SEAT_W
            self.addRect(QRectF(x, y + 3, SEAT_W * 2, STAGE_H - 6), QPen(QColor("#444444")), QBrush(Qt.white))
            lectern = QGraphicsSimpleTextItem(QCoreApplication.translate("SeatingScene", "发言席"))
            lectern.setPos(x + SEAT_W - 18, y + 7)
            self.addItem(lectern)

    def _row_labels(self, label: str, width: float, y: float, height: float) -> None:
        for x in (4, LABEL_W + width + 6):
            text = QGraphicsSimpleTextItem(label)
            text.setPos(x, y + height / 2 - 8)
            self.addItem(text)

    def set_occupants(self, updates: dict[int, tuple[int | None, str, bool, int | None]]) -> None:
        """seat id → (attendee id, name, locked, rostrum number): repaint only those seats."""
        for seat_id, (aid, name, locked, number) in updates.items():
            item = self.items_by_seat.get(seat_id)
            if item is None:
                continue
            old = item.attendee_id
            if old and self.seat_of_attendee.get(old) == seat_id:
                del self.seat_of_attendee[old]
            item.set_occupant(aid, name, locked, number)
        for seat_id, (aid, _, _, _) in updates.items():
            if aid and seat_id in self.items_by_seat:
                self.seat_of_attendee[aid] = seat_id

    def item_for_attendee(self, attendee_id: int) -> SeatItem | None:
        seat_id = self.seat_of_attendee.get(attendee_id)
        return self.items_by_seat.get(seat_id) if seat_id else None

    def highlight(self, item: SeatItem | None) -> None:
        if self._highlight is not None and self._highlight.scene() is self:
            self._highlight.set_highlighted(False)
        self._highlight = item
        if item is not None:
            item.set_highlighted(True)

    def selected_seats(self) -> list[SeatItem]:
        return [i for i in self.selectedItems() if isinstance(i, SeatItem)]


def _bands(plan: list[Seat]) -> list[tuple[str, int, list[Seat]]]:
    """Rows from the top in the audience's view: rostrum back row first, the stage, hall row 1 ... last."""
    out = []
    for kind in ("rostrum", "hall"):
        sections = list(dict.fromkeys(s.section_id for s in plan if s.section_kind == kind))
        for sid in sections:
            mine = [s for s in plan if s.section_id == sid]
            for row in sorted({s.row for s in mine}, reverse=(kind == "rostrum")):
                out.append((kind, row, [s for s in mine if s.row == row]))
        if kind == "rostrum" and sections:
            out.append(("stage", 0, []))
    return out
