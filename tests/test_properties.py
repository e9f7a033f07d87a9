"""Property-based tests (hypothesis): whatever arrives — import rows, scanner input, venue files —
the program answers with its own errors or a clean result, never a crash."""

from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from ceremony import codes
from ceremony.errors import CeremonyError
from ceremony.roster import names
from ceremony.roster.importing.plan import build_plan, source_for
from ceremony.roster.importing.readers import Table
from ceremony.seating.venue import MAX_SEATS, VenueError, expand_spec

FAST = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HEADERS = ["姓名", "单位", "职务", "手机", "身份证号", "车牌", "性别", "类别", "备注", "序号", "是否参加"]
# Text with the characters a hostile or broken file carries: controls, escapes, bidi marks, CJK.
NASTY = st.text(alphabet=st.sampled_from(list("张王李曾单·• 　\t\n\x00\x07\x1b[0m\u202e\u2066\u200b\ufeff=+-@'\"0123456789Xx,;") +
                                         ["\ud800", "\U0001f600", "１"]), max_size=24)


@pytest.fixture(scope="module")
def event(tmp_path_factory):
    from ceremony.demo import create_demo
    event = create_demo(tmp_path_factory.mktemp("props") / "demo.ceremony")
    yield event
    event.close()


# --- import rows ------------------------------------------------------------------------------
@FAST
@given(header=st.lists(st.sampled_from(HEADERS) | NASTY, min_size=1, max_size=8),
       rows=st.lists(st.lists(NASTY, max_size=8), max_size=20))
def test_any_table_plans_cleanly(event, header, rows):
    table = Table("回执.csv", [header] + rows)
    plan = build_plan(event, [source_for(table, "东莞日报")])
    for row in plan.rows:
        for field in ("name", "unit", "title", "notes"):
            value = getattr(row.person, field)
            assert names.strip_unsafe(value) == value, (field, value)


@FAST
@given(NASTY)
def test_clean_name_is_idempotent_and_safe(text):
    once = names.clean_name(text)
    assert names.clean_name(once) == once
    assert not names.has_unsafe(once)


# --- scanner input -------------------------------------------------------------------------------
STATUSES = {codes.OK, codes.INVALID, codes.OTHER_EVENT, codes.REVOKED, codes.UNKNOWN}


@FAST
@given(st.text(max_size=300))
def test_any_scan_is_answered(event, text):
    assert event.lookup_code(text).status in STATUSES
    assert event.lookup_code("CM2." + text).status in STATUSES


@FAST
@given(data=st.data())
def test_an_altered_code_never_passes(event, data):
    code = event.badge_code(data.draw(st.integers(1, 300)))
    i = data.draw(st.integers(0, len(code) - 1))
    new = data.draw(st.sampled_from(string.ascii_uppercase + string.digits + "."))
    altered = code[:i] + new + code[i + 1:]
    assume(codes.normalize_scan(altered) != codes.normalize_scan(code))
    assert event.lookup_code(altered).status != codes.OK


@FAST
@given(st.text(max_size=40), st.booleans())
def test_any_desk_input_is_a_result(event, text, by_code):
    event.checkin.invalidate()
    result = event.checkin.check_in_code(text) if by_code else None
    assert result is None or result.status


# --- venue files ---------------------------------------------------------------------------------
JSON = st.recursive(st.none() | st.booleans() | st.integers(-5, 10**12) | st.text(max_size=12),
                    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner, max_size=5),
                    max_leaves=30)
ROW = st.integers(-2, 10**10) | st.text(alphabet="#x. -_?", max_size=40) | st.fixed_dictionaries(
    {"row": st.integers(-2, 10**12) | st.text(max_size=3), "layout": st.text(alphabet="#x.", max_size=20) | JSON})
SECTION = st.fixed_dictionaries(
    {"name": st.text(max_size=6) | JSON, "kind": st.sampled_from(["hall", "rostrum", "stage"]) | JSON,
     "rows": st.integers(-1, 10**10) | st.lists(ROW, max_size=6) | JSON},
    optional={"blocks": st.lists(st.integers(-1, 10**9), max_size=4) | JSON,
              "numbering": st.sampled_from(["plain", "odd_even", "x"]),
              "reserved": st.dictionaries(st.text(max_size=6), st.text(max_size=4), max_size=3) | JSON})
ZONE = st.fixed_dictionaries({"name": st.text(max_size=4) | JSON},
                             optional={"cells": st.lists(st.text(alphabet="0123456789:-", max_size=14), max_size=4) | JSON,
                                       "rows": JSON, "x": JSON, "section": st.text(max_size=4)})
VENUE = st.fixed_dictionaries({"sections": st.lists(SECTION, max_size=3) | JSON},
                              optional={"zones": st.lists(ZONE, max_size=3) | JSON, "name": JSON})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(VENUE, JSON))
def test_any_venue_spec_is_seats_or_one_venue_error(spec):
    try:
        seats = expand_spec(spec)
    except VenueError as exc:
        assert exc.message
        return
    assert len(seats) <= MAX_SEATS


def test_errors_are_ceremony_errors():
    assert issubclass(VenueError, CeremonyError)
