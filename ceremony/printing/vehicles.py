"""Vehicles at the school gate (docs/protocol.md#vehicles): 车辆通行证 for the dashboard and the guard's list.

The 回执 collect each guest's 车牌号. People with the same plate share one car (a bureau's deputies ride with
its head). Every car gets a pass — plate, unit, parking area, date and a number — printed A5 or A6 to sit in a
card holder behind the windscreen, and the guard gets one list sorted by plate with the people in each car, a
phone to call and a column to tick.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ceremony.errors import CeremonyError, ValidationError
from ceremony.fileio import atomic_output, xlsx_cell
from ceremony.models import RSVP_LEAVE, Attendee

PASS_SIZES = {"A5": (210.0, 148.0), "A6": (148.0, 105.0)}     # landscape, mm
VIP_AREA, GUEST_AREA = "贵宾停车区", "来宾停车区"


@dataclass(frozen=True)
class Vehicle:
    number: int                 # pass number, in the protocol order of the car's most senior passenger
    plate: str
    unit: str
    people: tuple[Attendee, ...]
    area: str

    @property
    def phone(self) -> str:
        return next((p.phone for p in self.people if p.phone), "")

    @property
    def names(self) -> str:
        return "、".join(p.name for p in self.people)


class NoVehicles(CeremonyError):
    code = "vehicles.none"


def parking_area(event, person: Attendee, leaders: set[str]) -> str:
    """The event setting ``parking_areas`` ({category: area}) first; leaders park in the VIP area."""
    areas = event.setting("parking_areas") or {}
    if person.category in areas:
        return str(areas[person.category])
    return VIP_AREA if person.on_rostrum or person.category in leaders else GUEST_AREA


def vehicles(event) -> list[Vehicle]:
    """One entry per plate among the people expected (not on leave), numbered in protocol order."""
    from ceremony.reports import leader_categories
    leaders = leader_categories(event)
    cars: dict[str, list[Attendee]] = {}
    for p in sorted(event.attendees(), key=lambda p: (p.rank == 0, p.rank, p.id)):
        plate = _plate_key(p.plate)
        if plate and p.rsvp != RSVP_LEAVE and p.attendance not in ("leave", "absent"):
            cars.setdefault(plate, []).append(p)
    out = []
    for number, people in enumerate(cars.values(), start=1):
        head = people[0]
        out.append(Vehicle(number, head.plate.replace(" ", ""), head.unit, tuple(people),
                           parking_area(event, head, leaders)))
    return out


def _plate_key(plate: str) -> str:
    return plate.replace(" ", "").replace("·", "").upper()


def by_plate(cars: list[Vehicle]) -> list[Vehicle]:
    return sorted(cars, key=lambda v: _plate_key(v.plate))


# --- passes ---------------------------------------------------------------------------------------------------
def write_passes(event, path: Path | str, size: str = "A5") -> int:
    """One 车辆通行证 per page (A5 or A6 landscape); returns the number of passes."""
    if size not in PASS_SIZES:
        raise ValidationError("vehicles.bad_pass_size", value=size)
    cars = vehicles(event)
    if not cars:
        raise NoVehicles()
    from reportlab.pdfgen.canvas import Canvas

    from ceremony.fonts import register_font
    font = register_font()
    mm = 72 / 25.4
    width, height = (v * mm for v in PASS_SIZES[size])
    info = event.info
    date = f"{info.starts_at.year}年{info.starts_at.month}月{info.starts_at.day}日"
    with atomic_output(path) as tmp:
        canvas = Canvas(str(tmp), pagesize=(width, height), initialFontName=font)
        canvas.setTitle(f"{info.name} 车辆通行证")
        for car in cars:
            _pass_page(canvas, font, width, height, car, info.name, date, info.venue)
            canvas.showPage()
        canvas.save()
    return len(cars)


def _pass_page(canvas, font: str, w: float, h: float, car: Vehicle, event_name: str, date: str, venue: str) -> None:
    m = min(w, h) * 0.06
    vip = car.area == VIP_AREA
    canvas.setFillColor("#C00000" if vip else "#1C4E80")
    canvas.rect(0, h - h * 0.2, w, h * 0.2, stroke=0, fill=1)          # a band the guard sees from afar
    canvas.setFillColorRGB(1, 1, 1)
    _centred(canvas, font, "车辆通行证", w / 2, h - h * 0.14, h * 0.1, w - 2 * m)
    canvas.setFillColorRGB(0, 0, 0)
    _centred(canvas, font, event_name, w / 2, h - h * 0.28, h * 0.05, w - 2 * m)
    _centred(canvas, font, car.plate, w / 2, h * 0.47, h * 0.2, w - 2 * m)       # the plate, large
    _centred(canvas, font, car.unit, w / 2, h * 0.33, h * 0.06, w - 2 * m)
    _centred(canvas, font, f"停车区域：{car.area}", w / 2, h * 0.22, h * 0.06, w - 2 * m)
    canvas.setFont(font, h * 0.045)
    canvas.drawString(m, m, f"{date}  {venue}".strip())
    canvas.drawRightString(w - m, m, f"No. {car.number:03d}")
    canvas.setLineWidth(1.2)
    canvas.rect(m / 2, m / 2, w - m, h - m, stroke=1, fill=0)


def _centred(canvas, font: str, text: str, cx: float, y: float, size: float, width: float) -> None:
    natural = canvas.stringWidth(text, font, size)
    if natural > width:
        size *= width / natural
    canvas.setFont(font, size)
    canvas.drawCentredString(cx, y, text)


# --- the guard's list ------------------------------------------------------------------------------------------
LIST_COLUMNS = ("序号", "车牌号", "单位", "乘车人员", "联系电话", "停车区域", "通行证号", "放行")


def list_rows(event) -> list[tuple]:
    return [(i, car.plate, car.unit, car.names, car.phone, car.area, f"{car.number:03d}", "")
            for i, car in enumerate(by_plate(vehicles(event)), start=1)]


def write_list(event, path: Path | str) -> int:
    """The gate list as .pdf (A4, one row per car, a box to tick) or .xlsx; returns the number of cars."""
    path = Path(path)
    rows = list_rows(event)
    if not rows:
        raise NoVehicles()
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        _list_xlsx(event, path, rows)
    elif suffix == ".pdf":
        _list_pdf(event, path, rows)
    else:
        raise ValidationError("vehicles.list_format", path=str(path))
    return len(rows)


def _list_xlsx(event, path: Path, rows: list[tuple]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    book = Workbook()
    sheet = book.active
    sheet.title = "车辆清单"
    sheet.append([f"{event.info.name} 车辆放行清单（按车牌号排序）"])
    sheet.append(list(LIST_COLUMNS))
    for row in rows:
        sheet.append([xlsx_cell(sheet, value) for value in row])
    thin = Side(style="thin")
    for line in sheet.iter_rows(min_row=2):
        for cell in line:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.alignment = Alignment(vertical="center", wrap_text=True)
            cell.font = Font(name="宋体", size=11, bold=cell.row == 2)
    sheet["A1"].font = Font(name="黑体", size=14, bold=True)
    for column, width in zip("ABCDEFGH", (6, 12, 28, 24, 14, 12, 9, 8)):
        sheet.column_dimensions[column].width = width
    sheet.print_title_rows = "2:2"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    with atomic_output(path) as tmp:
        book.save(tmp)


def _list_pdf(event, path: Path, rows: list[tuple]) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    from ceremony.fonts import register_font
    font = register_font()
    width, height = landscape(A4)
    margin, row_h, size = 36.0, 26.0, 11.0
    widths = (36, 80, 190, 170, 90, 80, 60, 40)
    per_page = int((height - 2 * margin - 70) // row_h)
    pages = [rows[i:i + per_page] for i in range(0, len(rows), per_page)]
    with atomic_output(path) as tmp:
        canvas = Canvas(str(tmp), pagesize=(width, height), initialFontName=font)
        canvas.setTitle(f"{event.info.name} 车辆放行清单")
        for number, chunk in enumerate(pages, start=1):
            canvas.setFont(font, 16)
            canvas.drawCentredString(width / 2, height - margin - 8, f"{event.info.name} 车辆放行清单")
            canvas.setFont(font, 9)
            canvas.drawCentredString(width / 2, height - margin - 24,
                                     f"按车牌号排序，共 {len(rows)} 辆  第 {number}/{len(pages)} 页")
            y = height - margin - 56
            _list_row(canvas, font, margin, y, widths, LIST_COLUMNS, size, row_h, header=True)
            for row in chunk:
                y -= row_h
                _list_row(canvas, font, margin, y, widths, row, size, row_h)
            canvas.showPage()
        canvas.save()


def _list_row(canvas, font, x0, y, widths, values, size, row_h, header=False) -> None:
    x = x0
    canvas.setLineWidth(0.5)
    for value, w in zip(values, widths):
        canvas.rect(x, y - 7, w, row_h, stroke=1, fill=0)
        text, use = str(value), size
        while use > 6 and canvas.stringWidth(text, font, use) > w - 6:
            use -= 0.5
        canvas.setFont(font, use)
        canvas.drawString(x + 3, y + 2, text)
        x += w
    if not header:
        canvas.rect(x - widths[-1] + widths[-1] / 2 - 6, y - 1, 12, 12, stroke=1, fill=0)   # the box to tick
