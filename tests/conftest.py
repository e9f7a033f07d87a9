"""Shared fixtures: event files in tmp_path, a fixed clock, isolated Qt settings.

``small_event`` is the fixture event for unit tests: 45 people in every category of the demo, a small hall
laid out like the demo's (a rostrum of two rows of 5; 8 rows of 16 in blocks of 4, 8, 4, the front zone in the
centre block of row 1 with the guests' zone round it, a media zone with spare seats), seated by the default
rules; a few leaders come by car (two share one). Tests reach its people through ``cast`` (``cast.leader``,
``cast.students[3]`` ...), never through literal ids (tests/test_fixture_use.py checks). ``demo_event`` is the
300-person demo, for the demo's own tests and for tests that need its size or its real-length data.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class FakeClock:
    """A clock tests move by hand; starts at 09:20 on the day of the ceremony."""

    def __init__(self, start: datetime = datetime(2020, 11, 25, 9, 20)):
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs) -> datetime:
        self.now += timedelta(**kwargs)
        return self.now

    def set(self, hour: int, minute: int, second: int = 0) -> datetime:
        self.now = self.now.replace(hour=hour, minute=minute, second=second)
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def demo_event(tmp_path, clock):
    from ceremony.demo import create_demo

    event = create_demo(tmp_path / "demo.ceremony", clock=clock)
    yield event
    event.close()


SMALL_HALL = {
    "name": "小礼堂",
    "sections": [{"name": "主席台", "kind": "rostrum", "rows": [5, 5], "numbering": "plain"},
                 {"name": "台下", "kind": "hall", "rows": 8, "blocks": [4, 8, 4], "numbering": "odd_even"}],
    "zones": [{"name": "前排领导嘉宾区", "color": "#f4cccc", "category": "主办单位领导", "rows": [1, 1], "x": [6, 13]},
              {"name": "嘉宾区", "color": "#fce5cd", "category": "院校负责人", "rows": [1, 3]},
              {"name": "企业代表区", "color": "#fff2cc", "category": "行业企业代表", "rows": [4, 4]},
              {"name": "媒体区", "color": "#d9d2e9", "category": "媒体记者", "rows": [5, 5], "x": [13, 18]},
              {"name": "家长代表区", "color": "#d9ead3", "category": "家长代表", "rows": [5, 5]},
              {"name": "师生代表区", "color": "#cfe2f3", "category": "学生代表", "rows": [6, 7]},
              {"name": "工作人员区", "color": "#eeeeee", "category": "工作人员", "rows": [8, 8]}],
}

# (category, unit, title, names, extra fields): rank follows this order.
SCHOOL = "东莞市电子科技学校"
SMALL_ROSTER = [
    ("市领导", "东莞市人民政府", "副市长", ["龙振宇"], {"on_rostrum": True, "speaker": True, "plate": "粤SG0001"}),
    ("主办单位领导", "东莞市教育局", "局长", ["聂国华"], {"on_rostrum": True, "speaker": True, "plate": "粤SA2468"}),
    ("主办单位领导", "东莞市教育局", "副局长", ["曾丽"], {"on_rostrum": True, "plate": "粤SA2468"}),   # one car
    ("主办单位领导", SCHOOL, "校长", ["欧阳志明"], {"on_rostrum": True, "speaker": True}),
    ("主办单位领导", "市总工会", "副主席", ["单永强"], {}),
    ("科室负责人", "东莞市教育局", "职业教育与成人教育科科长", ["区慧", "查文博", "翟红"], {}),
    ("院校负责人", "东莞职业技术学院", "院长", ["解伟"], {"plate": "粤SD8866"}),
    ("院校负责人", "东莞理工学校", "校长", ["仇建国", "朴海燕", "覃晓"], {}),
    ("初中校长", "塘厦镇第二初级中学", "校长", ["乐天", "华静", "盖军"], {}),
    ("行业企业代表", "东莞市模具行业协会", "会长", ["缪俊杰", "尉迟明"], {}),
    ("行业企业代表", "东莞华兴电子科技有限公司", "总经理", ["陈嘉豪", "李诗琪"], {}),
    ("教师代表", SCHOOL, "教师", ["张伟", "王芳", "刘洋", "黄敏", "何静", "罗强"], {}),
    ("学生代表", SCHOOL, "2020级电子技术应用专业学生",
     ["叶子轩", "林梓涵", "周雨彤", "吴俊", "郑欣怡", "谢浩然", "杨磊", "徐婷", "朱鹏", "冯宇"], {}),
    ("家长代表", SCHOOL, "学生家长", ["钟桂英", "邓建国", "袁玉兰", "蔡明"], {}),
    ("媒体记者", "东莞日报社", "记者", ["卢晓", "苏慧", "麦超"], {}),
    ("工作人员", SCHOOL, "签到组", ["温秀", "赖平", "方刚"], {}),
]


@dataclass
class Cast:
    """The small event's people by role (Attendee records as stored)."""

    everyone: list
    leader: object = None                                  # 市领导, rostrum, speaker, rank 1
    rostrum: list = field(default_factory=list)
    by_category: dict = field(default_factory=dict)

    def __getattr__(self, name):                           # cast.students, cast.teachers ... by plural alias
        aliases = {"hosts": "主办单位领导", "sections": "科室负责人", "colleges": "院校负责人", "principals": "初中校长",
                   "business": "行业企业代表", "teachers": "教师代表", "students": "学生代表", "parents": "家长代表",
                   "media": "媒体记者", "staff": "工作人员"}
        if name in aliases:
            return self.by_category[aliases[name]]
        raise AttributeError(name)

    def named(self, name: str):
        return next(p for p in self.everyone if p.name == name)


def build_small_event(path, clock=None):
    """The unit tests' fixture event (see the module docstring)."""
    from ceremony.demo import DEMO_CATEGORIES, DEMO_INFO
    from ceremony.event import Event
    from ceremony.models import Attendee
    from ceremony.seating import write_venue

    event = Event.create(path, DEMO_INFO, DEMO_CATEGORIES, clock=clock)
    people, n = [], 0
    for category, unit, title, names, extra in SMALL_ROSTER:
        for name in names:
            n += 1
            people.append(Attendee(name=name, category=category, unit=unit, title=title, rank=n,
                                   badge_no=f"{n:04d}", phone=f"138{n:08d}", gender="男女"[n % 2], **extra))
    now = event.now_text()
    with event.repo.transaction():
        event.repo.insert_attendees(p.with_(created_at=now, updated_at=now) for p in people)
        write_venue(event.repo, SMALL_HALL)
    event.set_setting("health_check", True)
    event.set_setting("desk_name", "签到台1")
    event.seating.auto_seat()
    return event


def cast_of(event) -> Cast:
    everyone = event.attendees()
    by_category: dict = {}
    for p in everyone:
        by_category.setdefault(p.category, []).append(p)
    return Cast(everyone, leader=by_category["市领导"][0], rostrum=[p for p in everyone if p.on_rostrum],
                by_category=by_category)


@pytest.fixture
def small_event(tmp_path, clock):
    event = build_small_event(tmp_path / "small.ceremony", clock=clock)
    yield event
    event.close()


@pytest.fixture
def cast(small_event) -> Cast:
    return cast_of(small_event)


@pytest.fixture
def empty_event(tmp_path, clock):
    from ceremony.event import Event

    event = Event.create(tmp_path / "empty.ceremony", clock=clock)
    yield event
    event.close()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path, monkeypatch):
    """Keep QSettings and platformdirs out of the real home folder."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.delenv("CEREMONY_DB", raising=False)
    try:
        from PySide6.QtCore import QSettings, QStandardPaths
    except ImportError:
        return
    QStandardPaths.setTestModeEnabled(True)
    # Qt reads the config folder once per process; point every test at its own settings.
    for fmt in (QSettings.NativeFormat, QSettings.IniFormat):
        QSettings.setPath(fmt, QSettings.UserScope, str(tmp_path / "qsettings"))
