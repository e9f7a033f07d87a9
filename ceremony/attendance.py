"""Who is here: each attendee's attendance state, derived from the check-in log.

The live board, the check-in page and the attendance report all count with
this one function, so their figures always agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from ceremony.models import (ATTENDANCE_ABSENT, ATTENDANCE_LEAVE, ATTENDANCE_SUBSTITUTE, RSVP_LEAVE, Attendee,
                             CheckinEntry)

if TYPE_CHECKING:
    from ceremony.event import Event

# States (docs/protocol.md#check-in).
PENDING = "pending"        # 未到
PRESENT = "present"        # 已到
LATE = "late"              # 迟到 (arrived after the start time)
LEAVE = "leave"            # 请假
ABSENT = "absent"          # 缺席
SUBSTITUTE = "substitute"  # 代参加 (a substitute came)
STATES = (PENDING, PRESENT, LATE, LEAVE, ABSENT, SUBSTITUTE)
ARRIVED = (PRESENT, LATE, SUBSTITUTE)   # what counts as 实到

# Check-in log rows whose ``status`` is this count as an arrival (unless undone).
ARRIVAL_STATUS = "ok"


@dataclass(frozen=True)
class Attendance:
    attendee_id: int
    state: str
    arrived_at: datetime | None = None
    desk: str = ""
    checkin_id: int | None = None

    @property
    def arrived(self) -> bool:
        return self.state in ARRIVED


def first_arrivals(checkin_rows: list[CheckinEntry]) -> dict[int, CheckinEntry]:
    """The first arrival row per attendee, ignoring undone and non-arrival rows."""
    first: dict[int, CheckinEntry] = {}
    for row in checkin_rows:
        if row.status != ARRIVAL_STATUS or row.undone or row.attendee_id is None:
            continue
        aid = row.attendee_id
        if aid not in first or row.at < first[aid].at:
            first[aid] = row
    return first


def state_of(person: Attendee, arrival: CheckinEntry | None, starts_at: datetime) -> Attendance:
    assert person.id is not None, "a stored attendee"
    if arrival is not None:
        at = arrival.time
        if person.attendance == ATTENDANCE_SUBSTITUTE:
            state = SUBSTITUTE
        else:
            state = LATE if at > starts_at else PRESENT
        return Attendance(person.id, state, at, arrival.desk, arrival.id)
    if person.attendance == ATTENDANCE_LEAVE or (not person.attendance and person.rsvp == RSVP_LEAVE):
        return Attendance(person.id, LEAVE)
    if person.attendance == ATTENDANCE_ABSENT:
        return Attendance(person.id, ABSENT)
    return Attendance(person.id, PENDING)


def attendance_states(event: Event, people: list[Attendee] | None = None) -> dict[int, Attendance]:
    """Every attendee's state, keyed by attendee id (``people``: an already loaded roster, to save a query)."""
    arrivals = first_arrivals(event.repo.checkins())
    starts_at = event.info.starts_at
    people = event.attendees() if people is None else people
    return {p.id: state_of(p, arrivals.get(p.id), starts_at) for p in people if p.id is not None}


@dataclass(frozen=True)
class Tally:
    """Counts for one group of attendees (应到/实到/未到 and the rest)."""

    expected: int = 0      # 应到: everyone on the roster in the group
    arrived: int = 0       # 实到: present + late + substitute
    late: int = 0          # 迟到 (part of arrived)
    substitute: int = 0    # 代参加 (part of arrived)
    leave: int = 0         # 请假
    absent: int = 0        # 缺席
    pending: int = 0       # 未到 (not arrived, no leave/absent mark)

    @property
    def missing(self) -> int:
        """未到 in the broad sense: everyone expected who is not here (incl. leave/absent)."""
        return self.expected - self.arrived

    @property
    def rate(self) -> float:
        """出席率 (arrived / expected), 0 when nobody is expected."""
        return self.arrived / self.expected if self.expected else 0.0


def tally(states) -> Tally:
    """Count an iterable of :class:`Attendance`."""
    counts = {s: 0 for s in STATES}
    for a in states:
        counts[a.state] += 1
    arrived = counts[PRESENT] + counts[LATE] + counts[SUBSTITUTE]
    return Tally(sum(counts.values()), arrived, counts[LATE], counts[SUBSTITUTE], counts[LEAVE], counts[ABSENT],
                 counts[PENDING])
