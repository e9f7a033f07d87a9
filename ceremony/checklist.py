"""What is still missing before the morning (docs/protocol.md#checklist): the 准备清单 page and ``ceremony check``.

Each item counts what is left to do and names the page that fixes it. Items that block the day (nobody can be
seated or checked in properly while they are open) make ``ceremony check`` exit non-zero; the others are
reminders (a desk not joined yet, the health check off, where the backups go).
"""

from __future__ import annotations

from dataclasses import dataclass

from ceremony.messages import Message, message

BLOCKS, WARNS, INFO = "blocks", "warns", "info"


@dataclass(frozen=True)
class CheckItem:
    """One line of the checklist: what is checked (``checklist.<key>`` in the message catalogue), how many are
    left and a note (the first few names or a hint) as a message; ``label`` and ``detail`` are their Chinese."""

    key: str
    count: int                  # how many are left (0 = done)
    level: str                  # BLOCKS / WARNS / INFO while count > 0
    page: str                   # where it is fixed: roster, seating, printing, checkin, report, settings
    note: Message | None = None

    @property
    def title(self) -> Message:
        return Message(f"checklist.{self.key}")

    @property
    def label(self) -> str:
        return self.title.text

    @property
    def detail(self) -> str:
        return self.note.text if self.note else ""

    @property
    def done(self) -> bool:
        return self.count == 0

    @property
    def blocking(self) -> bool:
        return self.level == BLOCKS and self.count > 0


def _names(people, limit: int = 5) -> Message | None:
    """The first few names (data), and how many in all when there are more."""
    names = [p.name for p in people]
    if not names:
        return None
    shown = names[:limit]                   # a list: each language joins it its own way
    if len(names) > limit:
        return message("checklist.names_more", names=shown, count=len(names))
    return message("checklist.names", names=shown)


def checklist(event) -> list[CheckItem]:
    """Every item, in the order a ceremony is prepared."""
    from ceremony.seating import expected

    people = event.attendees()
    categories = {c.name for c in event.categories()}
    items = []
    no_category = [p for p in people if not p.category or p.category not in categories]
    items.append(CheckItem("roster", 0 if people else 1, BLOCKS, "roster",
                           None if people else message("checklist.no_people")))
    items.append(CheckItem("category", len(no_category), BLOCKS, "roster", _names(no_category)))
    unranked = [p for p in people if not p.rank]
    items.append(CheckItem("rank", len(unranked), WARNS, "roster", _names(unranked)))
    seats = event.repo.seat_count()
    items.append(CheckItem("venue", 0 if seats else 1, BLOCKS, "seating",
                           message("checklist.seat_count", seats=seats) if seats else message("checklist.no_venue")))
    rostrum = [p for p in people if p.on_rostrum and expected(p)]
    unordered = [p for p in rostrum if not p.rank]
    items.append(CheckItem("rostrum", len(unordered), BLOCKS, "roster", _names(unordered)))
    seated = {row.id for row in event.seating.assigned_rows()} if seats else set()
    unseated = [p for p in people if expected(p) and p.id not in seated]
    items.append(CheckItem("seats", len(unseated), BLOCKS, "seating", _names(unseated)))
    printed = event.printing.printed_ids("badge") if people else set()
    never = [p for p in people if expected(p) and p.id not in printed]
    items.append(CheckItem("badges", len(never), BLOCKS, "printing", _names(never)))
    stale = set(event.printing.needs_reprint("badge")) if printed else set()
    items.append(CheckItem("reprint", len(stale), BLOCKS, "printing",
                           _names([p for p in people if p.id in stale])))
    cards = event.printing.printed_ids("table_card") if rostrum else set()
    no_card = [p for p in rostrum if p.id not in cards]
    items.append(CheckItem("table_cards", len(no_card), BLOCKS, "printing", _names(no_card)))
    items.append(_desks_item(event))
    health = event.setting("health_check")
    items.append(CheckItem("health", 0, INFO, "settings",
                           message("checklist.health_on" if health else "checklist.health_off")))
    items.append(_backup_item(event))
    return items


def _desks_item(event) -> CheckItem:
    from ceremony.sync import HostRegistry, role_of
    role = role_of(event)
    if role == "desk":
        return CheckItem("desks", 0, INFO, "checkin", message("checklist.desks.this_is_a_desk"))
    registry = HostRegistry(event.path)
    if not registry.file.exists():
        return CheckItem("desks", 0, INFO, "checkin", message("checklist.desks.single"))
    registry.reload(force=True)
    desks = [d for d in registry.desks.values() if not d.removed]
    silent = [d for d in desks if not d.last_contact]
    if not desks:
        note = message("checklist.desks.none_joined")
    elif silent:
        note = message("checklist.desks.silent", joined=len(desks), silent=len(silent),
                       names=[d.name for d in silent])
    else:
        note = message("checklist.desks.joined", joined=len(desks))
    return CheckItem("desks", len(silent) if desks else 1, WARNS, "checkin", note)


def _backup_item(event) -> CheckItem:
    folder = getattr(event, "backup_folder", None)
    where = str(folder()) if callable(folder) else str(event.path.parent)
    return CheckItem("backup", 0, INFO, "settings", message("checklist.backup_folder", path=where))


def blocking(items: list[CheckItem]) -> list[CheckItem]:
    return [i for i in items if i.blocking]
