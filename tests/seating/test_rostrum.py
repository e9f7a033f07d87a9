"""Rostrum order (docs/protocol.md#rostrum): the examples, every N from 1 to 12, both rules, both even conventions."""

from __future__ import annotations

import pytest

from ceremony.seating.rostrum import EVEN_A, EVEN_B, RULE_LEFT, RULE_RIGHT, place_rostrum, row_order, row_seats

# Audience view, left to right, 以左为尊 — written out by hand from the rules, not computed.
LEFT_A = {
    1: [1], 2: [1, 2], 3: [3, 1, 2], 4: [3, 1, 2, 4], 5: [5, 3, 1, 2, 4], 6: [5, 3, 1, 2, 4, 6],
    7: [7, 5, 3, 1, 2, 4, 6], 8: [7, 5, 3, 1, 2, 4, 6, 8], 9: [9, 7, 5, 3, 1, 2, 4, 6, 8],
    10: [9, 7, 5, 3, 1, 2, 4, 6, 8, 10], 11: [11, 9, 7, 5, 3, 1, 2, 4, 6, 8, 10],
    12: [11, 9, 7, 5, 3, 1, 2, 4, 6, 8, 10, 12],
}
LEFT_B_EVEN = {
    2: [2, 1], 4: [4, 2, 1, 3], 6: [6, 4, 2, 1, 3, 5], 8: [8, 6, 4, 2, 1, 3, 5, 7],
    10: [10, 8, 6, 4, 2, 1, 3, 5, 7, 9], 12: [12, 10, 8, 6, 4, 2, 1, 3, 5, 7, 9, 11],
}


def test_domain_examples():
    assert row_order(3) == [3, 1, 2]
    assert row_order(5) == [5, 3, 1, 2, 4]
    assert row_order(6, even=EVEN_A) == [5, 3, 1, 2, 4, 6]
    assert row_order(6, even=EVEN_B) == [6, 4, 2, 1, 3, 5]
    assert row_order(7) == [7, 5, 3, 1, 2, 4, 6]
    assert row_order(5, RULE_RIGHT) == [4, 2, 1, 3, 5]


@pytest.mark.parametrize("n", range(1, 13))
@pytest.mark.parametrize("even", [EVEN_A, EVEN_B])
def test_left_rule_table(n, even):
    expected = LEFT_B_EVEN[n] if even == EVEN_B and n % 2 == 0 else LEFT_A[n]
    assert row_order(n, RULE_LEFT, even) == expected


@pytest.mark.parametrize("n", range(1, 13))
@pytest.mark.parametrize("even", [EVEN_A, EVEN_B])
def test_right_rule_mirrors(n, even):
    expected = LEFT_B_EVEN[n] if even == EVEN_B and n % 2 == 0 else LEFT_A[n]
    assert row_order(n, RULE_RIGHT, even) == list(reversed(expected))


@pytest.mark.parametrize("n", range(1, 13))
def test_leader_one_sits_in_the_centre(n):
    order = row_order(n)
    centre = order.index(1)
    assert centre in ((n - 1) // 2, n // 2)
    assert sorted(order) == list(range(1, n + 1))
    # 2号 at 1号's own left hand = the audience's right, next to him (odd N and convention A)
    if n > 1:
        assert order.index(2) == centre + 1


def test_bad_rule_is_refused():
    with pytest.raises(ValueError):
        row_order(3, "middle")
    with pytest.raises(ValueError):
        row_order(4, even="C")


def _rows(places):
    out = {}
    for p in sorted(places, key=lambda p: (p.row, p.x)):
        out.setdefault(p.row, []).append(p.number)
    return out


def test_two_rows_front_first_each_centred_numbering_continues():
    people = list(range(101, 109))            # 8 people, 5 per row
    places, left = place_rostrum(people, [5, 5])
    assert left == []
    assert _rows(places) == {1: [5, 3, 1, 2, 4], 2: [8, 6, 7]}
    row2 = [p.x for p in places if p.row == 2]
    assert sorted(row2) == [2, 3, 4]          # centred on its own
    assert {p.number: p.person for p in places}[1] == 101


def test_row_sizes_differ_and_overflow_is_reported():
    places, left = place_rostrum(list(range(1, 23)), [9, 11])
    assert len(places) == 20 and left == [21, 22]
    assert _rows(places)[1] == [9, 7, 5, 3, 1, 2, 4, 6, 8]
    assert _rows(places)[2][5] == 10          # the first rank of row 2 sits in its centre


def test_row_reserved_for_speakers():
    people = [1, 2, 3, 4, 5, 6, 7]
    places, left = place_rostrum(people, [3, 3], group_rows={2: {2, 5}})
    by_person = {p.person: p for p in places}
    assert by_person[2].row == 2 and by_person[5].row == 2
    assert {p.person for p in places if p.row == 1} == {1, 3, 4}
    assert left == [6, 7]


def test_host_always_in_front_row():
    people = list(range(1, 9))               # host has rank 8, front row holds 5
    places, _ = place_rostrum(people, [5, 5], host=8)
    assert {p.person: p.row for p in places}[8] == 1
    places, _ = place_rostrum(people, [5, 5], host=8, host_position="end")
    front = sorted((p for p in places if p.row == 1), key=lambda p: p.x)
    assert front[0].person == 8               # the lectern end: the rostrum's own right = audience left
    assert [p.person for p in front[1:]] == [3, 1, 2, 4]


# A row with a physical centre chair (odd number of chairs): the most senior of the row sits on it and the
# empty chair is at the least honoured end (docs/protocol.md#rostrum). Audience view, 0 = empty chair.
@pytest.mark.parametrize("count, chairs, rule, even, expected", [
    (8, 9, RULE_LEFT, EVEN_A, [0, 7, 5, 3, 1, 2, 4, 6, 8]),
    (8, 9, RULE_LEFT, EVEN_B, [0, 7, 5, 3, 1, 2, 4, 6, 8]),
    (8, 9, RULE_RIGHT, EVEN_A, [8, 6, 4, 2, 1, 3, 5, 7, 0]),
    (2, 3, RULE_LEFT, EVEN_A, [0, 1, 2]),
    (4, 5, RULE_LEFT, EVEN_A, [0, 3, 1, 2, 4]),
    (4, 7, RULE_LEFT, EVEN_A, [0, 0, 3, 1, 2, 4, 0]),
    (6, 7, RULE_RIGHT, EVEN_B, [6, 4, 2, 1, 3, 5, 0]),
    (5, 9, RULE_LEFT, EVEN_A, [0, 0, 5, 3, 1, 2, 4, 0, 0]),
    (9, 9, RULE_LEFT, EVEN_A, [9, 7, 5, 3, 1, 2, 4, 6, 8]),
    # no centre chair (even number of chairs): the conventions of an even row apply
    (6, 8, RULE_LEFT, EVEN_A, [0, 5, 3, 1, 2, 4, 6, 0]),
    (6, 8, RULE_LEFT, EVEN_B, [0, 6, 4, 2, 1, 3, 5, 0]),
])
def test_row_with_a_centre_chair(count, chairs, rule, even, expected):
    assert row_seats(count, chairs, rule, even) == expected


def test_rows_of_nine_chairs_numbering_continues():
    """12 leaders on two rows of 9: the front row full, the back row's senior (10号) on its centre chair."""
    places, left = place_rostrum(list(range(101, 113)), [9, 9])
    assert left == []
    back = sorted((p for p in places if p.row == 2), key=lambda p: p.x)
    assert [(p.x, p.number) for p in back] == [(4, 12), (5, 10), (6, 11)]
    places, _ = place_rostrum(list(range(101, 114)), [9, 9])
    back = sorted((p for p in places if p.row == 2), key=lambda p: p.x)
    assert [(p.x, p.number) for p in back] == [(4, 12), (5, 10), (6, 11), (7, 13)]


def test_end_host_on_a_row_with_a_centre_chair():
    """The host at the lectern end (audience left); the others keep 1号 on the centre chair."""
    places, _ = place_rostrum(list(range(1, 9)), [9], host=8, host_position="end")
    by_x = {p.x: p.person for p in places}
    assert by_x[1] == 8 and by_x[5] == 1
