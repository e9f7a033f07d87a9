"""The no-network fallback: a desk's journal as a signed file, merged into another copy by the same rules.

A file holds every record this copy has (its own and those it got), so desks
that never saw each other can pass a USB stick along. Merging is idempotent
(records by uuid), walk-ins are people by uid (two 张伟 stay two), and who
counts is decided exactly as over the LAN. The file is signed with a key every
copy of this event holds (made with the event, never the badge-signing secret),
so a file edited by hand or from another event is refused.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from pathlib import Path

from ceremony.errors import CeremonyError
from ceremony.fileio import atomic_output
from ceremony.reasons import error_detail
from ceremony.messages import Message
from ceremony.sync import journal
from ceremony.sync.store import BadRecord, SyncStore, check_record

FORMAT = "ceremony-sync-file/1"
KEY_SETTING = "sync_file_key"


class SyncFileError(CeremonyError):
    exit_status = 4
    code = "merge.not_an_export"


@dataclass(frozen=True)
class MergeReport:
    added: int = 0          # check-in log rows new to this copy
    skipped: int = 0        # check-in log rows already here
    duplicates: int = 0     # guests let in at two desks: counted once, the later arrival kept as a duplicate
    new_people: int = 0     # walk-ins (and late additions) new to this copy
    marks: int = 0          # 请假/缺席/代参加 marks taken over
    undos: tuple[tuple[str, str], ...] = ()     # (name, reason) of every undo new to this copy


def export_log(event, path: Path | str) -> int:
    """Write every record this copy holds, signed; returns the number of check-in log rows in it."""
    SyncStore(event).capture()
    records = [{k: r[k] for k in ("uuid", "kind", "key", "ref", "stamp", "origin", "body")}
               for r in event.repo.all_records()]
    data = {"format": FORMAT, "event_uid": event.info.uid, "desk": event.checkin.desk_name(),
            "exported_at": event.now_text(), "records": records}
    data["signature"] = _signature(event, data)
    with atomic_output(path, private=True) as tmp:        # people with their phones
        Path(tmp).write_text(json.dumps(data, ensure_ascii=False, indent=0), encoding="utf-8")
    return sum(1 for r in records if r["kind"] == journal.CHECKIN)


def merge_log(event, path: Path | str) -> MergeReport:
    """Merge another copy's file into this one (nothing changes when the file is refused)."""
    data = _read(path)
    if data.get("event_uid") != event.info.uid:
        raise SyncFileError("merge.other_event", path=str(path))
    if not hmac.compare_digest(str(data.get("signature", "")), _signature(event, data)):
        raise SyncFileError("merge.bad_signature", path=str(path))
    try:
        records = [check_record(r) for r in data.get("records", [])]
    except BadRecord as exc:
        raise SyncFileError("merge.bad_record", path=str(path), detail=exc.message) from exc
    event.backup_before("merge")
    repo = event.repo
    store = SyncStore(event)
    store.capture()                      # our own writes first, so they are not mistaken for the file's
    conflicts_before = len(journal.conflicts(repo))
    counts = {"added": 0, "skipped": 0, "new_people": 0, "marks": 0}
    undos: list[dict] = []
    with repo.transaction():
        known = set(repo.attendee_uids().values())
        for record in records:
            new = journal.apply_record(repo, record)
            _count(record, new, known, counts, undos)
        report = MergeReport(**counts, duplicates=max(0, len(journal.conflicts(repo)) - conflicts_before),
                             undos=tuple(_named_undos(repo, undos)))
        event.audit("checkin.merge", {"from_desk": str(data.get("desk", ""))[:40], **counts,
                                      "duplicates": report.duplicates}, event.checkin.desk_name())
    event.checkin.invalidate()
    return report


def _count(record, new, known, counts, undos) -> None:
    kind = record["kind"]
    if kind == journal.CHECKIN:
        counts["added" if new else "skipped"] += 1
        if new and record["body"].get("kind") == "undo":
            undos.append(record)
    elif new and kind == journal.PERSON and record["key"] not in known:
        known.add(record["key"])
        counts["new_people"] += 1
    elif new and kind == journal.MARK:
        counts["marks"] += 1


def _named_undos(repo, undos):
    uid_to_id = {uid: aid for aid, uid in repo.attendee_uids().items()}
    for record in undos:
        aid = uid_to_id.get(record["body"].get("person") or "")
        name = repo.attendee(aid).name if aid is not None else ""
        yield name, record["body"].get("reason") or ""


def _signature(event, data: dict) -> str:
    key = event.repo.get_setting(KEY_SETTING, "") or ""
    body = {k: v for k, v in data.items() if k != "signature"}
    text = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hmac.new(bytes.fromhex(key) if key else b"", text.encode("utf-8"), hashlib.sha256).hexdigest()


def _read(path) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as exc:
        detail = error_detail(exc)
        raise SyncFileError("merge.unreadable", path=str(path),
                            detail=detail if isinstance(detail, Message) else detail[:120]) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("records"), list):
        raise SyncFileError(path=str(path))
    return data
