"""Rostrum order (docs/protocol.md#rostrum): the examples, every N from 1 to 12, both rules, both even conventions."""

from __future__ import annotations

import pytest

from ceremony.seating.rostrum import EVEN_A, EVEN_B, RULE_LEFT, RULE_RIGHT, place_rostrum, row_order

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
