"""Desk mode: what the front desk's laptop may do, and the organiser's PIN that leaves it.

In desk mode the program shows what checking in needs (name, unit, title, seat; a phone as
its last four digits, ID numbers never) and refuses to edit the roster, import, export,
delete, change settings or seating. Leaving desk mode needs the organiser's PIN, set per
event and stored only as a salted scrypt hash. A desk's copy of an event
(:meth:`Event.copy_for_desk`) starts in desk mode.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from ceremony.errors import CeremonyError

MODE_SETTING = "desk_mode"
PIN_SETTING = "organiser_pin"
MIN_PIN = 4
MAX_PIN = 32
# scrypt cost: ~50 ms here, so guessing a 6-digit PIN offline takes hours, not seconds.
_N, _R, _P = 2 ** 14, 8, 1
# Settings a desk may still change in desk mode (its own name on the check-in log).
DESK_SETTINGS = frozenset({"desk_name"})


# What desk mode refuses; each has its message ``deskmode.locked.<action>`` in ceremony.messages.
LOCKED_ACTIONS = ("pin", "event_settings", "settings", "roster", "export_roster", "seating", "venue")


class DeskModeLocked(CeremonyError):
    """An action the desk mode does not allow; ``action`` (one of LOCKED_ACTIONS) names it."""

    exit_status = 6

    def __init__(self, action: str):
        super().__init__(f"deskmode.locked.{action}")
        self.action = action


class WrongPin(CeremonyError):
    code = "deskmode.wrong_pin"


class PinNeeded(CeremonyError):
    """No organiser PIN yet (``deskmode.pin_needed``), or one of the wrong length (``deskmode.pin_length``)."""

    code = "deskmode.pin_needed"

    def __init__(self, code: str | None = None):
        super().__init__(code, low=MIN_PIN, high=MAX_PIN)


def hash_pin(pin: str) -> str:
    check_pin_form(pin)
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        found = hashlib.scrypt(pin.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                               dklen=len(digest) // 2)
    except (ValueError, AttributeError):
        return False
    return hmac.compare_digest(found.hex(), digest)


def check_pin_form(pin: str) -> None:
    if not isinstance(pin, str) or not MIN_PIN <= len(pin) <= MAX_PIN or not pin.isprintable():
        raise PinNeeded("deskmode.pin_length")


def masked_phone(phone: str) -> str:
    """A phone as the desk sees it: its last four digits only ('' when it has fewer)."""
    digits = "".join(ch for ch in phone or "" if ch.isdigit())
    return digits[-4:] if len(digits) >= 4 else ""


def masked_id(id_number: str) -> str:
    """An ID number in exports and printed lists: first 4 and last 2 kept (the usual official masking)."""
    text = id_number or ""
    if len(text) <= 6:
        return "*" * len(text)
    return text[:4] + "*" * (len(text) - 6) + text[-2:]
