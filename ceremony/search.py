"""Find anyone instantly: an in-memory index over the roster (DOMAIN.md §5, §7).

A query matches Chinese substrings of names, units (also abbreviations such as 电科校 for
东莞市电子科技学校) and titles; full pinyin and initials of every reading (surname reading
first); the last digits of a phone; badge numbers. Each keystroke filters the previous
keystroke's candidates when the query only grew, so typing stays well under 10 ms.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .models import Attendee
from .names import full_pinyin, initials, name_readings

_CJK = re.compile(r"[\u3400-\u9fff]")
_SEP = "\x00"
_UNIT_PREFIXES = ("中共", "共青团", "广东省", "东莞市", "东莞")


def normalize_query(text: str) -> str:
    """Lower-case, full-width to ASCII, no spaces, ü typed either way."""
    text = unicodedata.normalize("NFKC", text or "").lower().replace("ü", "v").replace("u:", "v")
    return re.sub(r"[\s\u3000'’·]", "", text)


@dataclass(frozen=True)
class _Entry:
    id: int
    rank_key: tuple
    name: str
    unit: str
    title: str
    fulls: tuple[str, ...]       # full pinyin per reading, surname reading first
    inits: tuple[str, ...]       # initials per reading
    starts: tuple[str, ...]      # "|zeng|guo|fan" style, to match at syllable starts
    phone: str
    badge: str
    unit_inits: str


def _entry(p: Attendee) -> _Entry:
    readings = name_readings(p.name)
    unit_readings = name_readings(_short_unit(p.unit)) if p.unit else ()
    return _Entry(
        id=p.id, rank_key=(p.rank == 0, p.rank, p.id), name=p.name, unit=p.unit, title=p.title,
        fulls=tuple(full_pinyin(r) for r in readings), inits=tuple(initials(r) for r in readings),
        starts=tuple("|" + r.replace(" ", "|") for r in readings),
        phone=p.phone, badge=p.badge_no.lower(),
        unit_inits=initials(unit_readings[0]) if unit_readings else "",
    )


def _short_unit(unit: str) -> str:
    for prefix in _UNIT_PREFIXES:
        if unit.startswith(prefix) and len(unit) > len(prefix) + 1:
            return unit[len(prefix):]
    return unit


def _haystack(e: _Entry) -> str:
    return _SEP.join((e.name, e.unit, e.title, "|".join(e.fulls), "|".join(e.inits), e.unit_inits,
                      e.phone, e.badge))


def _is_subsequence(query: str, text: str) -> bool:
    it = iter(text)
    return all(ch in it for ch in query)


class SearchIndex:
    """Searchable snapshot of a roster; rebuild it when the roster changes."""

    def __init__(self, people: list[Attendee]):
        self._entries = [_entry(p) for p in people if p.id is not None]
        self._hay = [_haystack(e) for e in self._entries]
        self._by_unit: dict[str, list[int]] = {}
        for i, e in enumerate(self._entries):
            if e.unit:
                self._by_unit.setdefault(e.unit, []).append(i)
        self._last: tuple[str, list[int]] = ("", list(range(len(self._entries))))

    def __len__(self) -> int:
        return len(self._entries)

    def search(self, text: str, limit: int = 50) -> list[int]:
        """Attendee ids best first (match quality, then rank)."""
        query = normalize_query(text)
        if not query:
            return []
        candidates = self._candidates(query)
        scored = []
        for i in candidates:
            score = self._score(self._entries[i], query)
            if score is not None:
                scored.append((score, self._entries[i].rank_key, i))
        scored.sort()
        return [self._entries[i].id for _, _, i in scored[:limit]]

    # --- matching -------------------------------------------------------------------------------
    def _candidates(self, query: str) -> list[int]:
        last_query, last = self._last
        pool = last if last_query and query.startswith(last_query) else range(len(self._entries))
        hay = self._hay
        found = [i for i in pool if query in hay[i]]
        if _CJK.search(query) and 2 <= len(query) <= 8:
            found = sorted(set(found) | set(self._abbreviation_matches(query, pool)))
        self._last = (query, found)
        return found

    def _abbreviation_matches(self, query: str, pool) -> list[int]:
        allowed = pool if isinstance(pool, range) else set(pool)
        out = []
        for unit, members in self._by_unit.items():
            if _is_subsequence(query, unit):
                out.extend(i for i in members if i in allowed)
        return out

    @staticmethod
    def _score(e: _Entry, q: str) -> float | None:
        if _CJK.search(q):
            return _score_chinese(e, q)
        if q.isdigit():
            return _score_digits(e, q)
        return _score_latin(e, q)


def _score_chinese(e: _Entry, q: str) -> float | None:
    if e.name == q:
        return 0
    if e.name.startswith(q):
        return 1
    if q in e.name:
        return 2
    if e.unit == q or _short_unit(e.unit) == q:
        return 3
    if q in e.unit:
        return 4
    if q in e.title:
        return 6
    if _is_subsequence(q, e.unit):
        return 5
    return None


def _score_digits(e: _Entry, q: str) -> float | None:
    if e.badge == q:
        return 0
    if len(q) >= 3 and e.phone.endswith(q):
        return 1
    if e.badge and e.badge.lstrip("0abcdefghijklmnopqrstuvwxyz-") == q.lstrip("0"):
        return 1.5
    if e.badge.startswith(q):
        return 2
    if len(q) >= 4 and q in e.phone:
        return 3
    return None


def _score_latin(e: _Entry, q: str) -> float | None:
    best = None
    for n, (full, ini, starts) in enumerate(zip(e.fulls, e.inits, e.starts)):
        penalty = 0.01 * n            # the surname reading (first) wins over other readings
        if full == q or ini == q:
            score = 0
        elif full.startswith(q):
            score = 0.5 if len(q) in _bounds(starts) else 1   # whole syllables ("zeng") before "shang" for "shan"
        elif ini.startswith(q):
            score = 1.5
        elif _syllable_start(starts, q):
            score = 3
        elif q in full:
            score = 4
        else:
            continue
        best = score + penalty if best is None else min(best, score + penalty)
    if best is not None:
        return best
    if e.badge and (e.badge == q or e.badge.startswith(q)):
        return 2
    if e.unit_inits and q in e.unit_inits:
        return 5
    return None


def _bounds(starts: str) -> set[int]:
    """Positions in the plain reading where a syllable starts or the reading ends."""
    marks = [m.start() - k for k, m in enumerate(re.finditer(r"\|", starts))]
    return set(marks) | {len(starts) - len(marks)}


def _syllable_start(starts: str, q: str) -> bool:
    """q begins at a syllable boundary of the reading ("guofan" in "|zeng|guo|fan")."""
    plain = starts.replace("|", "")
    bounds = _bounds(starts)
    pos = plain.find(q)
    while pos != -1:
        if pos in bounds:
            return True
        pos = plain.find(q, pos + 1)
    return False
