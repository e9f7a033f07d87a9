"""Fitting text into boxes the way Chinese printed matter does it.

Names never wrap: they shrink horizontally (a condensed face), then in size,
and only when even that fails does a layout refuse with :class:`NameTooLong`.
Two-character names are widened to the width of three (王  五), the usual
practice on badges and table cards so short names do not look lost.
"""

from __future__ import annotations


from ceremony.errors import CeremonyError
from ceremony.printing.pdf.draw import Text


def stringWidth(text: str, font: str, size: float) -> float:  # noqa: N802 - reportlab's name
    """reportlab's text width, imported on first use so the window opens without loading reportlab."""
    from reportlab.pdfbase.pdfmetrics import stringWidth as width
    return width(text, font, size)

MIN_HSCALE = 0.55     # narrower than this and strokes run together


class NameTooLong(CeremonyError):
    """A name that cannot fit on the chosen card even shrunk as far as it may go."""

    def __init__(self, name: str, where: str):
        super().__init__(f"姓名「{name}」太长，无法放入{where}，请换用更大的版式或缩短显示名 (name too long for {where})")
        self.name = name
        self.where = where


def is_cjk(text: str) -> bool:
    return bool(text) and all(ord(ch) >= 0x2E80 for ch in text)


def text_width(text: str, font: str, size: float, char_space: float = 0.0) -> float:
    """Visible width: glyph advances plus the extra space between (not after) characters."""
    return stringWidth(text, font, size) + char_space * max(len(text) - 1, 0)


def fit_text(text: str, font: str, box_x: float, baseline: float, box_w: float, size: float, *,
             color: str = "#000000", align: str = "center", widen_two: bool = False,
             min_size: float | None = None, strict_name: str = "") -> Text:
    """One line of ``text`` fitted into ``box_w`` points starting at ``box_x``.

    ``strict_name`` names the card for the error raised when the text cannot fit
    even at ``min_size`` and the narrowest horizontal scale; without it the text
    is squeezed further instead (units and titles must print whatever they say).
    """
    min_size = min_size or size
    widen = widen_two and len(text) == 2 and is_cjk(text)
    natural, space = _measure(text, font, size, widen)
    visible = natural + space * max(len(text) - 1, 0)
    hscale = 1.0
    if visible > box_w > 0:
        hscale = box_w / visible
        if hscale < MIN_HSCALE:
            shrunk = size * hscale / MIN_HSCALE
            if shrunk < min_size and strict_name:
                raise NameTooLong(text, strict_name)
            size = max(shrunk, min_size)
            natural, space = _measure(text, font, size, widen)
            visible = natural + space * max(len(text) - 1, 0)
            hscale = min(1.0, box_w / visible)
    width = visible * hscale
    x = box_x + {"left": 0.0, "center": (box_w - width) / 2, "right": box_w - width}[align]
    return Text(x, baseline, text, font, size, color, hscale, space)


def _measure(text: str, font: str, size: float, widen: bool) -> tuple[float, float]:
    natural = stringWidth(text, font, size)
    return natural, (natural / 2 if widen else 0.0)


def split_lines(text: str, font: str, size: float, box_w: float, max_lines: int = 2) -> list[str]:
    """Break ``text`` (Chinese breaks anywhere) into at most ``max_lines`` balanced lines."""
    if stringWidth(text, font, size) <= box_w or max_lines <= 1 or len(text) < 4:
        return [text]
    lines = min(max_lines, -(-int(stringWidth(text, font, size)) // int(box_w)) or 1)
    per = -(-len(text) // lines)
    parts = [text[i:i + per] for i in range(0, len(text), per)]
    # No line may start with closing punctuation (禁则): hand it back to the line before.
    for k in range(1, len(parts)):
        while parts[k] and parts[k][0] in NO_LINE_START:
            parts[k - 1] += parts[k][0]
            parts[k] = parts[k][1:]
    return [p for p in parts if p]


NO_LINE_START = "、，。；：！？）》」』”’·"
