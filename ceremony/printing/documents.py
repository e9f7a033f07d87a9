"""Table cards, the paper sign-in sheet and signs for :class:`ceremony.printing.service.PrintingService`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ceremony.errors import CeremonyError, ValidationError
from ceremony.models import Attendee, Changes
from ceremony.printing.pdf.draw import Document
from ceremony.fonts import needs_synthetic_bold, table_card_font
from ceremony.printing.pdf.layouts import table_card_preset
from ceremony.printing.pdf.signin_sheet import SheetGroup, signin_pages
from ceremony.printing.pdf.signs import DIRECTIONS, PAPER, SIGN_KINDS, SignSpec, sign_pages
from ceremony.printing.pdf.table_cards import CardData, table_card_pages
from ceremony.roster import pad_name

if TYPE_CHECKING:
    from ceremony.event import Event
    from ceremony.printing.pdf.render import CancelCheck, Progress

SUBLINES = ("", "title", "unit")
WELCOME_TEXT = "热烈欢迎各位领导、嘉宾莅临指导"
SIGNIN_ORDERS = ("rank", "strokes")


def pad_for_print(name: str) -> str:
    """王五 → 王　五 on printed lists."""
    return pad_name(name)


class ExtraPrints:
    """Mixed into PrintingService, which provides what is declared here (the mixin's contract)."""

    event: Event
    if TYPE_CHECKING:
        def font(self, choice: str | None = None) -> str: ...
        def table_card_preset(self) -> str: ...
        def write_pdf(self, doc: Document, path: Path | str, progress: Progress | None = None,
                      cancelled: CancelCheck | None = None) -> Path: ...
        def record(self, doc: Document, target: str) -> Changes: ...

    # --- table cards ---------------------------------------------------------------------------
    def rostrum_people(self) -> list[Attendee]:
        """Rostrum people in rostrum seat order; those without a rostrum seat follow by rank.

        Seat order is the order of the 主席台桌签摆放单: front row first, each row left to
        right as the audience sees it, so staff lay the stack out walking along the table.
        """
        return self._card_order([p for p in self.event.attendees() if p.on_rostrum])

    def _card_order(self, people: list[Attendee]) -> list[Attendee]:
        def key(item):
            index, person = item
            seat = self.event.repo.seat_of(person.id)
            if seat and seat.section_kind == "rostrum":
                return (0, seat.row, seat.x, index)
            return (1, 0, 0, index)
        return [p for _, p in sorted(enumerate(people), key=key)]

    def table_card_document(self, attendee_ids: list[int] | None = None, preset: str | None = None,
                            font: str | None = None, subline: str = "") -> Document:
        """Cards for ``attendee_ids`` (default: the rostrum), in rostrum seat order."""
        if subline not in SUBLINES:
            raise ValidationError("print.bad_subline", value=subline)
        preset_obj = table_card_preset(preset or self.table_card_preset())
        if attendee_ids is None:
            people = self.rostrum_people()
        else:
            people = self._card_order([self.event.attendee(i) for i in attendee_ids])
        if not people:
            raise CeremonyError("print.no_table_cards")
        cards = [CardData(p.name, getattr(p, subline) if subline else "") for p in people]
        # Table cards have their own font choice, bold as is customary: 黑体 by default where the system has
        # it; any other face (the bundled one, 宋体, 楷体) is drawn bold. Badges keep the print font.
        name = self.font(font or self.event.setting("table_card_font") or table_card_font().name)
        pages = table_card_pages(cards, preset_obj, name, bold=needs_synthetic_bold(name))
        items = [(p.id, p.version, "") for p in people]
        return Document("table_card", preset_obj.key, pages, f"{self.event.info.name} 桌签", items)

    def table_cards_pdf(self, path, attendee_ids=None, preset=None, font=None, subline="") -> Changes:
        doc = self.table_card_document(attendee_ids, preset, font, subline)
        self.write_pdf(doc, path)
        return self.record(doc, str(path))

    # --- the paper sign-in sheet ---------------------------------------------------------------
    def signin_document(self, by: str = "rank", per_category: bool = False,
                        categories: list[str] | None = None, convention: str | None = None) -> Document:
        """签到表 for everyone (or the named categories), by rank or stroke order, one group per category.
        Stroke order follows ``convention`` (zhengxie | renda), by default the event's setting, and the sheet
        says 「以姓氏笔画为序」."""
        if by not in SIGNIN_ORDERS:
            raise ValidationError("print.bad_order", value=by)
        people = [p for p in self.event.attendees() if categories is None or p.category in categories]
        people = self._ordered(people, by, convention)
        info = self.event.info
        if per_category:
            names = [c.name for c in self.event.categories()]
            names += sorted({p.category for p in people} - set(names))
            groups = [(n or "未分类", [p for p in people if p.category == n]) for n in names]
            groups = [(title, members) for title, members in groups if members]
        else:
            groups = [("、".join(categories) if categories else "全部人员", people)]
        sheet_groups = [SheetGroup(title, [_sheet_row(i, p) for i, p in enumerate(members, 1)])
                        for title, members in groups]
        if not sheet_groups:
            raise CeremonyError("print.nobody")
        d = info.starts_at
        time_line = f"时间：{d.year}年{d.month}月{d.day}日 {d:%H:%M}    地点：{info.venue}"
        if by == "strokes":
            time_line += "    （以姓氏笔画为序）"
        pages = signin_pages(f"{info.name}签到表", time_line, sheet_groups, self.font())
        return Document("signin_sheet", f"A4/{by}", pages, f"{info.name}签到表")

    def _ordered(self, people: list[Attendee], by: str, convention: str | None = None) -> list[Attendee]:
        if by == "rank":
            return people
        return self.event.roster.sorted(people, "strokes", convention)

    def signin_sheet_pdf(self, path, by: str = "rank", per_category: bool = False, categories=None,
                         convention: str | None = None) -> Changes:
        doc = self.signin_document(by, per_category, categories, convention)
        self.write_pdf(doc, path)
        return self.record(doc, str(path))

    # --- signs ---------------------------------------------------------------------------------
    def default_signs(self) -> list[SignSpec]:
        """签到处, the welcome sign, one sign per zone and arrows to the desk and the hall."""
        info = self.event.info
        signs = [SignSpec("checkin", "签到处", "#c00000", small=info.name),
                 SignSpec("welcome", WELCOME_TEXT, small="\n".join(t for t in (info.name, info.theme) if t))]
        for zone in self.event.repo.zones():
            signs.append(SignSpec("zone", zone.name, zone.color, small=info.name))
        for text in ("签到处", "会场"):
            for direction in ("left", "right"):
                signs.append(SignSpec("arrow", text, "#c00000", direction))
        return signs

    def signs_document(self, signs: list[SignSpec] | None = None, paper: str = "A4") -> Document:
        if paper not in PAPER:
            raise ValidationError("print.bad_paper", value=paper)
        signs = self.default_signs() if signs is None else signs
        for spec in signs:
            if spec.kind not in SIGN_KINDS or (spec.kind == "arrow" and spec.direction not in DIRECTIONS):
                raise ValidationError("print.bad_sign", value=spec)
        pages = sign_pages(signs, paper, self.font())
        return Document("sign", f"{paper} 横向", pages, f"{self.event.info.name} 标识")

    def signs_pdf(self, path, signs=None, paper: str = "A4") -> Changes:
        doc = self.signs_document(signs, paper)
        self.write_pdf(doc, path)
        return self.record(doc, str(path))


def _sheet_row(index: int, p: Attendee) -> tuple[str, ...]:
    phone = "".join(ch for ch in p.phone if ch.isdigit())
    return (str(index), pad_for_print(p.name), p.unit, p.title, phone[-4:])
