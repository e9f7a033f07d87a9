"""The suggested rank order from titles (docs/protocol.md#ranking), and manual reordering."""

import pytest

from ceremony.roster import ranking
from ceremony.models import Attendee
from ceremony.roster.operations import move_operation, place_operation

HOST = "东莞市电子科技学校"


def _p(pid, title, unit, category="", rank=0):
    return Attendee(id=pid, name=f"人{pid}", title=title, unit=unit, category=category, rank=rank)


@pytest.mark.parametrize("title, unit, category, tier", [
    ("副市长", "东莞市人民政府", "市领导", ranking.CITY),
    ("市委常委、宣传部部长", "中共东莞市委宣传部", "", ranking.CITY),
    ("副主任", "东莞市人大常委会", "", ranking.CONGRESS),
    ("市委教育工委书记、市教育局党组书记、局长", "东莞市教育局", "", ranking.EDU_HEAD),
    ("副局长", "东莞市教育局", "", ranking.EDU_DEPUTY),
    ("副局长", "东莞市农业农村局", "", ranking.BUREAU),
    ("产业发展科科长", "东莞市工业和信息化局", "科室负责人", ranking.BUREAU_SECTION),
    ("校长", HOST, "", ranking.HOST_SCHOOL),
    ("党委副书记", "东莞市技师学院高职部", "", ranking.PRINCIPAL),
    ("校长", "东莞理工学校", "", ranking.PRINCIPAL),
    ("会长", "东莞市职业教育协会", "", ranking.INDUSTRY),
    ("学生家长", HOST, "家长代表", ranking.PARENT),
    ("班主任", HOST, "教师代表", ranking.TEACHER_STUDENT),
])
def test_tiers(title, unit, category, tier):
    assert ranking.title_tier(_p(1, title, unit, category), HOST)[0] == tier


def test_compound_title_ranks_by_highest_part():
    low = ranking.title_tier(_p(1, "办公室主任", "东莞市教育局"), HOST)
    high = ranking.title_tier(_p(1, "办公室主任、党组书记、局长", "东莞市教育局"), HOST)
    assert high < low


def test_secretary_before_head_of_same_unit_and_setting(empty_event):
    people = [_p(1, "校长", "东莞理工学校", rank=1), _p(2, "党委书记", "东莞理工学校", rank=2)]
    assert [p.id for p in ranking.suggest_order(empty_event, people)] == [2, 1]
    empty_event.set_setting("secretary_first", False)
    assert [p.id for p in ranking.suggest_order(empty_event, people)] == [1, 2]


def test_unit_order_setting_breaks_ties(empty_event):
    people = [_p(1, "校长", "甲校"), _p(2, "校长", "乙校")]
    empty_event.set_setting("unit_order", ["乙校", "甲校"])
    assert [p.id for p in ranking.suggest_order(empty_event, people)] == [2, 1]


def test_demo_suggestion_puts_city_leader_then_education_chief(demo_event):
    order = demo_event.roster.suggest_order()
    assert order[0].title == "副市长"
    assert order[1].title.endswith("局长") and "教育局" in order[1].unit


def test_move_up_down_and_drop(small_event):
    roster = small_event.roster
    ranked = roster.sorted(small_event.attendees(), "rank")
    third = ranked[2].id
    inverse, _ = move_operation(small_event, [third], -2).apply(small_event)
    assert roster.sorted(small_event.attendees(), "rank")[0].id == third
    inverse.apply(small_event)
    assert [p.id for p in roster.sorted(small_event.attendees(), "rank")] == [p.id for p in ranked]
    place_operation(small_event, [ranked[0].id, ranked[1].id], None).apply(small_event)
    after = [p.id for p in roster.sorted(small_event.attendees(), "rank")]
    assert after[-2:] == [ranked[0].id, ranked[1].id]
    move_operation(small_event, [ranked[0].id], 1).apply(small_event)      # already last but one: moves to last
    assert [p.id for p in roster.sorted(small_event.attendees(), "rank")][-1] == ranked[0].id


def test_set_order_confirms_suggestion(small_event):
    suggestion = [p.id for p in small_event.roster.suggest_order()]
    small_event.roster.set_order(suggestion)
    ranked = small_event.roster.sorted(small_event.attendees(), "rank")
    assert [p.id for p in ranked] == suggestion
    assert [p.rank for p in ranked] == list(range(1, len(ranked) + 1))
