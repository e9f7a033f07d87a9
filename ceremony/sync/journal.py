"""The journal: every change that travels between copies of an event, and how a copy applies it.

A record is ``{uuid, kind, key, ref, stamp, origin, body}``. Kinds:

* ``checkin`` — one row of the check-in log (arrivals, refusals, health records, undos),
  identified by the row's uuid and naming its person by uid. Immutable.
* ``person`` — a person's roster fields (walk-ins, late additions, edits), keyed by uid.
* ``mark`` — a person's 请假/缺席/代参加 mark, keyed by uid.
* ``seat`` — a person's seat (from the host only), keyed by uid.
* ``badge`` — one badge code row, e.g. a revocation (from the host only), keyed by token.

Every copy applies the same set of records to the same end state, whatever the
order: check-in rows are a set, "who counts" is the earliest (time, uuid) among a
person's arrivals that are not undone (the others stay in the log as duplicates;
every status is worked out again from all of the person's rows on each capture and
apply, never kept from an earlier look), and for the other kinds the value with the
greatest (stamp, uuid) wins.
"""

from __future__ import annotations

import hashlib
import json
import uuid as uuidlib

from ceremony.models import CheckinEntry

CHECKIN, PERSON, MARK, SEAT, BADGE = "checkin", "person", "mark", "seat", "badge"
HOST_ONLY_KINDS = (SEAT, BADGE)
DUPLICATE = "duplicate"
COUNTED = "ok"
PERSON_FIELDS = ("name", "gender", "unit", "title", "category", "rank", "phone", "id_number", "plate", "on_rostrum",
                 "speaker", "rsvp", "notes", "badge_no", "version", "created_at")
MARK_FIELDS = ("attendance", "attendance_reason", "substitute_name")
CHECKIN_FIELDS = ("at", "desk", "kind", "status", "temperature", "health_code", "trip_flag", "mask", "reason",
                  "substitute_name", "input")
ASSIGNMENT_DROP = ("attendee_id",)


def new_uuid() -> str:
    return uuidlib.uuid4().hex


def digest(value) -> str:
    return hashlib.sha256(json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()[:32]


# --- capture: journal what changed in this copy ---------------------------------------------------
def capture(repo, origin: str, stamp: str, *, host: bool = False, acked_by: str = "") -> int:
    """Journal every local change not yet journalled; returns the number of new records.

    Call inside a transaction. ``host``: this copy is the host (it numbers records and
    also journals seats and badge codes, which only the host hands out). Only people and
    codes the database noted as written since the last look are compared (``sync_dirty``).
    """
    count = 0
    uids, tokens = repo.dirty_keys()
    if uids or tokens:
        people = repo.attendee_rows_by_uid(uids)
        for kind, value_of in _value_kinds(repo, people, host, repo.badge_rows_by_token(tokens)):
            heads = repo.heads(kind)
            for key, value in value_of.items():
                head = heads.get(key)
                if head is None and _is_blank(kind, value) or head is not None and head["digest"] == digest(value):
                    continue
                record = {"uuid": new_uuid(), "kind": kind, "key": key, "stamp": stamp, "origin": origin,
                          "body": {"value": value}, "acked_by": acked_by}
                repo.insert_record(record, numbered=host)
                repo.set_head(kind, key, stamp, record["uuid"], digest(value))
                count += 1
        repo.clear_dirty()
    rows = repo.unjournalled_checkins()
    uid_of = repo.attendee_uids() if rows else {}
    for row in rows:
        repo.insert_record({**checkin_record(repo, row, uid_of, origin), "acked_by": acked_by}, numbered=host)
        if row.attendee_id is not None:
            # The desk wrote this row against what it held then: an undo may hand the count to a duplicate,
            # an arrival written after an undo but before this look may come later than a live duplicate.
            settle(repo, row.attendee_id)
        count += 1
    return count


def _value_kinds(repo, people, host, badges):
    yield PERSON, {p["uid"]: {f: p[f] for f in PERSON_FIELDS} for p in people}
    yield MARK, {p["uid"]: {f: p[f] for f in MARK_FIELDS} for p in people}
    if host:
        uid_of = repo.attendee_uids()
        wanted = {p["id"] for p in people}
        seats: dict[str, dict | None] = {uid_of[a["attendee_id"]]: _seat_value(a) for a in repo.assignment_rows()
                 if a["attendee_id"] in wanted}
        seat_heads = repo.heads(SEAT)
        for p in people:
            if p["uid"] in seat_heads:
                seats.setdefault(p["uid"], None)      # a seat taken away travels as "no seat"
        yield SEAT, seats
        yield BADGE, {b["token"]: {**{k: v for k, v in b.items() if k != "attendee_id"},
                                   "attendee": uid_of.get(b["attendee_id"], "")} for b in badges}


def _seat_value(row: dict) -> dict:
    return {k: v for k, v in row.items() if k not in ASSIGNMENT_DROP}


def _is_blank(kind: str, value) -> bool:
    return value is None or kind == MARK and not any(value.values())


def checkin_record(repo, row: CheckinEntry, uid_of: dict, origin: str) -> dict:
    """The record for one local check-in log row (a duplicate travels as the arrival it was)."""
    body = {f: getattr(row, f) for f in CHECKIN_FIELDS}
    if body["status"] == DUPLICATE:
        body["status"] = COUNTED
    body["person"] = uid_of.get(row.attendee_id, "") if row.attendee_id is not None else ""
    ref = ""
    if row.kind == "undo" and row.undoes:
        target = repo.checkin_row(row.undoes)
        ref = target.uuid if target else ""
    return {"uuid": row.uuid, "kind": CHECKIN, "key": body["person"], "ref": ref, "stamp": row.at,
            "origin": origin, "body": body}


def baseline(repo, host: bool) -> None:
    """Take what this copy holds now as the common starting point (heads without records)."""
    people = repo.attendee_rows()
    for kind, value_of in _value_kinds(repo, people, host, repo.badge_rows()):
        heads = repo.heads(kind)
        for key, value in value_of.items():
            if key not in heads and not _is_blank(kind, value):
                repo.set_head(kind, key, "", "", digest(value))
    repo.clear_dirty()


# --- apply: take in a record from another copy ----------------------------------------------------
def apply_record(repo, record: dict, *, numbered: bool = False, acked_by: str = "") -> bool:
    """Store and apply one record unless it is already here; True when it was new. Inside a transaction."""
    if repo.has_record(record["uuid"]):
        return False
    repo.insert_record({**record, "acked_by": acked_by}, numbered)
    applier = _APPLIERS.get(record["kind"])
    if applier is not None:              # a kind from a newer program is kept and passed on, not applied
        applier(repo, record)
    return True


def _apply_checkin(repo, record: dict) -> None:
    if repo.checkin_id_for_uuid(record["uuid"]) is not None:
        return
    body = record["body"]
    values = {f: body.get(f) for f in CHECKIN_FIELDS if body.get(f) is not None}
    for flag in ("trip_flag", "mask"):
        if flag in values:
            values[flag] = bool(values[flag])
    row = CheckinEntry(**values, uuid=record["uuid"], attendee_id=person_id(repo, body.get("person") or ""))
    if row.kind == "undo":
        target = repo.checkin_id_for_uuid(record.get("ref") or "")
        row = row.with_(undoes=target)
        if target is not None:
            repo.set_checkin_undone(target)
    elif any(u["uuid"] != record["uuid"] for u in repo.undo_records_for(record["uuid"])):
        row = row.with_(undone=True)          # its undo came first
    if row.status == COUNTED and row.kind != "undo":
        row = row.with_(status=DUPLICATE)     # settle() below decides; the unique index allows one counted row
    new_id = repo.insert_checkin(row)
    for undo in repo.undo_records_for(record["uuid"]):
        repo.link_undo(undo["uuid"], new_id)
    if row.attendee_id is not None:
        settle(repo, row.attendee_id)


def settle(repo, attendee_id: int) -> None:
    """Every arrival's status, from all of the person's arrivals this copy holds, whatever order they came in.

    The earliest (time, uuid) not undone counts ("ok"); the other live ones are duplicates. An undone arrival
    reads "ok", the arrival it was written and sent as: its undo already says it does not count, and a status
    frozen when the undo came would depend on what this copy held then (docs/protocol.md#check-in).
    """
    rows = repo.arrival_rows(attendee_id)
    live = [r for r in rows if not r["undone"]]
    winner = min(live, key=lambda r: (r["at"], r["uuid"])) if live else None
    wanted = {r["id"]: COUNTED if r is winner or r["undone"] else DUPLICATE for r in rows}
    for r in sorted(rows, key=lambda r: wanted[r["id"]] == COUNTED):   # duplicates first: one live "ok" a person
        if r["status"] != wanted[r["id"]]:
            repo.set_arrival_status(r["id"], wanted[r["id"]])


def person_id(repo, uid: str) -> int | None:
    """The local id of the person with this uid; a placeholder when their record has not come yet."""
    if not uid:
        return None
    found = repo.attendee_id_for_uid(uid)
    if found is None:
        found = repo.upsert_attendee_fields(uid, {"name": "", "notes": ""})
        # Stamp "": any real record about this person wins over the placeholder.
        row = next(p for p in repo.attendee_rows() if p["uid"] == uid)
        repo.set_head(PERSON, uid, "", "", digest({f: row[f] for f in PERSON_FIELDS}))
    return found


def _newer(repo, record: dict) -> bool:
    head = repo.head(record["kind"], record["key"])
    return head is None or (record["stamp"], record["uuid"]) > (head["stamp"], head["uuid"])


def _apply_value(repo, record: dict) -> None:
    if not _newer(repo, record):
        return
    value = record["body"].get("value")
    kind = record["kind"]
    if kind == PERSON:
        person_id(repo, record["key"])
        repo.upsert_attendee_fields(record["key"], {f: value[f] for f in PERSON_FIELDS if f in value})
    elif kind == MARK:
        person_id(repo, record["key"])
        repo.upsert_attendee_fields(record["key"], {**{f: value[f] for f in MARK_FIELDS if f in value},
                                                    "updated_at": record["stamp"]})
    elif kind == SEAT:
        repo.put_assignment(person_id(repo, record["key"]), value)
    elif kind == BADGE:
        row = {k: v for k, v in value.items() if k != "attendee"}
        row["attendee_id"] = person_id(repo, value.get("attendee") or "")
        if row["attendee_id"] is not None:
            repo.put_badge_row(row)
    repo.set_head(kind, record["key"], record["stamp"], record["uuid"], digest(value))


_APPLIERS = {CHECKIN: _apply_checkin, PERSON: _apply_value, MARK: _apply_value, SEAT: _apply_value,
             BADGE: _apply_value}


def conflicts(repo) -> list[dict]:
    """Arrivals kept as duplicates (a guest let in twice), with the arrival that counts."""
    return repo.duplicate_arrivals()
