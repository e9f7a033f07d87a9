"""What is still missing before the morning (docs/protocol.md#checklist): the 准备清单 page and ``ceremony check``.

Each item counts what is left to do and names the page that fixes it. Items that block the day (nobody can be
seated or checked in properly while they are open) make ``ceremony check`` exit non-zero; the others are
reminders (a desk not joined yet, the health check off, where the backups go).
"""

from __future__ import annotations

from dataclasses import dataclass

BLOCKS, WARNS, INFO = "blocks", "warns", "info"


@dataclass(frozen=True)
class CheckItem:
    key: str
    label: str                  # what is checked
    count: int                  # how many are left (0 = done)
    level: str                  # BLOCKS / WARNS / INFO while count > 0
    page: str                   # where it is fixed: roster, seating, printing, checkin, report, settings
    detail: str = ""            # the first few names or a hint

    @property
    def done(self) -> bool:
        return self.count == 0

    @property
    def blocking(self) -> bool:
        return self.level == BLOCKS and self.count > 0


def _names(people, limit: int = 5) -> str:
    names = [p.name for p in people]
    return "、".join(names[:limit]) + (f" 等 {len(names)} 人" if len(names) > limit else "")


def checklist(event) -> list[CheckItem]:
    """Every item, in the order a ceremony is prepared."""
    from ceremony.seating import expected

    people = event.attendees()
    categories = {c.name for c in event.categories()}
    items = []
    no_category = [p for p in people if not p.category or p.category not in categories]
    items.append(CheckItem("roster", "名单已导入", 0 if people else 1, BLOCKS, "roster",
                           "" if people else "还没有人员：导入回执或逐个添加"))
    items.append(CheckItem("category", "人员都有类别", len(no_category), BLOCKS, "roster", _names(no_category)))
    unranked = [p for p in people if not p.rank]
    items.append(CheckItem("rank", "位次已确认", len(unranked), WARNS, "roster", _names(unranked)))
    seats = event.repo.seat_count()
    items.append(CheckItem("venue", "会场已建好", 0 if seats else 1, BLOCKS, "seating",
                           f"{seats} 个座位" if seats else "还没有会场：用会场向导新建"))
    rostrum = [p for p in people if p.on_rostrum and expected(p)]
    unordered = [p for p in rostrum if not p.rank]
    items.append(CheckItem("rostrum", "主席台位次已排", len(unordered), BLOCKS, "roster", _names(unordered)))
    seated = {row.id for row in event.seating.assigned_rows()} if seats else set()
    unseated = [p for p in people if expected(p) and p.id not in seated]
    items.append(CheckItem("seats", "应到人员都有座位", len(unseated), BLOCKS, "seating", _names(unseated)))
    printed = event.printing.printed_ids("badge") if people else set()
    never = [p for p in people if expected(p) and p.id not in printed]
    items.append(CheckItem("badges", "证件已打印", len(never), BLOCKS, "printing", _names(never)))
    stale = set(event.printing.needs_reprint("badge")) if printed else set()
    items.append(CheckItem("reprint", "证件无需重印", len(stale), BLOCKS, "printing",
                           _names([p for p in people if p.id in stale])))
    cards = event.printing.printed_ids("table_card") if rostrum else set()
    no_card = [p for p in rostrum if p.id not in cards]
    items.append(CheckItem("table_cards", "主席台桌签已打印", len(no_card), BLOCKS, "printing", _names(no_card)))
    items.append(_desks_item(event))
    health = event.setting("health_check")
    items.append(CheckItem("health", "健康检查", 0, INFO, "settings",
                           "签到时测体温、查粤康码和行程卡" if health else "未开启（活动设置中可开启）"))
    items.append(_backup_item(event))
    return items


def _desks_item(event) -> CheckItem:
    from ceremony.sync import HostRegistry, role_of
    role = role_of(event)
    if role == "desk":
        return CheckItem("desks", "签到台联网", 0, INFO, "checkin", "本机是联网签到台")
    registry = HostRegistry(event.path)
    if not registry.file.exists():
        return CheckItem("desks", "签到台联网", 0, INFO, "checkin", "单台签到（多台签到时在签到页开启主机）")
    registry.reload(force=True)
    desks = [d for d in registry.desks.values() if not d.removed]
    silent = [d for d in desks if not d.last_contact]
    detail = f"{len(desks)} 台已加入" + (f"，{len(silent)} 台尚未连上：" + "、".join(d.name for d in silent) if silent else "")
    return CheckItem("desks", "签到台联网", len(silent) if desks else 1, WARNS, "checkin",
                     detail if desks else "已开启主机，还没有签到台加入")


def _backup_item(event) -> CheckItem:
    folder = getattr(event, "backup_folder", None)
    where = str(folder()) if callable(folder) else str(event.path.parent)
    return CheckItem("backup", "备份位置", 0, INFO, "settings", where)


def blocking(items: list[CheckItem]) -> list[CheckItem]:
    return [i for i in items if i.blocking]
