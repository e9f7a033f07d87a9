"""Signage: 签到处, zone signs, direction arrows and the welcome sign — A4 or A3, landscape."""

from __future__ import annotations

from dataclasses import dataclass

from ceremony.printing.pdf.draw import Op, Page, Polygon, Rect, mm
from ceremony.printing.pdf.badges import text_color_on
from ceremony.printing.pdf.text import fit_text, split_lines

PAPER = {"A4": (297.0, 210.0), "A3": (420.0, 297.0)}
DIRECTIONS = ("left", "right", "up", "down")


@dataclass(frozen=True)
class SignSpec:
    kind: str                   # checkin, zone, arrow, welcome
    text: str
    color: str = "#c00000"
    direction: str = ""         # arrows: left, right, up (straight ahead), down
    small: str = ""             # a line under or over the big text (event name, theme)


def sign_pages(signs: list[SignSpec], paper: str, font: str) -> list[Page]:
    w, h = (mm(v) for v in PAPER[paper])
    pages = []
    for spec in signs:
        page = Page(w, h, label=f"{spec.text}")
        page.ops.extend(_SIGN_DRAWERS[spec.kind](spec, w, h, font))
        pages.append(page)
    return pages


def _big(text: str, box_w: float, most: float) -> float:
    """The largest size at which ``text`` fits its box without squeezing (CJK glyphs are square)."""
    return min(most, box_w / max(len(text), 1) * 0.97)


def _checkin(spec: SignSpec, w: float, h: float, font: str) -> list:
    band = h * 0.08
    ops: list[Op] = [Rect(0, h - band, w, band, fill=spec.color), Rect(0, 0, w, band, fill=spec.color)]
    if spec.small:
        ops.append(fit_text(spec.small, font, w * 0.06, h - band - h * 0.13, w * 0.88, h * 0.06, color="#333333"))
    ops.append(fit_text(spec.text, font, w * 0.06, h * 0.3, w * 0.88, _big(spec.text, w * 0.88, h * 0.36),
                        widen_two=True))
    return ops


def _zone(spec: SignSpec, w: float, h: float, font: str) -> list:
    band = h * 0.16
    ops: list[Op] = [Rect(0, h - band, w, band, fill=spec.color), Rect(0, 0, w, h, stroke=spec.color, width=6)]
    if spec.small:
        ops.append(fit_text(spec.small, font, w * 0.05, h - band * 0.68, w * 0.9, band * 0.45,
                              color=text_color_on(spec.color)))
    ops.append(fit_text(spec.text, font, w * 0.06, h * 0.3, w * 0.88, _big(spec.text, w * 0.88, h * 0.3),
                        widen_two=True))
    return ops


def _arrow(spec: SignSpec, w: float, h: float, font: str) -> list:
    ops: list[Op] = [fit_text(spec.text, font, w * 0.06, h * 0.66, w * 0.88, _big(spec.text, w * 0.88, h * 0.2),
                    widen_two=True)]
    ops.append(Polygon(_arrow_points(spec.direction or "right", w / 2, h * 0.32, h * 0.44), spec.color))
    return ops


def _arrow_points(direction: str, cx: float, cy: float, length: float):
    """A block arrow pointing ``direction``, centred at (cx, cy)."""
    half, shaft, head = length / 2, length * 0.14, length * 0.42
    right = ((-half, -shaft), (half - head, -shaft), (half - head, -head * 0.75), (half, 0),
             (half - head, head * 0.75), (half - head, shaft), (-half, shaft))
    turn = {"right": (1, 0, 0, 1), "left": (-1, 0, 0, 1), "up": (0, -1, 1, 0), "down": (0, 1, -1, 0)}
    a, b, c, d = turn.get(direction, turn["right"])
    return tuple((cx + a * x + b * y, cy + c * x + d * y) for x, y in right)


def _welcome(spec: SignSpec, w: float, h: float, font: str) -> list:
    ops: list[Op] = [Rect(0, 0, w, h, fill="#b30000")]
    y = h * 0.72
    for line in split_lines(spec.text, font, h * 0.12, w * 0.88, 2):
        ops.append(fit_text(line, font, w * 0.06, y, w * 0.88, h * 0.12, color="#ffd700"))
        y -= h * 0.16
    if spec.small:
        for line in spec.small.split("\n"):
            ops.append(fit_text(line, font, w * 0.06, y - h * 0.04, w * 0.88, h * 0.06, color="#ffffff"))
            y -= h * 0.09
    return ops


_SIGN_DRAWERS = {"checkin": _checkin, "zone": _zone, "arrow": _arrow, "welcome": _welcome}
SIGN_KINDS = tuple(_SIGN_DRAWERS)
