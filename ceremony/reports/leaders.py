"""出席领导名单: who counts as a leader, and the ready sentence for the news release.

A leader is anyone on the rostrum or in a leader category (event setting
``report_leader_categories``; default: every category whose name contains 领导).
Only people who actually came themselves are listed (已到/迟到), in rank order.
Release style names a person as "<unit short name><title><name>", or "<title><name>"
when the title already names its unit ("市委教育工委书记、市教育局党组书记、局长").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ceremony.models import Attendee

if TYPE_CHECKING:
    from ceremony.event import Event

# Official short forms (the press uses these); event setting ``unit_short_names`` adds more.
_KNOWN_SHORT = {
    "人民政府": "政府",
    "人民代表大会常务委员会": "人大常委会",
    "国有资产监督管理委员会": "国资委",
    "人力资源和社会保障局": "人力资源社会保障局",
    "网络安全和信息化委员会办公室": "网信办",
}
# Government/party bodies get the "市…" short form; schools and companies keep their full name.
_BODY_ENDINGS = ("局", "委", "部", "办", "政府", "委员会", "总工会", "常委会", "政协", "办公室", "厅")
_CITY = re.compile(r"^(中共)?(.{1,6}?[市县区])")
_TITLE_NAMES_UNIT = re.compile(r"^(中共)?[市县区省]|[、，]")
_EVENT_WORDS = ("开幕式", "闭幕式", "启动仪式", "颁奖典礼", "典礼", "仪式", "大会", "座谈会", "会议", "活动")


def leader_categories(event: Event) -> set[str]:
    configured = event.setting("report_leader_categories")
    if configured:
        return set(configured)
    return {c.name for c in event.categories() if "领导" in c.name}


def is_leader(person: Attendee, categories: set[str]) -> bool:
    return person.on_rostrum or person.category in categories


def short_unit(unit: str, overrides: dict[str, str] | None = None) -> str:
    """"东莞市人民政府" → "市政府", "中共东莞市委宣传部" → "市委宣传部"; schools stay as they are."""
    if overrides and unit in overrides:
        return overrides[unit]
    if unit.startswith("共青团") and unit.endswith("委员会"):
        return "团" + unit[3:].replace("委员会", "委")[-2:]  # 共青团东莞市委员会 → 团市委
    match = _CITY.match(unit)
    rest = unit[match.end():] if match else unit
    if not match or not rest.endswith(_BODY_ENDINGS):
        return unit
    for full, short in _KNOWN_SHORT.items():
        rest = rest.replace(full, short)
    return match.group(2)[-1] + rest


def release_phrase(person: Attendee, overrides: dict[str, str] | None = None) -> str:
    title = person.title.strip()
    if not title:
        return f"{short_unit(person.unit, overrides)}{person.name}"
    if _TITLE_NAMES_UNIT.search(title) or not person.unit:
        return f"{title}{person.name}"
    return f"{short_unit(person.unit, overrides)}{title}{person.name}"


def event_word(event_name: str) -> str:
    """What the leaders attended, from the event name ("…开幕式" → "开幕式")."""
    for word in _EVENT_WORDS:
        if event_name.endswith(word):
            return word
    return "活动"


def release_sentence(leaders: list[Attendee], event_name: str, overrides: dict[str, str] | None = None) -> str:
    """"市政府副市长黎振华，市委教育工委书记、市教育局党组书记、局长某某……出席开幕式。" """
    if not leaders:
        return ""
    return "，".join(release_phrase(p, overrides) for p in leaders) + f"出席{event_word(event_name)}。"
