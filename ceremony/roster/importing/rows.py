"""Turning one 回执 row into a clean attendee plus warnings and errors (docs/protocol.md#names)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ceremony.messages import Message
from ceremony.roster import names
from ceremony.models import RSVP_LEAVE, RSVP_PENDING, RSVP_YES, Attendee
from ceremony.roster.importing.headers import LABELS, field_code, is_header_again

_YES = {"是", "√", "✓", "✔", "y", "yes", "1", "参加", "参会", "出席", "确认参加", "true", "是的"}
_NO = {"否", "×", "✗", "n", "no", "0", "不参加", "请假", "不出席", "false"}
_UNIT_LINE = re.compile(r"^(?:填报单位|参会单位|报名单位|推荐单位|单位名称|单位)\s*(?:[（(][^）)]*[）)])?\s*[:：]\s*(.+)$")
# What may follow the unit on the same line: "单位：甲学校    联系人：张三  电话：…"
_UNIT_LINE_END = re.compile(r"\s{2,}|\u3000|\s*(?:联系人|填报人|填表人|经办人|负责人|日期|填报日期|联系电话|电话|手机|时间)\s*[:：]")
# A number a spreadsheet showed in scientific notation (and a CSV saved that way): digits are gone.
_SCIENTIFIC = re.compile(r"^\d(?:\.\d+)?E[+-]?\d+$", re.IGNORECASE)
# Fields whose digits a spreadsheet destroys when it stores them as numbers → the message code saying so.
NUMBER_DAMAGE = {"id_number": "import.row.damaged.id_number", "phone": "import.row.damaged.phone"}
_NOTE_HINTS = re.compile(r"[:：，,。；;]|^注|填表|联系人|合计|共计|盖章")


@dataclass(frozen=True)
class Problem:
    """What is wrong with one cell: the attendee field whose column it is, and a message (code + params)."""

    field: str
    message: Message

    @property
    def column(self) -> str:
        """The Chinese column label (姓名, 手机 ...) for CLI lines; ``ui/`` translates :attr:`column_code`."""
        return LABELS.get(self.field, self.field)

    @property
    def column_code(self) -> str:
        return field_code(self.field)

    @property
    def text(self) -> str:
        """The Chinese text (CLI lines)."""
        return self.message.text


def problem(field_name: str, code: str, **params) -> Problem:
    return Problem(field_name, Message(code, params))


@dataclass
class RawRow:
    """A data row of a table: its 1-based row number in the file and text per field."""

    row_no: int
    values: dict[str, str]
    unit_hint: str = ""          # from a "单位：xxx" block line above it


@dataclass
class CleanRow:
    row_no: int
    person: Attendee
    present: frozenset[str]          # fields the file gave a value for (only these overwrite on update)
    warnings: list[Problem] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)


def unit_line(text: str) -> str:
    """The unit a "单位：X" / "填报单位（盖章）：X" line names, or ""."""
    found = _UNIT_LINE.match(text.strip())
    if not found:
        return ""
    return _UNIT_LINE_END.split(found.group(1), maxsplit=1)[0].strip()


def file_unit(rows: list[list[str]], header_row: int) -> str:
    """The unit named on a line above the header (the usual 回执 layout), or ""."""
    for row in rows[:header_row]:
        for text in row:
            found = unit_line(text) if text else ""
            if found:
                return found
    return ""


def data_rows(rows: list[list[str]], header_row: int, mapping: dict[int, str],
              fill_down: bool = False) -> list[RawRow]:
    """The rows under the header that hold people; blank lines, notes and repeated headers are left out.

    ``fill_down`` (text files, which cannot say a cell was merged) gives an empty unit cell the unit
    of the row above, as a merged unit cell would.
    """
    out: list[RawRow] = []
    unit_hint = ""
    name_col = next(c for c, f in mapping.items() if f == "name")
    for r in range(header_row + 1, len(rows)):
        row = rows[r]
        filled = [(c, v) for c, v in enumerate(row) if v.strip()]
        if not filled or is_header_again(row, mapping):
            continue
        if len(filled) == 1:
            col, text = filled[0]
            block_unit = unit_line(text)
            if block_unit:
                unit_hint = block_unit
                continue
            looks_like_note = len(text) > 12 or bool(_NOTE_HINTS.search(text))
            if col == name_col and not looks_like_note:
                pass        # a person with nothing but a name
            elif col == 0 or col not in mapping or looks_like_note or mapping.get(col) == "seq":
                continue    # a note, a total or a block title, not a person
        values = {f: (row[c] if c < len(row) else "") for c, f in mapping.items()}
        if not any(v.strip() for f, v in values.items() if f != "seq"):
            continue
        if fill_down and out and "unit" in values and not values["unit"].strip():
            values["unit"] = out[-1].values.get("unit", "")
        out.append(RawRow(r + 1, values, unit_hint))
    return out


def clean_row(raw: RawRow, unit: str = "", category: str = "") -> CleanRow:
    """Clean and check one row; ``unit``/``category`` fill in when the file has no value."""
    v = {k: names.clean_text(x) for k, x in raw.values.items()}
    warnings: list[Problem] = []
    errors: list[Problem] = []
    for field_name, text in raw.values.items():
        if field_name in LABELS and names.has_unsafe(text or ""):
            warnings.append(problem(field_name, "import.row.unsafe_removed"))
    name = names.clean_name(raw.values.get("name", ""))
    if not name:
        errors.append(problem("name", "import.row.name_empty"))
    elif len(name) > 20 or re.search(r"\d", name):
        warnings.append(problem("name", "import.row.odd_name", name=name))
    phone = _undamaged(names.clean_phone(raw.values.get("phone", "")), "phone", warnings)
    _warn(warnings, "phone", names.phone_warning(phone))
    id_number = _undamaged(names.clean_id_number(raw.values.get("id_number", "")), "id_number", warnings)
    if "*" in id_number:       # a masked export imported back: never overwrite the real number with it
        warnings.append(problem("id_number", "import.row.id_masked"))
        id_number = ""
    _warn(warnings, "id_number", names.id_number_warning(id_number))
    plate = names.clean_plate(raw.values.get("plate", ""))
    _warn(warnings, "plate", names.plate_warning(plate))
    gender = names.normalize_gender(v.get("gender", ""))
    if v.get("gender") and not gender:
        warnings.append(problem("gender", "import.row.gender_unknown", value=v["gender"]))
    _warn(warnings, "gender", names.gender_warning(gender, id_number))
    row_unit = v.get("unit") or raw.unit_hint or unit
    if not row_unit:
        errors.append(problem("unit", "import.row.no_unit"))
    rsvp = _rsvp(v.get("rsvp", ""), warnings)
    person = Attendee(
        name=name, gender=gender, unit=row_unit, title=v.get("title", ""),
        category=v.get("category") or category, phone=phone, id_number=id_number, plate=plate,
        on_rostrum=_flag(v.get("on_rostrum", "")), speaker=_flag(v.get("speaker", "")), rsvp=rsvp,
        notes=v.get("notes", ""), badge_no=names.nfkc(v.get("badge_no", "")),
    )
    if _SCIENTIFIC.match(person.badge_no):
        errors.append(problem("badge_no", "import.row.badge_scientific", badge=person.badge_no))
    present = {f for f, x in v.items() if x and f != "seq" and not (f == "id_number" and not id_number)}
    present -= {f for f in NUMBER_DAMAGE if not getattr(person, f)}     # a damaged value is never stored
    if row_unit:
        present.add("unit")
    if person.category:
        present.add("category")
    return CleanRow(raw.row_no, person, frozenset(present), warnings, errors)


def _undamaged(value: str, field_name: str, warnings: list[Problem]) -> str:
    """``value``, or "" with the row flagged when a spreadsheet has already lost its digits."""
    if _SCIENTIFIC.match(value):
        warnings.append(problem(field_name, NUMBER_DAMAGE[field_name], value=value))
        return ""
    return value


def _warn(warnings: list[Problem], field_name: str, found: Message | None) -> None:
    if found is not None:
        warnings.append(Problem(field_name, found))


def _flag(text: str) -> bool:
    return text.strip().lower() in _YES


def _rsvp(text: str, warnings: list[Problem]) -> str:
    value = text.strip().lower()
    if not value:
        return RSVP_YES
    if value in _YES:
        return RSVP_YES
    if value in _NO:
        return RSVP_LEAVE
    if value in ("待定", "未定", "未回复"):
        return RSVP_PENDING
    warnings.append(problem("rsvp", "import.row.rsvp_unknown", value=text))
    return RSVP_YES
