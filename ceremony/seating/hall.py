"""Filling the audience hall (台下) by zone and unit (docs/protocol.md#hall). Pure functions, no database.

The caller hands over the seats, the people in seating order (units already
ordered, people by rank inside a unit), the seats people hold now and the
options; :func:`fill_hall` says who sits where and who could not be seated, why.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

FILL_CENTRE = "centre"          # centre-out, alternating (honoured side first, as on the rostrum)
FILL_LTR = "ltr"                # left → right (audience view)
FILL_RTL = "rtl"                # right → left
FILL_SERPENTINE = "serpentine"  # left → right, then right → left on the next row ...
FILL_MODES = (FILL_CENTRE, FILL_LTR, FILL_RTL, FILL_SERPENTINE)
BLOCKS_ROWS = "rows"            # 横排: units follow each other across the rows
BLOCKS_BANDS = "bands"          # 竖排: each unit gets a vertical band of columns
BLOCK_MODES = (BLOCKS_ROWS, BLOCKS_BANDS)

# Reasons a person stays unseated (the service turns them into text).
NO_ZONE = "no_zone"
ZONE_FULL = "zone_full"
CAPACITY_CAP = "capacity_cap"


@dataclass(frozen=True)
class HallSeat:
    id: int
    section: int          # section order (0 = first hall section)
    row: int              # 1 = front
    x: int                # position from the audience's left, aisles leave gaps
    zone: str = ""
    usable: bool = True   # False: blocked or reserved
    aisle: bool = False   # next to an aisle or at a row end


@dataclass(frozen=True)
class HallPerson:
    id: int
    zone: str = ""
    unit: str = ""
    media: bool = False


@dataclass(frozen=True)
class HallOptions:
    fill: str = FILL_CENTRE
    blocks: str = BLOCKS_ROWS
    rule: str = "left"            # which side of centre is honoured in centre-out fill
    spare: int = 0                # seats held back at the end of each zone
    distancing: bool = False      # 隔位就座
    stagger: bool = True          # shift the every-other pattern between rows
    cap_percent: int = 50         # epidemic capacity cap, % of fixed seats


@dataclass
class HallResult:
    assigned: dict[int, int] = field(default_factory=dict)       # person id → seat id
    unseated: list[tuple[int, str, str]] = field(default_factory=list)  # (person, reason, zone)
    warnings: list[tuple[str, dict]] = field(default_factory=list)     # (code, data)
    capacity: int = 0


def mark_aisles(seats: list[HallSeat]) -> list[HallSeat]:
    """Seats with no neighbour on one side (row ends and aisle seats) get ``aisle=True``."""
    present = {(s.section, s.row, s.x) for s in seats}
    return [HallSeat(s.id, s.section, s.row, s.x, s.zone, s.usable,
                     (s.section, s.row, s.x - 1) not in present or (s.section, s.row, s.x + 1) not in present)
            for s in seats]


def distancing_allows(seat: HallSeat, stagger: bool) -> bool:
    """隔位就座: every other seat is used; staggered, the pattern shifts by one on alternate rows."""
    shift = (seat.row + 1) % 2 if stagger else 0
    return (seat.x + shift) % 2 == 1


def seat_sequence(seats: list[HallSeat], fill: str, rule: str = "left") -> list[HallSeat]:
    """The order in which seats are filled: front rows first, then by the fill mode inside a row."""
    centres = _section_centres(seats)
    rows = sorted({(s.section, s.row) for s in seats})
    row_index = {key: i for i, key in enumerate(rows)}
    honoured = 1 if rule == "left" else -1   # 以左为尊: the audience's right is honoured

    def key(s: HallSeat):
        inner: tuple[float, ...]
        if fill == FILL_LTR:
            inner = (s.x,)
        elif fill == FILL_RTL:
            inner = (-s.x,)
        elif fill == FILL_SERPENTINE:
            inner = (s.x if row_index[(s.section, s.row)] % 2 == 0 else -s.x,)
        else:
            d = s.x - centres[s.section]
            inner = (abs(d), 0 if d * honoured > 0 else 1)
        return (s.section, s.row) + inner

    return sorted(seats, key=key)


def _section_centres(seats: list[HallSeat]) -> dict[int, float]:
    lo: dict[int, int] = {}
    hi: dict[int, int] = {}
    for s in seats:
        lo[s.section] = min(lo.get(s.section, s.x), s.x)
        hi[s.section] = max(hi.get(s.section, s.x), s.x)
    return {k: (lo[k] + hi[k]) / 2 for k in lo}


def fill_hall(seats: list[HallSeat], people: list[HallPerson], current: dict[int, int],
              options: HallOptions = HallOptions(), taken: AbstractSet[int] = frozenset(),
              zone_order: list[str] | None = None) -> HallResult:
    """Seat ``people`` (in seating order) in ``seats``.

    ``current`` maps person → seat held now: people whose seat is still usable and in
    their zone keep it (stable re-runs). ``taken`` seats (locked, or held by people
    seated elsewhere) are never given out. Every zone is first filled with its own
    people; only then do the people a full zone could not hold spill over: into seats
    of no zone, then the zones behind it (``zone_order``, front to back), then the
    zones in front of it, nearest first. They stay unseated only when the hall is full.
    """
    result = HallResult()
    seats = mark_aisles(seats)
    open_seats = [s for s in seats if s.usable and s.id not in taken]
    if options.distancing:
        open_seats = [s for s in open_seats if distancing_allows(s, options.stagger)]
        fixed = sum(1 for s in seats if s.usable)
        result.capacity = min(len(open_seats), math.floor(fixed * options.cap_percent / 100))
    else:
        result.capacity = len(open_seats)
    people = _apply_cap(people, result, options)
    by_zone = _group_by_zone(open_seats)
    known_zones = {s.zone for s in seats}
    seat_ids = {s.id: s for s in open_seats}
    free = set(seat_ids)
    for person in people:                       # stability: keep what is still right
        seat = seat_ids.get(current.get(person.id, -1))
        if seat is not None and seat.zone == person.zone and seat.id in free:
            result.assigned[person.id] = seat.id
            free.discard(seat.id)
    waiting = [p for p in people if p.id not in result.assigned]
    # Seats held now by people from another zone (last run's overflow) are given out last,
    # so a re-run does not evict them while the zone still has other free seats.
    held = {current[p.id] for p in waiting if p.id in current}
    overflow: list[tuple[str, list[HallPerson]]] = []
    order = full_zone_order(seats, people, zone_order)
    front = FrontRows(next((z for z in order if by_zone.get(z)), None), by_zone, options)
    for zone, group in _group_people(waiting):
        if zone and zone not in known_zones:    # a zone no seat belongs to: a setup mistake, say so
            result.unseated.extend((p.id, NO_ZONE, zone) for p in group)
            continue
        if zone and zone != front.zone:
            group = front.move_forward(group, free, result)
        zone_seats = [s for s in by_zone.get(zone, []) if s.id in free]
        left = _fill_zone(zone, group, zone_seats, options, result, held)
        free.difference_update(result.assigned.values())
        if left:
            overflow.append((zone, left))
    front.report_empty(free, result)
    _spill_over(overflow, by_zone, free, seat_ids, current, options, result, order)
    return result


class FrontRows:
    """The zone straight before the rostrum (the first zone front to back) is filled without gaps.

    Seats its own people leave empty (its spare seats too: spares belong at the back and the sides) go to
    the next tiers in zone order: the first people of the next zone
    (in seating order: units, then rank) move forward before their zone is filled, so that zone keeps no hole
    either. Media stay on their aisles. Front seats still empty at the end are reported, place named."""

    def __init__(self, zone: str | None, by_zone: dict[str, list[HallSeat]], options: HallOptions):
        self.zone = zone
        self.seats = seat_sequence(by_zone.get(zone, []), options.fill, options.rule) if zone is not None else []

    def move_forward(self, group: list[HallPerson], free: set[int], result: HallResult) -> list[HallPerson]:
        """Seat the first of ``group`` in the front seats still free; return the others."""
        empty = [s for s in self.seats if s.id in free]
        movers = [p for p in group if not p.media][:len(empty)]
        for person, seat in zip(movers, empty):
            result.assigned[person.id] = seat.id
            free.discard(seat.id)
        moved = {p.id for p in movers}
        if movers:          # never into another category's zone without saying so
            result.warnings.append(("moved_forward", {"zone": group[0].zone, "target": self.zone,
                                                      "count": len(movers)}))
        return [p for p in group if p.id not in moved]

    def report_empty(self, free: set[int], result: HallResult) -> None:
        empty = [s.id for s in self.seats if s.id in free]
        if empty:
            result.warnings.append(("front_empty", {"zone": self.zone, "seats": empty}))


def full_zone_order(seats: list[HallSeat], people: Sequence[HallPerson] = (),
                    zone_order: list[str] | None = None) -> list[str]:
    """Zone names front to back: the given order, then zones as people and seats first name them."""
    names = list(zone_order or []) + [p.zone for p in people] + [s.zone for s in seats]
    return [z for z in dict.fromkeys(names) if z]


def spill_targets(zone: str, order: list[str]) -> list[str]:
    """Where people of a full ``zone`` go: unzoned seats, the zones behind (nearest first), then
    the zones in front (nearest first). People with no zone take the back zones first."""
    if not zone:
        return list(reversed(order))
    if zone not in order:
        return [""] + list(reversed(order))
    i = order.index(zone)
    return [""] + order[i + 1:] + list(reversed(order[:i]))


def _spill_over(overflow, by_zone, free, seat_ids, current, options, result, order) -> None:
    no_spare = HallOptions(**{**options.__dict__, "spare": 0})   # every free seat counts now
    for zone, left in overflow:
        kept = []
        for person in left:                 # stability: an overflow seat held now is kept
            seat = seat_ids.get(current.get(person.id, -1))
            if seat is not None and seat.id in free:
                result.assigned[person.id] = seat.id
                free.discard(seat.id)
            else:
                kept.append(person)
        left = kept
        for target in spill_targets(zone, order):
            if not left:
                break
            spill = [s for s in by_zone.get(target, []) if s.id in free]
            if spill:
                left = _fill_zone(target, left, spill, no_spare, result)
                free.difference_update(result.assigned.values())
        result.unseated.extend((p.id, ZONE_FULL, zone) for p in left)
    _overflow_warnings(overflow, seat_ids, result)


def _overflow_warnings(overflow, seat_ids, result) -> None:
    counts: dict[tuple[str, str], int] = {}
    for zone, group in overflow:
        for person in group:
            seat = seat_ids.get(result.assigned.get(person.id, -1))
            if seat is not None:
                counts[(zone, seat.zone)] = counts.get((zone, seat.zone), 0) + 1
    for (zone, target), count in counts.items():
        result.warnings.append(("overflow", {"zone": zone, "target": target, "count": count}))


def pick_seat(seats: list[HallSeat], free: set[int], occupied: set[tuple[int, int, int]], zone: str,
              options: HallOptions = HallOptions(), zone_order: list[str] | None = None) -> HallSeat | None:
    """One seat for a latecomer (a walk-in): a free seat of ``zone``, else as :func:`spill_targets` says.

    ``occupied`` holds the (section, row, x) of seats someone sits on. With distancing on, a seat
    next to an occupied one is never given, and seats of the every-other pattern come first."""
    seats = mark_aisles(seats)
    candidates = [s for s in seats if s.usable and s.id in free]
    if options.distancing:
        candidates = [s for s in candidates if (s.section, s.row, s.x - 1) not in occupied
                      and (s.section, s.row, s.x + 1) not in occupied]
    by_zone = _group_by_zone(candidates)
    order = full_zone_order(seats, (), zone_order)
    for target in [zone] + [z for z in spill_targets(zone, order) if z != zone]:
        group = by_zone.get(target)
        if group:
            ordered = seat_sequence(group, options.fill, options.rule)
            if options.distancing:
                ordered.sort(key=lambda s: not distancing_allows(s, options.stagger))   # stable sort
            return ordered[0]
    return None


def _apply_cap(people: list[HallPerson], result: HallResult, options: HallOptions) -> list[HallPerson]:
    if not options.distancing or len(people) <= result.capacity:
        return people
    result.warnings.append(("capacity_cap", {"people": len(people), "capacity": result.capacity,
                                             "percent": options.cap_percent}))
    result.unseated.extend((p.id, CAPACITY_CAP, p.zone) for p in people[result.capacity:])
    return people[:result.capacity]


def _group_by_zone(seats: list[HallSeat]) -> dict[str, list[HallSeat]]:
    out: dict[str, list[HallSeat]] = {}
    for s in seats:
        out.setdefault(s.zone, []).append(s)
    return out


def _group_people(people: list[HallPerson]) -> list[tuple[str, list[HallPerson]]]:
    """People by zone, zones in order of first appearance, order kept inside."""
    groups: dict[str, list[HallPerson]] = {}
    for p in people:
        groups.setdefault(p.zone, []).append(p)
    return list(groups.items())


def _fill_zone(zone: str, people: list[HallPerson], seats: list[HallSeat], options: HallOptions,
               result: HallResult, held: AbstractSet[int] = frozenset()) -> list[HallPerson]:
    """Place people in a zone's free seats (``held`` ones last); return those left over."""
    if not people:
        return []
    media = [p for p in people if p.media]
    others = [p for p in people if not p.media]
    ordered = seat_sequence(seats, options.fill, options.rule)
    if held:
        ordered.sort(key=lambda s: s.id in held)      # stable: the fill order is kept otherwise
    aisle_first = [s for s in ordered if s.aisle] + [s for s in ordered if not s.aisle]
    used: set[int] = set()
    left = _take(media, aisle_first, used, result)
    remaining = [s for s in ordered if s.id not in used]
    spare = min(options.spare, max(0, len(remaining) - len(others)))
    pool = remaining[:len(remaining) - spare] if spare else remaining
    if options.blocks == BLOCKS_BANDS:
        left += _fill_bands(others, pool, options, used, result)
    else:
        left += _take(others, pool, used, result)
    if options.spare and spare < options.spare and others:     # the zone needed its spare seats
        result.warnings.append(("spare_used", {"zone": zone}))
    return left


def _take(people: list[HallPerson], seats: list[HallSeat], used: set[int], result: HallResult) -> list[HallPerson]:
    it = (s for s in seats if s.id not in used)
    for index, person in enumerate(people):
        seat = next(it, None)
        if seat is None:
            return people[index:]
        used.add(seat.id)
        result.assigned[person.id] = seat.id
    return []


def _fill_bands(people: list[HallPerson], seats: list[HallSeat], options: HallOptions, used: set[int],
                result: HallResult) -> list[HallPerson]:
    """竖排: each unit takes whole columns (front to back) until it fits, columns in fill order."""
    columns: dict[tuple[int, int], list[HallSeat]] = {}
    for s in seats:
        columns.setdefault((s.section, s.x), []).append(s)
    col_order = sorted({(s.section, s.x) for s in seats})
    col_order = _order_columns(col_order, options)
    col_rank = {key: i for i, key in enumerate(col_order)}
    left: list[HallPerson] = []
    cursor = 0
    for unit_people in _split_units(people):
        band: list[HallSeat] = []
        while len(band) < len(unit_people) and cursor < len(col_order):
            band += columns[col_order[cursor]]
            cursor += 1
        band.sort(key=lambda s: (s.row, col_rank[(s.section, s.x)]))
        left += _take(unit_people, band, used, result)
    if left:            # columns ran out: the rest take the seats bands left over, in fill order
        rest = sorted((s for s in seats if s.id not in used), key=lambda s: (s.row, col_rank[(s.section, s.x)]))
        left = _take(left, rest, used, result)
    return left


def _order_columns(cols: list[tuple[int, int]], options: HallOptions) -> list[tuple[int, int]]:
    if options.fill == FILL_RTL:
        return list(reversed(cols))
    if options.fill != FILL_CENTRE:
        return cols
    centre = {}
    for section in {c[0] for c in cols}:
        xs = [c[1] for c in cols if c[0] == section]
        centre[section] = (min(xs) + max(xs)) / 2
    honoured = 1 if options.rule == "left" else -1
    return sorted(cols, key=lambda c: (c[0], abs(c[1] - centre[c[0]]), 0 if (c[1] - centre[c[0]]) * honoured > 0 else 1))


def _split_units(people: list[HallPerson]) -> list[list[HallPerson]]:
    out: list[list[HallPerson]] = []
    for p in people:
        if out and out[-1][0].unit == p.unit:
            out[-1].append(p)
        else:
            out.append([p])
    return out
