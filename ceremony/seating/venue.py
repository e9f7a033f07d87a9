"""The venue as a readable spec (JSON-compatible dict) and its seats in the event file.

A spec names sections (the rostrum and the hall), the seats per row, the aisles
between seat blocks, the numbering style and the zones::

    {"name": "...",
     "sections": [{"name": "主席台", "kind": "rostrum", "rows": [9, 11]},
                  {"name": "台下", "kind": "hall", "rows": 20, "blocks": [8, 14, 8],
                   "numbering": "odd_even"}],
     "zones": [{"name": "嘉宾区", "color": "#fce5cd", "category": "嘉宾", "rows": [3, 5]}]}

``rows`` may also list one layout string per row, front row first — ``#`` a seat,
``x`` a blocked seat, ``.`` an aisle/gap — which is how a saved venue reads::

    "rows": ["########.##############.########", "###xx###.##############.########"]

Sections may carry ``"reserved": {"1:15": "主持人"}`` (row:x → note). Zones may
give ``"cells": ["3:10-23", "4:12"]`` (row:x or row:x-x) instead of rows/x ranges.
"""

from __future__ import annotations

import json
import re
from typing import Any
from dataclasses import dataclass
from pathlib import Path

from ceremony import messages
from ceremony.errors import CeremonyError, ValidationError
from ceremony.reasons import error_detail
from ceremony.models import Seat, Section, Zone

SEAT, BLOCKED, GAPS = "#", "x", ".-_ "
# Limits far above any real hall; a file beyond them is refused with a message (never a MemoryError).
MAX_SEATS = 30_000            # per venue
MAX_ROWS = 1_000              # row numbers in a section
MAX_ROW_LENGTH = 1_000        # positions in a row (seats and aisles)
MAX_FILE_BYTES = 5 * 1024 * 1024
NUMBERINGS = ("plain", "odd_even")
KINDS = ("rostrum", "hall")


class VenueError(CeremonyError):
    """A venue file or spec that cannot be used; ``place`` names where the problem is."""

    def __init__(self, code: str, /, place: str = "", **params):
        super().__init__(code, place=place, **params)
        self.place = place


@dataclass(frozen=True)
class SeatSpec:
    section: str
    kind: str
    row: int
    x: int
    number: str
    zone: str = ""
    blocked: bool = False
    reserved: str = ""


def hall_numbers(count: int, numbering: str) -> list[str]:
    """Printed numbers for one row of ``count`` seats, listed from the audience's left.

    ``odd_even`` (单双号): seen from the audience, odd numbers run from the centre
    to the right and even numbers from the centre to the left.
    """
    if numbering == "plain":
        return [str(i) for i in range(1, count + 1)]
    if numbering != "odd_even":
        raise ValidationError("venue.bad_numbering", place="numbering", value=repr(numbering))
    right = count // 2 + count % 2      # seats from centre to the right get odd numbers
    left = count - right
    odd = [str(2 * i + 1) for i in range(right)]
    even = [str(2 * i + 2) for i in range(left)]
    return list(reversed(even)) + odd


def expand_spec(spec: dict) -> list[SeatSpec]:
    """Every seat a spec describes, with x counted from the audience's left (aisles leave gaps).

    Raises :class:`VenueError` naming the place for anything malformed, for
    overlapping seats and for a zone that covers no seat.
    """
    if not isinstance(spec, dict) or not isinstance(spec.get("sections"), list) or not spec["sections"]:
        raise VenueError("venue.no_sections", place="sections")
    try:
        seats: list[SeatSpec] = []
        names: set[str] = set()
        cells: dict[int, set] = {}          # zone index → its (row, x) cells, parsed once
        for index, section in enumerate(spec["sections"]):
            seats.extend(_section_seats(spec, section, index, names, cells))
            if len(seats) > MAX_SEATS:
                raise VenueError("venue.too_many_seats", place=f"sections[{index + 1}]", maximum=f"{MAX_SEATS:,}")
        _check_zones(spec, seats)
    except (TypeError, AttributeError, ValueError, KeyError, OverflowError, RecursionError) as exc:
        if isinstance(exc, VenueError):
            raise
        raise VenueError("venue.malformed", place="venue", detail=type(exc).__name__) from exc
    return seats


def _section_seats(spec: dict, section, index: int, names: set[str], cells: dict) -> list[SeatSpec]:
    where = f"sections[{index + 1}]"
    if not isinstance(section, dict):
        raise VenueError("venue.not_object", place=where)
    kind = section.get("kind", "hall")
    name = str(section.get("name") or kind)
    where = f"{where}（{name}）"
    if kind not in KINDS:
        raise VenueError("venue.bad_kind", place=where, value=repr(kind))
    if name in names:
        raise VenueError("venue.duplicate_section", place=where)
    names.add(name)
    numbering = section.get("numbering", "plain")
    if numbering not in NUMBERINGS:
        raise VenueError("venue.bad_numbering", place=where, value=repr(numbering))
    reserved = _reserved(section, where)
    seats, used = [], set()
    for row_no, layout in _row_layouts(section, where):
        if row_no in used:
            raise VenueError("venue.duplicate_row", place=where, row=row_no)
        used.add(row_no)
        xs = [(x, ch == BLOCKED) for x, ch in enumerate(layout, start=1) if ch not in GAPS]
        for (x, blocked), number in zip(xs, hall_numbers(len(xs), numbering)):
            zone = _zone_for(spec, name, row_no, x, cells)
            seats.append(SeatSpec(name, kind, row_no, x, number, zone, blocked, reserved.pop((row_no, x), "")))
    if reserved:
        row, x = next(iter(reserved))
        raise VenueError("venue.no_seat_there", place=f"{where} reserved {row}:{x}")
    return seats


def _row_layouts(section: dict, where: str) -> list[tuple[int, str]]:
    """(row number, layout string) for every row of a section."""
    rows: Any = section.get("rows")         # JSON: checked below
    blocks: Any = section.get("blocks")
    if blocks is not None and (not isinstance(blocks, list) or not all(_posint(b) for b in blocks)):
        raise VenueError("venue.bad_blocks", place=where)
    if blocks is not None and sum(blocks) > MAX_ROW_LENGTH:
        raise VenueError("venue.row_too_long", place=where, maximum=MAX_ROW_LENGTH)
    if _posint(rows):
        if rows > MAX_ROWS:
            raise VenueError("venue.too_many_rows", place=where, maximum=MAX_ROWS)
        return [(r, _block_layout(sum(blocks or [30]), blocks)) for r in range(1, rows + 1)]
    if not isinstance(rows, list) or not rows:
        raise VenueError("venue.bad_rows", place=where)
    if len(rows) > MAX_ROWS:
        raise VenueError("venue.too_many_rows", place=where, maximum=MAX_ROWS)
    out: list[tuple[int, str]] = []
    row_no: Any
    for row_no, item in enumerate(rows, start=1):
        if isinstance(item, dict):
            row_no, item = item.get("row"), item.get("layout")
            if not _posint(row_no) or row_no > MAX_ROWS:
                raise VenueError("venue.bad_row_number", place=f"{where} rows[{len(out) + 1}]")
        if (_posint(item) and item > MAX_ROW_LENGTH) or (isinstance(item, str) and len(item) > MAX_ROW_LENGTH):
            raise VenueError("venue.row_too_long_at", place=where, row=row_no, maximum=MAX_ROW_LENGTH)
        if _posint(item):
            out.append((row_no, _block_layout(item, blocks)))
        elif isinstance(item, str) and item.strip(GAPS):
            bad = sorted(set(item) - set(SEAT + BLOCKED + GAPS))
            if bad:
                raise VenueError("venue.bad_row_chars", place=where, row=row_no, chars=repr("".join(bad)))
            out.append((row_no, item))
        else:
            raise VenueError("venue.bad_row", place=where, row=row_no, value=repr(item))
    return out


def _block_layout(size: int, blocks: list[int] | None) -> str:
    """A row of ``size`` seats split into blocks with one gap for each aisle."""
    if not blocks:
        return SEAT * size
    parts, left = [], size
    for block in blocks:
        take = min(block, left)
        parts.append(SEAT * take)
        left -= take
    return ".".join(p for p in parts if p)


def _reserved(section: dict, where: str) -> dict[tuple[int, int], str]:
    out = {}
    for key, note in (section.get("reserved") or {}).items():
        match = re.fullmatch(r"\s*(\d+)\s*:\s*(\d+)\s*", str(key))
        if not match:
            raise VenueError("venue.bad_reserved", place=f"{where} reserved {key!r}")
        out[(int(match.group(1)), int(match.group(2)))] = str(note) or "预留"
    return out


def _posint(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _default_section(spec: dict, kind: str) -> str:
    for section in spec.get("sections", []):
        if isinstance(section, dict) and section.get("kind", "hall") == kind:
            return str(section.get("name") or kind)
    return "台下" if kind == "hall" else "主席台"


def _zone_for(spec: dict, section: str, row: int, x: int, cells: dict) -> str:
    """The first zone listing this seat (zones may overlap: the first one wins)."""
    for index, zone in enumerate(spec.get("zones", [])):
        if not isinstance(zone, dict) or zone.get("section", _default_section(spec, "hall")) != section:
            continue
        if "cells" in zone:
            if index not in cells:
                cells[index] = _cells(zone)
            if (row, x) in cells[index]:
                return zone["name"]
            continue
        first, last = _pair(zone.get("rows"), row)
        xs = zone.get("x")
        lo, hi = _pair(xs, x)
        if first <= row <= last and lo <= x <= hi:
            return zone["name"]
    return ""


def _pair(value, default: int) -> tuple[int, int]:
    if isinstance(value, list) and len(value) == 2 and all(_posint(v) for v in value):
        return value[0], value[1]
    return default, default


def _cells(zone: dict) -> set[tuple[int, int]]:
    found: set[tuple[int, int]] = set()
    for text in zone.get("cells", []):
        match = re.fullmatch(r"(\d+):(\d+)(?:-(\d+))?", str(text))
        if match:       # malformed cells are reported by _check_zones
            first, last = int(match.group(2)), int(match.group(3) or match.group(2))
            if last - first > MAX_ROW_LENGTH:
                raise VenueError("venue.range_too_long", place=f"cells {text!r}", maximum=MAX_ROW_LENGTH)
            found.update((int(match.group(1)), x) for x in range(first, int(match.group(3) or first) + 1))
    return found


def _check_zones(spec: dict, seats: list[SeatSpec]) -> None:
    zones = spec.get("zones", [])
    if not isinstance(zones, list):
        raise VenueError("venue.zones_not_list", place="zones")
    used = {s.zone for s in seats}
    names = set()
    for index, zone in enumerate(zones, start=1):
        where = f"zones[{index}]"
        if not isinstance(zone, dict) or not zone.get("name"):
            raise VenueError("venue.zone_no_name", place=where)
        where = f"{where}（{zone['name']}）"
        if zone["name"] in names:
            raise VenueError("venue.duplicate_zone", place=where)
        names.add(zone["name"])
        for key in ("rows", "x"):
            value = zone.get(key)
            if value is not None and not (isinstance(value, list) and len(value) == 2 and all(_posint(v) for v in value)):
                raise VenueError("venue.bad_range", place=where, key=key)
        for text in zone.get("cells", []):
            if not re.fullmatch(r"\d+:\d+(-\d+)?", str(text)):
                raise VenueError("venue.bad_cells", place=f"{where} cells {text!r}")
        if zone["name"] not in used:
            raise VenueError("venue.zone_empty", place=where)


def write_venue(repo, spec: dict) -> int:
    """Store a venue spec's sections, zones and seats (inside the caller's transaction)."""
    seats = expand_spec(spec)
    zone_ids = {}
    for sort, zone in enumerate(spec.get("zones", [])):
        zone_ids[zone["name"]] = repo.insert_zone(zone["name"], zone.get("color", "#dddddd"),
                                                  zone.get("category", ""), zone.get("unit", ""), sort)
    section_ids = {}
    for sort, section in enumerate(spec.get("sections", [])):
        name = str(section.get("name") or section.get("kind", "hall"))
        section_ids[name] = repo.insert_section(name, section.get("kind", "hall"), sort,
                                                section.get("numbering", "plain"))
    rows = [(section_ids[s.section], s.row, s.x, s.number, int(s.blocked), s.reserved, zone_ids.get(s.zone))
            for s in seats]
    repo.insert_seats(rows)
    if spec.get("name"):
        repo.set_setting("venue_name", spec["name"])
    return len(rows)


def read_venue_file(path: Path | str) -> dict:
    """Load and check a venue file; errors name the file and the place in it."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise VenueError("venue.file_too_large", place=path.name, maximum=MAX_FILE_BYTES // 2**20)
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise VenueError("venue.cannot_read", place=str(path), detail=error_detail(exc)) from exc
    except UnicodeDecodeError as exc:
        raise VenueError("venue.not_utf8", place=str(path)) from exc
    try:
        spec = json.loads(text)
    except json.JSONDecodeError as exc:
        raise VenueError("venue.bad_json", place=path.name, line=exc.lineno, column=exc.colno, detail=exc.msg) from exc
    except RecursionError as exc:
        raise VenueError("venue.too_deep", place=path.name) from exc
    try:
        expand_spec(spec)
    except VenueError as exc:
        raise VenueError(exc.code, **{**exc.params, "place": f"{path.name} {exc.place}"}) from exc
    return spec


def spec_from_seats(name: str, sections: list[Section], zones: list[Zone], seats: list[Seat]) -> dict:
    """The readable spec of a stored venue (rows as layout strings, zones as cells)."""
    by_section: dict[int, list[Seat]] = {}
    for s in seats:
        by_section.setdefault(s.section_id, []).append(s)
    out_sections = []
    for section in sections:
        mine = by_section.get(section.id, [])
        out_sections.append(_section_spec(section, mine))
    out_zones = []
    for zone in zones:
        cells = _zone_cells(zone.id, sections, seats)
        entry: dict[str, str | list[str]] = {"name": zone.name, "color": zone.color}
        entry.update({k: getattr(zone, k) for k in ("category", "unit") if getattr(zone, k)})
        if cells:
            entry["section"], entry["cells"] = cells
        out_zones.append(entry)
    return {"name": name, "sections": out_sections, "zones": out_zones}


def _section_spec(section: Section, seats: list[Seat]) -> dict:
    rows: dict[int, dict[int, Seat]] = {}
    for s in seats:
        rows.setdefault(s.row, {})[s.x] = s
    layouts: list[str | dict] = []
    for row_no in sorted(rows):
        cells = rows[row_no]
        text = "".join((BLOCKED if cells[x].blocked else SEAT) if x in cells else "."
                       for x in range(1, max(cells) + 1))
        layouts.append(text if row_no == len(layouts) + 1 else {"row": row_no, "layout": text})
    entry: dict = {"name": section.name, "kind": section.kind, "numbering": section.numbering, "rows": layouts}
    reserved = {f"{s.row}:{s.x}": s.reserved for s in seats if s.reserved}
    if reserved:
        entry["reserved"] = reserved
    return entry


def _zone_cells(zone_id: int, sections: list[Section], seats: list[Seat]) -> tuple[str, list[str]] | None:
    mine = [s for s in seats if s.zone_id == zone_id]
    if not mine:
        return None
    section_id = mine[0].section_id
    section = next(s.name for s in sections if s.id == section_id)
    runs: list[str] = []
    for row in sorted({s.row for s in mine if s.section_id == section_id}):
        runs.extend(row_runs(row, [s.x for s in mine if s.row == row and s.section_id == section_id]))
    return section, runs


def row_runs(row: int, xs) -> list[str]:
    """Seat positions of one row as the venue file writes them: "3:10-23", "3:25"."""
    xs = sorted(xs)
    runs: list[str] = []
    start = prev = xs[0]
    for x in xs[1:] + [None]:
        if x is not None and x == prev + 1:
            prev = x
            continue
        runs.append(f"{row}:{start}" if start == prev else f"{row}:{start}-{prev}")
        start = prev = x
    return runs


def dump_spec(spec: dict) -> str:
    """JSON text a person can read and edit: one row layout or zone per line."""
    lines = ["{", f'  "name": {json.dumps(spec.get("name", ""), ensure_ascii=False)},', '  "sections": [']
    sections = []
    for section in spec["sections"]:
        head = {k: v for k, v in section.items() if k != "rows"}
        rows = ",\n".join("      " + json.dumps(r, ensure_ascii=False) for r in section["rows"])
        body = json.dumps(head, ensure_ascii=False)[:-1]
        sections.append(f"    {body}, \"rows\": [\n{rows}\n    ]}}")
    lines.append(",\n".join(sections))
    lines.append("  ],")
    zones = ",\n".join("    " + json.dumps(z, ensure_ascii=False) for z in spec.get("zones", []))
    lines.append(f'  "zones": [\n{zones}\n  ]' if zones else '  "zones": []')
    lines.append("}")
    return "\n".join(lines) + "\n"


def seat_message(seat: Seat) -> messages.Message:
    """A seat as a message (section, row, number and zone are its parameters)."""
    code = "seat.label_zone" if seat.zone_name else "seat.label"
    return messages.message(code, section=seat.section_name, row=seat.row, number=seat.number,
                            zone=seat.zone_name or "")


def seat_label(seat: Seat | None) -> str:
    """How a seat reads on a badge or at the desk: 主席台 1排5号 / 台下 3排12号（嘉宾区）."""
    return seat_message(seat).text.strip() if seat else ""
