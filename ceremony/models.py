"""Plain records the domain hands around. Frozen where they describe stored state."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import datetime

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

    def with_(self, **changes) -> "Attendee":
        return replace(self, **changes)

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    @classmethod
    def from_row(cls, row: dict) -> "Attendee":
        known = set(cls.field_names())
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

    def __or__(self, other: "Changes") -> "Changes":
        merged = {f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self) if f.name != "ids"}
        return Changes(**merged, ids=self.ids | other.ids)

    @property
    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self) if f.name != "ids")
