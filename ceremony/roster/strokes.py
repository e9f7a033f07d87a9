"""Stroke counts and stroke sequences of Chinese characters (data: resources/strokes, MIT licence)."""

from __future__ import annotations

from functools import lru_cache

from ceremony.paths import RESOURCES

STROKES_FILE = RESOURCES / "strokes" / "strokes.txt"
UNKNOWN_COUNT = 99   # characters without data sort after every known one


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    with open(STROKES_FILE, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or "\t" not in line:
                continue
            char, value = line.rstrip("\n").split("\t", 1)
            table[char] = value
    return table


def stroke_sequence(char: str) -> str:
    """The sequence in basic strokes 1横 2竖 3撇 4点 5折, or "" when unknown."""
    value = _table().get(char, "")
    return "" if value.startswith("=") else value


def stroke_count(char: str) -> int | None:
    """The total number of strokes, or None when the character is not in the table."""
    value = _table().get(char)
    if value is None:
        return None
    return int(value[1:]) if value.startswith("=") else len(value)


@lru_cache(maxsize=20_000)
def char_key(char: str) -> tuple[int, str, int]:
    """Sort key of one character: stroke count, then stroke sequence, then code point."""
    count = stroke_count(char)
    if count is None:
        return (UNKNOWN_COUNT, "", ord(char))
    return (count, stroke_sequence(char), ord(char))
