"""Auto-seating: the rules an event keeps, and the plan they produce (rostrum + hall).

:func:`compute_plan` reads the event and returns the seat → person map it wants;
the seating service turns it into one undoable operation.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import TYPE_CHECKING

from ceremony.seating import hall, rostrum
from ceremony.errors import CeremonyError
from ceremony.messages import Message, message
from ceremony.models import ATTENDANCE_ABSENT, ATTENDANCE_LEAVE, RSVP_LEAVE, Attendee, Seat

if TYPE_CHECKING:
    from ceremony.event import Event

SETTING = "seating_rules"
UNIT_ORDERS = ("rank", "strokes", "pinyin")


@dataclass(frozen=True)
class SeatingRules:
    """Everything docs/protocol.md#rostrum and #hall mark as a setting, with the defaults of a Chinese government
    meeting."""

    rule: str = rostrum.RULE_LEFT            # 以左为尊 / 以右为尊
    even: str = rostrum.EVEN_A               # even-N convention
    fill: str = hall.FILL_CENTRE
    blocks: str = hall.BLOCKS_ROWS           # 横排 / 竖排
    unit_order: str = "rank"                 # rank list, stroke order or pinyin
    spare: int = 2                           # spare seats per zone
    distancing: bool = False                 # 2020 epidemic mode: 隔位就座
    stagger: bool = True
    cap_percent: int = 50
    host_id: int = 0                         # 主持人 (attendee id; 0 = none)
    host_position: str = "centre"            # centre (rank order) or end (the lectern end: audience left)
    group_rows: dict = field(default_factory=dict)   # {"2": "speakers" | "category:…" | "unit:…"}
    media_categories: tuple = ("媒体记者",)

    @classmethod
    def from_setting(cls, value: dict | None) -> SeatingRules:
        known = {f.name for f in fields(cls)}
        data = {k: v for k, v in (value or {}).items() if k in known}
        if "media_categories" in data:
            data["media_categories"] = tuple(data["media_categories"])
        return cls(**data)

    def to_setting(self) -> dict:
        data = asdict(self)
        data["media_categories"] = list(self.media_categories)
        return data

    def with_(self, **changes) -> SeatingRules:
        data = {**asdict(self), **{k: v for k, v in changes.items() if v is not None}}
        data["media_categories"] = tuple(data["media_categories"])
        return SeatingRules(**data)


@dataclass
class AutoPlan:
    """What auto-seating wants: seat id → attendee id, plus who is left out and why."""

    seats: dict[int, int] = field(default_factory=dict)
    unseated: list[tuple[int, Message]] = field(default_factory=list)     # (attendee id, reason)
    warnings: list[Message] = field(default_factory=list)
    capacity: int = 0
    names: dict[int, str] = field(default_factory=dict)


def expected(person: Attendee) -> bool:
    """Who needs a seat: not on leave, not marked absent."""
    return person.rsvp != RSVP_LEAVE and person.attendance not in (ATTENDANCE_LEAVE, ATTENDANCE_ABSENT)


def rank_key(person: Attendee):
    return (person.rank == 0, person.rank, person.id)


class NotEnoughSeats(CeremonyError):
    """More people than usable seats in a place; nothing was changed."""

    def __init__(self, place: str, people: int, seats: int):
        """``place``: rostrum or hall."""
        super().__init__(f"seat.not_enough.{place}", people=people, seats=seats)
        self.place, self.people, self.seats = place, people, seats


def compute_plan(event: Event, rules: SeatingRules, keep_current: bool = True, allow_overflow: bool = False) -> AutoPlan:
    """The full plan for the event's current roster, keeping locked seats and (unless
    ``keep_current`` is False, a fresh plan) the seats people already hold where still right.

    More people than usable seats in the rostrum or the hall raises :class:`NotEnoughSeats`
    unless ``allow_overflow`` (then as many as fit are seated and the rest reported)."""
    seats = event.repo.seat_rows()
    everyone = event.attendees()
    people = sorted((p for p in everyone if expected(p)), key=rank_key)
    locked = {s.id: s.attendee_id for s in seats if s.attendee_id and s.locked}
    locked_people = set(locked.values())
    plan = AutoPlan(seats=dict(locked), names={p.id: p.name for p in everyone if p.id is not None})
    free_people = [p for p in people if p.id not in locked_people]
    rostrum_people = [p for p in free_people if p.on_rostrum]
    hall_people = [p for p in free_people if not p.on_rostrum]
    _check_capacity(seats, rostrum_people, hall_people, plan, allow_overflow)
    _plan_rostrum(seats, rostrum_people, rules, plan)
    _plan_hall(event, seats, hall_people, rules, plan, keep_current)
    return plan


def _check_capacity(seats: list[Seat], rostrum_people: list, hall_people: list, plan: AutoPlan,
                    allow_overflow: bool) -> None:
    """More people than usable seats: refuse, or (when allowed) say so before the per-person reasons."""
    for kind, people in (("rostrum", rostrum_people), ("hall", hall_people)):
        free = sum(1 for s in seats if s.section_kind == kind and not s.blocked and not s.reserved
                   and s.id not in plan.seats)
        if len(people) > free:
            if not allow_overflow:
                raise NotEnoughSeats(kind, len(people), free)
            plan.warnings.append(message(f"seating.more_people.{kind}", people=len(people), seats=free))


# --- rostrum ----------------------------------------------------------------------------------------
def _plan_rostrum(seats: list[Seat], people: list[Attendee], rules: SeatingRules, plan: AutoPlan) -> None:
    rows: dict[int, list[Seat]] = {}
    for s in seats:     # locked seats are out of the game: the others are placed around them
        if s.section_kind == "rostrum" and not s.blocked and not s.reserved and s.id not in plan.seats:
            rows.setdefault(s.row, []).append(s)
    row_numbers = sorted(rows)
    capacities = [len(rows[r]) for r in row_numbers]
    ids = [p.id for p in people if p.id is not None]
    groups = _group_rows(people, rules, row_numbers)
    host = rules.host_id if rules.host_id in ids else None
    places, left = rostrum.place_rostrum(ids, capacities, rules.rule, rules.even, groups, host, rules.host_position)
    taken = set(plan.seats)
    homeless: list[int] = []
    for place in places:
        row_seats = sorted(rows[row_numbers[place.row - 1]], key=lambda s: s.x)
        seat: Seat | None = row_seats[place.x - 1]
        if seat is not None and seat.id in taken:           # defensive: never give a seat twice
            seat = _nearest_free(row_seats, place.x - 1, taken)
        if seat is None:
            homeless.append(place.person)
            continue
        plan.seats[seat.id] = place.person
        taken.add(seat.id)
    for person in left + homeless:
        plan.unseated.append((person, message("seating.unseated.rostrum_full")))


def _group_rows(people: list[Attendee], rules: SeatingRules, row_numbers: list[int]) -> dict[int, set[int]]:
    """Rows given to a group: "speakers" (发言人), "category:<name>" or "unit:<name>"."""
    out: dict[int, set[int]] = {}
    for key, group in (rules.group_rows or {}).items():
        index = int(key)
        if not 1 <= index <= len(row_numbers):
            continue
        kind, _, value = str(group).partition(":")
        if kind == "speakers":
            out[index] = {p.id for p in people if p.speaker and p.id is not None}
        elif kind == "category":
            out[index] = {p.id for p in people if p.category == value and p.id is not None}
        elif kind == "unit":
            out[index] = {p.id for p in people if p.unit == value and p.id is not None}
    return out


def _nearest_free(row_seats: list[Seat], index: int, taken: set[int]) -> Seat | None:
    order = sorted(range(len(row_seats)), key=lambda i: abs(i - index))
    return next((row_seats[i] for i in order if row_seats[i].id not in taken), None)


# --- hall -------------------------------------------------------------------------------------------
def _plan_hall(event: Event, seats: list[Seat], people: list[Attendee], rules: SeatingRules, plan: AutoPlan,
               keep_current: bool = True) -> None:
    hall_rows = [s for s in seats if s.section_kind == "hall"]
    sections = {sid: i for i, sid in enumerate(dict.fromkeys(s.section_id for s in hall_rows))}
    hall_seats = [hall.HallSeat(s.id, sections[s.section_id], s.row, s.x, s.zone_name or "",
                                not s.blocked and not s.reserved) for s in hall_rows]
    zone_of = _zone_resolver(event, hall_rows)
    ordered = _order_hall_people(event, people, zone_of, rules)
    ranks = {p.id: p.rank for p in people}
    current = {s.attendee_id: s.id for s in hall_rows if keep_current and s.attendee_id is not None
               and s.attendee_id in ranks and s.assigned_rank == ranks[s.attendee_id]}
    media = set(rules.media_categories)
    hall_people = [hall.HallPerson(p.id, zone_of(p), p.unit, p.category in media) for p in ordered
                   if p.id is not None]
    options = hall.HallOptions(rules.fill, rules.blocks, rules.rule, rules.spare, rules.distancing,
                               rules.stagger, rules.cap_percent)
    zone_order = [z.name for z in event.repo.zones()]
    result = hall.fill_hall(hall_seats, hall_people, current, options, taken=set(plan.seats), zone_order=zone_order)
    plan.capacity = result.capacity
    for person, seat in result.assigned.items():
        plan.seats[seat] = person
    for person, reason, zone in result.unseated:
        plan.unseated.append((person, _reason(reason, zone, rules)))
    places = {s.id: message("seating.place", row=s.row, number=s.number) for s in hall_rows}
    plan.warnings.extend(_warning(code, data, places) for code, data in result.warnings)


def _zone_resolver(event: Event, hall_rows: list[Seat]):
    """Person → zone name: a zone for their unit, else their category's zone, else a zone naming the category."""
    zones = [z for z in event.repo.zones()]
    with_seats = {s.zone_name for s in hall_rows if s.zone_name}
    by_unit = {z.unit: z.name for z in zones if z.unit and z.name in with_seats}
    by_category = {z.category: z.name for z in zones if z.category}
    default = {c.name: c.zone for c in event.categories() if c.zone}

    def zone_of(person: Attendee) -> str:
        if not with_seats:      # a hall without zones (a new event): everyone in protocol order, anywhere
            return ""
        return by_unit.get(person.unit) or default.get(person.category) or by_category.get(person.category, "")
    return zone_of


def _order_hall_people(event: Event, people: list[Attendee], zone_of, rules: SeatingRules) -> list[Attendee]:
    """Zone order (as the zones are listed), then unit order (the setting), then rank inside a unit."""
    zone_sort = {z.name: z.sort for z in event.repo.zones()}
    unit_rank = _unit_order(event, people, rules.unit_order)
    return sorted(people, key=lambda p: (zone_sort.get(zone_of(p), 1 << 30), unit_rank[p.unit]) + rank_key(p))


def _unit_order(event: Event, people: list[Attendee], how: str) -> dict[str, int]:
    best: dict[str, tuple] = {}
    for p in people:
        best[p.unit] = min(best.get(p.unit, rank_key(p)), rank_key(p))
    units = sorted(best, key=lambda u: best[u])
    if how in ("strokes", "pinyin") and units:
        units = _sort_names(event, units, how)
    return {u: i for i, u in enumerate(units)}


def _sort_names(event, names: list[str], how: str) -> list[str]:
    """Unit names in stroke order (character by character: a unit has no surname) or pinyin order."""
    if how == "strokes":
        return event.roster.sorted_units(names)
    stand_ins = [Attendee(id=i, name=n or "—") for i, n in enumerate(names)]
    return [names[p.id] for p in event.roster.sorted(stand_ins, how)]


def _zone(name: str) -> str | Message:
    return name or message("seating.no_zone")


def _reason(code: str, zone: str, rules: SeatingRules) -> Message:
    """Why a person stays unseated (:mod:`ceremony.seating.hall`'s reason codes)."""
    if code == hall.NO_ZONE:
        return message("seating.unseated.zone_has_no_seats", zone=zone)
    if code == hall.CAPACITY_CAP:
        return message("seating.unseated.over_cap", percent=rules.cap_percent)
    return message("seating.unseated.zone_full", zone=_zone(zone))


def _warning(code: str, data: dict, places: dict[int, Message]) -> Message:
    """What the hall filling reports (:mod:`ceremony.seating.hall`'s warning codes) as a message."""
    if code == "moved_forward":
        return message("seating.moved_forward", count=data["count"], zone=data["zone"], target=data["target"])
    if code == "front_empty":
        seats = [places.get(seat, message("seating.seat_id", seat=seat)) for seat in data["seats"]]
        return message("seating.front_empty", zone=data["zone"], count=len(seats), seats=seats)
    if code == "capacity_cap":
        return message("seating.capacity_cap", people=data["people"], percent=data["percent"],
                       capacity=data["capacity"])
    if code == "spare_used":
        return message("seating.spare_used", zone=data["zone"])
    if code == "overflow":
        return message("seating.overflow", count=data["count"], zone=_zone(data["zone"]),
                       target=data["target"] or message("seating.unzoned_seats"))
    raise ValueError(f"unknown hall warning {code!r}")
