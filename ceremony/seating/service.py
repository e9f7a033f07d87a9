"""The seating service: who sits where, auto-seating, moves, locks, and the venue itself.

Every change to assignments is a :class:`SeatOperation` (an immutable record):
applying it persists it and returns its inverse, so the GUI can undo anything.
Seats are named by (section name, row, x) in operations, so an operation still
means the same seat after the venue has been edited.
"""

from __future__ import annotations

from dataclasses import dataclass, field
import math
from pathlib import Path
from typing import TYPE_CHECKING

from ceremony.backups import BULK
from ceremony.errors import CeremonyError
from ceremony.messages import Message
from ceremony.models import Changes, Seat, Section, Zone
from ceremony.seating.auto import SETTING, AutoPlan, SeatingRules, compute_plan, rank_key
from ceremony.seating.venue import seat_label as _seat_label
from ceremony.seating.venue import seat_message as _seat_message

if TYPE_CHECKING:
    from ceremony.event import Event

SeatKey = tuple[str, int, int]          # (section name, row, x)


class SeatingError(CeremonyError):
    """A seating change that cannot be made; the plan is left as it was."""


class SeatLocked(SeatingError):
    code = "seat.locked"

    def __init__(self, label: Message | str):
        """``label``: the seat (:func:`~ceremony.seating.venue.seat_message`)."""
        super().__init__(label=label)
        self.label = str(label)


class SeatUnavailable(SeatingError):
    """``code``: seat.blocked, seat.no_such_seat or seat.gone."""

    def __init__(self, code: str, /, label: Message | str = "", **params):
        super().__init__(code, label=label, **params)
        self.label = str(label)


@dataclass(frozen=True)
class SeatState:
    """What one seat should hold: a person (or nobody) and whether it is locked."""

    seat: SeatKey
    attendee_id: int | None
    locked: bool = False


@dataclass(frozen=True)
class SeatOperation:
    """Set some seats to the given states; everything else stays. ``source``: auto or manual."""

    states: tuple[SeatState, ...]
    source: str = "manual"

    def apply(self, event: Event) -> tuple[SeatOperation, Changes]:
        """Persist this operation (one transaction); return its inverse and what changed."""
        changes, inverse = event.seating.apply(self)
        return inverse, changes


@dataclass(frozen=True)
class VenueOperation:
    """Replace the venue by ``spec``, then put people back on ``states`` (the inverse of an edit carries them)."""

    spec: dict = field(hash=False, compare=False)
    states: tuple[SeatState, ...] = ()

    def apply(self, event: Event) -> tuple[VenueOperation, Changes]:
        service = event.seating
        before_spec = service.venue_spec()
        before = tuple(SeatState(_key(s), s.attendee_id, bool(s.locked))
                       for s in event.repo.seat_rows() if s.attendee_id)
        from ceremony.seating.venue_file import MOVES, inverse_moves
        before_spec[MOVES] = inverse_moves(self.spec)
        with event.repo.transaction():
            changes = service.replace_venue(self.spec)
            if self.states:
                changes |= service.apply(SeatOperation(self.states))[0]
        return VenueOperation(before_spec, before), changes


@dataclass(frozen=True)
class AssignedSeat:
    """One occupied seat as the CLI, the exports and the lists show it."""

    id: int                     # the attendee
    name: str
    unit: str
    title: str
    category: str
    section: str                # "rostrum" or "hall"
    section_name: str
    row: int                    # 1 = front
    seat: str                   # the printed seat number
    x: int                      # physical position from the audience's left, 1-based, aisles counted
    index: int                  # the k-th seat of the row from the audience's left
    zone: str
    locked: bool
    rostrum_no: int | None      # on the rostrum: the rank number (位次)
    label: str                  # "台下 3排12号（嘉宾区）"


@dataclass(frozen=True)
class AutoResult:
    """What auto-seating did; reasons and warnings are messages (``.text`` is the Chinese)."""

    operation: SeatOperation
    assigned: int
    unseated: list[tuple[int, str, Message]]     # (attendee id, name, reason)
    warnings: list[Message]
    capacity: int


class SeatingService:
    def __init__(self, event: Event):
        self.event = event
        self.repo = event.repo

    # --- reading (the contract other areas use) ----------------------------------------------------
    def seat_of(self, attendee_id: int) -> Seat | None:
        """The attendee's seat (section, row, number, x, zone, locked), or None when unseated."""
        return self.repo.seat_of(attendee_id)

    def seat_label(self, attendee_id: int) -> str:
        """"台下 3排12号（嘉宾区）", or "" when unseated."""
        return _seat_label(self.repo.seat_of(attendee_id))

    def seat_message(self, attendee_id: int) -> Message | None:
        """The attendee's seat as a message (the interface's language), None when unseated."""
        seat = self.repo.seat_of(attendee_id)
        return _seat_message(seat) if seat else None

    def seat_labels(self) -> dict[int, str]:
        """Every seated attendee's label in one query (badge batches)."""
        return {s.attendee_id: _seat_label(s) for s in self.repo.seat_rows() if s.attendee_id}

    def plan(self) -> list[Seat]:
        """Every seat with its section, zone and occupant, in section, row, x order."""
        return self.repo.seat_rows()

    def assigned_rows(self) -> list[AssignedSeat]:
        """One record per occupied seat, in plan order, for the CLI, exports and charts."""
        people = {p.id: p for p in self.event.attendees()}
        rows = [s for s in self.repo.seat_rows() if s.attendee_id in people]
        numbers = rostrum_numbers(rows, people)
        index = _seat_indexes(self.repo.seat_rows())
        out = []
        for s in rows:
            if s.attendee_id is None:
                continue
            p = people[s.attendee_id]
            out.append(AssignedSeat(s.attendee_id, p.name, p.unit, p.title, p.category, s.section_kind,
                                    s.section_name, s.row, s.number, s.x, index[s.id], s.zone_name, s.locked,
                                    numbers.get(s.attendee_id), _seat_label(s)))
        return out

    def sections(self) -> list[Section]:
        """The venue's sections (rostrum, hall ...) in display order."""
        return self.repo.sections()

    def zones(self) -> list[Zone]:
        """The hall's zones in display order."""
        return self.repo.zones()

    def seat(self, seat_id: int) -> Seat | None:
        return self.repo.seat_row(seat_id)

    def rules(self) -> SeatingRules:
        return SeatingRules.from_setting(self.event.setting(SETTING))

    def set_rules(self, rules: SeatingRules) -> Changes:
        self.event.set_setting(SETTING, rules.to_setting())
        return Changes(event=True)

    # --- operations ---------------------------------------------------------------------------------
    def apply(self, op: SeatOperation) -> tuple[Changes, SeatOperation]:
        """Persist ``op`` in one transaction; return what changed and the inverse operation."""
        if len(op.states) >= BULK:
            self.event.backup_before("bulk")
        with self.repo.transaction():
            ids = self._seat_ids([s.seat for s in op.states])
            keys_by_id = {v: k for k, v in ids.items()}
            current = self.repo.assignments_touching(ids.values(), [s.attendee_id for s in op.states if s.attendee_id])
            touched = set(ids.values()) | {row.seat_id for row in current}
            before = {row.seat_id: row for row in current}
            extra_keys = self._keys_for(touched - set(keys_by_id))
            keys_by_id.update(extra_keys)
            inverse = tuple(SeatState(keys_by_id[sid], before[sid].attendee_id if sid in before else None,
                                      bool(before[sid].locked) if sid in before else False)
                            for sid in sorted(touched))
            ranks = self.repo.attendee_ranks([s.attendee_id for s in op.states if s.attendee_id])
            placed = [s.attendee_id for s in op.states if s.attendee_id in ranks]   # people deleted since: skip
            self.repo.delete_assignments(seat_ids=list(ids.values()), attendee_ids=placed)
            self.repo.insert_assignments((ids[s.seat], s.attendee_id, int(s.locked), ranks[s.attendee_id],
                                          op.source) for s in op.states if s.attendee_id in ranks)
            people = set(placed) | {row.attendee_id for row in current}
            self.event.audit("seating.change", {"seats": len(op.states), "source": op.source})
        return Changes(seats=True, ids=frozenset(people)), SeatOperation(inverse, op.source)

    def move_operation(self, attendee_id: int, seat_id: int) -> SeatOperation:
        """Put a person on a seat; whoever sits there takes the person's old seat (or none)."""
        target = self._seat_or_fail(seat_id)
        old = self.repo.seat_of(attendee_id)
        if target.blocked:
            raise SeatUnavailable("seat.blocked", _seat_message(target))
        if old and old.locked:
            raise SeatLocked(_seat_message(old))
        if target.attendee_id == attendee_id:
            return SeatOperation(())
        if target.locked:
            raise SeatLocked(_seat_message(target))
        states = [SeatState(_key(target), attendee_id)]
        if old:
            states.append(SeatState(_key(old), target.attendee_id))
        return SeatOperation(tuple(states))

    def move(self, attendee_id: int, seat_id: int) -> Changes:
        return self.apply(self.move_operation(attendee_id, seat_id))[0]

    def lock_operation(self, seat_ids: list[int], locked: bool) -> SeatOperation:
        rows = [self._seat_or_fail(s) for s in seat_ids]
        return SeatOperation(tuple(SeatState(_key(r), r.attendee_id, locked) for r in rows if r.attendee_id))

    def unassign_operation(self, seat_ids: list[int]) -> SeatOperation:
        rows = [self._seat_or_fail(s) for s in seat_ids]
        locked = [r for r in rows if r.locked]
        if locked:
            raise SeatLocked(_seat_message(locked[0]))
        return SeatOperation(tuple(SeatState(_key(r), None) for r in rows if r.attendee_id))

    def clear_operation(self, keep_locked: bool = True) -> SeatOperation:
        """Empty every seat (locked ones stay unless ``keep_locked`` is False)."""
        rows = [s for s in self.repo.seat_rows() if s.attendee_id and not (keep_locked and s.locked)]
        return SeatOperation(tuple(SeatState(_key(r), None) for r in rows))

    def seat_one_operation(self, attendee_id: int) -> SeatOperation | None:
        """The operation that gives one person (a walk-in) a free hall seat, moving nobody else.

        Their zone first (unit zone, else category zone), then seats of no zone, then the zones
        behind, then any free hall seat. Spare seats count as free; blocked, reserved and
        occupied seats never do. With distancing on, no seat next to someone and nobody beyond
        the capacity cap. Someone already seated gets an empty operation; no free seat: None."""
        from ceremony.seating.hall import HallOptions, HallSeat, pick_seat
        from ceremony.seating.auto import _zone_resolver
        person = self.event.attendee(attendee_id)
        rows = self.repo.seat_rows()
        if any(s.attendee_id == attendee_id for s in rows):
            return SeatOperation(())
        hall_rows = [s for s in rows if s.section_kind == "hall"]
        rules = self.rules()
        if rules.distancing and _over_cap(hall_rows, rules.cap_percent):
            return None
        sections = {sid: i for i, sid in enumerate(dict.fromkeys(s.section_id for s in hall_rows))}
        seats = [HallSeat(s.id, sections[s.section_id], s.row, s.x, s.zone_name or "",
                          not s.blocked and not s.reserved) for s in hall_rows]
        free = {s.id for s in hall_rows if not s.attendee_id}
        occupied = {(sections[s.section_id], s.row, s.x) for s in hall_rows if s.attendee_id}
        options = HallOptions(rules.fill, rules.blocks, rules.rule, 0, rules.distancing, rules.stagger,
                              rules.cap_percent)
        zone = _zone_resolver(self.event, hall_rows)(person)
        chosen = pick_seat(seats, free, occupied, zone, options, [z.name for z in self.repo.zones()])
        if chosen is None:
            return None
        row = next(s for s in hall_rows if s.id == chosen.id)
        return SeatOperation((SeatState(_key(row), attendee_id),), "manual")

    def seat_one(self, attendee_id: int) -> Seat | None:
        """Give one person a free hall seat (see :meth:`seat_one_operation`) and return it
        (as :meth:`seat_of`), or None when no free seat is left. Undo: apply the operation's
        inverse, as for every seat change."""
        op = self.seat_one_operation(attendee_id)
        if op is None:
            return None
        if op.states:
            self.apply(op)
        return self.seat_of(attendee_id)

    def auto_seat(self, rules: SeatingRules | None = None, apply: bool = True, fresh: bool = False,
                  allow_overflow: bool = False) -> AutoResult:
        """Seat everyone expected by the rules; locked seats never move, stable seats stay.

        ``fresh`` ignores the seats people hold now (locked seats still stay). More people than seats
        raises :class:`~ceremony.seating.auto.NotEnoughSeats` (nothing changed) unless ``allow_overflow``.
        With ``apply`` False nothing is stored: the GUI pushes ``result.operation`` on its undo stack
        (and saves the rules with :meth:`set_rules`)."""
        if apply:
            self.event.require_organiser("seating")
        rules = rules or self.rules()
        plan = compute_plan(self.event, rules, keep_current=not fresh, allow_overflow=allow_overflow)
        result = self._auto_result(plan)
        if apply:
            if result.operation.states:
                self.apply(result.operation)
            self.set_rules(rules)            # the charts note the rules the plan was made with
        return result

    def _auto_result(self, plan: AutoPlan) -> AutoResult:
        rows = self.repo.seat_rows()
        states = []
        for s in rows:
            want = plan.seats.get(s.id)
            if want != s.attendee_id:
                states.append(SeatState(_key(s), want))
        unseated = [(aid, plan.names.get(aid, ""), why) for aid, why in plan.unseated]
        return AutoResult(SeatOperation(tuple(states), "auto"), len(plan.seats), unseated, plan.warnings,
                          plan.capacity)

    # --- venue ----------------------------------------------------------------------------------------
    def venue_spec(self) -> dict:
        from ceremony.seating.venue_file import stored_spec
        return stored_spec(self.repo)

    def replace_venue(self, spec: dict) -> Changes:
        """Make the stored venue match ``spec``; seats that stay keep their ids and people."""
        from ceremony.seating.venue_file import apply_spec
        self.event.require_organiser("venue")
        self.event.backup_before("venue")
        with self.repo.transaction():
            apply_spec(self.repo, spec)
            self.event.audit("venue.replace", {"name": spec.get("name", "")})
        return Changes(venue=True, seats=True)

    def load_venue_file(self, path: Path | str) -> Changes:
        from ceremony.seating.venue import read_venue_file
        return self.replace_venue(read_venue_file(path))

    def save_venue_file(self, path: Path | str) -> None:
        from ceremony.fileio import atomic_output
        from ceremony.seating.venue import dump_spec
        with atomic_output(path) as tmp:
            tmp.write_text(dump_spec(self.venue_spec()), encoding="utf-8")

    # --- helpers --------------------------------------------------------------------------------------
    def _seat_or_fail(self, seat_id: int) -> Seat:
        row = self.repo.seat_row(seat_id)
        if row is None:
            raise SeatUnavailable("seat.no_such_seat", seat_id=seat_id)
        return row

    def _seat_ids(self, keys: list[SeatKey]) -> dict[SeatKey, int]:
        if len(keys) > 16:
            found = self.repo.seat_keys()
        else:
            found = {k: sid for k in keys if (sid := self.repo.seat_id_at(*k)) is not None}
        missing = [k for k in keys if k not in found]
        if missing:
            section, row, x = missing[0]
            raise SeatUnavailable("seat.gone", section=section, row=row, x=x)
        return {k: found[k] for k in keys}

    def _keys_for(self, seat_ids) -> dict[int, SeatKey]:
        return {sid: _key(self._seat_or_fail(sid)) for sid in seat_ids}


def rostrum_numbers(seat_rows: list[Seat], people: dict) -> dict[int, int]:
    """Rank numbers on the rostrum (1 = highest), as printed on charts: rank order of who sits there."""
    seated = [people[s.attendee_id] for s in seat_rows
              if s.section_kind == "rostrum" and s.attendee_id in people]
    seated.sort(key=rank_key)
    return {p.id: i for i, p in enumerate(seated, start=1)}


def _over_cap(hall_rows: list[Seat], cap_percent: int) -> bool:
    """Epidemic mode: the hall already holds its capacity cap (% of usable fixed seats)."""
    usable = sum(1 for s in hall_rows if not s.blocked and not s.reserved)
    seated = sum(1 for s in hall_rows if s.attendee_id)
    return seated >= math.floor(usable * cap_percent / 100)


def _seat_indexes(seat_rows: list[Seat]) -> dict[int, int]:
    """seat id → its position among the seats of its row, from the audience's left (aisles not counted)."""
    rows: dict[tuple, list[Seat]] = {}
    for s in seat_rows:
        rows.setdefault((s.section_id, s.row), []).append(s)
    out = {}
    for seats in rows.values():
        for k, s in enumerate(sorted(seats, key=lambda s: s.x), start=1):
            out[s.id] = k
    return out


def _key(seat: Seat) -> SeatKey:
    return (seat.section_name, seat.row, seat.x)

