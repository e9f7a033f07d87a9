"""The roster service: adding, changing and removing people."""

from __future__ import annotations

from .errors import ValidationError
from .models import Attendee, Changes


class RosterService:
    def __init__(self, event):
        self.event = event
        self.repo = event.repo

    def add(self, person: Attendee) -> tuple[int, Changes]:
        _require_name(person)
        now = self.event.now_text()
        with self.repo.transaction():
            new_id = self.repo.insert_attendee(person.with_(created_at=now, updated_at=now))
            self.event.audit("attendee.add", {"id": new_id, "name": person.name})
        return new_id, Changes(attendees=True, ids=frozenset({new_id}))

    def update(self, person: Attendee) -> Changes:
        _require_name(person)
        old = self.repo.attendee(person.id)
        with self.repo.transaction():
            self.repo.update_attendee(person.with_(version=old.version + 1, updated_at=self.event.now_text()))
            self.event.audit("attendee.update", {"id": person.id})
        return Changes(attendees=True, ids=frozenset({person.id}))

    def delete(self, attendee_id: int) -> Changes:
        with self.repo.transaction():
            self.repo.delete_attendee(attendee_id)
            self.event.audit("attendee.delete", {"id": attendee_id})
        return Changes(attendees=True, seats=True, ids=frozenset({attendee_id}))


def _require_name(person: Attendee) -> None:
    if not person.name.strip():
        raise ValidationError("姓名", "不能为空 (name is required)")
