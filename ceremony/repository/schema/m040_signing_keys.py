"""Migration 40: Ed25519 keys for badge codes, so a desk's copy can check codes but not mint them.

``event.sign_key`` (private) lives only in the organiser's file; ``event.verify_key``
(public) travels to desks. ``badge_codes.legacy_check`` lets a desk copy, which
has neither key nor the old HMAC secret, recognise CM1 codes printed before.
Keys are made on first use (files from before this migration get them then).
"""

SQL = """
    ALTER TABLE event ADD COLUMN sign_key TEXT NOT NULL DEFAULT '';
    ALTER TABLE event ADD COLUMN verify_key TEXT NOT NULL DEFAULT '';
    ALTER TABLE badge_codes ADD COLUMN legacy_check TEXT NOT NULL DEFAULT '';
    """
