"""Property tests for what travels between desks: any record, well formed or not, is either refused as a
BadRecord or applied without breaking the event (the parsing layer in ceremony/sync/store.py)."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ceremony.errors import CeremonyError
from ceremony.sync import journal
from ceremony.sync.store import BadRecord, check_record

ANY = st.recursive(st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=True) |
                   st.text(max_size=30), lambda inner: st.lists(inner, max_size=4) |
                   st.dictionaries(st.text(max_size=10), inner, max_size=4), max_leaves=20)
FIELDS = list(journal.PERSON_FIELDS) + list(journal.MARK_FIELDS) + list(journal.CHECKIN_FIELDS) + ["person"]
BODY = st.dictionaries(st.sampled_from(FIELDS + ["value"]), ANY, max_size=8) | st.fixed_dictionaries(
    {"value": st.dictionaries(st.sampled_from(FIELDS), ANY, max_size=12)})
RECORD = st.fixed_dictionaries(
    {"uuid": st.just("") | st.builds(lambda: uuid.uuid4().hex) | st.text(max_size=40),
     "kind": st.sampled_from([journal.CHECKIN, journal.PERSON, journal.MARK, journal.SEAT, journal.BADGE, "x"]),
     "key": st.text(max_size=12), "ref": st.text(max_size=12), "stamp": st.text(max_size=30),
     "origin": st.text(max_size=8), "body": BODY | ANY}) | ANY


@pytest.fixture(scope="module")
def event(tmp_path_factory):
    from ceremony.demo import create_demo
    event = create_demo(tmp_path_factory.mktemp("sync-props") / "demo.ceremony")
    yield event
    event.close()


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(RECORD)
def test_any_record_is_refused_or_applied_cleanly(event, record):
    try:
        checked = check_record(record)
    except BadRecord:
        return
    before = event.summary()["attendees"]
    try:
        with event.repo.transaction():
            journal.apply_record(event.repo, checked)
    except CeremonyError:
        assert event.summary()["attendees"] == before       # refused: nothing changed
