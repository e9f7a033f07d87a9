"""A scripted ceremony for the report tests, played through the check-in service's public API.

The expected figures below are worked out BY HAND from the script (not with the
code under test), so every format can be compared with them.
"""

from __future__ import annotations

from datetime import datetime

from ceremony.event import Event
from ceremony.checkin.health import HealthReading
from ceremony.models import RSVP_LEAVE, Attendee, Category, EventInfo

NAME = "测试市职业教育活动周开幕式"
STARTS = datetime(2020, 11, 25, 10, 0)
CATEGORIES = ["市领导", "主办单位领导", "教师代表", "学生代表"]
FORMULA_UNIT = '=HYPERLINK("http://x","点我")'
GREEN = HealthReading(temperature=36.5, health_code="green", trip_flag=False, mask=True)

# (key, name, unit, title, category, on_rostrum)
PEOPLE = [
    ("mayor", "黎振华", "东莞市人民政府", "副市长", "市领导", True),
    ("director", "麦豪超", "东莞市教育局", "市委教育工委书记、市教育局党组书记、局长", "主办单位领导", True),
    ("deputy", "温豪", "东莞市教育局", "副局长", "主办单位领导", True),
    ("propaganda", "李晓辉", "中共东莞市委宣传部", "副部长", "主办单位领导", False),
    ("union", "王霞", "东莞市总工会", "副主席", "主办单位领导", False),
    ("teacher_a", "陈伟", "东莞市电子科技学校", "教师", "教师代表", False),
    ("teacher_b", "林芳", "东莞市电子科技学校", "教师", "教师代表", False),
    ("teacher_c", "何敏", "东莞市电子科技学校", "班主任", "教师代表", False),
    ("teacher_d", "罗静", "东莞市电子科技学校", "高级讲师", "教师代表", False),
    ("student_a", "张磊", "东莞市电子科技学校", "2020级学生", "学生代表", False),
    ("student_b", "黄娜", "东莞市电子科技学校", "2019级学生", "学生代表", False),
    ("student_c", "周洋", "东莞市电子科技学校", "2018级学生", "学生代表", False),
    ("student_d", "吴勇", FORMULA_UNIT, "2018级学生", "学生代表", False),
]

# Worked out by hand: (应到, 实到, 迟到, 请假, 缺席, 代参加) per category, in category order.
EXPECTED_BY_CATEGORY = {
    "市领导": (1, 1, 0, 0, 0, 0),             # mayor 09:40
    "主办单位领导": (4, 2, 1, 1, 1, 1),       # director late, deputy leave, propaganda substitute, union undone
    "教师代表": (4, 2, 0, 0, 2, 0),           # a 09:30, d 补签 09:55; b refused (未到), c marked absent
    "学生代表": (5, 3, 2, 1, 1, 0),           # a 10:12, c 10:06 (after undo), walk-in 09:52; b 回执请假; d never
}
EXPECTED_TOTAL = (14, 8, 3, 2, 4, 1)
# Arrivals per 5 minutes from 09:30 to 10:10 (the 10:00 bin holds the director at 10:03).
EXPECTED_BINS = [("09:30", 1), ("09:35", 0), ("09:40", 1), ("09:45", 0), ("09:50", 2), ("09:55", 1),
                 ("10:00", 1), ("10:05", 1), ("10:10", 1)]
EXPECTED_SENTENCE = "市政府副市长黎振华，市委教育工委书记、市教育局党组书记、局长麦豪超出席开幕式。"
EXPECTED_LOG_ROWS = 14        # 12 arrivals/refusals + 2 undo rows
EXPECTED_DETAIL_ROWS = 16     # the 签到明细 adds the 2 marks set at the desk (请假, 缺席)
EXPECTED_HEALTH_ROWS = 12
WALK_IN = "郑新来"
REFUSED_WALK_IN = "孙黄码"     # refused at the gate: never on the roster, only in the log


def build_event(path, clock) -> tuple[Event, dict[str, int]]:
    """Create the event and play the morning; returns it and the attendee ids by key."""
    info = EventInfo(uid="", name=NAME, starts_at=STARTS, venue="测试学校礼堂")
    event = Event.create(path, info, [Category(n, sort=i) for i, n in enumerate(CATEGORIES)], clock=clock)
    event.set_setting("health_check", True)
    event.set_setting("desk_name", "签到台1")
    ids = {}
    for rank, (key, name, unit, title, cat, rostrum) in enumerate(PEOPLE, 1):
        rsvp = RSVP_LEAVE if key == "student_b" else "yes"
        ids[key], _ = event.roster.add(Attendee(name=name, unit=unit, title=title, category=cat, rank=rank,
                                                on_rostrum=rostrum, rsvp=rsvp, phone=f"1380769{rank:04d}"))
    play_morning(event, clock, ids)
    return event, ids


def play_morning(event: Event, clock, ids: dict[str, int]) -> None:
    ci = event.checkin
    at = clock.set
    at(9, 30); ci.check_in_attendee(ids["teacher_a"], health=GREEN)
    at(9, 35); assert ci.check_in_attendee(ids["teacher_b"], health=HealthReading(37.8, "green", False, True)).status == "remeasure"
    at(9, 36); assert ci.check_in_attendee(ids["teacher_b"], health=HealthReading(37.9, "green", False, True, retest=True)).status == "refused"
    at(9, 40); ci.check_in_attendee(ids["mayor"], health=GREEN)
    at(9, 45); union = ci.check_in_code(event.badge_code(ids["union"]), health=GREEN)
    assert union.status == "ok"
    at(9, 47); ci.undo(union.checkin_id, "误扫：非本人")
    at(9, 50); ci.check_in_attendee(ids["propaganda"], health=GREEN, substitute_name="张科长", reason="公务冲突")
    at(9, 52); ids["walk_in"] = ci.walk_in(WALK_IN, unit="东莞市某企业", category="学生代表",
                                           health_reading=GREEN).attendee.id
    at(9, 53); assert ci.walk_in(REFUSED_WALK_IN, unit="东莞市某企业", category="学生代表",
                                 health_reading=HealthReading(36.5, "yellow", False, True)).status == "refused"
    at(9, 58); first_c = ci.check_in_attendee(ids["student_c"], health=GREEN)
    at(9, 59); ci.undo(first_c.checkin_id, "登记错人")
    at(10, 3); ci.check_in_attendee(ids["director"], health=GREEN)
    at(10, 6); ci.check_in_attendee(ids["student_c"], health=GREEN)
    at(10, 12); ci.check_in_attendee(ids["student_a"], health=HealthReading(36.6, "green", True, False))
    at(10, 20); ci.manual(ids["teacher_d"], datetime(2020, 11, 25, 9, 55), "签到台漏登")
    ci.mark(ids["deputy"], "leave", "出差")
    ci.mark(ids["teacher_c"], "absent", "病假未报")
