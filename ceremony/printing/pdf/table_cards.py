"""Table cards (桌签): both faces of a fold, the top face turned 180° so each reads upright when folded."""

from __future__ import annotations

from dataclasses import dataclass

from ceremony.printing.pdf.draw import Group, Line, Op, Page, mm
from ceremony.printing.pdf.layouts import CardPreset, CardSlot
from ceremony.printing.pdf.text import NameTooLong, fit_text, is_cjk


@dataclass(frozen=True)
class CardData:
    name: str
    subline: str = ""           # optional small line: 职务 or 单位


def table_card_pages(cards: list[CardData], preset: CardPreset, font: str, bold: bool = False) -> list[Page]:
    """One page per ``len(preset.slots)`` cards, in the order given (rostrum seat order).

    ``bold`` draws the names filled and stroked: table cards are customarily bold, and a font with no bold
    face (the bundled one) is made bold that way; 黑体 needs no help."""
    pw, ph = mm(preset.page[0]), mm(preset.page[1])
    per = len(preset.slots)
    pages = []
    for start in range(0, len(cards), per):
        page = Page(pw, ph, label=f"桌签 {start + 1}–{min(start + per, len(cards))}")
        for card, slot in zip(cards[start:start + per], preset.slots):
            page.ops.extend(_card_ops(card, slot, font, preset.label, bold))
        pages.append(page)
    return pages


def _card_ops(card: CardData, slot: CardSlot, font: str, where: str, bold: bool = False) -> list:
    x, y, w, h = mm(slot.x), mm(slot.y), mm(slot.w), mm(slot.h)
    if slot.fold == "chair":
        return [Group(tuple(_chair_ops(card, w, h, font, where, bold)), x, y)] + _cut_lines(x, y, w, h)
    faces = 2 if slot.fold == "fold2" else 3
    fh = h / faces
    face = tuple(face_ops(card, w, fh, font, where, bold))
    ops: list[Op] = [
        Group(face, x, y + (faces - 2) * fh),            # the upright face, just below the top one
        Group(face, x + w, y + h, 180),                  # the top face, turned round
    ]
    for k in range(1, faces):                            # fold lines
        ops.append(Line(x + mm(3), y + k * fh, x + w - mm(3), y + k * fh, "#999999", 0.4, (4, 3)))
    if faces == 3:
        ops.append(fit_text("（底面 · 折叠后压在下方）", font, x, y + fh / 2, w, 9, color="#aaaaaa"))
    return ops + _cut_lines(x, y, w, h)


def face_ops(card: CardData, w: float, h: float, font: str, where: str, bold: bool = False) -> list:
    """One face in its own frame (0, 0)–(w, h): a big name, optionally a small line under it."""
    margin = max(w * 0.05, mm(6))
    size = h * (0.5 if card.subline else 0.58)
    sub_size = h * 0.11
    name_base = (h - size * 0.86) / 2 + (sub_size * 0.9 if card.subline else 0)
    ops = [fit_text(card.name, font, margin, name_base, w - 2 * margin, size, widen_two=True,
                    min_size=size * 0.55, strict_name="table_card", layout=where, bold=bold)]
    if card.subline:
        ops.append(fit_text(card.subline, font, margin, name_base - sub_size * 1.6, w - 2 * margin, sub_size,
                            color="#333333", min_size=sub_size * 0.6))
    return ops


def _chair_ops(card: CardData, w: float, h: float, font: str, where: str, bold: bool = False) -> list:
    """A vertical label: the name top to bottom, the small line across the foot."""
    chars = list(card.name)
    foot = h * 0.12 if card.subline else h * 0.05
    room = h - foot - mm(12)
    slots = 3 if len(chars) == 2 and is_cjk(card.name) else len(chars)      # widened two-character names
    size = min(w * 0.72, room / max(slots, 1) * 0.92)
    if size < w * 0.22:
        raise NameTooLong(card.name, "chair", where)
    step = room / slots
    ops = []
    positions = [0, 2] if slots == 3 and len(chars) == 2 else range(len(chars))
    top = h - mm(8)
    for ch, pos in zip(chars, positions):
        baseline = top - pos * step - (step + size * 0.72) / 2
        ops.append(fit_text(ch, font, 0, baseline, w, size, bold=bold))
    if card.subline:
        ops.append(fit_text(card.subline, font, mm(3), foot * 0.45, w - mm(6), min(foot * 0.35, 14),
                            color="#333333", min_size=6))
    return ops


def _cut_lines(x: float, y: float, w: float, h: float) -> list:
    return [Line(x, y, x + w, y, "#cccccc", 0.3, (2, 2)), Line(x, y, x, y + h, "#cccccc", 0.3, (2, 2)),
            Line(x + w, y, x + w, y + h, "#cccccc", 0.3, (2, 2)), Line(x, y + h, x + w, y + h, "#cccccc", 0.3, (2, 2))]
