"""Plain records the domain hands around. Frozen where they describe stored state."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from typing import ClassVar

# RSVP (回执) states an attendee can carry before the day.
RSVP_PENDING = "pending"      # 未回复
RSVP_YES = "yes"              # 参加
RSVP_LEAVE = "leave"          # 请假
RSVP_STATES = (RSVP_PENDING, RSVP_YES, RSVP_LEAVE)

# Attendance marks the desk sets besides check-ins (docs/protocol.md#check-in).
ATTENDANCE_LEAVE = "leave"            # 请假
ATTENDANCE_ABSENT = "absent"          # 缺席
ATTENDANCE_SUBSTITUTE = "substitute"  # 代参加
ATTENDANCE_STATES = (ATTENDANCE_LEAVE, ATTENDANCE_ABSENT, ATTENDANCE_SUBSTITUTE)

GENDERS = ("男", "女", "")


_FIELD_SETS: dict[type, frozenset[str]] = {}


def _field_set(cls: type) -> frozenset[str]:
    found = _FIELD_SETS.get(cls)
    if found is None:
        found = _FIELD_SETS[cls] = frozenset(f.name for f in fields(cls))
    return found


@dataclass(frozen=True)
class Attendee:
    """One person on the roster: every field a 回执 carries, plus bookkeeping."""

    id: int | None = None
    name: str = ""
    gender: str = ""
    unit: str = ""
    title: str = ""
    category: str = ""
    rank: int = 0                  # manual rank order; smaller ranks higher; 0 = not ranked yet
    phone: str = ""
    id_number: str = ""
    plate: str = ""
    on_rostrum: bool = False
    speaker: bool = False
    rsvp: str = RSVP_YES
    notes: str = ""
    badge_no: str = ""
    attendance: str = ""           # one of ATTENDANCE_STATES or ""
    attendance_reason: str = ""
    substitute_name: str = ""
    version: int = 1               # bumped on every change that shows on printed matter
    created_at: str = ""
    updated_at: str = ""

    def with_(self, **changes) -> Attendee:
        return replace(self, **changes)

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    @classmethod
    def from_row(cls, row: dict) -> Attendee:
        known = _field_set(cls)         # once per class: search fetches rows on every keystroke
        data = {k: v for k, v in row.items() if k in known}
        for flag in ("on_rostrum", "speaker"):
            if flag in data:
                data[flag] = bool(data[flag])
        for text in ("name", "gender", "unit", "title", "category", "phone", "id_number", "plate",
                     "rsvp", "notes", "badge_no", "attendance", "attendance_reason",
                     "substitute_name", "created_at", "updated_at"):
            if text in data and data[text] is None:
                data[text] = ""
        return cls(**data)

    def to_row(self) -> dict:
        row = {f.name: getattr(self, f.name) for f in fields(self)}
        row["on_rostrum"] = int(self.on_rostrum)
        row["speaker"] = int(self.speaker)
        return row


@dataclass(frozen=True)
class Category:
    """An attendee group: badge class text, colour band and default hall zone."""

    name: str
    badge_class: str = "代表证"
    color: str = "#c00000"
    zone: str = ""
    sort: int = 0


@dataclass(frozen=True)
class EventInfo:
    """The ceremony itself (docs/protocol.md#event)."""

    uid: str
    name: str
    starts_at: datetime
    venue: str = ""
    theme: str = ""
    hosts: tuple[str, ...] = ()
    organiser: str = ""


@dataclass(frozen=True)
class Changes:
    """What a mutating call changed, so each view refreshes only what it shows."""

    event: bool = False
    attendees: bool = False
    categories: bool = False
    venue: bool = False
    seats: bool = False
    checkins: bool = False
    prints: bool = False
    ids: frozenset[int] = field(default_factory=frozenset)

    def __or__(self, other: Changes) -> Changes:
        merged = {f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self) if f.name != "ids"}
        return Changes(**merged, ids=self.ids | other.ids)

    @property
    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self) if f.name != "ids")


# --- stored rows other than people: built by the repository, read by attribute everywhere else ---------------
def _record(cls, row, flags: tuple[str, ...] = (), texts: tuple[str, ...] = ()):
    """Build a record from a database row (a ``sqlite3.Row`` or a dict); unknown columns are left out,
    0/1 flags become bools (NULL stays None where the field allows it) and NULL text becomes ""."""
    keys = row.keys()
    data = {k: row[k] for k in keys if k in cls._FIELDS}
    for name in flags:
        if data.get(name) is not None:
            data[name] = bool(data[name])
    for name in texts:
        if name in data and data[name] is None:
            data[name] = ""
    return cls(**data)


@dataclass(frozen=True)
class CheckinEntry:
    """One row of the append-only check-in log: an arrival, a refusal, an undo, a 补签, a merged duplicate.

    ``name``/``unit``/``category`` are who the row is about; they are filled only where the log is read
    together with the roster (the desk's recent list, the report), otherwise "".
    """

    id: int | None = None
    attendee_id: int | None = None
    at: str = ""                        # local ISO time, milliseconds
    desk: str = ""
    kind: str = ""                      # scan, search, manual, walkin, refused, undo
    status: str = ""                    # ok, refused, undo, duplicate
    temperature: float | None = None
    health_code: str = ""
    trip_flag: bool | None = None
    mask: bool | None = None
    reason: str = ""
    substitute_name: str = ""
    undoes: int | None = None           # the row an undo reverts
    undone: bool = False
    uuid: str = ""                      # stable across desks, so merging a log twice adds nothing
    input: str = ""                     # what the scanner read (trimmed)
    name: str = ""
    unit: str = ""
    category: str = ""

    _FIELDS: ClassVar[frozenset[str]]
    STORED: ClassVar[tuple[str, ...]] = ("attendee_id", "at", "desk", "kind", "status", "temperature",
                                         "health_code", "trip_flag", "mask", "reason", "substitute_name",
                                         "undoes", "undone", "uuid", "input")

    @classmethod
    def from_row(cls, row) -> CheckinEntry:
        return _record(cls, row, ("trip_flag", "mask", "undone"), ("name", "unit", "category"))

    def with_(self, **changes) -> CheckinEntry:
        return replace(self, **changes)

    @property
    def counts(self) -> bool:
        """A counted arrival (not undone, not refused, not a duplicate)."""
        return self.status == "ok" and not self.undone and self.attendee_id is not None

    @property
    def time(self) -> datetime:
        return datetime.fromisoformat(self.at)


@dataclass(frozen=True)
class Section:
    """A part of the venue: the rostrum (主席台) or a block of the hall."""

    id: int
    name: str
    kind: str                           # "rostrum" or "hall"
    sort: int = 0
    numbering: str = "plain"            # how seat numbers run (see seating.venue.NUMBERINGS)

    _FIELDS: ClassVar[frozenset[str]]

    @classmethod
    def from_row(cls, row) -> Section:
        return _record(cls, row)


@dataclass(frozen=True)
class Zone:
    """A named, coloured area of the hall, optionally meant for one category or unit."""

    id: int
    name: str
    color: str = "#dddddd"
    category: str = ""
    unit: str = ""
    sort: int = 0

    _FIELDS: ClassVar[frozenset[str]]

    @classmethod
    def from_row(cls, row) -> Zone:
        return _record(cls, row)


@dataclass(frozen=True)
class Seat:
    """One seat with its section and zone and, where read with the plan, who sits there.

    ``row`` 1 is the front; ``x`` is the physical position from the audience's left (1-based, aisles leave
    gaps); ``number`` is what is printed.
    """

    id: int
    section_id: int = 0
    section_kind: str = ""              # "rostrum" or "hall"
    section_name: str = ""
    section_sort: int = 0
    row: int = 0
    x: int = 0
    number: str = ""
    blocked: bool = False
    reserved: str = ""
    zone_id: int | None = None
    zone_name: str = ""
    zone_color: str = ""
    attendee_id: int | None = None
    locked: bool = False
    assigned_rank: int | None = None    # the rank the occupant had when seated (re-runs keep people put)

    _FIELDS: ClassVar[frozenset[str]]

    @classmethod
    def from_row(cls, row) -> Seat:
        return _record(cls, row, ("blocked", "locked"), ("zone_name", "zone_color", "reserved"))

    def with_(self, **changes) -> Seat:
        return replace(self, **changes)


@dataclass(frozen=True)
class Assignment:
    """Who sits on a seat; ``rank`` is the rank they had when seated, ``source`` "auto" or "manual"."""

    seat_id: int
    attendee_id: int
    locked: bool = False
    rank: int = 0
    source: str = "manual"

    _FIELDS: ClassVar[frozenset[str]]

    @classmethod
    def from_row(cls, row) -> Assignment:
        return _record(cls, row, ("locked",))


@dataclass(frozen=True)
class PrintEntry:
    """One printed item in the print log (one row per person on a badge or table-card job)."""

    id: int | None = None
    at: str = ""
    kind: str = ""                      # badge, table_card, signin_sheet, sign, seating_chart ...
    attendee_id: int | None = None
    attendee_version: int | None = None
    layout: str = ""
    target: str = ""                    # the file or printer it went to
    content: str = ""                   # digest of what the item showed (tells who needs a reprint)
    job: int = 0

    _FIELDS: ClassVar[frozenset[str]]

    @classmethod
    def from_row(cls, row) -> PrintEntry:
        return _record(cls, row, (), ("layout", "target", "content"))


@dataclass(frozen=True)
class PrintJob:
    """One print job as the printing page lists it."""

    job: int
    at: str
    kind: str
    layout: str
    target: str
    people: int                         # items that name a person
    rows: int                           # items in all

    _FIELDS: ClassVar[frozenset[str]]

    @classmethod
    def from_row(cls, row) -> PrintJob:
        return _record(cls, row)


for _cls in (CheckinEntry, Section, Zone, Seat, Assignment, PrintEntry, PrintJob):
    _cls._FIELDS = frozenset(f.name for f in fields(_cls))
