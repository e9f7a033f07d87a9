"""Badge (参会证/嘉宾证) faces: the ops for one badge in its own frame (0, 0)–(w, h), in points."""

from __future__ import annotations

from dataclasses import dataclass

from ceremony.printing.pdf.draw import QR, Op, Rect, mm
from ceremony.printing.pdf.text import fit_text, split_lines

# Fields a user may switch off; name, class text and colour band always show.
OPTIONAL_FIELDS = ("event_name", "unit", "title", "seat", "badge_no", "qr")
DEFAULT_FIELDS = frozenset(OPTIONAL_FIELDS)
DARK = "#1a1a1a"


@dataclass(frozen=True)
class BadgeData:
    name: str
    unit: str
    title: str
    class_text: str
    color: str
    seat: str
    badge_no: str
    code: str
    event_name: str


def text_color_on(fill: str) -> str:
    """Black or white, whichever reads better on ``fill`` (class text on the colour band)."""
    value = fill.lstrip("#")
    try:
        r, g, b = (int(value[i:i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        return "#ffffff"
    return "#000000" if 0.299 * r + 0.587 * g + 0.114 * b > 160 else "#ffffff"


def badge_ops(data: BadgeData, w: float, h: float, font: str, fields=DEFAULT_FIELDS) -> list:
    """Every op of one badge; portrait sizes stack, landscape (ID-1) puts the QR at the right."""
    ops: list[Op] = [Rect(0, 0, w, h, stroke="#bbbbbb", width=0.3)]
    if w <= h:
        ops += _portrait(data, w, h, font, fields)
    else:
        ops += _landscape(data, w, h, font, fields)
    return ops


def _portrait(d: BadgeData, w: float, h: float, font: str, fields) -> list:
    u = w / mm(80)                      # everything scales with the width of the 80 mm badge
    m = mm(5) * u
    ops: list[Op] = []
    top = h - m
    if "event_name" in fields and d.event_name:
        size = 11 * u
        for line in split_lines(d.event_name, font, size, w - 2 * m, 2):
            top -= size * 1.15
            ops.append(fit_text(line, font, m, top, w - 2 * m, size, color=DARK))
        top -= mm(2) * u
    band = mm(14) * u
    top -= band
    ops.append(Rect(0, top, w, band, fill=d.color))
    ops.append(fit_text(d.class_text, font, m, top + band * 0.27, w - 2 * m, band * 0.58,
                        color=text_color_on(d.color), widen_two=True))
    show_qr = "qr" in fields and d.code
    qr_size = mm(30) * u if show_qr else 0
    bottom = m + (mm(4.5) * u if "badge_no" in fields else 0)
    name_size = min(38 * u, (top - bottom - qr_size) * 0.33)
    top -= mm(5) * u + name_size * 0.88
    ops.append(fit_text(d.name, font, m, top, w - 2 * m, name_size, widen_two=True,
                        min_size=name_size * 0.45, strict_name="badge"))
    top -= mm(3) * u
    for line, size in _detail_lines(d, font, w - 2 * m, u, fields):
        top -= size * 1.25
        ops.append(fit_text(line, font, m, top, w - 2 * m, size, color=DARK, min_size=size * 0.7))
    if show_qr:
        ops.append(QR((w - qr_size) / 2, bottom + mm(1) * u, qr_size, d.code))
    if "badge_no" in fields and d.badge_no:
        ops.append(fit_text(f"No. {d.badge_no}", font, m, m, w - 2 * m, 8 * u, color="#555555"))
    return ops


def _detail_lines(d: BadgeData, font: str, width: float, u: float, fields) -> list[tuple[str, float]]:
    lines = []
    if "unit" in fields and d.unit:
        lines += [(line, 11 * u) for line in split_lines(d.unit, font, 11 * u, width, 2)]
    if "title" in fields and d.title:
        lines.append((d.title, 10 * u))
    if "seat" in fields and d.seat:
        lines.append((f"座位：{d.seat}", 12 * u))          # what a guest looks for first
    return lines


def _landscape(d: BadgeData, w: float, h: float, font: str, fields) -> list:
    u = h / mm(54)
    m = mm(3.5) * u
    band = mm(11) * u
    ops: list[Op] = [Rect(0, h - band, w, band, fill=d.color)]
    ops.append(fit_text(d.class_text, font, m, h - band * 0.75, w - 2 * m, band * 0.6,
                        color=text_color_on(d.color), widen_two=True))
    show_qr = "qr" in fields and d.code
    qr_size = mm(24) * u if show_qr else 0
    text_w = w - 2 * m - (qr_size + m if show_qr else 0)
    top = h - band - m
    if "event_name" in fields and d.event_name:
        top -= 7 * u
        ops.append(fit_text(d.event_name, font, m, top, w - 2 * m, 7 * u, color=DARK, align="left"))
    name_size = 24 * u
    top -= name_size + mm(1) * u
    ops.append(fit_text(d.name, font, m, top, text_w, name_size, widen_two=True, align="left",
                        min_size=name_size * 0.45, strict_name="badge"))
    for line, size in _detail_lines(d, font, text_w, u * 0.75, fields)[:3]:
        top -= size * 1.3
        ops.append(fit_text(line, font, m, top, text_w, size, color=DARK, align="left", min_size=size * 0.7))
    if show_qr:
        ops.append(QR(w - m - qr_size, m + mm(3) * u, qr_size, d.code))
    if "badge_no" in fields and d.badge_no:
        x = w - m - qr_size if show_qr else m
        ops.append(fit_text(f"No. {d.badge_no}", font, x, m * 0.6, qr_size or text_w, 6.5 * u, color="#555555"))
    return ops
