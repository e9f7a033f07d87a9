"""An import plan: every row of every file with what will happen to it, before anything is written.

The preview dialog and ``ceremony import`` both build a plan, let the user (or the defaults)
decide duplicates, and apply it as ONE undoable operation in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ceremony.errors import CeremonyError
from ceremony.messages import Message
from ceremony.models import Attendee, Changes
from ceremony.roster.categorize import Categorizer, categorizer_for
from ceremony.roster.operations import PutAttendees
from ceremony.roster.importing.headers import FIELDS, LABELS, detect_header, map_columns
from ceremony.roster.importing.readers import ImportFileError, Table, read_file, read_text
from ceremony.roster.importing.rows import CleanRow, Problem, clean_row, data_rows, file_unit, problem

if TYPE_CHECKING:
    from ceremony.event import Event

ADD = "add"            # a new person (also "keep both" for a duplicate)
UPDATE = "update"      # update the matching person on the roster
SKIP = "skip"
INVALID = "invalid"    # a row that cannot be used
ACTIONS = (ADD, UPDATE, SKIP)


class ImportBlocked(CeremonyError):
    """Rows cannot be used and the user has not accepted skipping them (CLI exit status 1)."""

    exit_status = 1
    code = "import.blocked"

    def __init__(self, count: int):
        super().__init__(count=count)
        self.count = count


@dataclass
class SourceInfo:
    """One table of the import with the header row and column mapping in use."""

    table: Table
    header_row: int | None = None
    mapping: dict[int, str] = field(default_factory=dict)
    unit: str = ""                # the unit the user named for the whole file (beats file_unit)
    error: Message | None = None  # why the table cannot be used as it is (no 姓名 column)
    file_unit: str = ""           # from a "单位：X" line above the header

    @property
    def has_unit_column(self) -> bool:
        return "unit" in self.mapping.values()


@dataclass
class PlanRow:
    source: str
    row_no: int
    person: Attendee
    present: frozenset[str]
    warnings: list[Problem]
    errors: list[Problem]
    action: str = ADD
    match_id: int | None = None          # the roster person this row is the same as
    duplicate_of: int | None = None      # index of an earlier row of this import that is the same person
    reason: Message | None = None        # why it is a duplicate
    suggested: str = ""                  # the category suggested from title and unit (the file gave none)

    @property
    def is_duplicate(self) -> bool:
        return self.match_id is not None or self.duplicate_of is not None

    def messages(self) -> list[str]:
        """The Chinese lines the CLI prints for this row's problems, errors first."""
        return [self.line(p.column, p.text) for p in self.errors + self.warnings]

    def line(self, column: str, text: str) -> str:
        """"回执.xlsx：第 3 行，姓名：姓名为空": file, row and column of what is said (the CLI's line)."""
        return f"{self.source}：第 {self.row_no} 行，{column}：{text}"


@dataclass
class ImportPlan:
    sources: list[SourceInfo]
    rows: list[PlanRow]
    file_errors: list[Message] = field(default_factory=list)     # unreadable files, tables without a header

    def counts(self) -> dict[str, int]:
        out = {ADD: 0, UPDATE: 0, SKIP: 0, INVALID: 0}
        for row in self.rows:
            out[row.action] += 1
        return out

    @property
    def invalid_rows(self) -> list[PlanRow]:
        return [r for r in self.rows if r.action == INVALID]

    @property
    def uncategorized(self) -> list[PlanRow]:
        """New people still without a category (no 类别 column and no suggestion): asked about first."""
        return [r for r in self.rows if r.action == ADD and not r.person.category]

    def set_category(self, index: int, category: str) -> None:
        row = self.rows[index]
        row.person = row.person.with_(category=category)
        row.present = row.present | {"category"}
        row.suggested = ""

    def not_in_files(self, roster: list[Attendee]) -> dict[str, list[Attendee]]:
        """Per unit of this import: roster people of that unit no row matched (maybe withdrawn in a corrected 回执)."""
        units = {r.person.unit for r in self.rows if r.action != INVALID}
        matched = {r.match_id for r in self.rows if r.match_id is not None}
        out: dict[str, list[Attendee]] = {}
        for p in roster:
            if p.unit in units and p.id not in matched:
                out.setdefault(p.unit, []).append(p)
        return out

    def set_action(self, index: int, action: str) -> None:
        row = self.rows[index]
        if row.action == INVALID or action not in ACTIONS:
            raise ValueError(f"cannot set {action!r} on row {index}")
        if action == UPDATE and row.match_id is None and row.duplicate_of is None:
            raise ValueError("only a duplicate can update")
        row.action = action


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    skipped: int
    inverse: object
    changes: Changes

    def summary(self) -> str:
        return f"imported {self.added}, updated {self.updated}, skipped {self.skipped}"


# --- building a plan --------------------------------------------------------------------------
def load_sources(paths: list[Path | str], unit: str = "") -> tuple[list[SourceInfo], list[Message]]:
    """Read files; unreadable ones become file errors (their message names the file)."""
    sources, errors = [], []
    for path in paths:
        try:
            tables = read_file(path)
        except ImportFileError as exc:
            errors.append(Message(exc.code, exc.params))
            continue
        found = [source_for(t, unit) for t in tables]
        usable = [s for s in found if s.error is None]
        sources += usable or found     # an extra sheet without a 姓名 header (instructions) is left out
    return sources, errors


def source_for(table: Table, unit: str = "") -> SourceInfo:
    found = detect_header(table.rows)
    if found is None:   # the user may still pick the header row and the 姓名 column in the preview
        first = next((r for r, row in enumerate(table.rows) if any(row)), 0)
        return SourceInfo(table, first, map_columns(table.rows[first]) if table.rows else {}, unit,
                          error=Message("import.no_header", {"source": table.source}))
    return SourceInfo(table, found[0], found[1], unit, file_unit=file_unit(table.rows, found[0]))


def pasted_source(text: str, unit: str = "", label: str = "粘贴的内容") -> SourceInfo:
    """Text pasted from a spreadsheet; ``label`` names it in messages (the GUI passes its translation)."""
    return source_for(read_text(text, label), unit)


def build_plan(event: Event | None, sources: list[SourceInfo], file_errors: Sequence[Message] = (), category: str = "",
               roster: list[Attendee] | None = None, categorizer: Categorizer | None = None) -> ImportPlan:
    """Clean every row, find duplicates (in the import and against the roster) and pick default actions;
    new people the file gives no category get one suggested from title and unit.

    ``roster`` and ``categorizer`` (snapshots of the attendees and the event's categories and hosts) let a
    worker thread plan without touching the database.
    """
    errors = list(file_errors) + [s.error for s in sources if s.error is not None]
    rows: list[PlanRow] = []
    for src in sources:
        if src.error is not None or src.header_row is None or "name" not in src.mapping.values():
            continue
        for raw in data_rows(src.table.rows, src.header_row, src.mapping, fill_down=src.table.plain_text):
            rows.append(_plan_row(src, clean_row(raw, src.unit or src.file_unit, category)))
    if roster is None:
        assert event is not None, "build_plan needs the event or a roster snapshot"
        roster = event.attendees()
    _refuse_badges_without_zeros(rows, roster)
    _match_duplicates(rows, roster)
    if categorizer is None and event is not None:
        categorizer = categorizer_for(event)
    if categorizer is not None:
        _suggest_categories(rows, categorizer)
    return ImportPlan(sources, rows, errors)


def _suggest_categories(rows: list[PlanRow], categorizer: Categorizer) -> None:
    for row in rows:
        if row.action == ADD and not row.person.category:
            suggestion = categorizer.suggest(row.person)
            if suggestion:
                row.person = row.person.with_(category=suggestion)
                row.present = row.present | {"category"}
                row.suggested = suggestion


def _refuse_badges_without_zeros(rows: list[PlanRow], roster: list[Attendee]) -> None:
    """A badge number shorter than the zero-padded ones of the roster or the file ("1" beside "0001")
    lost its zeros in a spreadsheet: the row is refused with the cell named rather than stored."""
    padded = [b for b in [p.badge_no for p in roster] + [r.person.badge_no for r in rows]
              if len(b) > 1 and b.startswith("0") and b.isdigit()]
    width = max(map(len, padded), default=0)
    for row in rows:
        badge = row.person.badge_no
        if badge.isdigit() and len(badge) < width and not badge.startswith("0"):
            row.errors.append(problem("badge_no", "import.row.badge_lost_zeros", badge=badge, padded=badge.zfill(width)))
            row.action = INVALID


def _plan_row(src: SourceInfo, clean: CleanRow) -> PlanRow:
    return PlanRow(src.table.source, clean.row_no, clean.person, clean.present, clean.warnings, clean.errors,
                   action=INVALID if clean.errors else ADD)


def _match_duplicates(rows: list[PlanRow], roster: list[Attendee]) -> None:
    by_phone = {p.phone: p for p in roster if p.phone}
    by_name_unit = {(p.name, p.unit): p for p in roster}
    seen_phone: dict[str, int] = {}
    seen_name_unit: dict[tuple, int] = {}
    for i, row in enumerate(rows):
        if row.action == INVALID:
            continue
        p = row.person
        earlier = seen_name_unit.get((p.name, p.unit))
        if earlier is None and p.phone and p.phone in seen_phone and rows[seen_phone[p.phone]].person.name == p.name:
            earlier = seen_phone[p.phone]
        if earlier is not None:
            row.duplicate_of, row.action = earlier, SKIP
            row.reason = Message("import.duplicate.in_import", {"source": rows[earlier].source,
                                                                "row": rows[earlier].row_no})
        else:
            _match_roster(row, by_phone, by_name_unit)
        seen_name_unit.setdefault((p.name, p.unit), i)
        if p.phone:
            seen_phone.setdefault(p.phone, i)


def _match_roster(row: PlanRow, by_phone: dict, by_name_unit: dict) -> None:
    p = row.person
    same = by_name_unit.get((p.name, p.unit))
    if same is not None:
        row.match_id, row.action, row.reason = same.id, UPDATE, Message("import.duplicate.name_unit")
        return
    other = by_phone.get(p.phone) if p.phone else None
    if other is None:
        return
    row.match_id = other.id
    if other.name == p.name:
        row.action, row.reason = UPDATE, Message("import.duplicate.phone", {"unit": other.unit})
    else:   # a shared contact phone (a secretary's) is common: keep both unless the user says otherwise
        row.action, row.reason = ADD, Message("import.duplicate.shared_phone", {"name": other.name, "unit": other.unit})


# --- applying ---------------------------------------------------------------------------------
def plan_operation(event: Event, plan: ImportPlan, skip_invalid: bool = False) -> tuple[PutAttendees, dict[str, int]]:
    """The single undoable operation that carries out the plan."""
    if plan.invalid_rows and not skip_invalid:
        raise ImportBlocked(len(plan.invalid_rows))
    current = {p.id: p for p in event.attendees()}
    next_rank = max([p.rank for p in current.values()], default=0)
    created: dict[int, Attendee] = {}     # row index → person being added (in-import updates merge into it)
    updates: dict[int, Attendee] = {}
    counts = {ADD: 0, UPDATE: 0, SKIP: 0}
    for i, row in enumerate(plan.rows):
        if row.action in (SKIP, INVALID):
            counts[SKIP] += 1
            continue
        counts[row.action] += 1
        if row.action == ADD:
            next_rank += 1
            created[i] = row.person.with_(rank=next_rank)
        elif row.duplicate_of is not None and row.duplicate_of in created:
            created[row.duplicate_of] = merge(created[row.duplicate_of], row)
        else:
            target_id = row.match_id if row.match_id is not None or row.duplicate_of is None \
                else plan.rows[row.duplicate_of].match_id
            if target_id is None or target_id not in current:      # the row it duplicates was skipped: add this one instead
                next_rank += 1
                created[i] = row.person.with_(rank=next_rank)
                continue
            base = updates.get(target_id) or current[target_id]
            updates[target_id] = merge(base, row)
    op = PutAttendees(rows=tuple(updates.values()) + tuple(created.values()), label="roster.import")
    return op, counts


def merge(base: Attendee, row: PlanRow) -> Attendee:
    """``base`` with the fields the row gave a value for; empty cells never blank stored data."""
    return replace(base, **{f: getattr(row.person, f) for f in row.present if f in FIELDS and f != "seq"})


def apply_plan(event: Event, plan: ImportPlan, skip_invalid: bool = False) -> ImportResult:
    """Write the plan in one transaction; nothing changes if any part fails."""
    op, counts = plan_operation(event, plan, skip_invalid)
    inverse, changes = op.apply(event)
    return ImportResult(counts[ADD], counts[UPDATE], counts[SKIP], inverse, changes)


def import_files(event: Event, paths, unit: str = "", category: str = "", skip_invalid: bool = False,
                 dry_run: bool = False) -> tuple[ImportPlan, ImportResult | None]:
    """Plan (and unless ``dry_run``, apply) an import of ``paths`` with the default duplicate choices."""
    sources, file_errors = load_sources(paths, unit)
    plan = build_plan(event, sources, file_errors, category)
    if dry_run:
        return plan, None
    return plan, apply_plan(event, plan, skip_invalid)


__all__ = ["ADD", "UPDATE", "SKIP", "INVALID", "ImportBlocked", "ImportPlan", "ImportResult", "PlanRow",
           "SourceInfo", "LABELS", "apply_plan", "build_plan", "import_files", "load_sources", "pasted_source",
           "plan_operation", "source_for"]
