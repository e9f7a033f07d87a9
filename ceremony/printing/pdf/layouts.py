"""Size presets and imposition: badges one per page or N-up with cut marks; table-card sheets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ceremony.errors import ValidationError
from ceremony.messages import QT_TRANSLATE_NOOP
from ceremony.printing.pdf.draw import Group, Line, Op, Page, mm

# Badge sizes (width × height in mm) — docs/protocol.md#badges; any "WxH" is accepted too.
BADGE_SIZES = {
    "80x118": QT_TRANSLATE_NOOP("Domain", "80×118 mm（常用）"),
    "90x130": QT_TRANSLATE_NOOP("Domain", "90×130 mm"),
    "100x140": QT_TRANSLATE_NOOP("Domain", "100×140 mm"),
    "85.6x54": QT_TRANSLATE_NOOP("Domain", "85.6×54 mm（证卡 ID-1）"),
    "90x65": QT_TRANSLATE_NOOP("Domain", "90×65 mm（A4 八拼）"),
}
DEFAULT_BADGE = "80x118"
SHEETS: dict[str, tuple[float, float] | None] = {"single": None, "a4": (210.0, 297.0), "a3": (297.0, 420.0)}
SHEET_MARGIN_MM = 10.0       # room for the cut marks
CUT_MARK_MM = 5.0


def parse_size(name: str) -> tuple[float, float]:
    """'80x118' → (80.0, 118.0) in mm."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*[x×*]\s*(\d+(?:\.\d+)?)\s*(?:mm)?\s*", name or "")
    if not match:
        raise ValidationError("print.bad_size", value=name)
    w, h = float(match.group(1)), float(match.group(2))
    if not (20 <= w <= 420 and 20 <= h <= 420):
        raise ValidationError("print.size_out_of_range", value=name)
    return w, h


@dataclass(frozen=True)
class Arrangement:
    """How badges sit on a sheet: a grid of cells, the sheet upright or turned, the badges turned or not."""

    cols: int
    rows: int
    sheet_mm: tuple[float, float]       # as printed (landscape when turned)
    rotated: bool                       # badges turned 90° to fit more per sheet

    @property
    def per_sheet(self) -> int:
        return self.cols * self.rows


def arrangement_for(badge_mm: tuple[float, float], sheet: str) -> Arrangement:
    """The arrangement that fits the most badges on ``sheet`` inside the cut-mark margin.

    Tries the sheet upright and turned and the badge upright and turned (100×140 on A4: one upright,
    two turned); on a tie the badges stay upright and the sheet portrait."""
    if sheet not in SHEETS:
        raise ValidationError("print.bad_sheet", value=sheet)
    size = SHEETS[sheet]
    if size is None:
        return Arrangement(1, 1, badge_mm, False)
    best: Arrangement | None = None
    for sheet_mm in (size, (size[1], size[0])):
        for rotated in (False, True):
            cw, ch = (badge_mm[1], badge_mm[0]) if rotated else badge_mm
            cols = int((sheet_mm[0] - 2 * SHEET_MARGIN_MM) // cw)
            rows = int((sheet_mm[1] - 2 * SHEET_MARGIN_MM) // ch)
            candidate = Arrangement(cols, rows, sheet_mm, rotated)
            if cols >= 1 and rows >= 1 and (best is None or candidate.per_sheet > best.per_sheet):
                best = candidate
    if best is None:
        raise ValidationError("print.badge_too_big", width=f"{badge_mm[0]:g}", height=f"{badge_mm[1]:g}",
                              sheet=sheet.upper())
    return best


def grid_for(badge_mm: tuple[float, float], sheet: str) -> tuple[int, int]:
    """Columns and rows of badges per sheet in the best arrangement."""
    found = arrangement_for(badge_mm, sheet)
    return found.cols, found.rows


def impose(items: list[list[Op]], badge_mm: tuple[float, float], sheet: str, label: str = "") -> list[Page]:
    """Place badge op lists on pages: one per page (``single``) or N-up with cut marks, as many per
    sheet as fit (badges turned 90° when that fits more)."""
    bw, bh = mm(badge_mm[0]), mm(badge_mm[1])
    found = arrangement_for(badge_mm, sheet)
    if SHEETS.get(sheet) is None:
        return [Page(bw, bh, list(ops), f"{label} {i + 1}") for i, ops in enumerate(items)]
    cols, rows = found.cols, found.rows
    cw, ch = (bh, bw) if found.rotated else (bw, bh)
    sw, sh = (mm(v) for v in found.sheet_mm)
    x0, y0 = (sw - cols * cw) / 2, (sh - rows * ch) / 2
    per_page = found.per_sheet
    pages = []
    for start in range(0, len(items), per_page):
        page = Page(sw, sh, label=f"{label} {start + 1}–{min(start + per_page, len(items))}")
        for k, ops in enumerate(items[start:start + per_page]):
            col, row = k % cols, k // cols
            x, y = x0 + col * cw, sh - y0 - (row + 1) * ch          # the cell's bottom-left corner
            # Turned badges are rotated 90° counter-clockwise about the cell's bottom-right corner.
            page.ops.append(Group(tuple(ops), x + cw, y, 90.0) if found.rotated else Group(tuple(ops), x, y))
        page.ops.extend(cut_marks(x0, y0, cols, rows, cw, ch, sh))
        pages.append(page)
    return pages


def cut_marks(x0: float, y0: float, cols: int, rows: int, bw: float, bh: float, sh: float) -> list[Line]:
    """Short marks in the margin on every cut line, outside the printed area."""
    gap, length = mm(2), mm(CUT_MARK_MM)
    top, bottom = sh - y0, sh - y0 - rows * bh
    right = x0 + cols * bw
    marks = []
    for c in range(cols + 1):
        x = x0 + c * bw
        marks.append(Line(x, top + gap, x, top + gap + length, width=0.3))
        marks.append(Line(x, bottom - gap, x, bottom - gap - length, width=0.3))
    for r in range(rows + 1):
        y = top - r * bh
        marks.append(Line(x0 - gap, y, x0 - gap - length, y, width=0.3))
        marks.append(Line(right + gap, y, right + gap + length, y, width=0.3))
    return marks


# --- table cards -----------------------------------------------------------------------------
@dataclass(frozen=True)
class CardSlot:
    x: float        # mm from the page's bottom left
    y: float
    w: float
    h: float
    fold: str       # "fold2" (two faces), "fold3" (two faces and a base), "chair" (one vertical label)


@dataclass(frozen=True)
class CardPreset:
    key: str
    label: str
    page: tuple[float, float]
    slots: tuple[CardSlot, ...]


TABLE_CARD_PRESETS = {p.key: p for p in (
    CardPreset("a4_fold", QT_TRANSLATE_NOOP("Domain", "A4 横向对折（297×105 ×2）"), (297, 210),
               (CardSlot(0, 0, 297, 210, "fold2"),)),
    CardPreset("a4_trifold", QT_TRANSLATE_NOOP("Domain", "A4 三折（297×70 ×3）"), (297, 210),
               (CardSlot(0, 0, 297, 210, "fold3"),)),
    CardPreset("200x100", QT_TRANSLATE_NOOP("Domain", "200×100"), (200, 200), (CardSlot(0, 0, 200, 200, "fold2"),)),
    CardPreset("180x70", QT_TRANSLATE_NOOP("Domain", "180×70（A4 两张）"), (210, 297),
               (CardSlot(15, 148.5, 180, 140, "fold2"), CardSlot(15, 8.5, 180, 140, "fold2"))),
    CardPreset("190x178", QT_TRANSLATE_NOOP("Domain", "190×178 卡纸"), (190, 178),
               (CardSlot(0, 0, 190, 178, "fold2"),)),
    CardPreset("chair", QT_TRANSLATE_NOOP("Domain", "椅背贴（A4 横向 5 张，竖排）"), (297, 210),
               tuple(CardSlot(i * 59.4, 0, 59.4, 210, "chair") for i in range(5))),
)}
DEFAULT_TABLE_CARD = "a4_fold"


def table_card_preset(key: str) -> CardPreset:
    try:
        return TABLE_CARD_PRESETS[key]
    except KeyError:
        names = ", ".join(TABLE_CARD_PRESETS)
        raise ValidationError("print.bad_preset", value=key, names=names) from None
