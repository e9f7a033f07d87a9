"""Find anyone instantly: an in-memory index over the roster (docs/protocol.md#check-in, #pinyin).

A query matches Chinese substrings of names, units (also abbreviations such as 电科校 for
东莞市电子科技学校) and titles; full pinyin and initials of every reading (surname reading
first); the last digits of a phone; badge numbers.

Results come in tiers (exact, whole syllables, prefix, other readings, substring ...), each
tier in rank order. Exact and prefix tiers are dictionary and binary-search look-ups; the
substring tiers scan only when the better tiers did not fill the limit, and a growing query
rescans only the previous keystroke's hits. That keeps typing far under 10 ms for 5,000 people.
"""

from __future__ import annotations

import bisect
import heapq
import re
import unicodedata
from collections import defaultdict

from ceremony.models import Attendee
from ceremony.roster.names import full_pinyin, initials, name_readings

_CJK = re.compile(r"[\u3400-\u9fff]")
_UNIT_PREFIXES = ("中共", "共青团", "广东省", "东莞市", "东莞")
_RESCAN_LIMIT = 400   # below this many previous hits, re-checking them beats a find over the whole column


def normalize_query(text: str) -> str:
    """Lower-case, full-width to ASCII, no spaces, ü typed either way."""
    text = unicodedata.normalize("NFKC", text or "").lower().replace("ü", "v").replace("u:", "v")
    return re.sub(r"[\s\u3000'’·]", "", text)


def short_unit(unit: str) -> str:
    """The unit without the city prefix everybody leaves out (东莞市教育局 → 教育局)."""
    for prefix in _UNIT_PREFIXES:
        if unit.startswith(prefix) and len(unit) > len(prefix) + 1:
            return unit[len(prefix):]
    return unit


def _is_subsequence(query: str, text: str) -> bool:
    it = iter(text)
    return all(ch in it for ch in query)


def _joined(column: list[str]) -> tuple[str, list[int]]:
    """The column as one string (entries never contain a newline) and where each entry starts in it."""
    starts, at = [], 0
    for text in column:
        starts.append(at)
        at += len(text) + 1
    return "\n".join(column), starts


class _Sorted:
    """Keys sorted for prefix look-ups: which entries have a key starting with q."""

    def __init__(self, pairs):
        pairs = sorted(pairs)
        self.keys = [k for k, _ in pairs]
        self.idx = [i for _, i in pairs]

    def exact(self, q: str) -> list[int]:
        return self.idx[bisect.bisect_left(self.keys, q):bisect.bisect_right(self.keys, q)]

    def prefix(self, q: str) -> list[int]:
        lo = bisect.bisect_left(self.keys, q)
        hi = bisect.bisect_left(self.keys, q + "\uffff")
        return self.idx[lo:hi]


class SearchIndex:
    """Searchable snapshot of a roster; rebuild it when the roster changes."""

    def __init__(self, people: list[Attendee]):
        people = sorted((p for p in people if p.id is not None), key=lambda p: (p.rank == 0, p.rank, p.id))
        self.ids: list[int] = [p.id for p in people if p.id is not None]     # entry index order is rank order
        self.people: dict[int, Attendee] = {p.id: p for p in people if p.id is not None}
        self.names = [p.name for p in people]
        self.units = [p.unit for p in people]
        self.titles = [p.title for p in people]
        self.phones = [p.phone for p in people]
        self.badges = [p.badge_no.lower() for p in people]
        self._build_pinyin(people)
        self._exact_name = defaultdict(list)
        for i, name in enumerate(self.names):
            self._exact_name[name].append(i)
        self._name_sorted = _Sorted((n, i) for i, n in enumerate(self.names))
        self._phone_rev = _Sorted((ph[::-1], i) for i, ph in enumerate(self.phones) if ph)
        self._badge_sorted = _Sorted((b, i) for i, b in enumerate(self.badges) if b)
        self._badge_digits = _Sorted((self._badge_digits_of(i), i) for i, b in enumerate(self.badges) if b)
        self._by_unit: dict[str, list[int]] = defaultdict(list)
        for i, unit in enumerate(self.units):
            if unit:
                self._by_unit[unit].append(i)
        self._last: dict[str, tuple[str, list[int]]] = {}
        # each scanned column joined by "\n" with its entries' start offsets, built here, not on a keystroke
        self._joined = {id(c): _joined(c) for c in (self.names, self.pinyin_hay, self.unit_inits, self.phones,
                                                     self.titles)}

    def _build_pinyin(self, people: list[Attendee]) -> None:
        # [0] = surname (first) reading, [1] = every other reading
        self._exact: tuple[dict[str, set[int]], dict[str, set[int]]] = (defaultdict(set), defaultdict(set))
        # ^ full pinyin or initials → entries; below: whole-syllable prefixes ("zeng", "zengguo")
        self._syllables: tuple[dict[str, set[int]], dict[str, set[int]]] = (defaultdict(set), defaultdict(set))
        fulls: tuple[list[tuple[str, int]], list[tuple[str, int]]] = ([], [])
        inits: tuple[list[tuple[str, int]], list[tuple[str, int]]] = ([], [])
        self.pinyin_hay = []
        self.unit_inits = []
        for i, p in enumerate(people):
            readings = name_readings(p.name)
            for n, reading in enumerate(readings):
                k = 0 if n == 0 else 1
                full, ini = full_pinyin(reading), initials(reading)
                self._exact[k][full].add(i)
                self._exact[k][ini].add(i)
                syllables = reading.split(" ")
                for j in range(1, len(syllables)):
                    self._syllables[k]["".join(syllables[:j])].add(i)
                fulls[k].append((full, i))
                inits[k].append((ini, i))
            self.pinyin_hay.append("|" + "|".join(full_pinyin(r) for r in readings))
            unit_readings = name_readings(short_unit(p.unit)) if p.unit else ()
            self.unit_inits.append(initials(unit_readings[0]) if unit_readings else "")
        self._fulls = (_Sorted(fulls[0]), _Sorted(fulls[1]))
        self._inits = (_Sorted(inits[0]), _Sorted(inits[1]))

    def __len__(self) -> int:
        return len(self.ids)

    # --- searching ----------------------------------------------------------------------------
    def search(self, text: str, limit: int = 50) -> list[int]:
        """Attendee ids, best tier first and in rank order within a tier."""
        q = normalize_query(text)
        if not q:
            return []
        if _CJK.search(q):
            tiers = self._chinese_tiers(q)
        elif q.isdigit():
            tiers = self._digit_tiers(q)
        else:
            tiers = self._latin_tiers(q)
        out: list[int] = []
        seen: set[int] = set()
        for tier in tiers:                      # generators: later tiers run only when needed
            fresh = set(tier()) - seen
            need = limit - len(out)
            best = heapq.nsmallest(need, fresh) if len(fresh) > 4 * need else sorted(fresh)[:need]
            seen.update(fresh)
            out.extend(best)
            if len(out) >= limit:
                break
        return [self.ids[i] for i in out[:limit]]

    def _scan(self, kind: str, q: str, column: list[str]) -> list[int]:
        """Entries whose ``column`` contains q; a growing query rescans only the last hits, a new one
        searches the column joined into one string (C-speed find instead of a Python loop)."""
        last_q, last_hits = self._last.get(kind, ("", []))
        if last_q and q.startswith(last_q) and len(last_hits) < _RESCAN_LIMIT:
            hits = [i for i in last_hits if q in column[i]]
        else:
            hits = self._find_all(q, column)
        self._last[kind] = (q, hits)
        return hits

    def _find_all(self, q: str, column: list[str]) -> list[int]:
        text, starts = self._joined[id(column)]
        hits: list[int] = []
        at = text.find(q)
        while at >= 0:
            entry = bisect.bisect_right(starts, at) - 1
            hits.append(entry)
            at = text.find(q, starts[entry + 1] if entry + 1 < len(starts) else len(text))
        return hits

    def _badge_digits_of(self, i: int) -> str:
        return self.badges[i].lstrip("abcdefghijklmnopqrstuvwxyz-").lstrip("0")

    def _chinese_tiers(self, q: str):
        yield lambda: self._exact_name.get(q, ())
        yield lambda: self._name_sorted.prefix(q)
        yield lambda: self._scan("name", q, self.names)
        yield lambda: [i for u, members in self._by_unit.items() if q in (u, short_unit(u)) for i in members]
        yield lambda: [i for u, members in self._by_unit.items() if q in u for i in members]
        if 2 <= len(q) <= 16:
            yield lambda: [i for u, members in self._by_unit.items() if _is_subsequence(q, u) for i in members]
        yield lambda: self._find_all(q, self.titles)

    def _digit_tiers(self, q: str):
        yield lambda: [i for i in self._badge_sorted.prefix(q) if self.badges[i] == q]
        if len(q) >= 3:
            yield lambda: self._phone_rev.prefix(q[::-1])
        digits = q.lstrip("0")
        yield lambda: self._badge_digits.exact(digits) if digits else []
        yield lambda: self._badge_sorted.prefix(q)
        if len(q) >= 4:
            yield lambda: self._find_all(q, self.phones)

    def _latin_tiers(self, q: str):
        # A whole name's pinyin or initials, in any reading, before any partial match (祭仲 by zz); then
        # the surname reading before the others.
        yield lambda: self._exact[0].get(q, ())
        yield lambda: self._exact[1].get(q, ())
        for k in (0, 1):
            yield lambda k=k: self._syllables[k].get(q, ())
            yield lambda k=k: self._fulls[k].prefix(q)
            yield lambda k=k: self._inits[k].prefix(q)
        yield lambda: self._badge_sorted.prefix(q)
        yield lambda: self._scan("pinyin", "|" + q, self.pinyin_hay)   # at the start of a reading
        yield lambda: self._scan("pinyin-any", q, self.pinyin_hay)
        yield lambda: self._scan("unit-initials", q, self.unit_inits)
