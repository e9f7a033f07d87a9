"""Badge codes: signed, carry no personal data, recognise forgeries and other events offline."""

import pytest

from ceremony import codes
from ceremony.demo import create_demo
from ceremony.errors import DeskCopyCannotSign
from ceremony.event import CodeLookup, Event


def test_code_round_trip(demo_event):
    code = demo_event.badge_code(5)
    assert demo_event.lookup_code(code) == type(demo_event.lookup_code(code))(codes.OK, 5)
    assert demo_event.badge_code(5) == code          # stable until reissued


def test_code_carries_no_personal_data(demo_event):
    person = demo_event.attendee(5)
    code = demo_event.badge_code(5)
    for value in (person.name, person.phone, person.badge_no):  # base32 has no 0/1: digits never collide
        assert value not in code.split(".")[2]


@pytest.mark.parametrize("mangle", [
    lambda c: c[:-1] + ("A" if c[-1] != "A" else "B"),                       # altered signature
    lambda c: ".".join(c.split(".")[:2] + ["AAAAAAAAAAAAA"] + c.split(".")[3:]),  # altered token
    lambda c: "HELLO WORLD",
    lambda c: "",
    lambda c: "CM1." * 200,
])
def test_forged_or_altered_codes_are_invalid(demo_event, mangle):
    assert demo_event.lookup_code(mangle(demo_event.badge_code(5))).status == codes.INVALID


def test_code_of_another_event(tmp_path, demo_event):
    other = create_demo(tmp_path / "other.ceremony")
    foreign = other.badge_code(5)
    other.close()
    assert demo_event.lookup_code(foreign).status == codes.OTHER_EVENT


def test_reissue_revokes_old_code(demo_event):
    old = demo_event.badge_code(7)
    new = demo_event.reissue_badge_code(7)
    assert new != old
    assert demo_event.lookup_code(old).status == codes.REVOKED
    assert demo_event.lookup_code(new).status == codes.OK


def test_scanner_noise_is_cleaned(demo_event):
    code = demo_event.badge_code(9)
    assert demo_event.lookup_code("\x02" + code.lower() + "\r\n").status == codes.OK


def test_signed_token_missing_from_file_is_unknown(demo_event):
    ghost = codes.make_code(demo_event._uid, demo_event._sign_key, codes.new_token())
    assert demo_event.lookup_code(ghost).status == codes.UNKNOWN


# --- signing keys: a desk's copy checks codes but cannot make them -----------------------------
def test_desk_copy_holds_no_secret(tmp_path, demo_event):
    demo_event.badge_code(5)
    secrets_ = [demo_event._secret, demo_event._sign_key]
    desk = demo_event.copy_for_desk(tmp_path / "desk.ceremony")
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("desk.ceremony*"))
    for secret in secrets_:
        assert secret and secret.encode() not in raw and bytes.fromhex(secret) not in raw
    assert desk.stat().st_mode & 0o077 == 0          # readable by the user only


def test_desk_copy_verifies_new_and_printed_legacy_codes(tmp_path, demo_event):
    new = demo_event.badge_code(5)
    token = demo_event.repo.current_badge_token(6) or demo_event.badge_code(6).split(".")[2]
    legacy = codes.make_legacy_code(demo_event._uid, demo_event._secret, token)   # printed by an old version
    assert demo_event.lookup_code(legacy) == CodeLookup(codes.OK, 6)
    desk = Event.open(demo_event.copy_for_desk(tmp_path / "desk.ceremony"))
    assert desk.is_desk_copy
    assert desk.lookup_code(new) == CodeLookup(codes.OK, 5)
    assert desk.lookup_code(legacy) == CodeLookup(codes.OK, 6)
    forged_legacy = legacy[:-1] + ("A" if legacy[-1] != "A" else "B")
    assert desk.lookup_code(forged_legacy).status == codes.INVALID
    assert desk.lookup_code(new[:-2] + "AA").status == codes.INVALID
    desk.close()


def test_desk_copy_cannot_mint(tmp_path, demo_event):
    desk = Event.open(demo_event.copy_for_desk(tmp_path / "desk.ceremony"))
    without_code = next(p.id for p in desk.attendees() if desk.repo.current_badge_token(p.id) is None)
    with pytest.raises(DeskCopyCannotSign):
        desk.badge_code(without_code)
    with pytest.raises(DeskCopyCannotSign):
        desk.reissue_badge_code(5)
    assert desk.setting("desk_mode") is True
    desk.close()


def test_file_from_before_signing_keys_gets_a_pair_and_keeps_old_codes(demo_event):
    token = demo_event.repo.current_badge_token(5) or demo_event.badge_code(5).split(".")[2]
    legacy = codes.make_legacy_code(demo_event._uid, demo_event._secret, token)
    with demo_event.repo.transaction():
        demo_event.repo.set_signing_keys("", "")
    old = Event.open(demo_event.path)
    assert old.lookup_code(legacy).status == codes.OK
    new = old.badge_code(5)
    assert new.startswith("CM2.") and old.lookup_code(new).status == codes.OK
    old.close()
