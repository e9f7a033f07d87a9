"""Stroke counts, stroke sequences and the GB13000.1 字序 of Chinese characters (docs/protocol.md, 姓氏笔画).

Data: resources/strokes (cnchar, MIT; Unihan, Unicode licence). The order of two characters is the
standard's: stroke count; the sequence of basic strokes 横 竖 撇 点 折; then stroke by stroke the 主笔形
before the 附笔形 (横 before 提, 竖 before 竖钩, 点 before 捺) and the 折笔 in the order of the 折笔规范;
then, for the characters of 《通用规范汉字表》, their number in the table, which carries the standard's last
tie-break (structure) and places the table characters whose sequence the data lacks. Traditional characters
outside the table sort as their simplified form.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ceremony.paths import RESOURCES

STROKES_FILE = RESOURCES / "strokes" / "strokes.txt"
SIMPLIFIED_FILE = RESOURCES / "strokes" / "simplified.txt"
UNKNOWN_COUNT = 99      # characters without any data sort after every known one
NOT_IN_TABLE = 99_999   # after every 通用规范汉字表 number
_LEVELS = ((1, 3500), (3501, 6500), (6501, 8105))   # the table numbers its three levels one after another


@dataclass(frozen=True)
class CharStrokes:
    """What the data knows about one character."""

    count: int
    sequence: str = ""   # basic strokes 1横 2竖 3撇 4点 5折, "" when unknown
    forms: str = ""      # per stroke: a = 主笔形, b... = 附笔形 / 折笔 order
    official: int = 0    # number in 《通用规范汉字表》 (1-8105), 0 outside it


@lru_cache(maxsize=1)
def _table() -> dict[str, CharStrokes]:
    table: dict[str, CharStrokes] = {}
    with open(STROKES_FILE, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            char, sequence, forms, official = line.rstrip("\n").split("\t")
            count = int(sequence[1:]) if sequence.startswith("=") else len(sequence)
            sequence = "" if sequence.startswith("=") else sequence
            table[char] = CharStrokes(count, sequence, forms, int(official or 0))
    return table


@lru_cache(maxsize=1)
def _simplified() -> dict[str, str]:
    with open(SIMPLIFIED_FILE, encoding="utf-8") as fh:
        pairs = (line.rstrip("\n").split("\t") for line in fh if not line.startswith("#"))
        return {trad: simple for trad, simple in pairs}


@lru_cache(maxsize=1)
def _borrowed() -> dict[str, tuple[str, str]]:
    """Table characters without a sequence: the sequence and forms of the nearest character of the same
    count and level in the official order (before it if any, else after it), so that the number settles it."""
    by_number = sorted((info.official, char) for char, info in _table().items() if info.official)
    out: dict[str, tuple[str, str]] = {}
    for low, high in _LEVELS:
        level = [(_table()[c], c) for n, c in by_number if low <= n <= high]
        for index, (info, char) in enumerate(level):
            if info.sequence:
                continue
            before = [i for i, _ in reversed(level[:index]) if i.sequence and i.count == info.count]
            after = [i for i, _ in level[index + 1:] if i.sequence and i.count == info.count]
            near = (before or after or [info])[0]
            out[char] = (near.sequence, near.forms)
    return out


def char_strokes(char: str) -> CharStrokes | None:
    """The data of one character, or None when it has none."""
    return _table().get(char)


def simplified_form(char: str) -> str:
    """The simplified character a traditional one (outside the table) is ordered as; itself otherwise."""
    return _simplified().get(char, char)


def stroke_sequence(char: str) -> str:
    """The sequence in basic strokes 1横 2竖 3撇 4点 5折, or "" when unknown."""
    info = _table().get(char)
    return info.sequence if info else ""


def stroke_count(char: str) -> int | None:
    """The total number of strokes, or None when the character is not in the data."""
    info = _table().get(char)
    return info.count if info else None


def is_placed_by_data(char: str) -> bool:
    """True when the data orders this character fully (a sequence, or its number in the table)."""
    info = _table().get(simplified_form(char))
    return bool(info and (info.sequence or info.official))


@lru_cache(maxsize=20_000)
def char_key(char: str) -> tuple[int, str, str, int, int]:
    """Sort key of one character in the GB13000.1 order (see the module docstring)."""
    char = simplified_form(char)
    info = _table().get(char)
    if info is None:
        return (UNKNOWN_COUNT, "", "", NOT_IN_TABLE, ord(char))
    sequence, forms = (info.sequence, info.forms) if info.sequence else _borrowed().get(char, ("9", ""))
    return (info.count, sequence, forms, info.official or NOT_IN_TABLE, ord(char))
