"""The rostrum (主席台) order: who sits where, by rank (docs/protocol.md#rostrum). Pure functions, no database.

Positions are given in the **audience's view**, left to right, as on every chart
(台下视角). Under 以左为尊 ("left" = the seated leader's own left) the honoured
side is the audience's right, so the audience sees the order mirrored.
"""

from __future__ import annotations

from dataclasses import dataclass

RULE_LEFT = "left"      # 以左为尊 (Chinese government meetings)
RULE_RIGHT = "right"    # 以右为尊 (international / business / banquet)
EVEN_A = "A"            # 1 and 2 share the centre, 2 at 1's left hand
EVEN_B = "B"            # 1 on the left-centre seat (leader's view), 2 at his right hand


def row_order(n: int, rule: str = RULE_LEFT, even: str = EVEN_A) -> list[int]:
    """Rank numbers 1..n as the audience sees them, left to right.

    >>> row_order(5)
    [5, 3, 1, 2, 4]
    >>> row_order(6, even="B")
    [6, 4, 2, 1, 3, 5]
    """
    _check(rule, even)
    if n <= 0:
        return []
    seats = [0] * n
    for rank in range(1, n + 1):
        seats[_position_left_rule(n, rank, even)] = rank
    return seats if rule == RULE_LEFT else list(reversed(seats))


def _position_left_rule(n: int, rank: int, even: str) -> int:
    """0-based audience-view position of ``rank`` under 以左为尊 (leader's left = audience right)."""
    half = n // 2
    if n % 2:                                       # odd: 1 centre, 2 audience-right, 3 audience-left ...
        if rank == 1:
            return half
        return half + rank // 2 if rank % 2 == 0 else half - (rank - 1) // 2
    if even == EVEN_A:                              # 1 centre-left, 2 centre-right (audience view)
        return half - 1 - (rank - 1) // 2 if rank % 2 else half + (rank - 2) // 2
    return half + (rank - 1) // 2 if rank % 2 else half - 1 - (rank - 2) // 2


def _check(rule: str, even: str) -> None:
    if rule not in (RULE_LEFT, RULE_RIGHT):
        raise ValueError(f"unknown rostrum rule {rule!r}")
    if even not in (EVEN_A, EVEN_B):
        raise ValueError(f"unknown even-N convention {even!r}")


@dataclass(frozen=True)
class RostrumPlace:
    """One placed person: ``row`` 1 = front, ``x`` 1-based seat index from the audience's left."""

    person: int          # the caller's id for the person
    row: int
    x: int
    number: int          # the rank number printed on the chart (continues across rows)


def place_rostrum(people: list[int], capacities: list[int], rule: str = RULE_LEFT, even: str = EVEN_A,
                  group_rows: dict[int, set[int]] | None = None, host: int | None = None,
                  host_position: str = "centre") -> tuple[list[RostrumPlace], list[int]]:
    """Place ``people`` (already in rank order) on rows of ``capacities`` seats.

    The front row takes the highest ranks, each row is centred on its own, and the
    rank numbers continue from row to row. ``group_rows`` gives a row (1-based) to
    a group: only those people sit there, and they sit nowhere else while it has
    room. The ``host`` (主持人) always sits in the front row: in rank order
    ("centre") or at the end by the lectern ("end"). The 发言席 stands front right of the rostrum in
    the rostrum's own orientation, which is the audience's left, so that end is x = 1.
    Returns the places and the people who did not fit.
    """
    group_rows = group_rows or {}
    grouped = set().union(*group_rows.values()) if group_rows else set()
    rows: list[list[int]] = [[] for _ in capacities]
    general = [p for p in people if p not in grouped]
    leftovers: list[int] = []
    for index, cap in enumerate(capacities):
        members = group_rows.get(index + 1)
        if members is not None:
            wanted = [p for p in people if p in members]
            rows[index], spill = wanted[:cap], wanted[cap:]
            leftovers.extend(spill)
    general = _merge_in_rank_order(people, general + leftovers)
    if host is not None and host in general and capacities and 1 not in group_rows:
        general = _host_first_row(general, host, capacities[0])
    for index, cap in enumerate(capacities):
        if (index + 1) in group_rows:
            continue
        rows[index], general = general[:cap], general[cap:]
    places: list[RostrumPlace] = []
    number = 0
    for index, (cap, row_people) in enumerate(zip(capacities, rows)):
        end_host = host if index == 0 and host_position == "end" else None
        for x, (person, rank_in_row) in enumerate(_arrange_row(row_people, cap, rule, even, end_host), start=1):
            if person is not None:
                places.append(RostrumPlace(person, index + 1, x, number + rank_in_row))
        number += len(row_people)
    return places, general


def _merge_in_rank_order(people: list[int], subset: list[int]) -> list[int]:
    wanted = set(subset)
    return [p for p in people if p in wanted]


def _host_first_row(general: list[int], host: int, front_cap: int) -> list[int]:
    """Move the host into the front row if his rank would put him behind it."""
    if general.index(host) < front_cap or front_cap <= 0:
        return general
    rest = [p for p in general if p != host]
    return rest[:front_cap - 1] + [host] + rest[front_cap - 1:]


def row_seats(count: int, seats: int, rule: str = RULE_LEFT, even: str = EVEN_A) -> list[int]:
    """Rank numbers 1..count on a row of ``seats`` chairs, audience view, 0 for an empty chair.

    A row with a physical centre chair (an odd number of chairs) puts 1号 on it: an even number of people
    sits as one more, odd, with the last and least honoured place left empty, so the empty chair is at the
    least honoured end. Otherwise the people are centred on the row.

    >>> row_seats(8, 9)
    [0, 7, 5, 3, 1, 2, 4, 6, 8]
    """
    if seats % 2 and count % 2 == 0 and 0 < count < seats:
        order = [r if r <= count else 0 for r in row_order(count + 1, rule, even)]
    else:
        order = row_order(count, rule, even)
    pad = max(0, (seats - len(order)) // 2)
    return [0] * pad + order + [0] * max(0, seats - pad - len(order))


def _arrange_row(members: list[int], seats: int, rule: str, even: str,
                 end_host: int | None) -> list[tuple[int | None, int]]:
    """(person, rank-in-row) per chair from the audience's left, (None, 0) for an empty one; an end host takes
    the lectern end (the first empty chair from the audience's left)."""
    others = [p for p in members if p != end_host]
    ranks = row_seats(len(others), seats, rule, even)
    placed: list[tuple[int | None, int]] = [(others[r - 1], r) if r else (None, 0) for r in ranks]
    if end_host is not None and end_host in members:
        free = next(i for i, (p, _) in enumerate(placed) if p is None)   # fewer others than chairs
        placed[free] = (end_host, len(members))
    return placed
