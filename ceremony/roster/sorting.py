"""List orders: by rank, by 姓氏笔画 (two conventions for single given names) and by pinyin.

The rules: docs/protocol.md#stroke-order.
"""

from __future__ import annotations

from functools import lru_cache

from ceremony.models import Attendee
from ceremony.roster.names import split_surname, sort_pinyin
from ceremony.roster.strokes import char_key

ZHENGXIE = "zhengxie"   # 政协 style: a single given name's missing character is a blank that sorts first
RENDA = "renda"         # 人大 style: compare the real second character
CONVENTIONS = (ZHENGXIE, RENDA)
ORDERS = ("rank", "strokes", "pinyin")
_BLANK = (0, "", 0)     # sorts before every real character


@lru_cache(maxsize=50_000)
def stroke_key(name: str, convention: str = ZHENGXIE) -> tuple:
    """Sort key for 按姓氏笔画排序: surname's first character only, then the given name."""
    surname, given = split_surname(name)
    keys = [char_key(surname[0])] if surname else []
    given_keys = [char_key(ch) for ch in given]
    if convention == ZHENGXIE and len(given_keys) == 1:
        given_keys.insert(0, _BLANK)
    return tuple(keys + given_keys)


def rank_key(person: Attendee) -> tuple:
    """Ranked people first by rank, unranked after them in the order they were added."""
    return (person.rank == 0, person.rank, person.id or 0)


def pinyin_key(person: Attendee) -> tuple:
    reading = sort_pinyin(person.name)
    return (reading, stroke_key(person.name), person.id or 0)


def sort_people(people: list[Attendee], by: str = "rank", convention: str = ZHENGXIE) -> list[Attendee]:
    """A new list of ``people`` in the order ``by`` ("rank" | "strokes" | "pinyin")."""
    if by == "rank":
        return sorted(people, key=rank_key)
    if by == "strokes":
        if convention not in CONVENTIONS:
            convention = ZHENGXIE
        return sorted(people, key=lambda p: (stroke_key(p.name, convention), p.name, rank_key(p)))
    if by == "pinyin":
        return sorted(people, key=pinyin_key)
    raise ValueError(f"unknown order {by!r}; use one of {', '.join(ORDERS)}")


def sort_names(names: list[str], convention: str = ZHENGXIE) -> list[str]:
    """Plain names in stroke order (units, zone lists ...)."""
    return sorted(names, key=lambda n: (stroke_key(n, convention), n))
