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

    def __init__(self, name: str, card: str, layout: str = ""):
        """``card``: badge, table_card or chair; ``layout``: the preset's label."""
        super().__init__(f"print.name_too_long.{card}", name=name, layout=layout)
        self.name = name
        self.where = card


def is_cjk(text: str) -> bool:
    return bool(text) and all(ord(ch) >= 0x2E80 for ch in text)


def text_width(text: str, font: str, size: float, char_space: float = 0.0) -> float:
    """Visible width: glyph advances plus the extra space between (not after) characters."""
    return stringWidth(text, font, size) + char_space * max(len(text) - 1, 0)


def fit_text(text: str, font: str, box_x: float, baseline: float, box_w: float, size: float, *,
             color: str = "#000000", align: str = "center", widen_two: bool = False,
             min_size: float | None = None, strict_name: str = "", bold: bool = False, layout: str = "") -> Text:
    """One line of ``text`` fitted into ``box_w`` points starting at ``box_x``.

    ``strict_name`` names the card (badge, table_card) for the error raised when the text cannot fit
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
                raise NameTooLong(text, strict_name, layout)
            size = max(shrunk, min_size)
            natural, space = _measure(text, font, size, widen)
            visible = natural + space * max(len(text) - 1, 0)
            hscale = min(1.0, box_w / visible)
    width = visible * hscale
    x = box_x + {"left": 0.0, "center": (box_w - width) / 2, "right": box_w - width}[align]
    return Text(x, baseline, text, font, size, color, hscale, space, bold)


def _measure(text: str, font: str, size: float, widen: bool) -> tuple[float, float]:
    natural = stringWidth(text, font, size)
    return natural, (natural / 2 if widen else 0.0)


def split_lines(text: str, font: str, size: float, box_w: float, max_lines: int = 2) -> list[str]:
    """Break ``text`` into at most ``max_lines`` balanced lines, keeping the line-breaking rules (禁则)."""
    if stringWidth(text, font, size) <= box_w or max_lines <= 1 or len(text) < 4:
        return [text]
    lines = min(max_lines, -(-int(stringWidth(text, font, size)) // int(box_w)) or 1)
    per = -(-len(text) // lines)
    cuts = [_legal_cut(text, k * per, k * per - per + 1) for k in range(1, lines)]
    bounds = [0] + cuts + [len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:]) if a < b]


# Chinese line-breaking rules (禁则, GB/T 15834 practice): closing punctuation never starts a line,
# opening brackets and quotes never end one.
NO_LINE_START = "、，。．；：！？）》」』】〕〉”’·…—,.;:!?)]}%℃"
NO_LINE_END = "（《「『【〔〈“‘([{"
_UNBREAKABLE = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.-_@/:%")


def break_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines no wider than ``width`` points, broken between characters as Chinese is set, keeping 禁则
    and not splitting a run of Latin letters or digits (a phone number, 2020) when it can be helped."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        start, used = 0, 0.0
        for i, ch in enumerate(paragraph):
            w = stringWidth(ch, font, size)
            if used + w > width and i > start:
                cut = _legal_cut(paragraph, i, start + 1)
                lines.append(paragraph[start:cut])
                start, used = cut, stringWidth(paragraph[cut:i], font, size)
            used += w
        lines.append(paragraph[start:])
    return lines


def _legal_cut(text: str, cut: int, lowest: int) -> int:
    """The break at or before ``cut`` (not before ``lowest``) that keeps the rules; ``cut`` if none does."""
    for keep_words in (True, False):        # a Latin run longer than the line may be split; 禁则 stays
        for k in range(cut, max(lowest, 1) - 1, -1):
            if _may_break(text, k, keep_words):
                return k
    return cut


def _may_break(text: str, k: int, keep_words: bool = True) -> bool:
    before, after = text[k - 1], text[k] if k < len(text) else ""
    if after in NO_LINE_START or before in NO_LINE_END:
        return False
    return not (keep_words and before in _UNBREAKABLE and after in _UNBREAKABLE)


def kinsoku_paragraph(text: str, style):
    """A reportlab Paragraph of plain ``text`` broken by :func:`break_lines` once its width is known
    (reportlab's own CJK wrapping lets a line start with ，；：？！》 and end with （)."""
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph

    class _Kinsoku(Paragraph):
        # Only the paragraph made here breaks ``text``: the parts reportlab's split() makes of it (same class,
        # built from the lines already broken) must not start again from the whole text — that made a
        # paragraph longer than a page repeat itself for ever (the absent list of a 5,000-person report).
        _source: str | None = None

        def wrap(self, avail_width, avail_height):
            if self._source is not None and getattr(self, "_broken_for", None) != avail_width:
                usable = avail_width - self.style.leftIndent - self.style.rightIndent - 0.01
                lines = break_lines(self._source, self.style.fontName, self.style.fontSize, usable)
                Paragraph.__init__(self, "<br/>".join(escape(line) for line in lines), self.style)
                self._broken_for = avail_width
            return super().wrap(avail_width, avail_height)

    paragraph = _Kinsoku(escape(text), style)
    paragraph._source = text
    return paragraph
