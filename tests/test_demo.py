"""The demo ceremony covers every attendee group the work plan names."""

from collections import Counter

from ceremony.demo import DEMO_INFO
from datetime import datetime


def test_demo_event_facts(demo_event):
    info = demo_event.info
    assert info.name == "东莞市2020年职业教育活动周开幕式"
    assert info.starts_at == datetime(2020, 11, 25, 10, 0)
    assert info.venue == "东莞市电子科技学校"
    assert info.theme == "人人出彩，技能强国"
    assert len(info.hosts) == 9 and info.organiser == "东莞市电子科技学校"


def test_demo_has_every_group(demo_event):
    people = demo_event.attendees()
    assert 250 <= len(people) <= 350
    by_cat = Counter(p.category for p in people)
    for group in ["市领导", "主办单位领导", "科室负责人", "院校负责人", "初中校长", "行业企业代表",
                  "教师代表", "学生代表", "家长代表", "媒体记者", "工作人员"]:
        assert by_cat[group] > 0, group
    units = {p.unit for p in people}
    for bureau in ["东莞市教育局", "中共东莞市委宣传部", "中共东莞市委网信办", "东莞市人力资源和社会保障局",
                   "东莞市工业和信息化局", "东莞市农业农村局", "东莞市国有资产监督管理委员会", "东莞市总工会",
                   "共青团东莞市委员会"]:
        assert bureau in units, bureau
    for town in ["塘厦镇", "凤岗镇", "黄江镇", "清溪镇", "樟木头镇"]:
        assert any(p.category == "初中校长" and town in p.unit for p in people), town
    assert any(p.category == "院校负责人" and "职业技术学院" in p.unit for p in people)
    assert any(p.category == "院校负责人" and "技工" in p.unit or "技师" in p.unit for p in people)


def test_demo_names_are_realistic_and_tricky(demo_event):
    names = [p.name for p in demo_event.attendees()]
    assert len(names) == len(set(names))
    assert any("·" in n for n in names)
    assert any(len(n) == 2 for n in names)
    assert "曾国藩" in names
    assert any(n[0] in "曾单解仇区查朴覃翟乐华盖缪" for n in names if n != "曾国藩")
    assert all(" " not in n and "\u3000" not in n for n in names)


def test_demo_ranks_and_rostrum(demo_event):
    people = demo_event.attendees()
    assert [p.rank for p in people] == list(range(1, len(people) + 1))
    assert people[0].title == "副市长" and people[0].on_rostrum
    assert sum(p.on_rostrum for p in people) >= 10


def test_demo_hall(demo_event):
    repo = demo_event.repo
    kinds = {s.kind for s in repo.sections()}
    assert kinds == {"rostrum", "hall"}
    rostrum_rows = {s.row for s in repo.seats() if s.section_kind == "rostrum"}
    assert rostrum_rows == {1, 2}
    hall = [s for s in repo.seats() if s.section_kind == "hall"]
    assert len({s.row for s in hall}) == 20
    assert len(hall) == 600
    xs_row1 = sorted(s.x for s in hall if s.row == 1)
    assert len(xs_row1) == 30 and xs_row1[-1] > 30       # aisles leave gaps
    assert {z.name for z in repo.zones()} >= {"前排领导嘉宾区", "嘉宾区", "家长代表区", "师生代表区"}


def test_demo_info_uid_is_fresh_per_file(tmp_path):
    from ceremony.demo import create_demo
    a = create_demo(tmp_path / "a.ceremony")
    b = create_demo(tmp_path / "b.ceremony")
    assert a.info.uid != b.info.uid
    assert DEMO_INFO.uid == ""


def test_demo_comes_seated_by_protocol(demo_event):
    seating = demo_event.seating
    leader = demo_event.attendees()[0]
    assert leader.on_rostrum and seating.seat_label(leader.id).startswith("主席台 1排")
    seated = demo_event.repo.assignment_count()
    expected = sum(1 for p in demo_event.attendees() if p.rsvp != "leave")
    assert seated >= expected - 10          # a few spares/unseated are allowed, not an empty plan
