"""Badge codes: signed, carry no personal data, recognise forgeries and other events offline."""

import pytest

from ceremony import codes
from ceremony.errors import DeskCopyCannotSign
from ceremony.event import CodeLookup, Event
from conftest import build_small_event


@pytest.fixture
def guest(cast):
    return cast.students[0].id


@pytest.fixture
def other(cast):
    return cast.teachers[0].id


def test_code_round_trip(small_event, guest):
    code = small_event.badge_code(guest)
    assert small_event.lookup_code(code) == type(small_event.lookup_code(code))(codes.OK, guest)
    assert small_event.badge_code(guest) == code          # stable until reissued


def test_code_carries_no_personal_data(small_event, guest):
    person = small_event.attendee(guest)
    code = small_event.badge_code(guest)
    for value in (person.name, person.phone, person.badge_no):  # base32 has no 0/1: digits never collide
        assert value not in code.split(".")[2]


@pytest.mark.parametrize("mangle", [
    lambda c: c[:-1] + ("A" if c[-1] != "A" else "B"),                       # altered signature
    lambda c: ".".join(c.split(".")[:2] + ["AAAAAAAAAAAAA"] + c.split(".")[3:]),  # altered token
    lambda c: "HELLO WORLD",
    lambda c: "",
    lambda c: "CM1." * 200,
])
def test_forged_or_altered_codes_are_invalid(small_event, mangle, guest):
    assert small_event.lookup_code(mangle(small_event.badge_code(guest))).status == codes.INVALID


def test_code_of_another_event(tmp_path, small_event, guest):
    another = build_small_event(tmp_path / "other.ceremony")
    foreign = another.badge_code(guest)
    another.close()
    assert small_event.lookup_code(foreign).status == codes.OTHER_EVENT


def test_reissue_revokes_old_code(small_event, guest):
    old = small_event.badge_code(guest)
    new = small_event.reissue_badge_code(guest)
    assert new != old
    assert small_event.lookup_code(old).status == codes.REVOKED
    assert small_event.lookup_code(new).status == codes.OK


def test_scanner_noise_is_cleaned(small_event, guest):
    code = small_event.badge_code(guest)
    assert small_event.lookup_code("\x02" + code.lower() + "\r\n").status == codes.OK


def test_signed_token_missing_from_file_is_unknown(small_event):
    ghost = codes.make_code(small_event._uid, small_event._sign_key, codes.new_token())
    assert small_event.lookup_code(ghost).status == codes.UNKNOWN


# --- signing keys: a desk's copy checks codes but cannot make them -----------------------------
def test_desk_copy_holds_no_secret(tmp_path, small_event, guest):
    small_event.badge_code(guest)
    secrets_ = [small_event._secret, small_event._sign_key]
    desk = small_event.copy_for_desk(tmp_path / "desk.ceremony")
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("desk.ceremony*"))
    for secret in secrets_:
        assert secret and secret.encode() not in raw and bytes.fromhex(secret) not in raw
    assert desk.stat().st_mode & 0o077 == 0          # readable by the user only


def test_desk_copy_verifies_new_and_printed_legacy_codes(tmp_path, small_event, guest, other):
    new = small_event.badge_code(guest)
    token = small_event.repo.current_badge_token(other) or small_event.badge_code(other).split(".")[2]
    legacy = codes.make_legacy_code(small_event._uid, small_event._secret, token)   # printed by an old version
    assert small_event.lookup_code(legacy) == CodeLookup(codes.OK, other)
    desk = Event.open(small_event.copy_for_desk(tmp_path / "desk.ceremony"))
    assert desk.is_desk_copy
    assert desk.lookup_code(new) == CodeLookup(codes.OK, guest)
    assert desk.lookup_code(legacy) == CodeLookup(codes.OK, other)
    forged_legacy = legacy[:-1] + ("A" if legacy[-1] != "A" else "B")
    assert desk.lookup_code(forged_legacy).status == codes.INVALID
    # the second-to-last character carries signature bits only (the last one may hold padding bits)
    tampered = new[:-2] + ("B" if new[-2] == "A" else "A") + new[-1]
    assert desk.lookup_code(tampered).status == codes.INVALID
    desk.close()


def test_desk_copy_cannot_mint(tmp_path, small_event, guest):
    desk = Event.open(small_event.copy_for_desk(tmp_path / "desk.ceremony"))
    without_code = next(p.id for p in desk.attendees() if desk.repo.current_badge_token(p.id) is None)
    with pytest.raises(DeskCopyCannotSign):
        desk.badge_code(without_code)
    with pytest.raises(DeskCopyCannotSign):
        desk.reissue_badge_code(guest)
    assert desk.setting("desk_mode") is True
    desk.close()


def test_file_from_before_signing_keys_gets_a_pair_and_keeps_old_codes(small_event, guest):
    token = small_event.repo.current_badge_token(guest) or small_event.badge_code(guest).split(".")[2]
    legacy = codes.make_legacy_code(small_event._uid, small_event._secret, token)
    with small_event.repo.transaction():
        small_event.repo.set_signing_keys("", "")
    old = Event.open(small_event.path)
    assert old.lookup_code(legacy).status == codes.OK
    new = old.badge_code(guest)
    assert new.startswith("CM2.") and old.lookup_code(new).status == codes.OK
    old.close()
