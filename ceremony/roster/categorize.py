"""Suggesting a category for a person from title and unit (docs/protocol.md#attendees).

New events import 回执 that often have no 类别 column. Each row gets a suggestion the user sees in the import
preview and may change; a row without one is asked about before it is imported. The rules follow the
ranking rules' reading of titles: a 副市长 of the city government is 市领导, a 局长 of a host unit is
主办单位领导, a 科长 there 科室负责人, a 校长 of an 初级中学 is 初中校长, a 院长 of a 职业技术学院 is 院校负责人 …
Only categories the event has are suggested.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ceremony.models import Attendee


@dataclass(frozen=True)
class Categorizer:
    """What suggesting needs, read from the event once (so a worker thread can plan without the database)."""

    categories: frozenset[str]
    hosts: tuple[str, ...] = ()
    organiser: str = ""

    def suggest(self, person: Attendee) -> str:
        return suggest_category(person, set(self.categories), self.hosts, self.organiser)


def categorizer_for(event) -> Categorizer:
    info = event.info
    return Categorizer(frozenset(c.name for c in event.categories()), tuple(info.hosts), info.organiser)

_CITY_LEADER = re.compile(r"(?<!副)(市长|副市长|市委书记|市委副书记|常委|秘书长|人大常委会主任|政协主席)|^副市长")
_LEADER_TITLE = re.compile(r"(书记|局长|部长|主任|主席|院长|校长|调研员|巡视员|总工程师|理事长|会长)$|书记、|局长、")
_SECTION_TITLE = re.compile(r"(科长|处长|股长|科室负责人|科主任|办公室主任|干事|科员)")
_COLLEGE = re.compile(r"(大学|学院|职业技术学院|职业学院|技师学院|高职|中等专业学校|中职|职业学校|职业中学|技工学校|职业技术学校|技工)")
_VOCATIONAL = re.compile(r"(理工|经济|贸易|商业|纺织|服装|机电|工程|工业|信息|汽车|财经|卫生|电子|科技|技术|艺术|旅游|建筑|交通)"
                         r"[^中小]*学校$")
_JUNIOR = re.compile(r"(初级中学|初中|中学|学校)$")
_HEAD = re.compile(r"(校长|副校长|书记|院长|副院长|主任)")
_COMPANY = re.compile(r"(公司|集团|企业|有限|协会|商会|学会|研究会|联合会|厂)")
_MEDIA = re.compile(r"(日报|晚报|报社|电视台|广播电视|融媒体|新闻|传媒|电台|记者站)")
_GOVERNMENT = re.compile(r"(人民政府|市委|政府办|人大|政协)$")


def suggest_category(person: Attendee, categories: set[str], hosts: tuple[str, ...] = (),
                     organiser: str = "") -> str:
    """The suggested category name, or "" when no rule fits (or the event lacks the category)."""
    for name in _candidates(person, hosts, organiser):
        if name in categories:
            return name
    return ""


def _candidates(p: Attendee, hosts: tuple[str, ...], organiser: str) -> list[str]:
    title, unit = p.title.strip(), p.unit.strip()
    out = []
    if "记者" in title or "摄影" in title or _MEDIA.search(unit):
        out.append("媒体记者")
    if any(word in title for word in ("志愿者", "会务", "工作人员", "引导员", "签到组")):
        out.append("工作人员")
    if _GOVERNMENT.search(unit) and _CITY_LEADER.search(title):
        out.append("市领导")
    host = _is_host(unit, hosts) or (organiser and unit == organiser and _HEAD.search(title)
                                     and not title.startswith("副") and "主任" not in title)
    if host and _SECTION_TITLE.search(title):
        out.append("科室负责人")
    elif host and (_LEADER_TITLE.search(title) or "、" in title):
        out.append("主办单位领导")
    if organiser and unit == organiser:
        if "家长" in title:
            out.append("家长代表")
        elif "学生" in title or re.search(r"\d{4}级", title):
            out.append("学生代表")
        elif any(word in title for word in ("教师", "讲师", "班主任", "老师", "教练", "专业部")):
            out.append("教师代表")
    if "家长" in title:
        out.append("家长代表")
    if "学生" in title:
        out.append("学生代表")
    college = _COLLEGE.search(unit) or _VOCATIONAL.search(unit)
    if college and _HEAD.search(title):
        out.append("院校负责人")
    if _JUNIOR.search(unit) and "校长" in title and not college:
        out.append("初中校长")
    if _COMPANY.search(unit):
        out.append("行业企业代表")
    if any(word in title for word in ("教师", "讲师", "班主任")):
        out.append("教师代表")
    return out


def _is_host(unit: str, hosts: tuple[str, ...]) -> bool:
    """A host named "市教育局" matches the unit "东莞市教育局" (the city's name is often left out), and a
    short form the press uses ("市国资委", "团市委") the full name ("东莞市国有资产监督管理委员会")."""
    from ceremony.reports import short_unit
    if short_unit(unit) in hosts:
        return True
    for host in hosts:
        core = host[1:] if host.startswith("市") else host
        if core and (unit == host or unit.endswith(core)):
            return True
    return False
