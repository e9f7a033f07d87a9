"""The roster service: adding, changing and removing people, search, list orders, ranking.

Every write goes through an undoable operation (ceremony.roster.operations) and drops the
search index; others who write attendees directly call :meth:`RosterService.invalidate`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ceremony.models import Attendee, Changes
from ceremony.roster.operations import PutAttendees, delete_operation, order_operation
from ceremony.roster.search import SearchIndex
from ceremony.errors import ValidationError
from ceremony.roster.sorting import CONVENTIONS, sort_people, sort_units

if TYPE_CHECKING:
    from ceremony.event import Event


class RosterService:
    def __init__(self, event: Event):
        self.event = event
        self.repo = event.repo
        self._index: SearchIndex | None = None
        self._fingerprint: tuple | None = None
        self._quick: tuple[int, int] | None = None
        self._rows_quick: tuple[int, int] | None = None

    # --- writes ------------------------------------------------------------------------------
    def add(self, person: Attendee) -> tuple[int, Changes]:
        """Add one person (rank after everyone when not given); returns the new id."""
        if not person.rank:
            person = person.with_(rank=self.next_rank())
        inverse, changes = PutAttendees(rows=(person.with_(id=None),), label="attendee.add").apply(self.event)
        return inverse.deletes[0], changes

    def next_rank(self) -> int:
        """The rank a newcomer gets: after everyone ranked so far."""
        return self.repo.max_rank() + 1

    def update(self, person: Attendee) -> Changes:
        return PutAttendees(rows=(person,), label="attendee.update").apply(self.event)[1]

    def delete(self, attendee_id: int) -> Changes:
        self.repo.attendee(attendee_id)   # NotFound for an unknown id
        return delete_operation([attendee_id]).apply(self.event)[1]

    def apply(self, operation) -> tuple[object, Changes]:
        """Apply any undoable operation; returns (inverse, changes)."""
        return operation.apply(self.event)

    def set_order(self, ordered_ids: list[int]) -> Changes:
        """Ranks 1..N in this order (manual order always wins)."""
        return order_operation(self.event, ordered_ids).apply(self.event)[1]

    # --- search -------------------------------------------------------------------------------
    def invalidate(self) -> None:
        """Forget the search index; the next search rebuilds it from the database."""
        self._index = None

    def index(self) -> SearchIndex:
        # Cheap first: nothing written on any connection since the last look means nothing to check.
        quick = (self.repo.conn.total_changes, self.repo.conn.execute("PRAGMA data_version").fetchone()[0])
        if self._index is not None and quick == self._quick:
            return self._index
        fingerprint = self.repo.attendee_fingerprint()
        if self._index is None or fingerprint != self._fingerprint:
            self._index = SearchIndex(self.repo.attendees())
            self._fingerprint = fingerprint
            self._rows_quick = quick      # the index's rows are current while nothing is written
        self._quick = quick
        return self._index

    def search(self, text: str, limit: int = 50) -> list[Attendee]:
        """Best matches for Chinese text, pinyin, initials, phone digits, badge numbers, unit abbreviations."""
        index = self.index()
        ids = index.search(text, limit)
        if self._quick == self._rows_quick:       # nothing written since the index read its rows
            found = index.people
        else:
            found = self.repo.attendees_by_ids(ids)   # fresh rows: attendance marks may have changed
        return [found[i] for i in ids if i in found]

    # --- orders -------------------------------------------------------------------------------
    def stroke_convention(self) -> str:
        return self.event.setting("stroke_convention")

    def sorted(self, people: list[Attendee], by: str = "rank", convention: str | None = None) -> list[Attendee]:
        """``people`` by "rank", "strokes" or "pinyin"; strokes in ``convention`` ("zhengxie" | "renda"),
        by default the event setting stroke_convention."""
        if convention is not None and convention not in CONVENTIONS:
            raise ValidationError("roster.bad_convention", value=convention)
        return sort_people(people, by, convention or self.stroke_convention())

    def sorted_units(self, names: list[str]) -> list[str]:
        """Unit names in stroke order, character by character (a unit has no surname)."""
        return sort_units(names)

    def suggest_order(self) -> list[Attendee]:
        """The automatic rank order from titles and categories (docs/protocol.md#ranking), for the user to confirm."""
        from ceremony.roster.ranking import suggest_order
        return suggest_order(self.event, self.event.attendees())


@dataclass(frozen=True)
class RosterFilter:
    """What the roster page shows: "" means any; ``ids`` are search hits (None = no search)."""

    category: str = ""
    unit: str = ""
    rsvp: str = ""
    status: str = ""                     # an attendance state (ceremony.attendance)
    ids: frozenset[int] | None = None

    @property
    def active(self) -> bool:
        return bool(self.category or self.unit or self.rsvp or self.status or self.ids is not None)


def person_matches(person: Attendee, state: str, rule: RosterFilter) -> bool:
    """The roster page's filter rule, as a plain function."""
    return ((not rule.category or person.category == rule.category)
            and (not rule.unit or person.unit == rule.unit)
            and (not rule.rsvp or person.rsvp == rule.rsvp)
            and (not rule.status or state == rule.status)
            and (rule.ids is None or person.id in rule.ids))
