"""Desks that worked apart catch up: export one desk's check-in log, merge it into another.

Every log row carries a uuid, so merging the same file twice adds nothing. A
guest who checked in at two disconnected desks is counted once: the earlier
arrival stays counted, the later one is kept in the log as "duplicate". Walk-ins
registered at the other desk are added here (matched by name and phone first).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ceremony.errors import CeremonyError
from ceremony.fileio import atomic_output
from ceremony.models import Attendee, CheckinEntry

FORMAT = "ceremony-checkins/1"
DUPLICATE = "duplicate"


class CheckinMergeError(CeremonyError):
    exit_status = 4


@dataclass(frozen=True)
class MergeReport:
    added: int = 0          # log rows new to this desk
    skipped: int = 0        # already here (same uuid)
    duplicates: int = 0     # arrivals of people already counted (kept in the log, not counted)
    new_people: int = 0     # walk-ins from the other desk added to this roster
    marks: int = 0          # 请假/缺席/代参加 marks taken over


def export_log(event, path: Path | str) -> int:
    """Write this desk's check-in log (and attendance marks) as JSON; returns the number of rows."""
    repo = event.repo
    by_id = {r.id: r for r in repo.checkins()}
    people = {p.id: p for p in event.attendees()}
    rows = []
    for row in by_id.values():
        out = {k: getattr(row, k) for k in ("uuid", "attendee_id", "at", "desk", "kind", "status", "temperature",
                                             "health_code", "trip_flag", "mask", "reason", "substitute_name",
                                             "undone", "input")}
        for flag in ("trip_flag", "mask", "undone"):        # the file keeps SQLite's 0/1
            out[flag] = None if out[flag] is None else int(out[flag])
        out["undoes_uuid"] = by_id[row.undoes].uuid if row.undoes in by_id else ""
        person = people.get(row.attendee_id)
        out["person"] = _person_json(person) if person else None
        rows.append(out)
    marks = [{"person": _person_json(p), "attendance": p.attendance, "reason": p.attendance_reason,
              "substitute_name": p.substitute_name, "updated_at": p.updated_at}
             for p in people.values() if p.attendance]
    data = {"format": FORMAT, "event_uid": event.info.uid, "desk": event.checkin.desk_name(),
            "exported_at": event.now_text(), "rows": rows, "marks": marks}
    with atomic_output(path) as tmp:
        Path(tmp).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(rows)


def _person_json(p: Attendee) -> dict:
    return {"id": p.id, "name": p.name, "phone": p.phone, "unit": p.unit, "title": p.title,
            "category": p.category, "notes": p.notes, "badge_no": p.badge_no}


def merge_log(event, path: Path | str) -> MergeReport:
    """Merge another desk's exported log into this event file (idempotent)."""
    data = _read(path)
    if data.get("event_uid") != event.info.uid:
        raise CheckinMergeError("这是其他活动的签到记录，不能合并 (log of another event)")
    repo = event.repo
    counts = {"added": 0, "skipped": 0, "duplicates": 0, "new_people": 0, "marks": 0}
    with repo.transaction():
        resolver = _PersonResolver(event, counts)
        for row in sorted(data.get("rows", []), key=lambda r: (r["kind"] == "undo", r["at"])):
            _merge_row(repo, row, resolver, counts)
        for mark in data.get("marks", []):
            _merge_mark(event, mark, resolver, counts)
        event.audit("checkin.merge", {"from_desk": data.get("desk", ""), **counts}, event.checkin.desk_name())
    event.checkin.invalidate()
    if counts["new_people"]:
        event.roster.invalidate()
    return MergeReport(**counts)


def _read(path) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CheckinMergeError(f"{path}: 无法读取签到记录文件 ({exc})") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise CheckinMergeError(f"{path}: 不是签到记录导出文件 (not a check-in export)")
    return data


class _PersonResolver:
    """Maps the other desk's attendee ids to ours (ids of walk-ins differ between desks)."""

    def __init__(self, event, counts):
        self.event = event
        self.counts = counts
        self.people = {p.id: p for p in event.attendees()}
        self.by_name_phone = {(p.name, p.phone): p.id for p in self.people.values()}

    def local_id(self, person: dict | None) -> int | None:
        if not person:
            return None
        same = self.people.get(person["id"])
        if same is not None and same.name == person["name"]:
            return same.id
        key = (person["name"], person["phone"])
        if key in self.by_name_phone:
            return self.by_name_phone[key]
        new = Attendee(name=person["name"], phone=person["phone"], unit=person["unit"], title=person["title"],
                       category=person["category"], notes=person["notes"] or "现场登记（他台）",
                       badge_no=self.event.repo.next_badge_no())
        new_id = self.event.repo.insert_attendee(new.with_(created_at=self.event.now_text(),
                                                           updated_at=self.event.now_text()))
        self.people[new_id] = new.with_(id=new_id)
        self.by_name_phone[key] = new_id
        self.counts["new_people"] += 1
        return new_id


def _merge_row(repo, row: dict, resolver: _PersonResolver, counts: dict) -> None:
    if not row.get("uuid") or repo.checkin_by_uuid(row["uuid"]) is not None:
        counts["skipped"] += 1
        return
    local = CheckinEntry(**{k: row[k] for k in _COPIED if row.get(k) is not None},
                         attendee_id=resolver.local_id(row.get("person")))
    if local.kind == "undo":
        target = repo.checkin_by_uuid(row.get("undoes_uuid") or "")
        local = local.with_(undoes=target.id if target else None)
        if target:
            repo.set_checkin_undone(target.id)
    elif local.status == "ok" and local.attendee_id is not None:
        local = local.with_(undone=bool(row.get("undone")))
        if not local.undone:
            local = _settle_double_arrival(repo, local, counts)
    repo.insert_checkin(local)
    counts["added"] += 1


_COPIED = ("at", "desk", "kind", "status", "temperature", "health_code", "trip_flag", "mask", "reason",
           "substitute_name", "uuid", "input")


def _settle_double_arrival(repo, local: CheckinEntry, counts: dict) -> CheckinEntry:
    """Two desks let the same guest in: the earlier arrival counts, the later is kept as a duplicate."""
    ours = repo.active_arrival(local.attendee_id)
    if ours is None:
        return local
    counts["duplicates"] += 1
    if ours.at <= local.at:
        return local.with_(status=DUPLICATE, reason=f"合并：已于 {ours.at[11:19]} 在{ours.desk}签到")
    repo.set_checkin_status(ours.id, DUPLICATE, f"合并：已于 {local.at[11:19]} 在{local.desk}签到")
    return local


def _merge_mark(event, mark: dict, resolver: _PersonResolver, counts: dict) -> None:
    aid = resolver.local_id(mark["person"])
    person = event.repo.attendee(aid)
    if person.attendance and person.updated_at >= mark.get("updated_at", ""):
        return
    if (person.attendance, person.attendance_reason, person.substitute_name) == \
            (mark["attendance"], mark["reason"], mark["substitute_name"]):
        return
    event.repo.set_attendance(aid, mark["attendance"], mark["reason"], mark["substitute_name"],
                              mark.get("updated_at") or event.now_text())
    counts["marks"] += 1
