"""The display list every layout produces and every backend draws.

Units are PDF points (1/72 inch), origin at the bottom left, y up. Texts carry
their final geometry (left x, baseline y, horizontal scale, extra character
space), so backends need no font metrics of their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

MM = 72 / 25.4


def mm(value: float) -> float:
    """Millimetres to points."""
    return value * MM


@dataclass(frozen=True, slots=True)
class Text:
    x: float                    # left edge of the first glyph
    y: float                    # baseline
    text: str
    font: str                   # reportlab font name (ceremony.fonts)
    size: float
    color: str = "#000000"
    hscale: float = 1.0         # horizontal shrink (1 = natural width)
    char_space: float = 0.0     # extra space after every character, in points (widening)
    bold: bool = False          # drawn bold: filled and stroked (fonts with no bold face, e.g. the bundled one)


BOLD_STROKE = 0.035             # outline width of bold text, as a share of its size


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str | None = None
    stroke: str | None = None
    width: float = 0.5


@dataclass(frozen=True, slots=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    color: str = "#000000"
    width: float = 0.5
    dash: tuple[float, ...] = ()


@dataclass(frozen=True, slots=True)
class Polygon:
    points: tuple[tuple[float, float], ...]
    fill: str = "#000000"


@dataclass(frozen=True, slots=True)
class QR:
    x: float                    # bottom-left corner of the symbol (quiet zone lies outside)
    y: float
    size: float
    data: str


@dataclass(frozen=True, slots=True)
class Group:
    """Ops drawn in a local frame: moved to (ox, oy), then rotated by ``angle`` degrees (counter-clockwise)."""

    ops: tuple
    ox: float = 0.0
    oy: float = 0.0
    angle: float = 0.0


Op = Text | Rect | Line | Polygon | QR | Group   # what a page is drawn from
PrintItem = tuple[int | None, int | None, str]  # (attendee id, attendee version, content digest)


@dataclass(slots=True)
class Page:
    width: float
    height: float
    ops: list[Op] = field(default_factory=list)
    label: str = ""             # what the preview lists ("胸卡 1–8")

    def add(self, *ops: Op) -> Page:
        self.ops.extend(ops)
        return self


@dataclass(slots=True)
class Document:
    """Pages plus what the print log records once they are printed or saved."""

    kind: str                   # badge, table_card, signin_sheet, sign
    layout: str
    pages: list[Page]
    title: str = ""
    # (attendee_id, attendee_version, content digest) per printed item; empty for sheets and signs.
    items: Sequence[PrintItem] = field(default_factory=list)

    @property
    def page_count(self) -> int:
        return len(self.pages)
