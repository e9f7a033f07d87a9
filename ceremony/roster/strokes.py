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
def _table() -> dict[str, tuple[int, str, str, int]]:
    """char → (count, sequence, forms, official); plain tuples, as the file is read at the first sort."""
    table: dict[str, tuple[int, str, str, int]] = {}
    with open(STROKES_FILE, encoding="utf-8") as fh:
        next(fh)                                    # the header line
        for line in fh:
            char, sequence, forms, official = line[:-1].split("\t")
            if sequence[0] == "=":
                table[char] = (int(sequence[1:]), "", forms, int(official or 0))
            else:
                table[char] = (len(sequence), sequence, forms, int(official or 0))
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
    table = _table()
    by_number = sorted((info[3], char) for char, info in table.items() if info[3])
    out: dict[str, tuple[str, str]] = {}
    for low, high in _LEVELS:
        level = [c for n, c in by_number if low <= n <= high]
        for chars in (level, level[::-1]):          # nearest before; then nearest after for those still open
            last: dict[int, tuple[str, str]] = {}
            for char in chars:
                count, sequence, forms, _ = table[char]
                if sequence:
                    last[count] = (sequence, forms)
                elif char not in out and count in last:
                    out[char] = last[count]
    return out


def char_strokes(char: str) -> CharStrokes | None:
    """The data of one character, or None when it has none."""
    info = _table().get(char)
    return CharStrokes(*info) if info else None


def simplified_form(char: str) -> str:
    """The simplified character a traditional one (outside the table) is ordered as; itself otherwise."""
    return _simplified().get(char, char)


def stroke_sequence(char: str) -> str:
    """The sequence in basic strokes 1横 2竖 3撇 4点 5折, or "" when unknown."""
    info = _table().get(char)
    return info[1] if info else ""


def stroke_count(char: str) -> int | None:
    """The total number of strokes, or None when the character is not in the data."""
    info = _table().get(char)
    return info[0] if info else None


def is_placed_by_data(char: str) -> bool:
    """True when the data orders this character fully (a sequence, or its number in the table)."""
    info = _table().get(simplified_form(char))
    return bool(info and (info[1] or info[3]))


def _full_key(char: str) -> tuple[int, str, str, int, int]:
    info = _table().get(char)
    if info is None:
        return (UNKNOWN_COUNT, "", "", NOT_IN_TABLE, ord(char))
    count, sequence, forms, official = info
    if not sequence:
        sequence, forms = _borrowed().get(char, ("9", ""))   # "9": after the known sequences of that count
    return (count, sequence, forms, official or NOT_IN_TABLE, ord(char))


@lru_cache(maxsize=20_000)
def char_key(char: str) -> tuple[int, str, str, int, int]:
    """Sort key of one character in the GB13000.1 order (see the module docstring)."""
    return _full_key(simplified_form(char))


@lru_cache(maxsize=20_000)
def char_weight(char: str) -> str:
    """char_key as one string that compares the same way (one C-level comparison instead of a tuple's)."""
    count, sequence, forms, official, code = char_key(char)
    return f"{count:03d}{sequence:<64}{forms:<64}{official:06d}{code:07d}"
