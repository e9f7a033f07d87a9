"""The façade: one open ceremony. The CLI, the GUI and the tests all go through it.

Area services (roster, seating, printing, check-in, reports) hang off it as
lazily built attributes, so opening an event costs only what is used.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from pathlib import Path
from collections.abc import Callable, Sequence

from ceremony import codes, settings
from ceremony.errors import DeskCopyCannotSign
from ceremony.models import Attendee, Category, Changes, EventInfo
from ceremony.repository import Repository

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class CodeLookup:
    """The result of reading a badge code against this event."""

    status: str                 # one of codes.OK / INVALID / OTHER_EVENT / REVOKED / UNKNOWN
    attendee_id: int | None = None


def is_open_event_file(path: Path | str) -> bool:
    """True for an event file this process has open, or its -wal/-shm: never to be read as bytes here."""
    from ceremony.repository.wal_guard import is_open_event_file as known
    return known(Path(path))


class Event:
    """An open event file and the services that work on it."""

    def __init__(self, repo: Repository, clock: Clock | None = None):
        self.repo = repo
        self.clock: Clock = clock or datetime.now
        self._uid = repo.event_info().uid
        self._secret = repo.event_secret()
        self._sign_key, self._verify_key = repo.signing_keys()

    # --- life cycle ----------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, clock: Clock | None = None, read_only: bool = False) -> Event:
        """Open an event file; the first write takes its lock, ``read_only`` never writes."""
        return cls(Repository.open(path, read_only=read_only), clock)

    @classmethod
    def create(cls, path: Path | str, info: EventInfo | None = None,
               categories: Sequence[Category] = (), clock: Clock | None = None) -> Event:
        repo = Repository.create(path)
        info = info or EventInfo(uid="", name="新活动", starts_at=datetime.now().replace(second=0, microsecond=0))
        info = EventInfo(**{**info.__dict__, "uid": info.uid or uuid.uuid4().hex})
        with repo.transaction():
            repo.insert_event(info, codes.new_secret())
            repo.set_signing_keys(*codes.new_key_pair())
            for cat in categories:
                repo.upsert_category(cat)
        return cls(repo, clock)

    @property
    def path(self) -> Path:
        return self.repo.path

    def close(self) -> None:
        self.repo.close()

    def save_as(self, target: Path | str) -> Event:
        """Copy this event to a new file and return it opened; this one stays open."""
        from ceremony.repository import backup_to
        backup_to(self.repo, target, private=True)
        return Event.open(target, self.clock)

    def copy_for_desk(self, target: Path | str) -> Path:
        """A copy of this event for a check-in desk: it checks badge codes but cannot mint them.

        The copy holds the public key only (no signing key, no HMAC secret), opens in
        desk mode and is readable by the user only. Every way an event travels to a
        desk (a file, the LAN) goes through here.
        """
        self._ensure_signing_key()
        checks = {}
        if self._secret:
            for token in self.repo.badge_tokens():
                legacy = codes.make_legacy_code(self._uid, self._secret, token)
                checks[token] = codes.legacy_digest(legacy.rsplit(".", 1)[1])
        from ceremony.repository import copy_for_desk
        copy_for_desk(self.repo, target, checks)
        return Path(target)

    @property
    def is_desk_copy(self) -> bool:
        """True for a desk's copy: it has no key to sign badge codes with."""
        return not self._sign_key and not self._secret

    # --- one program writes a file at a time ------------------------------------------------------
    def hold(self, program: str = "app") -> None:
        """Take the file's lock now (the window does at opening); raises lockfile.EventFileInUse."""
        self.repo.hold(program)

    @property
    def read_only(self) -> bool:
        return self.repo.read_only

    # --- desk mode (see ceremony.deskmode) -----------------------------------------------------
    @property
    def desk_mode(self) -> bool:
        from ceremony import deskmode
        return bool(self.repo.get_setting(deskmode.MODE_SETTING, False))

    def require_organiser(self, action: str) -> None:
        """Raise DeskModeLocked when this file is in desk mode; ``action`` is one of deskmode.LOCKED_ACTIONS."""
        if self.desk_mode:
            from ceremony.deskmode import DeskModeLocked
            raise DeskModeLocked(action)

    @property
    def has_organiser_pin(self) -> bool:
        from ceremony import deskmode
        return bool(self.repo.get_setting(deskmode.PIN_SETTING, ""))

    def set_organiser_pin(self, pin: str, old_pin: str | None = None) -> Changes:
        """Set (or, with the old one, change) the PIN that leaves desk mode; stored hashed only."""
        from ceremony import deskmode
        self.require_organiser("pin")
        stored = self.repo.get_setting(deskmode.PIN_SETTING, "")
        if stored and not deskmode.pin_matches(old_pin or "", stored):
            raise deskmode.WrongPin()
        with self.repo.transaction():
            self.repo.set_setting(deskmode.PIN_SETTING, deskmode.hash_pin(pin))
            self.audit("desk_mode.pin", {})
        return Changes(event=True)

    def enter_desk_mode(self) -> Changes:
        from ceremony import deskmode
        if not self.has_organiser_pin:
            raise deskmode.PinNeeded()
        with self.repo.transaction():
            self.repo.set_setting(deskmode.MODE_SETTING, True)
            self.audit("desk_mode.enter", {})
        return Changes(event=True)

    def leave_desk_mode(self, pin: str) -> Changes:
        from ceremony import deskmode
        stored = self.repo.get_setting(deskmode.PIN_SETTING, "")
        if not stored or not deskmode.pin_matches(pin, stored):
            with self.repo.transaction():
                self.audit("desk_mode.wrong_pin", {})
            raise deskmode.WrongPin()
        with self.repo.transaction():
            self.repo.set_setting(deskmode.MODE_SETTING, False)
            self.audit("desk_mode.leave", {})
        return Changes(event=True)

    # --- backups -----------------------------------------------------------------------------
    @cached_property
    def backups(self):
        """Periodic and before-a-big-change backups of this file (see :mod:`ceremony.backups`)."""
        from ceremony.backups import AutoBackup
        return AutoBackup(self.repo)

    def export_backup(self, target: Path | str) -> Path:
        """A consistent copy under a name the user chose (``ceremony backup --out``)."""
        from ceremony.backups import export_backup
        return export_backup(self.repo, target)

    def backup_before(self, reason: str):
        """A backup before a big change (import, bulk, venue, merge, join); raises BackupError, then
        the change must not be made."""
        return self.backups.before(reason)

    def now(self) -> datetime:
        return self.clock()

    def now_text(self) -> str:
        return self.clock().isoformat(timespec="milliseconds")

    # --- the event itself ------------------------------------------------------------------
    @property
    def info(self) -> EventInfo:
        return self.repo.event_info()

    def update_info(self, info: EventInfo) -> Changes:
        self.require_organiser("event_settings")
        with self.repo.transaction():
            self.repo.update_event(EventInfo(**{**info.__dict__, "uid": self._uid}))
            self.audit("event.update", {"name": info.name})
        return Changes(event=True)

    def setting(self, key: str):
        """The value of a registered event setting (:mod:`ceremony.settings`), its default when unset."""
        settings.setting(key)
        stored = self.repo.get_setting(key)
        return settings.default(key) if stored is None else stored

    def set_setting(self, key: str, value) -> Changes:
        """Validate ``value`` against the registry and store it; SettingError names a bad key or value."""
        value = settings.setting(key).validate(value)
        from ceremony import deskmode
        if key not in deskmode.DESK_SETTINGS:
            self.require_organiser("settings")
        with self.repo.transaction():
            self.repo.set_setting(key, value)
        return Changes(event=True)

    def categories(self) -> list[Category]:
        return self.repo.categories()

    def category(self, name: str) -> Category | None:
        return next((c for c in self.repo.categories() if c.name == name), None)

    def save_category(self, cat: Category) -> Changes:
        with self.repo.transaction():
            self.repo.upsert_category(cat)
        return Changes(categories=True)

    # --- roster basics (the roster service adds import, search and ranking) ----------------
    def attendees(self) -> list[Attendee]:
        return self.repo.attendees()

    def attendee(self, attendee_id: int) -> Attendee:
        return self.repo.attendee(attendee_id)

    def attendees_by_ids(self, attendee_ids: list[int]) -> dict[int, Attendee]:
        """The attendees with these ids (unknown ids left out), keyed by id."""
        return self.repo.attendees_by_ids(attendee_ids)

    def printed_ids(self, kind: str) -> set[int]:
        """Attendees printed at least once as ``kind`` ("badge", "table_card" …); answered from the print
        log without loading the printing area (the roster's 证件 column at start-up)."""
        return set(self.repo.last_prints(kind))

    def summary(self) -> dict:
        """Counts for ``ceremony info`` and the window's status bar."""
        counts = self.repo.category_counts()
        ordered = [c.name for c in self.categories()]
        ordered += sorted(k for k in counts if k not in ordered)
        return {
            "attendees": self.repo.attendee_count(),
            "by_category": {name: counts.get(name, 0) for name in ordered},
            "seats": self.repo.seat_count(),
            "rostrum_seats": self.repo.seat_count("rostrum"),
            "assigned": self.repo.assignment_count(),
            "checkins": self.repo.checkin_count(),
        }

    # --- badge codes -----------------------------------------------------------------------
    def badge_code(self, attendee_id: int) -> str:
        """The attendee's current code, issuing one the first time."""
        token = self.repo.current_badge_token(attendee_id)
        if token is None:
            token = codes.new_token()
            with self.repo.transaction():
                self.repo.insert_badge_token(token, attendee_id, self.now_text())
        return codes.make_code(self._uid, self._ensure_signing_key(), token)

    def badge_codes(self, attendee_ids: list[int]) -> dict[int, str]:
        """Codes for many attendees, issuing missing ones in one transaction."""
        result: dict[int, str] = {}
        key = self._ensure_signing_key()
        with self.repo.transaction():
            for aid in attendee_ids:
                token = self.repo.current_badge_token(aid)
                if token is None:
                    token = codes.new_token()
                    self.repo.insert_badge_token(token, aid, self.now_text())
                result[aid] = codes.make_code(self._uid, key, token)
        return result

    def reissue_badge_code(self, attendee_id: int) -> str:
        """Revoke the attendee's codes (lost badge) and issue a new one."""
        self.repo.attendee(attendee_id)
        key = self._ensure_signing_key()
        with self.repo.transaction():
            self.repo.revoke_badge_tokens(attendee_id, self.now_text())
            token = codes.new_token()
            self.repo.insert_badge_token(token, attendee_id, self.now_text())
            self.audit("badge.reissue", {"attendee_id": attendee_id})
        return codes.make_code(self._uid, key, token)

    def lookup_code(self, text: str) -> CodeLookup:
        parsed = codes.parse_code(text, codes.Keys(self._uid, self._verify_key, self._secret))
        if parsed.status not in (codes.OK, codes.LEGACY):
            return CodeLookup(parsed.status)
        row = self.repo.badge_token_row(parsed.token)
        if parsed.status == codes.LEGACY and (
                row is None or not row["legacy_check"]
                or row["legacy_check"] != codes.legacy_digest(parsed.signature)):
            return CodeLookup(codes.INVALID)   # a desk copy cannot tell forged from unknown: both are refused
        if row is None:
            return CodeLookup(codes.UNKNOWN)
        if row["revoked_at"]:
            return CodeLookup(codes.REVOKED, row["attendee_id"])
        return CodeLookup(codes.OK, row["attendee_id"])

    def _ensure_signing_key(self) -> str:
        """The private key; a file from before signing keys gets its pair now."""
        if not self._sign_key:
            if self.is_desk_copy:
                raise DeskCopyCannotSign(self.path)
            private, public = codes.new_key_pair()
            with self.repo.transaction():
                self.repo.set_signing_keys(private, public)
            self._sign_key, self._verify_key = private, public
        return self._sign_key

    # --- logs ------------------------------------------------------------------------------
    def audit(self, action: str, detail: dict, desk: str = "") -> None:
        self.repo.insert_audit(self.now_text(), desk, action, detail)

    # --- area services, built on first use ---------------------------------------------------
    @cached_property
    def roster(self):
        from ceremony.roster import RosterService
        return RosterService(self)

    @cached_property
    def seating(self):
        from ceremony.seating import SeatingService
        return SeatingService(self)

    @cached_property
    def printing(self):
        from ceremony.printing import PrintingService
        return PrintingService(self)

    @cached_property
    def checkin(self):
        from ceremony.checkin import CheckinService
        return CheckinService(self)

    @cached_property
    def reports(self):
        from ceremony.reports import ReportService
        return ReportService(self)
