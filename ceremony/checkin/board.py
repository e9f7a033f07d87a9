"""The live board: who is here, by category and zone, for the desk and the 主持人.

Every figure is counted with :func:`ceremony.attendance.attendance_states`, the
same function the attendance report uses, so the board and the report agree.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from ceremony.attendance import ARRIVED, Attendance, Tally, attendance_states, tally
from ceremony.models import Attendee, Seat
from ceremony.seating import seat_label

if TYPE_CHECKING:
    from ceremony.event import Event

BUCKET_MINUTES = 5
LATEST_COUNT = 12


@dataclass(frozen=True)
class GroupFigure:
    name: str
    color: str
    tally: Tally


@dataclass(frozen=True)
class SeatMark:
    """One seat on the arrival map."""

    seat_id: int
    section_kind: str         # rostrum / hall
    section_name: str
    row: int
    x: int
    number: str
    zone: str
    color: str
    attendee_id: int | None
    name: str
    state: str                # attendance state of the occupant, "" for an empty seat


@dataclass(frozen=True)
class Arrival:
    attendee: Attendee
    at: datetime
    desk: str
    seat: str


@dataclass(frozen=True)
class DoubleArrival:
    """A guest let in at two desks that could not see each other: counted once, both rows kept."""

    name: str
    at: str                   # the arrival kept as a duplicate (ISO time) and its desk
    desk: str
    counted_at: str           # the arrival that counts
    counted_desk: str


@dataclass(frozen=True)
class Board:
    at: datetime
    starts_at: datetime
    total: Tally
    by_category: tuple[GroupFigure, ...]
    by_zone: tuple[GroupFigure, ...]
    leaders: tuple[tuple[Attendee, str], ...]        # rostrum leaders in rank order with their state
    leaders_pending: tuple[Attendee, ...]           # not yet here (for the 领导到齐 cue)
    timeline: tuple[tuple[datetime, int], ...]      # arrivals per 5 minutes
    seats: tuple[SeatMark, ...]
    latest: tuple[Arrival, ...]                     # newest first
    refused: int
    conflicts: tuple[DoubleArrival, ...] = ()     # duplicates the sync or a merged file found (listed, not counted)

    @property
    def leaders_all_here(self) -> bool:
        return bool(self.leaders) and not self.leaders_pending


def build_board(event: Event) -> Board:
    """Compute every board figure from the event file (≈ tens of ms for thousands of people)."""
    people = event.checkin.roster()            # cached between scans: the board refreshes often
    states = attendance_states(event, people)
    seats = _seat_rows(event)
    zone_of = {s.attendee_id: (s.zone_name or "") for s in seats if s.attendee_id}
    categories = event.categories()
    cat_zone = {c.name: c.zone for c in categories}
    by_cat = _group(people, states, lambda p: p.category, [(c.name, c.color) for c in categories])
    zone_colors = [(z.name, z.color) for z in event.repo.zones()]
    by_zone = _group(people, states, lambda p: zone_of.get(p.id) or cat_zone.get(p.category, ""), zone_colors)
    leaders = [p for p in people if p.on_rostrum]            # people come in rank order
    pending = tuple(p for p in leaders if not states[p.id].arrived and states[p.id].state not in ("leave", "absent"))
    return Board(
        at=event.now(), starts_at=event.info.starts_at, total=tally(states.values()),
        by_category=by_cat, by_zone=by_zone, leaders=tuple((p, states[p.id].state) for p in leaders),
        leaders_pending=pending, timeline=_timeline(states.values(), event.now()),
        seats=_seat_marks(seats, states, {p.id: p for p in people}),
        latest=_latest(event, people, states, seats), refused=event.repo.refused_count(),
        conflicts=tuple(DoubleArrival(r["name"] or "", r["at"], r["desk"], r["counted_at"] or "", r["counted_desk"] or "")
                        for r in event.repo.duplicate_arrivals()),
    )


def _group(people, states, key, known: list[tuple[str, str]]) -> tuple[GroupFigure, ...]:
    members: dict[str, list[Attendance]] = {}
    for p in people:
        members.setdefault(key(p) or "", []).append(states[p.id])
    colors = dict(known)
    order = [name for name, _ in known if name in members] + sorted(k for k in members if k not in colors)
    return tuple(GroupFigure(name, colors.get(name, "#999999"), tally(members[name])) for name in order)


def _timeline(states, now: datetime) -> tuple[tuple[datetime, int], ...]:
    times = [a.arrived_at for a in states if a.arrived and a.arrived_at]
    if not times:
        return ()
    buckets = Counter(_bucket(t) for t in times)
    start, end = min(buckets), max(buckets)
    if timedelta(0) <= now - end <= timedelta(hours=2):
        end = _bucket(now)          # show the quiet minutes up to now, but not a gap of days
    out: list[tuple[datetime, int]] = []
    t = start
    while t <= end and len(out) < 288:      # at most one day of 5-minute bars
        out.append((t, buckets.get(t, 0)))
        t += timedelta(minutes=BUCKET_MINUTES)
    return tuple(out)


def _bucket(t: datetime) -> datetime:
    return t.replace(minute=t.minute - t.minute % BUCKET_MINUTES, second=0, microsecond=0)


def _seat_rows(event: Event) -> list[Seat]:
    """Every seat with its zone and occupant."""
    return event.seating.plan()


def _seat_marks(seats, states, people) -> tuple[SeatMark, ...]:
    marks = []
    for s in seats:
        aid = s.attendee_id
        person = people.get(aid)
        marks.append(SeatMark(s.id, s.section_kind, s.section_name, s.row, s.x, s.number,
                              s.zone_name or "", s.zone_color or "#dddddd", aid if person else None,
                              person.name if person else "", states[aid].state if person else ""))
    return tuple(marks)


def _latest(event: Event, people, states, seats) -> tuple[Arrival, ...]:
    arrived = sorted((a for a in states.values() if a.state in ARRIVED and a.arrived_at),
                     key=lambda a: a.arrived_at, reverse=True)[:LATEST_COUNT]
    by_id = {p.id: p for p in people}
    seat_by = {s.attendee_id: s for s in seats if s.attendee_id}
    return tuple(Arrival(by_id[a.attendee_id], a.arrived_at, a.desk, _label(seat_by.get(a.attendee_id)))
                 for a in arrived)


def _label(seat: Seat | None) -> str:
    return seat_label(seat) if seat else ""
