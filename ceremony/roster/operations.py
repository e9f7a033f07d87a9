"""Undoable roster operations: small immutable records (Orange3's pattern).

Applying an operation persists it in one transaction and returns ``(inverse, changes)``;
applying the inverse restores the roster. ``ui/operation_command.py`` wraps any object with
this ``apply(event)`` protocol in one generic QUndoCommand, so other areas can write their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, TYPE_CHECKING

from ceremony.backups import BULK
from ceremony.errors import ValidationError
from ceremony.models import Attendee, Changes
from ceremony.roster.names import clean_name

if TYPE_CHECKING:
    from ceremony.event import Event

# Fields that show on printed matter: changing one bumps the version so badges get reprinted.
PRINTED_FIELDS = ("name", "unit", "title", "category", "badge_no", "gender")


class Operation(Protocol):
    def apply(self, event: Event) -> tuple[Operation, Changes]:
        ...


@dataclass(frozen=True)
class PutAttendees:
    """Bring attendees to the given states: insert or update each row in ``rows``, delete ``deletes``.

    ``links`` (id → rows that pointed at a deleted attendee: seat, badge codes, check-ins) is
    restored when a deleted attendee is put back, so undoing a delete loses nothing.
    """

    rows: tuple[Attendee, ...] = ()
    deletes: tuple[int, ...] = ()
    links: tuple[tuple[int, dict], ...] = ()
    label: str = "roster.put"

    def apply(self, event: Event) -> tuple[PutAttendees, Changes]:
        repo = event.repo
        if self.label in ("roster.import", "roster.delete", "attendee.update", "roster.put"):
            event.require_organiser("roster")
        if self.label == "roster.import":
            event.backup_before("import")
        elif len(self.rows) + len(self.deletes) >= BULK:
            event.backup_before("bulk")
        now = event.now_text()
        restored, inverse_rows, inverse_deletes, inverse_links, touched = dict(self.links), [], [], [], set()
        with repo.transaction():
            existing = repo.attendees_by_ids([p.id for p in self.rows if p.id is not None] + list(self.deletes))
            for aid in self.deletes:
                if aid in existing:
                    inverse_rows.append(existing[aid])
                    inverse_links.append((aid, repo.attendee_links(aid)))
                    repo.delete_attendee(aid)
                    touched.add(aid)
            for person in self.rows:
                person = _validated(person)
                old = existing.get(person.id) if person.id is not None else None
                if old is None:
                    new_id = repo.insert_attendee(person, created_at=person.created_at or now, updated_at=now)
                    if new_id in restored:
                        repo.restore_attendee_links(new_id, restored[new_id])
                    inverse_deletes.append(new_id)
                    touched.add(new_id)
                else:
                    repo.update_attendee(person.with_(version=_next_version(old, person), updated_at=now,
                                                      created_at=old.created_at))
                    inverse_rows.append(old)
                    assert old.id is not None, "a stored attendee"
                    touched.add(old.id)
            event.audit(self.label, {"put": len(self.rows), "deleted": len(self.deletes),
                                     "ids": sorted(touched)[:200]})
        event.roster.invalidate()
        inverse = PutAttendees(tuple(inverse_rows), tuple(inverse_deletes), tuple(inverse_links), self.label)
        return inverse, Changes(attendees=True, seats=bool(self.deletes or inverse_links), ids=frozenset(touched))


def _validated(person: Attendee) -> Attendee:
    name = clean_name(person.name)
    if not name:
        raise ValidationError("person.name_required")
    return person if name == person.name else person.with_(name=name)


def _next_version(old: Attendee, new: Attendee) -> int:
    changed = any(getattr(old, f) != getattr(new, f) for f in PRINTED_FIELDS)
    return max(old.version, new.version) + 1 if changed else old.version


@dataclass(frozen=True)
class CompositeOperation:
    """Several operations applied in one transaction (e.g. a bulk edit made of different kinds)."""

    parts: tuple = field(default_factory=tuple)

    def apply(self, event: Event) -> tuple[CompositeOperation, Changes]:
        changes = Changes()
        inverses = []
        with event.repo.transaction():
            for part in self.parts:
                inverse, part_changes = part.apply(event)
                inverses.append(inverse)
                changes |= part_changes
        return CompositeOperation(tuple(reversed(inverses))), changes


def edit_operation(people: list[Attendee], label: str = "roster.edit") -> PutAttendees:
    """Updates (or inserts, for people without id) as one undoable step."""
    return PutAttendees(rows=tuple(people), label=label)


def delete_operation(ids: list[int]) -> PutAttendees:
    return PutAttendees(deletes=tuple(ids), label="roster.delete")


def order_operation(event: Event, ordered_ids: list[int], label: str = "roster.rank") -> PutAttendees:
    """Give ranks 1..N in the order of ``ordered_ids``; everyone else keeps their relative order after them."""
    people = {p.id: p for p in event.attendees()}
    ids = [i for i in ordered_ids if i in people]
    listed = set(ids)
    ids += [p.id for p in event.roster.sorted(list(people.values()), "rank") if p.id not in listed]
    rows = tuple(people[aid].with_(rank=n) for n, aid in enumerate(ids, start=1) if people[aid].rank != n)
    return PutAttendees(rows=rows, label=label)


def move_operation(event: Event, ids: list[int], delta: int) -> PutAttendees:
    """Move the selected people ``delta`` places up (negative) or down in the rank order."""
    order = [p.id for p in event.roster.sorted(event.attendees(), "rank")]
    chosen = set(ids)
    if delta < 0:
        for _ in range(-delta):
            order = _bubble(order, chosen)
    else:
        for _ in range(delta):
            order = list(reversed(_bubble(list(reversed(order)), chosen)))
    return order_operation(event, order, "roster.move")


def _bubble(order: list[int], chosen: set[int]) -> list[int]:
    """Move every chosen id one place towards the front, keeping blocks together."""
    out = list(order)
    for i in range(1, len(out)):
        if out[i] in chosen and out[i - 1] not in chosen:
            out[i - 1], out[i] = out[i], out[i - 1]
    return out


def place_operation(event: Event, ids: list[int], before_id: int | None) -> PutAttendees:
    """Drag and drop: put ``ids`` (in their current order) just before ``before_id`` (None = at the end)."""
    order = [p.id for p in event.roster.sorted(event.attendees(), "rank")]
    moving = [i for i in order if i in set(ids)]
    rest = [i for i in order if i not in set(ids)]
    at = rest.index(before_id) if before_id in rest else len(rest)
    return order_operation(event, rest[:at] + moving + rest[at:], "roster.move")
