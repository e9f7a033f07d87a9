"""The venue as a readable spec (JSON-compatible dict) and its seats in the event file.

A spec names sections (the rostrum and the hall), the seats per row, the aisles
between seat blocks, the numbering style and the zones::

    {"name": "...",
     "sections": [{"name": "主席台", "kind": "rostrum", "rows": [9, 11]},
                  {"name": "台下", "kind": "hall", "rows": 20, "blocks": [8, 14, 8],
                   "numbering": "odd_even"}],
     "zones": [{"name": "嘉宾区", "color": "#fce5cd", "category": "嘉宾", "rows": [3, 5]}]}
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import ValidationError


@dataclass(frozen=True)
class SeatSpec:
    section: str
    kind: str
    row: int
    x: int
    number: str
    zone: str = ""


def hall_numbers(count: int, numbering: str) -> list[str]:
    """Printed numbers for one row of ``count`` seats, listed from the audience's left.

    ``odd_even`` (单双号): seen from the audience, odd numbers run from the centre
    to the right and even numbers from the centre to the left.
    """
    if numbering == "plain":
        return [str(i) for i in range(1, count + 1)]
    if numbering != "odd_even":
        raise ValidationError("numbering", f"未知的编号方式 {numbering!r} (unknown numbering)")
    right = count // 2 + count % 2      # seats from centre to the right get odd numbers
    left = count - right
    odd = [str(2 * i + 1) for i in range(right)]
    even = [str(2 * i + 2) for i in range(left)]
    return list(reversed(even)) + odd


def expand_spec(spec: dict) -> list[SeatSpec]:
    """Every seat a spec describes, with x counted from the audience's left (aisles leave gaps)."""
    seats: list[SeatSpec] = []
    for section in spec.get("sections", []):
        kind = section.get("kind", "hall")
        name = section.get("name", kind)
        rows = section["rows"]
        row_sizes = rows if isinstance(rows, list) else [sum(section.get("blocks", [30]))] * rows
        blocks = section.get("blocks")
        for row_no, size in enumerate(row_sizes, start=1):
            xs = _positions(size, blocks)
            numbers = hall_numbers(size, section.get("numbering", "plain"))
            for x, number in zip(xs, numbers):
                seats.append(SeatSpec(name, kind, row_no, x, number, _zone_for(spec, name, kind, row_no, x)))
    return seats


def _positions(size: int, blocks: list[int] | None) -> list[int]:
    if not blocks:
        return list(range(1, size + 1))
    xs, x = [], 1
    for block in blocks:
        xs.extend(range(x, x + block))
        x += block + 1          # one empty position for the aisle
    return xs[:size]


def _zone_for(spec: dict, section: str, kind: str, row: int, x: int) -> str:
    for zone in spec.get("zones", []):
        if zone.get("section", "台下" if kind == "hall" else "主席台") != section:
            continue
        first, last = zone.get("rows", [row, row])
        xs = zone.get("x")
        if first <= row <= last and (xs is None or xs[0] <= x <= xs[1]):
            return zone["name"]
    return ""


def write_venue(repo, spec: dict) -> int:
    """Store a venue spec's sections, zones and seats (inside the caller's transaction)."""
    zone_ids = {}
    for sort, zone in enumerate(spec.get("zones", [])):
        zone_ids[zone["name"]] = repo.insert_zone(zone["name"], zone.get("color", "#dddddd"),
                                                  zone.get("category", ""), zone.get("unit", ""), sort)
    section_ids = {}
    for sort, section in enumerate(spec.get("sections", [])):
        section_ids[section["name"]] = repo.insert_section(section["name"], section.get("kind", "hall"), sort,
                                                           section.get("numbering", "plain"))
    rows = [(section_ids[s.section], s.row, s.x, s.number, 0, "", zone_ids.get(s.zone)) for s in expand_spec(spec)]
    repo.insert_seats(rows)
    return len(rows)


def seat_label(seat: dict | None) -> str:
    """How a seat reads on a badge or at the desk: 主席台 1排5号 / 台下 3排12号（嘉宾区）."""
    if not seat:
        return ""
    text = f"{seat.get('section_name', '')} {seat['row']}排{seat['number']}号".strip()
    zone = seat.get("zone_name")
    return f"{text}（{zone}）" if zone else text
