"""The printing desk: badges, table cards, the paper sign-in sheet and signs, and the print log.

Each kind is built in two steps: ``*_document(...)`` gathers everything from the
event file into a :class:`~ceremony.printing.pdf.draw.Document` (pages + what the log
will record); :meth:`PrintingService.write_pdf` draws it — pure work with no
database access, so the GUI can run it in a worker thread — and
:meth:`PrintingService.record` writes the print log once output succeeded.
``badge_pdf`` and friends do all three for the CLI.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from ceremony.fileio import atomic_output
from ceremony.errors import CeremonyError
from ceremony.fonts import FontMissing, available_fonts, font_by_name, register_font
from ceremony.models import Attendee, Changes, PrintJob
from ceremony.printing.pdf.badges import OPTIONAL_FIELDS, BadgeData, badge_ops
from ceremony.printing.pdf.draw import Document
from ceremony.printing.pdf.layouts import impose, parse_size
from ceremony.printing.pdf.render import CancelCheck, Progress, pdf_bytes, render_pdf
from ceremony.printing.documents import ExtraPrints

if TYPE_CHECKING:
    from ceremony.event import Event

BADGE = "badge"
TABLE_CARD = "table_card"
SIGNIN_SHEET = "signin_sheet"
SIGN = "sign"


class PrintFontMissing(CeremonyError):
    """The chosen print font is not on this computer (or cannot be embedded)."""

    code = "print.font_missing"

    def __init__(self, wanted: str, available: str):
        super().__init__(wanted=wanted, available=available)
        self.wanted = wanted


class NothingToPrint(CeremonyError):
    code = "print.no_badges"


class PrintingService(ExtraPrints):
    """Everything the 打印 page and the ``badges``/``table-cards``/... commands do."""

    def __init__(self, event: Event):
        self.event = event

    # --- settings ------------------------------------------------------------------------------
    def font(self, choice: str | None = None) -> str:
        """The reportlab name of the chosen font (event setting ``print_font``), registered."""
        wanted = choice or self.event.setting("print_font")
        try:
            return register_font(font_by_name(wanted) if wanted else None)
        except FontMissing as exc:
            labels = "、".join(f.label for f in available_fonts())
            raise PrintFontMissing(wanted or str(exc.path), labels) from exc

    def badge_fields(self) -> frozenset[str]:
        return frozenset(f for f in self.event.setting("badge_fields") if f in OPTIONAL_FIELDS)

    def set_badge_fields(self, fields) -> Changes:
        return self.event.set_setting("badge_fields", sorted(f for f in fields if f in OPTIONAL_FIELDS))

    def badge_layout(self) -> str:
        return self.event.setting("badge_layout")

    def badge_sheet(self) -> str:
        return self.event.setting("badge_sheet")

    def table_card_preset(self) -> str:
        return self.event.setting("table_card_preset")

    # --- choosing people -----------------------------------------------------------------------
    def select(self, scope: str = "all", value=None) -> list[int]:
        """Attendee ids in rank order for a scope: all, category, unit, ids, changed (never printed or outdated)."""
        people = self.event.attendees()
        if scope == "category":
            people = [p for p in people if p.category == value]
        elif scope == "unit":
            people = [p for p in people if p.unit == value]
        elif scope == "ids":
            wanted = set(value or ())
            people = [p for p in people if p.id in wanted]
        elif scope == "changed":
            last = self.event.repo.last_prints(BADGE)
            stale = set(self.needs_reprint())
            people = [p for p in people if p.id not in last or p.id in stale]
        return [p.id for p in people if p.id is not None]

    def seat_text(self, attendee_id: int) -> str:
        """The seat label ("" when unseated)."""
        return self.event.seating.seat_label(attendee_id)

    # --- badges --------------------------------------------------------------------------------
    def badge_data(self, people: list[Attendee]) -> list[BadgeData]:
        cats = {c.name: c for c in self.event.categories()}
        found = self.event.badge_codes([p.id for p in people if p.id is not None])
        event_name = self.event.info.name
        out = []
        for p in people:
            assert p.id is not None, "a stored attendee"
            cat = cats.get(p.category)
            out.append(BadgeData(p.name, p.unit, p.title, cat.badge_class if cat else "代表证",
                                 cat.color if cat else "#c00000", self.seat_text(p.id),
                                 p.badge_no or f"{p.id:04d}", found[p.id], event_name))
        return out

    def badge_document(self, attendee_ids: list[int], layout: str | None = None, sheet: str | None = None,
                       fields=None, font: str | None = None) -> Document:
        if not attendee_ids:
            raise NothingToPrint()
        layout, sheet = layout or self.badge_layout(), sheet or self.badge_sheet()
        size = parse_size(layout)
        fields = self.badge_fields() if fields is None else frozenset(fields)
        font_name = self.font(font)
        people = [self.event.attendee(aid) for aid in attendee_ids]
        w, h = (v * 72 / 25.4 for v in size)
        data = self.badge_data(people)
        items = [badge_ops(d, w, h, font_name, fields) for d in data]
        pages = impose(items, size, sheet, "胸卡")
        digests = [(p.id, p.version, _digest(d, layout, fields)) for p, d in zip(people, data)]
        return Document(BADGE, f"{layout}@{sheet}", pages, f"{self.event.info.name} 胸卡", digests)

    def badge_pdf(self, attendee_ids: list[int], path, layout: str | None = None, sheet: str | None = None,
                  fields=None, progress: Progress | None = None, cancelled: CancelCheck | None = None) -> Changes:
        """Write badges for ``attendee_ids`` to ``path`` (atomically) and log them."""
        doc = self.badge_document(attendee_ids, layout, sheet, fields)
        self.write_pdf(doc, path, progress, cancelled)
        return self.record(doc, str(path))

    def single_badge_pdf_bytes(self, attendee_id: int, layout: str | None = None) -> bytes:
        """One badge, one page (badge-printer size), as PDF bytes — for the check-in desk."""
        doc = self.badge_document([attendee_id], layout, "single")
        return pdf_bytes(doc.pages, doc.title)

    # --- output and log ------------------------------------------------------------------------
    @staticmethod
    def write_pdf(doc: Document, path, progress: Progress | None = None,
                  cancelled: CancelCheck | None = None) -> Path:
        """Draw ``doc`` into ``path``; a failure or cancel leaves no file under that name."""
        with atomic_output(path) as tmp:
            render_pdf(doc.pages, tmp, doc.title, progress, cancelled)
        return Path(path)

    def record(self, doc: Document, target: str) -> Changes:
        """Log that ``doc`` went to ``target`` (a file or a printer)."""
        items = doc.items or [(None, None, "")]
        with self.event.repo.transaction():
            self.event.repo.insert_prints(self.event.now_text(), doc.kind, doc.layout, target, items)
        return Changes(prints=True, ids=frozenset(i[0] for i in items if i[0] is not None))

    def print_jobs(self, limit: int = 200) -> list[PrintJob]:
        """What was printed when, newest job first."""
        return self.event.repo.print_jobs(limit)

    def printed_ids(self, kind: str = BADGE) -> set[int]:
        """Attendees printed at least once as ``kind``."""
        return self.event.printed_ids(kind)

    def needs_reprint(self, kind: str = BADGE) -> list[int]:
        """Attendees whose printed badge (or table card) is out of date.

        A badge is stale when the record's version moved on or anything printed on it
        changed since (seat, class text or colour, a reissued code ...); a table card
        when the record changed. Only people printed at least once are listed.
        """
        last = self.event.repo.last_prints(kind)
        if not last:
            return []
        people = [p for p in self.event.attendees() if p.id in last]
        printed = [(p.id, p, last[p.id]) for p in people if p.id is not None]
        if kind != BADGE:
            return [aid for aid, p, row in printed if (row.attendee_version or 0) < p.version]
        fields = self.badge_fields()
        stale = []
        for (aid, p, row), d in zip(printed, self.badge_data(people)):
            layout = row.layout.split("@")[0]
            if (row.attendee_version or 0) < p.version or row.content != _digest(d, layout, fields):
                stale.append(aid)
        return stale

    # --- lost badges -------------------------------------------------------------------------
    def reissue_badge(self, attendee_id: int) -> Changes:
        """Revoke the attendee's badge code and issue a new one (the old badge stops scanning)."""
        self.event.reissue_badge_code(attendee_id)
        return Changes(prints=True, attendees=True, ids=frozenset({attendee_id}))

    def revoke_badge(self, attendee_id: int) -> Changes:
        """Revoke every code of the attendee without issuing a new one (until the next print)."""
        self.event.attendee(attendee_id)
        with self.event.repo.transaction():
            self.event.repo.revoke_badge_tokens(attendee_id, self.event.now_text())
            self.event.audit("badge.revoke", {"attendee_id": attendee_id})
        return Changes(prints=True, attendees=True, ids=frozenset({attendee_id}))


def _digest(d: BadgeData, layout: str, fields) -> str:
    shown = {k: v for k, v in d.__dict__.items() if k in ("name", "class_text", "color") or k in fields
             or (k == "code" and "qr" in fields)}
    raw = json.dumps([layout, sorted(fields), shown], ensure_ascii=False, sort_keys=True)
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]
