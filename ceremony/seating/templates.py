"""Halls to start from (docs/protocol.md#hall): templates and the short spelling the command line takes.

A new event has no hall. The hall builder (GUI) and ``ceremony venue --new`` make its venue spec from a
template — a school auditorium, a lecture hall, a conference room — or from the short spelling::

    --rostrum 9,11             two rostrum rows, 9 seats in the front row and 11 behind
    --hall "20x(10,10,10)"     20 rows of three blocks of 10 with an aisle between blocks
    --hall "12x24"             12 rows of 24 seats in one block
    --blocked "1:1-2,5:12"     blocked seats (row:x or row:x-x, x counted from the audience's left)

The result is an ordinary venue spec (see :mod:`ceremony.seating.venue`), checked like a loaded file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ceremony.messages import Message
from ceremony.seating.venue import NUMBERINGS, VenueError

MAX_ROWS, MAX_SEATS_PER_ROW, MAX_ROSTRUM_ROWS = 200, 300, 10


@dataclass(frozen=True)
class HallTemplate:
    """A hall to start from; its name is the message ``hall_template.<key>``."""

    key: str
    rostrum: tuple[int, ...]          # seats per rostrum row, front row first
    rows: int                         # hall rows
    blocks: tuple[int, ...]           # seats per block, left to right (audience view)
    numbering: str = "odd_even"

    @property
    def title(self) -> Message:
        return Message(f"hall_template.{self.key}")

    @property
    def label(self) -> str:
        """The Chinese name (the CLI names a new venue after it)."""
        return self.title.text


TEMPLATES = {t.key: t for t in (
    HallTemplate("auditorium", (9, 11), 20, (8, 14, 8)),
    HallTemplate("lecture", (7,), 12, (12, 12)),
    HallTemplate("conference", (5,), 6, (16,), "plain"),
)}

_HALL = re.compile(r"^\s*(\d+)\s*[x×*]\s*(?:\(\s*([\d\s,，]+)\s*\)|(\d+))\s*$")
_CELL = re.compile(r"^\s*(\d+)\s*:\s*(\d+)\s*(?:-\s*(\d+))?\s*$")


def parse_rostrum(text: str) -> list[int]:
    """'9,11' → [9, 11] (front row first); '' → [] (no rostrum)."""
    if not text.strip():
        return []
    try:
        rows = [int(part) for part in re.split(r"[,，\s]+", text.strip())]
    except ValueError:
        raise VenueError("venue.bad_rostrum_spec", place="--rostrum", text=text) from None
    if not rows or any(not 1 <= r <= MAX_SEATS_PER_ROW for r in rows) or len(rows) > MAX_ROSTRUM_ROWS:
        raise VenueError("venue.rostrum_out_of_range", place="--rostrum", seats=MAX_SEATS_PER_ROW, rows=MAX_ROSTRUM_ROWS)
    return rows


def parse_hall(text: str) -> tuple[int, list[int]]:
    """'20x(10,10,10)' → (20, [10, 10, 10]); '12x24' → (12, [24])."""
    match = _HALL.match(text or "")
    if not match:
        raise VenueError("venue.bad_hall_spec", place="--hall", text=text or "")
    rows = int(match.group(1))
    blocks = [int(b) for b in re.split(r"[,，\s]+", match.group(2).strip())] if match.group(2) else [int(match.group(3))]
    if not 1 <= rows <= MAX_ROWS or not blocks or any(b < 1 for b in blocks) or sum(blocks) > MAX_SEATS_PER_ROW:
        raise VenueError("venue.hall_out_of_range", place="--hall", rows=MAX_ROWS, seats=MAX_SEATS_PER_ROW)
    return rows, blocks


def parse_cells(text: str, where: str = "--blocked") -> list[tuple[int, int]]:
    """'1:1-2,5:12' → [(1, 1), (1, 2), (5, 12)]."""
    cells = []
    for part in (p for p in re.split(r"[,，;\s]+", text or "") if p):
        match = _CELL.match(part)
        if not match:
            raise VenueError("venue.bad_cell", place=where, text=part)
        row, first = int(match.group(1)), int(match.group(2))
        last = int(match.group(3) or first)
        cells += [(row, x) for x in range(min(first, last), max(first, last) + 1)]
    return cells


def build_spec(name: str, rostrum: list[int], rows: int, blocks: list[int], numbering: str = "odd_even",
               blocked: Sequence[tuple[int, int]] = (), zones: list[dict] | None = None,
               blocked_place: str = "--blocked") -> dict:
    """A venue spec from the builder's fields: rostrum rows, hall rows × blocks, numbering, blocked seats.

    ``blocked_place`` names where the blocked seats were typed, for the message when one is not there.
    """
    if numbering not in NUMBERINGS:
        raise VenueError("venue.bad_numbering_option", place="--numbering", choices="/".join(NUMBERINGS),
                         value=numbering)
    sections = []
    if rostrum:
        sections.append({"name": "主席台", "kind": "rostrum", "rows": list(rostrum), "numbering": "plain"})
    layouts = [_layout(blocks) for _ in range(rows)]
    for row, x in blocked:
        if not 1 <= row <= rows:
            raise VenueError("venue.blocked_no_row", place=blocked_place, row=row, rows=rows)
        if not 1 <= x <= len(layouts[row - 1]) or layouts[row - 1][x - 1] == ".":
            raise VenueError("venue.blocked_no_seat", place=blocked_place, row=row, x=x)
        line = layouts[row - 1]
        layouts[row - 1] = line[:x - 1] + "x" + line[x:]
    sections.append({"name": "台下", "kind": "hall", "rows": layouts, "numbering": numbering})
    return {"name": name, "sections": sections, "zones": list(zones or [])}


def template_spec(key: str, name: str = "") -> dict:
    try:
        t = TEMPLATES[key]
    except KeyError:
        raise VenueError("venue.unknown_template", place="--template", value=key, choices="/".join(TEMPLATES)) from None
    return build_spec(name or t.label, list(t.rostrum), t.rows, list(t.blocks), t.numbering)


def _layout(blocks: list[int]) -> str:
    """'########.##########.########': blocks of seats with one aisle between them."""
    return ".".join("#" * b for b in blocks)
