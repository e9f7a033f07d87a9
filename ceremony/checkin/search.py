"""Finding a guest at the desk by what staff type.

The roster service owns the real index (pinyin, initials, phone digits, badge
number). Until it is present this falls back to plain matching over the
attendee list, so the desk always works.
"""

from __future__ import annotations

from ceremony.models import Attendee

MAX_QUERY = 32      # longer input is scanner noise, not a search


def search_people(service, text: str, limit: int = 20) -> list[Attendee]:
    text = " ".join((text or "").split())
    if not text or len(text) > MAX_QUERY or not any(ch.isprintable() for ch in text):
        return []
    roster_search = getattr(service.event.roster, "search", None)
    if roster_search is not None:
        return list(roster_search(text, limit=limit))
    return _plain_search(service.event.attendees(), text, limit)


def _plain_search(people: list[Attendee], text: str, limit: int) -> list[Attendee]:
    needle = text.lower()
    digits = needle.isdigit()
    scored = []
    for p in people:
        if p.name == text or (digits and p.badge_no == text):
            score = 0
        elif p.name.startswith(text):
            score = 1
        elif text in p.name:
            score = 2
        elif digits and len(needle) >= 3 and p.phone.endswith(needle):
            score = 3
        elif text in p.unit:
            score = 4
        else:
            continue
        scored.append((score, p.rank or 10**9, p.id, p))
    scored.sort(key=lambda s: s[:3])
    return [s[3] for s in scored[:limit]]
