"""A fast grid table flowable for long report tables (thousands of rows).

reportlab's ``Table`` draws every cell with its own state changes and measures
rows again on every split; the 签到明细 of a 5,000-person event then takes
seconds. This flowable wraps each cell once (CJK text breaks between any two
characters), splits by simple arithmetic, repeats the header on every page and
draws all text of a page through one text object.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from ceremony.printing import break_lines

PAD_X = 3
MIN_TAIL = 3        # rows a split leaves at least on the following page
PAD_Y = 2.2
GRID = colors.HexColor("#999999")
HEADER_BG = colors.HexColor("#dfe7f3")
TOTAL_BG = colors.HexColor("#f2f2f2")


def wrap_text(text: str, font: str, size: float, width: float, measure: bool = True) -> tuple[list[str], list[float]]:
    """Lines of ``text`` no wider than ``width`` (Chinese breaking rules, 禁则) and their widths.

    With ``measure=False`` a text that surely fits (no glyph is wider than 1 em) is not measured
    and its width is given as 0 — left-aligned cells need no width.
    """
    if not measure and len(text) * size <= width:
        return [text], [0.0]
    full = stringWidth(text, font, size)
    if full <= width or len(text) <= 1:
        return [text], [full]
    lines = break_lines(text, font, size, width)
    return lines, [stringWidth(line, font, size) for line in lines]


class _Row:
    __slots__ = ("cells", "height")

    def __init__(self, cells, height):
        self.cells = cells          # per column: (lines, widths)
        self.height = height


class GridTable(Flowable):
    """Rows of text in a ruled grid; ``centred[i]`` centres column i; the last row may be a 合计 row."""

    def __init__(self, header, rows, widths, font, size, centred, total=False, _prepared=None):
        super().__init__()
        self.col_widths = list(widths)
        self.font, self.size, self.leading = font, size, size * 1.25
        self.centred = list(centred)
        self.total = total
        if _prepared is None:
            _prepared = (self._prepare(header, True), [self._prepare(r) for r in rows])
        self.header, self.rows = _prepared

    def _prepare(self, row, header: bool = False) -> _Row:
        cells = [wrap_text(text, self.font, self.size, w - 2 * PAD_X, header or centred)
                 for text, w, centred in zip(row, self.col_widths, self.centred)]
        lines = max(len(c[0]) for c in cells)
        return _Row(cells, lines * self.leading + 2 * PAD_Y)

    # --- layout ---------------------------------------------------------------------------
    def wrap(self, avail_width, avail_height):
        self.width = sum(self.col_widths)
        self.height = self.header.height + sum(r.height for r in self.rows)
        return self.width, self.height

    def split(self, avail_width, avail_height):
        room = avail_height - self.header.height
        fit = 0
        for row in self.rows:
            if row.height > room:
                break
            room -= row.height
            fit += 1
        if fit == 0 or fit == len(self.rows):
            return []
        if 0 < len(self.rows) - fit < MIN_TAIL < fit:      # no widow rows alone on the next page
            fit = len(self.rows) - MIN_TAIL
        first = GridTable(None, None, self.col_widths, self.font, self.size, self.centred, False,
                          (self.header, self.rows[:fit]))
        rest = GridTable(None, None, self.col_widths, self.font, self.size, self.centred, self.total,
                         (self.header, self.rows[fit:]))
        return [first, rest]

    # --- drawing ---------------------------------------------------------------------------
    def draw(self):
        canv = self.canv
        rows = [self.header] + self.rows
        tops, y = [], self.height
        for row in rows:
            tops.append(y)
            y -= row.height
        canv.saveState()
        canv.setFillColor(HEADER_BG)
        canv.rect(0, tops[0] - self.header.height, self.width, self.header.height, stroke=0, fill=1)
        if self.total:
            canv.setFillColor(TOTAL_BG)
            canv.rect(0, 0, self.width, self.rows[-1].height, stroke=0, fill=1)
        self._draw_grid(canv, tops)
        canv.setFillColor(colors.black)
        text = canv.beginText()
        text.setFont(self.font, self.size)
        for row, top in zip(rows, tops):
            self._draw_row(text, row, top, row is self.header)
        canv.drawText(text)
        canv.restoreState()

    def _draw_grid(self, canv, tops) -> None:
        canv.setStrokeColor(GRID)
        canv.setLineWidth(0.4)
        path = canv.beginPath()
        for y in tops + [0]:
            path.moveTo(0, y)
            path.lineTo(self.width, y)
        x = 0.0
        for w in [0.0] + self.col_widths:
            x += w
            path.moveTo(x, 0)
            path.lineTo(x, self.height)
        canv.drawPath(path, stroke=1, fill=0)

    def _draw_row(self, text, row, top, is_header) -> None:
        # Operators are appended directly: setTextOrigin/textOut would format every number with
        # reportlab's slow pure-Python fp_str and measure every string again (it is 2x faster so).
        code, encode = text._code, text._formatText
        x = 0.0
        baseline0 = top - PAD_Y - self.size
        for (lines, widths), w, centred in zip(row.cells, self.col_widths, self.centred):
            for i, (line, lw) in enumerate(zip(lines, widths)):
                if line:
                    dx = (w - lw) / 2 if centred or is_header else PAD_X
                    code.append(f"1 0 0 1 {x + dx:.2f} {baseline0 - i * self.leading:.2f} Tm {encode(line)}")
            x += w
