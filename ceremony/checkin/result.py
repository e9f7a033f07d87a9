"""What one scan at the desk produced: a frozen record the page, the CLI and tests read."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from ceremony import codes
from ceremony.messages import Message
from ceremony.models import Attendee, Changes

# Outcomes (the CLI's --json ``status``).
OK = "ok"                       # 签到成功 (counted)
ALREADY = "already"             # 已签到 (first time and desk shown, not counted again)
INVALID = codes.INVALID         # 无效/伪造
OTHER_EVENT = codes.OTHER_EVENT  # 其他活动的证件
REVOKED = codes.REVOKED         # 已作废
UNKNOWN = codes.UNKNOWN         # 查无此人
REFUSED = "refused"             # 健康检查未通过
REMEASURE = "remeasure"         # 体温异常，请复测 (nothing recorded yet)
STATUSES = (OK, ALREADY, INVALID, OTHER_EVENT, REVOKED, UNKNOWN, REFUSED, REMEASURE)
REJECTIONS = (INVALID, OTHER_EVENT, REVOKED, UNKNOWN, REFUSED, REMEASURE)

# Kinds of check-in log rows (contracts.md).
KIND_SCAN = "scan"
KIND_SEARCH = "search"
KIND_MANUAL = "manual"
KIND_WALKIN = "walkin"
KIND_REFUSED = "refused"
KIND_UNDO = "undo"

MAX_LOGGED_INPUT = 200          # scanner noise can be kilobytes; the log keeps the start and the length


@dataclass(frozen=True)
class ScanResult:
    status: str
    attendee: Attendee | None = None
    seat: str = ""
    at: datetime | None = None          # when this scan happened
    desk: str = ""
    checkin_id: int | None = None       # the log row written (ok or refused)
    first_at: datetime | None = None    # ALREADY: the counted arrival
    first_desk: str = ""
    vip: bool = False                   # 嘉宾/领导: escort them
    rostrum: bool = False               # sits on the 主席台
    late: bool = False                  # arrived after the start time (迟到)
    reason: Message | None = None       # refusal / remeasure / rejection detail (a code, see ceremony.messages)
    notices: tuple[Message, ...] = ()   # passed, but tell the guest (mask, 行程卡, no free seat ...)
    repeated: bool = False              # the same code again within 2 s at this desk: ignored
    kind: str = KIND_SCAN
    input: str = ""
    seat_label: Message | None = None   # ``seat`` as a message, for the interface's language

    @property
    def counted(self) -> bool:
        """True when this call added an arrival."""
        return self.status == OK and not self.repeated

    @property
    def rejected(self) -> bool:
        return self.status in REJECTIONS

    @property
    def changes(self) -> Changes:
        if self.repeated or self.status not in (OK, REFUSED):
            return Changes()
        ids = frozenset({self.attendee.id}) if self.attendee and self.attendee.id else frozenset()
        walk_in = self.kind == KIND_WALKIN         # a walk-in is added and (when one is free) seated
        return Changes(checkins=True, attendees=walk_in, seats=walk_in and bool(self.seat), ids=ids)

    def again(self) -> ScanResult:
        return replace(self, repeated=True)

    def to_json(self) -> dict:
        """The CLI's --json object."""
        person = self.attendee
        # The CLI contract knows seven statuses: a pending re-measurement is reported as a
        # (not yet final) refusal with "remeasure": true.
        status = REFUSED if self.status == REMEASURE else self.status
        out = {"status": status, "remeasure": self.status == REMEASURE, "id": person.id if person else None, "name": person.name if person else "",
               "unit": person.unit if person else "", "title": person.title if person else "",
               "category": person.category if person else "", "seat": self.seat, "desk": self.desk,
               "at": _iso(self.at), "vip": self.vip, "rostrum": self.rostrum, "late": self.late,
               "reason": self.reason.text if self.reason else "",
               "reason_code": self.reason.code if self.reason else "",
               "notices": [n.text for n in self.notices], "notice_codes": [n.code for n in self.notices],
               "repeated": self.repeated,
               "checkin_id": self.checkin_id}
        if self.status == ALREADY:
            out["first_at"] = _iso(self.first_at)
            out["first_desk"] = self.first_desk
        return out


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None
