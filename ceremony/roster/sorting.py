"""List orders: by rank, by 姓氏笔画 (two conventions for single given names) and by pinyin.

The rules: docs/protocol.md#stroke-order. 姓氏笔画: the surname first, as a unit — its first character by the
GB13000.1 order (count, strokes, tie-breaks), then its other characters, so a single surname comes before the
compound surnames that begin with it (欧丁, 欧明, then 欧阳一) and each compound surname stays together; then
the given name character by character, a single given name led by a blank (政协) or not (人大). Traditional
characters sort as their simplified forms (歐陽 as 欧阳).
"""

from __future__ import annotations

from functools import lru_cache

from ceremony.models import Attendee
from ceremony.roster.names import is_compound_surname, sort_pinyin
from ceremony.roster.strokes import char_weight, is_placed_by_data

ZHENGXIE = "zhengxie"   # 政协 style: a single given name's missing character is a blank that sorts first
RENDA = "renda"         # 人大 style: compare the real second character
CONVENTIONS = (ZHENGXIE, RENDA)
ORDERS = ("rank", "strokes", "pinyin")
_BLANK = ""       # sorts before every real character
_NO_SECOND = ""   # a single surname before the compound surnames that begin with it


@lru_cache(maxsize=50_000)
def stroke_key(name: str, convention: str = ZHENGXIE) -> tuple[str, ...]:
    """Sort key for 按姓氏笔画排序: the surname as a unit (its first character decides), then the given name.
    Each character is its place in the stroke order (strokes.char_weight)."""
    weight = char_weight
    if not name:
        return ()
    if len(name) > 2 and is_compound_surname(name[:2]):
        head, given = (weight(name[0]), weight(name[1])), name[2:]
    else:
        head, given = (weight(name[0]), _NO_SECOND), name[1:]
    if convention == ZHENGXIE and len(given) == 1:
        return head + (_BLANK, weight(given))
    return head + tuple(map(weight, given))


def unplaced_characters(names) -> dict[str, list[str]]:
    """Chinese characters the stroke data cannot fully order (no stroke sequence and not in 《通用规范汉字表》),
    each with the names that carry it, so a list can say where its order is uncertain."""
    out: dict[str, list[str]] = {}
    for name in names:
        for ch in dict.fromkeys(name):
            if ("\u3400" <= ch <= "\u9fff" or ch >= "\U00020000") and not is_placed_by_data(ch):
                out.setdefault(ch, []).append(name)
    return out


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


def unit_stroke_key(text: str) -> tuple[str, ...]:
    """Units, places and other names that are not a person's: character by character in the stroke order
    (no surname, no given-name convention)."""
    return tuple(map(char_weight, text))


def sort_units(names: list[str]) -> list[str]:
    """Unit names in stroke order (东方中学 before 东莞市教育局: 方 has 4 strokes, 莞 10)."""
    return sorted(names, key=lambda n: (unit_stroke_key(n), n))
