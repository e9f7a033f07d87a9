"""Finding the header row of a 回执 and mapping its columns to attendee fields (docs/protocol.md#roster-files)."""

from __future__ import annotations

import re

from ceremony import messages

# Field → the header texts offices use for it (compared after removing spaces and brackets).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "seq": ("序号", "编号", "排序", "顺序号", "No", "NO"),
    "name": ("姓名", "名字", "参会人", "参会人员", "参会人姓名", "参会人员姓名", "嘉宾姓名", "人员姓名"),
    "gender": ("性别",),
    "unit": ("单位", "工作单位", "单位名称", "所在单位", "单位全称", "参会单位", "学校", "学校名称", "企业名称"),
    "title": ("职务", "职位", "职务职级", "职务（职级）", "职务职称", "职称", "身份"),
    "phone": ("手机", "手机号", "手机号码", "联系电话", "电话", "联系方式", "移动电话", "电话号码"),
    "id_number": ("身份证号", "身份证号码", "身份证", "证件号码", "公民身份号码"),
    "plate": ("车牌", "车牌号", "车牌号码", "车辆号牌", "车号"),
    "category": ("类别", "人员类别", "组别", "身份类别", "分类"),
    "rsvp": ("是否参加", "是否参会", "参加情况", "回执", "是否出席", "出席情况"),
    "on_rostrum": ("主席台", "是否上主席台", "上主席台"),
    "speaker": ("发言", "是否发言", "发言人"),
    "badge_no": ("证号", "参会证号", "证件编号", "胸卡号"),
    "notes": ("备注", "说明"),
}
FIELDS = ("seq", "name", "gender", "unit", "title", "phone", "id_number", "plate", "category", "rsvp",
          "on_rostrum", "speaker", "badge_no", "notes")


def field_code(field: str) -> str:
    """The message code of a field's column label (``ui/`` translates it, the CLI prints the Chinese)."""
    return f"import.field.{field}"


# Chinese column label per field (CLI lines; ``ui/`` translates :func:`field_code` instead).
LABELS = {f: messages.text(field_code(f)) for f in FIELDS}
HEADER_SCAN_ROWS = 30

_NOISE = re.compile(r"[\s\u3000*＊※:：]|（必填）|\(必填\)|（选填）|\(选填\)")
_BRACKETS = re.compile(r"[（(【\[].*?[）)】\]]")
_LOOKUP = {}
for _field, _words in SYNONYMS.items():
    for _w in _words:
        _LOOKUP[_NOISE.sub("", _w).lower()] = _field


def normalize_header(text: str) -> str:
    return _NOISE.sub("", text or "").lower()


def header_field(text: str) -> str | None:
    """The field a header cell names, or None ("姓 名" → name, "职务（职级）" → title)."""
    key = normalize_header(text)
    if not key:
        return None
    if key in _LOOKUP:
        return _LOOKUP[key]
    bare = _BRACKETS.sub("", key)
    if bare in _LOOKUP:
        return _LOOKUP[bare]
    if len(key) <= 12:   # "联系电话手机" style: the longest synonym the header starts with
        starts = [w for w in _LOOKUP if len(w) >= 2 and key.startswith(w)]
        if starts:
            return _LOOKUP[max(starts, key=len)]
    return None


def map_columns(row: list[str]) -> dict[int, str]:
    """Column index → field for one candidate header row (first column wins for a repeated field)."""
    mapping: dict[int, str] = {}
    for col, text in enumerate(row):
        found = header_field(text)
        if found and found not in mapping.values():
            mapping[col] = found
    return mapping


def detect_header(rows: list[list[str]]) -> tuple[int, dict[int, str]] | None:
    """(row index, mapping) of the header row under any title rows; None when there is no 姓名 column.

    A two-row header (联系方式 over 手机 | 身份证号) is read as one: the second row is the header,
    with the first row's labels where it has none (see :func:`join_two_row_header`).
    """
    best = None
    for r, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        joined = join_two_row_header(rows, r)
        if joined is not None:
            row, r = joined, r + 1
        mapping = map_columns(row)
        if "name" not in mapping.values():
            continue
        if best is None or len(mapping) > len(best[1]):
            best = (r, mapping)
    return best


def join_two_row_header(rows: list[list[str]], r: int) -> list[str] | None:
    """Rows ``r`` and ``r + 1`` as one header when the second holds only header labels that add fields.

    Without merged-cell information (CSV, pasted text) the upper labels sit over the first column of
    their group only; the lower row's labels win where both have one.
    """
    if r + 1 >= len(rows):
        return None
    upper, lower = rows[r], rows[r + 1]
    labels = [c for c in lower if c.strip()]
    if not labels or len(labels) > 20 or any(header_field(c) is None for c in labels):
        return None
    width = max(len(upper), len(lower))
    joined = [(lower[c] if c < len(lower) and lower[c].strip() else upper[c] if c < len(upper) else "")
              for c in range(width)]
    return joined if len(map_columns(joined)) > len(map_columns(upper)) else None


def is_header_again(row: list[str], mapping: dict[int, str]) -> bool:
    """A repeated header row (a file made of several units' blocks, each with its header)."""
    name_col = next((c for c, f in mapping.items() if f == "name"), None)
    if name_col is None or name_col >= len(row):
        return False
    text = row[name_col]
    # cheap guard first: this runs for every row of big files
    return len(text) <= 12 and ("名" in text or "人" in text) and header_field(text) == "name"
