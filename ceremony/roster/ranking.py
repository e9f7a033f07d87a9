"""The suggested automatic rank order from 职务 and category (docs/protocol.md#ranking).

Only a suggestion: the user confirms it, and manual order always wins afterwards.
Compound titles ("市委教育工委书记、市教育局党组书记、局长") rank by their highest part.
Ties: the event's unit order list (setting "unit_order"), then 书记 before the same unit's
行政正职 (setting "secretary_first", default on), then the current rank.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ceremony.models import Attendee

if TYPE_CHECKING:
    from ceremony.event import Event

# Tiers, highest first.
SUPERIOR, CITY, CONGRESS, EDU_HEAD, EDU_DEPUTY, BUREAU, BUREAU_SECTION, HOST_SCHOOL, PRINCIPAL, \
    INDUSTRY, PARENT, TEACHER_STUDENT, OTHER = range(13)

TIER_NAMES = {SUPERIOR: "上级来宾", CITY: "市领导", CONGRESS: "市人大/市政协领导", EDU_HEAD: "市教育局主要负责人",
              EDU_DEPUTY: "市教育局领导", BUREAU: "其他部门领导", BUREAU_SECTION: "部门科室负责人",
              HOST_SCHOOL: "承办学校领导", PRINCIPAL: "其他院校负责人", INDUSTRY: "协会/企业",
              PARENT: "家长代表", TEACHER_STUDENT: "师生代表", OTHER: "其他"}

_SPLIT = re.compile(r"[、，,;；/\s]+")
_DEPUTY = re.compile(r"副|调研员|助理")
_HEAD_WORDS = ("书记", "局长", "部长", "主任", "主席", "市长", "校长", "院长", "会长", "总经理", "董事长")


def suggest_order(event: Event, people: list[Attendee]) -> list[Attendee]:
    """``people`` in the suggested order."""
    unit_order = {u: n for n, u in enumerate(event.setting("unit_order"))}
    secretary_first = event.setting("secretary_first")
    host = event.info.organiser or ""
    return sorted(people, key=lambda p: rank_key(p, host, unit_order, secretary_first))


def rank_key(person: Attendee, host: str = "", unit_order: dict | None = None,
             secretary_first: bool = True) -> tuple:
    tier, within = title_tier(person, host)
    unit_pos = (unit_order or {}).get(person.unit, len(unit_order or {}))
    secretary = 0 if secretary_first and "书记" in person.title and not _DEPUTY.search(person.title) else 1
    return (tier, within, unit_pos, secretary, person.rank == 0, person.rank, person.id or 0)


def title_tier(person: Attendee, host: str = "") -> tuple[int, int]:
    """(tier, order within the tier) from the highest part of the title; smaller ranks higher."""
    parts = [p for p in _SPLIT.split(person.title) if p] or [""]
    return min(_part_tier(part, person, host) for part in parts)


def _part_tier(part: str, person: Attendee, host: str) -> tuple[int, int]:
    unit, category = person.unit, person.category
    deputy = 1 if _DEPUTY.search(part) else 0
    head = any(w in part for w in _HEAD_WORDS)
    if "上级" in category or re.search(r"省|教育部|国家", unit) and head:
        return SUPERIOR, deputy
    if category == "市领导" or re.search(r"市长|市委常委|市委书记", part) or "人民政府" in unit and head:
        return CITY, deputy
    if re.search(r"人大|政协", unit + part) and head:
        return CONGRESS, deputy
    if "教育局" in unit or "教育工委" in part or "教育局" in part:
        if head and not re.search(r"科长|室主任", part):
            return (EDU_DEPUTY, deputy) if deputy else (EDU_HEAD, 0)
        if "调研员" in part:
            return EDU_DEPUTY, 2
    if host and unit == host and re.search(r"书记|校长", part):
        return HOST_SCHOOL, deputy
    if re.search(r"学校|学院|中学|小学|大学|技校|职校", unit) and re.search(r"书记|校长|院长", part):
        return PRINCIPAL, deputy
    if re.search(r"局|部|委|办|会$|工会|团", unit) and not re.search(r"协会|学会|商会", unit):
        if re.search(r"科|处|室|股", part) or "科室" in category:
            return BUREAU_SECTION, deputy
        if head or "主办" in category:
            return BUREAU, deputy
    if re.search(r"协会|学会|商会|公司|企业|集团|厂", unit) or "企业" in category:
        return INDUSTRY, deputy
    if "家长" in part + category:
        return PARENT, 0
    if re.search(r"教师|学生|师生|班主任|讲师", part + category):
        return TEACHER_STUDENT, 0
    return OTHER, deputy
