"""Badge codes: what the QR on a badge says, signed so a desk can tell a forgery offline.

A code reads ``CM1.<event tag>.<token>.<signature>``, all in QR's alphanumeric
alphabet so the symbol stays small. The token is random and points to the
attendee through the ``badge_codes`` table; the code carries no personal data.
The signature is HMAC-SHA256 over the first three parts with the event's
secret, truncated to 80 bits.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

PREFIX = "CM1"
TOKEN_BYTES = 8          # 64 random bits, 13 base32 characters
SIG_BYTES = 10           # 80 bits, 16 base32 characters
MAX_CODE_LENGTH = 64

# Outcomes of reading a code.
OK = "ok"
INVALID = "invalid"          # not one of ours at all, or signature does not match (forged/altered)
OTHER_EVENT = "other_event"  # well-formed code of another event
REVOKED = "revoked"          # was valid, replaced by a reissued badge
UNKNOWN = "unknown"          # signature fine, but the token is not in this event file


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=")


def event_tag(event_uid: str) -> str:
    """A short public tag that tells events apart."""
    return _b32(hashlib.sha256(event_uid.encode("utf-8")).digest()[:5])


def new_secret() -> str:
    return secrets.token_hex(32)


def new_token() -> str:
    return _b32(secrets.token_bytes(TOKEN_BYTES))


def sign(secret: str, body: str) -> str:
    mac = hmac.new(bytes.fromhex(secret), body.encode("ascii"), hashlib.sha256).digest()
    return _b32(mac[:SIG_BYTES])


def make_code(event_uid: str, secret: str, token: str) -> str:
    body = f"{PREFIX}.{event_tag(event_uid)}.{token}"
    return f"{body}.{sign(secret, body)}"


@dataclass(frozen=True)
class ParsedCode:
    status: str            # OK (signature valid for this event), INVALID or OTHER_EVENT
    token: str = ""


def normalize_scan(text: str) -> str:
    """What a keyboard-wedge scanner typed, cleaned of control characters and case slips."""
    kept = "".join(ch for ch in text if ch.isprintable() and not ch.isspace())
    return kept.upper()


def parse_code(text: str, event_uid: str, secret: str) -> ParsedCode:
    """Check a scanned code's form, event and signature (no database needed)."""
    code = normalize_scan(text)
    if not code or len(code) > MAX_CODE_LENGTH:
        return ParsedCode(INVALID)
    parts = code.split(".")
    if len(parts) != 4 or parts[0] != PREFIX or not all(parts):
        return ParsedCode(INVALID)
    _, tag, token, signature = parts
    if tag != event_tag(event_uid):
        return ParsedCode(OTHER_EVENT, token)
    expected = sign(secret, f"{PREFIX}.{tag}.{token}")
    if not hmac.compare_digest(expected, signature):
        return ParsedCode(INVALID, token)
    return ParsedCode(OK, token)


def looks_like_code(text: str) -> bool:
    """True when the input is meant as a code rather than a search."""
    return normalize_scan(text).startswith(PREFIX + ".")
