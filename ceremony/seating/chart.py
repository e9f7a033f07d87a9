"""Seating charts as PDF (docs/protocol.md#seating-chart): the 座次图, the 主席台桌签摆放单 and per-zone lists.

The chart draws the rostrum and the hall to scale on one A3 or A4 landscape page,
in the audience's view (rostrum on top) or the leaders' view (mirrored, rostrum at
the bottom), says which view it shows, prints row numbers on both sides and a
legend of the zones.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ceremony.errors import Cancelled
from ceremony.fileio import atomic_output
from ceremony.fonts import drawable, register_font
from ceremony.models import Seat
from ceremony.printing import break_lines
from ceremony.roster import pad_name
from ceremony.seating.service import rostrum_numbers

if TYPE_CHECKING:
    from ceremony.event import Event

MM = 72 / 25.4
PAPERS = {"A3": (420 * MM, 297 * MM), "A4": (297 * MM, 210 * MM)}
VIEW_LABEL = {"audience": "台下视角", "rostrum": "主席台视角"}
KINDS = ("chart", "cards", "zones", "all")


NAME_HEIGHT_ROSTRUM = 0.26     # a name's nominal size as a share of its seat box's height
NAME_HEIGHT_HALL = 0.36


def write_seating_pdf(event, path: Path | str, paper: str = "A3", view: str = "audience", kind: str = "all") -> int:
    """Write the chosen seating documents to one PDF and log the print; returns the number of pages."""
    pages = render_seating_pdf(ChartData(event), path, paper, view, kind)
    log_chart(event, path, paper, view, kind)
    return pages


def render_seating_pdf(data: ChartData, path: Path | str, paper: str = "A3", view: str = "audience",
                       kind: str = "all", cancelled=lambda: False) -> int:
    """Render from data read beforehand (no database access: safe in a worker thread).

    ``cancelled()`` is asked between documents; when it says so, :class:`Cancelled` is raised and
    no file is left behind.
    """
    from reportlab.pdfgen.canvas import Canvas

    font = register_font()
    with atomic_output(path) as tmp:
        canvas = Canvas(str(tmp), pagesize=PAPERS[paper], initialFontName=font)
        canvas.setTitle(f"{data.title} 座次图")
        pages = 0
        for part, draw in (("chart", lambda: _chart_page(canvas, data, font, paper, view)),
                           ("cards", lambda: _cards_pages(canvas, data, font, paper)),
                           ("zones", lambda: _zone_pages(canvas, data, font, paper))):
            if kind in (part, "all"):
                if cancelled():
                    raise Cancelled()
                pages += draw()
        canvas.save()
    return pages


def log_chart(event: Event, path, paper: str, view: str, kind: str) -> None:
    with event.repo.transaction():
        event.repo.insert_print(event.now_text(), "seating_chart", None, None, f"{paper}/{view}/{kind}", str(path))


class ChartData:
    """Everything the pages show, read once."""

    def __init__(self, event: Event):
        info = event.info
        self.title = info.name
        self.when = info.starts_at.strftime("%Y年%m月%d日 %H:%M").replace("年0", "年").replace("月0", "月")
        self.place = place_text(info.venue, event.setting("venue_name") or "")
        self.seats = event.repo.seat_rows()
        self.people = {p.id: p for p in event.attendees()}
        self.numbers = rostrum_numbers(self.seats, self.people)
        self.zones = event.repo.zones()
        self.rules = event.seating.rules()


def place_text(venue: str, hall: str) -> str:
    """"东莞市电子科技学校 学术报告厅": the school once, even when the hall's name already starts with it."""
    venue, hall = venue.strip(), hall.strip()
    if not venue or venue in hall:
        return hall or venue
    if not hall or hall in venue:
        return venue
    return f"{venue} {hall}"


# --- the chart ----------------------------------------------------------------------------------------
def _chart_page(canvas, data: ChartData, font: str, paper: str, view: str) -> int:
    width, height = PAPERS[paper]
    margin = 12 * MM
    top = height - margin
    canvas.setFont(font, 20 if paper == "A3" else 16)
    canvas.drawCentredString(width / 2, top - 16, f"{data.title} 座次图")
    canvas.setFont(font, 10)
    canvas.drawCentredString(width / 2, top - 32, f"时间：{data.when}    地点：{data.place}")
    _view_badge(canvas, font, width - margin, top - 4, VIEW_LABEL[view])
    legend_h = 16 * MM
    area = (margin + 10 * MM, margin + legend_h, width - 2 * margin - 20 * MM, top - 44 - margin - legend_h)
    _draw_plan(canvas, data, font, area, view)
    _legend(canvas, data, font, margin, margin, width - 2 * margin)
    canvas.showPage()
    return 1


def _view_badge(canvas, font: str, right: float, top: float, label: str) -> None:
    canvas.setFont(font, 14)
    w = canvas.stringWidth(label, font, 14) + 12
    canvas.setLineWidth(1.5)
    canvas.rect(right - w, top - 22, w, 22)
    canvas.drawCentredString(right - w / 2, top - 16, label)


def _grid(data: ChartData) -> tuple[list, dict]:
    """Row bands from the top of the page in the audience's view: rostrum back row first ... hall last row."""
    bands: list[tuple[str, int | None, int, list[Seat]]] = []
    widths: dict[int, int] = {}
    for kind in ("rostrum", "hall"):
        sections = list(dict.fromkeys(s.section_id for s in data.seats if s.section_kind == kind))
        for sid in sections:
            mine = [s for s in data.seats if s.section_id == sid]
            rows = sorted({s.row for s in mine}, reverse=(kind == "rostrum"))
            widths[sid] = max(s.x for s in mine)
            for row in rows:
                bands.append((kind, sid, row, [s for s in mine if s.row == row]))
        if kind == "rostrum" and sections:
            bands.append(("stage", None, 0, []))
    return bands, widths


def _draw_plan(canvas, data: ChartData, font: str, area, view: str) -> None:
    x0, y0, w, h = area
    bands, widths = _grid(data)
    if not bands:
        return
    columns = max(widths.values())
    cell_w = w / columns
    cell_h = min(h / len(bands), cell_w * 1.1 if columns > 12 else 40)
    rostrum_h = cell_h * 1.6
    heights = [rostrum_h if b[0] == "rostrum" else (cell_h * 0.6 if b[0] == "stage" else cell_h) for b in bands]
    scale = min(1.0, h / sum(heights))
    heights = [hh * scale for hh in heights]
    order = list(range(len(bands))) if view == "audience" else list(reversed(range(len(bands))))
    name_size = _name_size(canvas, font, cell_w, bands, heights)
    y = y0 + h
    for index in order:
        kind, sid, row, seats = bands[index]
        band_h = heights[index]
        y -= band_h
        if kind == "stage":
            canvas.setFillColorRGB(0.9, 0.9, 0.9)
            canvas.rect(x0, y + band_h * 0.15, w, band_h * 0.7, stroke=0, fill=1)
            canvas.setFillColorRGB(0, 0, 0)
            canvas.setFont(font, max(8, band_h * 0.5))
            canvas.drawCentredString(x0 + w / 2, y + band_h * 0.3, "▲ 主席台 ▲" if view == "audience" else "▼ 主席台 ▼")
            _lectern(canvas, font, x0, y, cell_w, band_h, columns, _front_rostrum_width(bands), view)
            continue
        # each rostrum row is centred on its own; hall rows keep their physical positions
        offset = (columns - max(s.x for s in seats)) / 2 if kind == "rostrum" and seats else 0
        for seat in seats:
            col = offset + seat.x - 1
            if view == "rostrum":
                col = columns - 1 - col
            _seat_box(canvas, data, font, x0 + col * cell_w, y, cell_w, band_h, seat, kind, name_size)
        _row_numbers(canvas, font, x0, w, y, band_h, kind, row)


def _front_rostrum_width(bands) -> int:
    front = [seats for kind, _, row, seats in bands if kind == "rostrum" and row == 1 and seats]
    return max(s.x for s in front[0]) if front else 0


def _lectern(canvas, font: str, x0: float, y: float, cell_w: float, band_h: float, columns: int, front: int,
             view: str) -> None:
    """发言席: front right of the rostrum in its own orientation = the audience's left of the front row."""
    if not front:
        return
    col = max(0.0, (columns - front) / 2 - 2.2)
    if view == "rostrum":
        col = columns - col - 2
    x = x0 + col * cell_w
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y + band_h * 0.1, cell_w * 2, band_h * 0.8, stroke=1, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    _fit(canvas, font, "发言席", x + cell_w, y + band_h * 0.3, cell_w * 1.8, band_h * 0.5)


def _name_size(canvas, font: str, cell_w: float, bands, heights) -> float:
    """One size for every name on the chart: the largest at which a three-character name fits every seat box
    (rostrum and hall alike), so the 副市长's name is never smaller than his neighbours'."""
    three = canvas.stringWidth("国国国", font, 1.0)
    sizes = []
    for (kind, _, _, seats), band_h in zip(bands, heights):
        if kind == "stage" or not seats:
            continue
        pad = min(cell_w, band_h) * 0.06
        nominal = band_h * (NAME_HEIGHT_ROSTRUM if kind == "rostrum" else NAME_HEIGHT_HALL)
        sizes.append(min(nominal, (cell_w - 4 * pad) / three))
    return max(3.0, min(sizes)) if sizes else 10.0


def _seat_box(canvas, data: ChartData, font: str, x: float, y: float, w: float, h: float, seat: Seat,
              kind: str, name_size: float) -> None:
    pad = min(w, h) * 0.06
    fill = seat.zone_color or ("#fde9d9" if kind == "rostrum" else "#ffffff")
    canvas.setFillColor(fill if not seat.blocked else "#999999")
    canvas.setStrokeColorRGB(0.3, 0.3, 0.3)
    canvas.setLineWidth(0.4)
    canvas.rect(x + pad, y + pad, w - 2 * pad, h - 2 * pad, stroke=1, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    inner = w - 4 * pad
    person = data.people.get(seat.attendee_id)
    if kind == "rostrum" and seat.attendee_id is not None:
        number = data.numbers.get(seat.attendee_id)
        if number:
            _fit(canvas, font, str(number), x + w / 2, y + h * 0.58, inner, h * 0.3)
        if person:
            _name(canvas, font, person.name, x + w / 2, y + h * 0.18, inner, name_size)
        return
    _fit(canvas, font, seat.number, x + w / 2, y + h * 0.68, inner, h * 0.22, gray=True)
    if seat.blocked:
        _fit(canvas, font, "封", x + w / 2, y + h * 0.2, inner, h * 0.36)
    elif person:
        _name(canvas, font, person.name, x + w / 2, y + h * 0.2, inner, name_size)
    elif seat.reserved:
        _fit(canvas, font, seat.reserved, x + w / 2, y + h * 0.2, inner, h * 0.3, gray=True)


def _name(canvas, font: str, name: str, cx: float, baseline: float, width: float, size: float) -> None:
    """A name at the document's one name size: two characters spaced to the width of three (温　豪), a longer
    name squeezed sideways to fit, never made smaller."""
    text = pad_name(name)
    natural = canvas.stringWidth(text, font, size)
    squeeze = min(1.0, width / natural) if natural > 0 and width > 0 else 1.0
    line = canvas.beginText()
    line.setFont(font, size)
    line.setHorizScale(squeeze * 100)
    line.setTextOrigin(cx - natural * squeeze / 2, baseline)
    line.textOut(text)
    canvas.drawText(line)


def _fit(canvas, font: str, text: str, cx: float, baseline: float, width: float, size: float,
         gray: bool = False) -> None:
    """Centred text shrunk until it fits ``width`` (names never wrap)."""
    size = max(3.0, size)
    natural = canvas.stringWidth(text, font, size)
    if natural > width > 0:
        size = max(3.0, size * width / natural)
    canvas.setFont(font, size)
    if gray:
        canvas.setFillColorRGB(0.35, 0.35, 0.35)
    canvas.drawCentredString(cx, baseline, drawable(text))
    canvas.setFillColorRGB(0, 0, 0)


def _row_numbers(canvas, font: str, x0: float, w: float, y: float, h: float, kind: str, row: int) -> None:
    label = f"{'台' if kind == 'rostrum' else ''}{row}排"
    size = max(6.0, min(12.0, h * 0.4))
    canvas.setFont(font, size)
    canvas.drawRightString(x0 - 3, y + h / 2 - size / 3, label)
    canvas.drawString(x0 + w + 3, y + h / 2 - size / 3, label)


def _legend(canvas, data: ChartData, font: str, x: float, y: float, width: float) -> None:
    counts: dict[str, int] = {}
    for s in data.seats:
        if s.zone_name and s.attendee_id:
            counts[s.zone_name] = counts.get(s.zone_name, 0) + 1
    canvas.setFont(font, 10)
    cursor = x
    canvas.drawString(cursor, y + 20, "图例：")
    cursor += 34
    for zone in data.zones:
        text = f"{zone.name}（{counts.get(zone.name, 0)}人）"
        canvas.setFillColor(zone.color)
        canvas.rect(cursor, y + 18, 14, 11, stroke=1, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.drawString(cursor + 17, y + 20, text)
        cursor += 24 + canvas.stringWidth(text, font, 10)
    notes = ["灰色“封”为封闭座位；座位上方小字为座位号，主席台上大字为位次。"]
    if data.rules.distancing:
        notes.append(f"防疫要求：隔位就座，间距≥1米，限额 {data.rules.cap_percent}%。")
    notes.append("主席台位次：" + ("以左为尊" if data.rules.rule == "left" else "以右为尊"))
    canvas.drawString(x, y + 4, "   ".join(notes))


# --- 主席台桌签摆放单 -------------------------------------------------------------------------------------
def _cards_pages(canvas, data: ChartData, font: str, paper: str = "A3") -> int:
    """The 主席台桌签摆放单 for the staff who lay the table cards: the rostrum drawn row by row in the audience's
    view (back row on top, as they face it), one box per seat with its position, rank number, name and title,
    filling the chosen paper (landscape)."""
    seats = [s for s in data.seats if s.section_kind == "rostrum"]
    rows = sorted({s.row for s in seats}, reverse=True)         # the back row is drawn on top
    width, height = PAPERS[paper]
    canvas.setPageSize((width, height))
    margin = 12 * MM
    canvas.setFont(font, 20 if paper == "A3" else 16)
    canvas.drawCentredString(width / 2, height - margin - 14, "主席台桌签摆放单（台下视角：面向主席台，从左往右）")
    canvas.setFont(font, 10)
    canvas.drawCentredString(width / 2, height - margin - 32, f"{data.title}  {data.when}  {data.place}")
    top, bottom = height - margin - 50, margin + 28
    columns = max((max(s.x for s in seats if s.row == r) for r in rows), default=1)
    box_w = (width - 2 * margin - 40) / max(columns, 1)
    row_h = (top - bottom) / max(len(rows), 1)
    name_size = min(box_w * 0.27, row_h * 0.2, 30.0)
    for i, row in enumerate(rows):
        y = top - (i + 1) * row_h
        canvas.setFont(font, 12)
        canvas.drawString(margin, y + row_h / 2, f"第{row}排")
        mine = sorted((s for s in seats if s.row == row), key=lambda s: s.x)
        offset = (columns - (mine[-1].x if mine else 0)) / 2            # each row centred, as on the plan
        for s in mine:
            x = margin + 40 + (offset + s.x - 1) * box_w
            _card_box(canvas, data, font, s, x, y + row_h * 0.06, box_w, row_h * 0.88, name_size)
    canvas.setFont(font, 12)
    canvas.drawCentredString(width / 2, margin + 8, "▼ 台下（观众席）▼")
    canvas.showPage()
    return 1


def _card_box(canvas, data: ChartData, font: str, seat: Seat, x: float, y: float, w: float, h: float,
              name_size: float) -> None:
    pad = w * 0.06
    person = data.people.get(seat.attendee_id) if seat.attendee_id else None
    canvas.setLineWidth(0.8)
    canvas.setStrokeColorRGB(0.3, 0.3, 0.3)
    canvas.setFillColor("#fde9d9" if person else "#f3f3f3")
    canvas.rect(x + pad, y, w - 2 * pad, h, stroke=1, fill=1)
    canvas.setFillColorRGB(0.35, 0.35, 0.35)
    canvas.setFont(font, min(10.0, h * 0.08))
    canvas.drawCentredString(x + w / 2, y + h - min(10.0, h * 0.08) - 4, f"左起第{seat.x}位")
    canvas.setFillColorRGB(0, 0, 0)
    if not person:
        _fit(canvas, font, "（空）", x + w / 2, y + h * 0.45, w - 4 * pad, name_size * 0.6, gray=True)
        return
    number = data.numbers.get(seat.attendee_id) if seat.attendee_id is not None else None
    if number:
        _fit(canvas, font, str(number), x + w / 2, y + h * 0.62, w - 4 * pad, name_size * 1.1)
    _name(canvas, font, person.name, x + w / 2, y + h * 0.4, w - 4 * pad, name_size)
    detail = f"{person.unit} {person.title}".strip()
    size = min(9.0, h * 0.065)
    lines = break_lines(detail, font, size, w - 4 * pad)[:4]
    for k, line in enumerate(lines):
        canvas.setFont(font, size)
        canvas.drawCentredString(x + w / 2, y + h * 0.28 - k * size * 1.25, line)


# --- per-zone lists -----------------------------------------------------------------------------------------
def _zone_pages(canvas, data: ChartData, font: str, paper: str) -> int:
    pages = 0
    names = [z.name for z in data.zones] + [""]
    for zone in names:
        seats = sorted((s for s in data.seats if (s.zone_name or "") == zone and s.attendee_id
                        and s.section_kind == "hall"), key=lambda s: (s.row, s.x))
        if not seats:
            continue
        lines = []
        for s in seats:
            p = data.people.get(s.attendee_id)
            if p:
                lines.append((f"{s.row}排", f"{s.number}号", pad_name(p.name), p.unit, p.title))
        heading = f"{zone or '未分区座位'}名单（{len(lines)}人）"
        cols = [("排", 45), ("号", 45), ("姓名", 80), ("单位", 200), ("职务", 0)]
        pages += _table_pages(canvas, data, font, heading, cols, lines, size=11, paper=paper)
    return pages


def _table_pages(canvas, data: ChartData, font: str, heading: str, cols, lines, size: float,
                 paper: str = "A4") -> int:
    """A simple ruled table on portrait pages of the chart's paper (one paper size for the whole print)."""
    height, width = PAPERS[paper]          # the chart's landscape sheet turned upright
    portrait = (width, height)
    margin = 15 * MM
    row_h = size * 1.9
    per_page = int((height - 2 * margin - 60) // row_h)
    chunks = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    for page_no, chunk in enumerate(chunks, start=1):
        canvas.setPageSize(portrait)
        canvas.setFont(font, 16)
        canvas.drawCentredString(width / 2, height - margin - 10, heading)
        canvas.setFont(font, 9)
        canvas.drawCentredString(width / 2, height - margin - 26,
                                 f"{data.title}  {data.when}  第{page_no}/{len(chunks)}页")
        y = height - margin - 50
        xs = _column_xs(cols, margin, width - 2 * margin)
        canvas.setFont(font, size)
        for (title, _), cx in zip(cols, xs):
            canvas.drawString(cx + 3, y, title)
        canvas.line(margin, y - 5, width - margin, y - 5)
        for line in chunk:
            y -= row_h
            for value, cx, nx in zip(line, xs, xs[1:] + [width - margin]):
                _clip_text(canvas, font, str(value), cx + 3, y, nx - cx - 6, size)
            canvas.setLineWidth(0.3)
            canvas.line(margin, y - 6, width - margin, y - 6)
        canvas.showPage()
    return len(chunks)


def _column_xs(cols, left: float, width: float) -> list[float]:
    fixed = sum(w for _, w in cols)
    xs, x = [], left
    for _, w in cols:
        xs.append(x)
        x += w or (width - fixed)
    return xs


def _clip_text(canvas, font: str, text: str, x: float, y: float, width: float, size: float) -> None:
    natural = canvas.stringWidth(text, font, size)
    use = size if natural <= width else max(5.0, size * width / natural)
    canvas.setFont(font, use)
    canvas.drawString(x, y, drawable(text))
    canvas.setFont(font, size)
