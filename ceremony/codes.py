"""Badge codes: what the QR on a badge says, signed so a desk can tell a forgery offline.

A code reads ``CM2.<event tag>.<token>.<signature>``, all in QR's alphanumeric
alphabet so the symbol stays small. The token is random and points to the
attendee through the ``badge_codes`` table; the code carries no personal data.

The signature is Ed25519 over the first three parts. Only the organiser's event
file holds the private (signing) key; a desk's copy holds the public key, so it
can check a code but never mint one.

Badges printed by earlier versions carry ``CM1`` codes signed with HMAC-SHA256
(80 bits) and the event's shared secret. The organiser's file still checks them
with the secret; a desk copy has no secret and checks them against a digest of
each issued code stored beside its token (so it cannot make new ones either).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from functools import lru_cache

from typing import TYPE_CHECKING

if TYPE_CHECKING:     # imported where keys are used: opening the window signs and checks nothing
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PREFIX = "CM2"
LEGACY_PREFIX = "CM1"
TOKEN_BYTES = 8          # 64 random bits, 13 base32 characters
SIG_BYTES = 10           # legacy HMAC: 80 bits, 16 base32 characters
MAX_CODE_LENGTH = 160    # CM2 codes are 130 characters (a 64-byte signature in base32)

# Outcomes of reading a code.
OK = "ok"
INVALID = "invalid"          # not one of ours at all, or signature does not match (forged/altered)
OTHER_EVENT = "other_event"  # well-formed code of another event
REVOKED = "revoked"          # was valid, replaced by a reissued badge
UNKNOWN = "unknown"          # signature fine, but the token is not in this event file
LEGACY = "legacy"            # a CM1 code this file cannot check by itself: compare legacy_digest with the stored one


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=")


def _unb32(text: str) -> bytes:
    return base64.b32decode(text + "=" * (-len(text) % 8))


def event_tag(event_uid: str) -> str:
    """A short public tag that tells events apart."""
    return _b32(hashlib.sha256(event_uid.encode("utf-8")).digest()[:5])


def new_secret() -> str:
    """A legacy HMAC secret (kept so files made before signing keys still open the same way)."""
    return secrets.token_hex(32)


def new_token() -> str:
    return _b32(secrets.token_bytes(TOKEN_BYTES))


# --- signing keys -------------------------------------------------------------------------------
def new_key_pair() -> tuple[str, str]:
    """(private, public) Ed25519 keys as hex text."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    private = Ed25519PrivateKey.generate()
    raw_private = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                        serialization.NoEncryption())
    raw_public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return raw_private.hex(), raw_public.hex()


@lru_cache(maxsize=8)
def _private_key(private_hex: str) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_hex))


@lru_cache(maxsize=8)
def _public_key(public_hex: str) -> Ed25519PublicKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    return Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex))


def make_code(event_uid: str, private_key: str, token: str) -> str:
    """A CM2 code for ``token``, signed with the organiser's private key (hex)."""
    body = f"{PREFIX}.{event_tag(event_uid)}.{token}"
    return f"{body}.{_b32(_private_key(private_key).sign(body.encode('ascii')))}"


def sign(secret: str, body: str) -> str:
    """The legacy HMAC signature of a CM1 body."""
    mac = hmac.new(bytes.fromhex(secret), body.encode("ascii"), hashlib.sha256).digest()
    return _b32(mac[:SIG_BYTES])


def make_legacy_code(event_uid: str, secret: str, token: str) -> str:
    """A CM1 code as versions before signing keys printed it."""
    body = f"{LEGACY_PREFIX}.{event_tag(event_uid)}.{token}"
    return f"{body}.{sign(secret, body)}"


def legacy_digest(code_signature: str) -> str:
    """What a desk copy stores to recognise a printed CM1 code without being able to make one."""
    return hashlib.sha256(code_signature.encode("ascii")).hexdigest()


@dataclass(frozen=True)
class Keys:
    """What an event file knows for checking codes; empty strings where a desk copy has nothing."""

    event_uid: str
    public_key: str = ""
    secret: str = ""          # legacy HMAC secret (organiser's file only)


@dataclass(frozen=True)
class ParsedCode:
    status: str            # OK (signature valid for this event), INVALID, OTHER_EVENT or LEGACY
    token: str = ""
    signature: str = ""    # for LEGACY: compare legacy_digest(signature) with the token's stored digest


def normalize_scan(text: str) -> str:
    """What a keyboard-wedge scanner typed, cleaned of control characters and case slips."""
    kept = "".join(ch for ch in text if ch.isprintable() and not ch.isspace())
    return kept.upper()


def parse_code(text: str, keys: Keys) -> ParsedCode:
    """Check a scanned code's form, event and signature (no database needed)."""
    code = normalize_scan(text)
    if not code or len(code) > MAX_CODE_LENGTH:
        return ParsedCode(INVALID)
    parts = code.split(".")
    if len(parts) != 4 or parts[0] not in (PREFIX, LEGACY_PREFIX) or not all(parts):
        return ParsedCode(INVALID)
    prefix, tag, token, signature = parts
    if tag != event_tag(keys.event_uid):
        return ParsedCode(OTHER_EVENT, token)
    body = f"{prefix}.{tag}.{token}"
    if prefix == PREFIX:
        return ParsedCode(OK if _verify(keys.public_key, body, signature) else INVALID, token)
    if keys.secret:
        return ParsedCode(OK if hmac.compare_digest(sign(keys.secret, body), signature) else INVALID, token)
    return ParsedCode(LEGACY, token, signature)


def _verify(public_key: str, body: str, signature: str) -> bool:
    from cryptography.exceptions import InvalidSignature
    if not public_key:
        return False
    try:
        raw = _unb32(signature)
        if _b32(raw) != signature:      # base32's spare bits: only the one canonical spelling counts
            return False
        _public_key(public_key).verify(raw, body.encode("ascii"))
    except (InvalidSignature, ValueError):
        return False
    return True


def looks_like_code(text: str) -> bool:
    """True when the input is meant as a code rather than a search."""
    return normalize_scan(text).startswith((PREFIX + ".", LEGACY_PREFIX + "."))
