"""The demo ceremony: the real 2020 opening ceremony with a fictional, realistic roster.

Everything is generated from a fixed seed, so every start shows the same people.
"""

from __future__ import annotations

import json
import random
from datetime import datetime
from pathlib import Path

from ceremony.event import Event
from ceremony.categories import STARTER_CATEGORIES
from ceremony.models import RSVP_LEAVE, RSVP_PENDING, RSVP_YES, Attendee, EventInfo
from ceremony.paths import DEMO
from ceremony.seating import write_venue

DEMO_INFO = EventInfo(
    uid="",  # a fresh uid per file: codes of two demo files must not be confused
    name="东莞市2020年职业教育活动周开幕式",
    starts_at=datetime(2020, 11, 25, 10, 0),
    venue="东莞市电子科技学校",
    theme="人人出彩，技能强国",
    hosts=("市教育局", "市委宣传部", "市委网信办", "市人力资源社会保障局", "市工业和信息化局",
           "市农业农村局", "市国资委", "市总工会", "团市委"),
    organiser="东莞市电子科技学校",
)

DEMO_CATEGORIES = list(STARTER_CATEGORIES)

HOST_SCHOOL = "东莞市电子科技学校"
BUREAUS = [
    ("东莞市教育局", "局长", ["副局长", "副局长", "二级调研员"], ["职业教育与成人教育科科长", "办公室主任"]),
    ("中共东莞市委宣传部", "副部长", [], ["新闻科科长"]),
    ("中共东莞市委网信办", "副主任", [], ["网络传播科科长"]),
    ("东莞市人力资源和社会保障局", "副局长", [], ["职业能力建设科科长"]),
    ("东莞市工业和信息化局", "副局长", [], ["产业发展科科长"]),
    ("东莞市农业农村局", "副局长", [], ["科技教育科科长"]),
    ("东莞市国有资产监督管理委员会", "副主任", [], ["企业发展科科长"]),
    ("东莞市总工会", "副主席", [], ["职工技能科科长"]),
    ("共青团东莞市委员会", "副书记", [], ["学校部部长"]),
]
COLLEGES = ["东莞职业技术学院", "广东科技学院", "东莞市技师学院高职部", "广东创新科技职业学院"]
SECONDARY = ["东莞理工学校", "东莞市经济贸易学校", "东莞市商业学校", "东莞市纺织服装学校", "东莞市机电工程学校",
             "东莞市轻工业学校", "东莞市信息技术学校", "东莞市汽车技术学校", "东莞市财经学校",
             "东莞市卫生学校", "东莞市技师学院", "东莞市高级技工学校", "东莞市交通技工学校"]
TOWN_SCHOOLS = {
    "塘厦镇": ["塘厦初级中学", "塘厦镇第二初级中学", "塘厦镇东方实验学校"],
    "凤岗镇": ["凤岗镇凤德岭中学", "凤岗镇华侨中学", "凤岗镇雁田实验学校"],
    "黄江镇": ["黄江中学", "黄江镇育英初级中学", "黄江镇新星学校"],
    "清溪镇": ["清溪中学", "清溪镇第三中学", "清溪镇湘东学校"],
    "樟木头镇": ["樟木头中学", "樟木头镇第二初级中学", "樟木头镇百果洞学校"],
}
ASSOCIATIONS = ["东莞市职业教育协会", "东莞市电子行业协会", "东莞市模具行业协会", "东莞市物流行业协会"]
ENTERPRISES = ["东莞华兴电子科技有限公司", "东莞鸿图精密制造有限公司", "东莞新智能装备有限公司",
               "东莞市松湖智造科技有限公司", "东莞联创汽车电子有限公司", "东莞市海丰物流有限公司",
               "东莞景盛通信设备有限公司", "东莞市德信数控技术有限公司"]
MEDIA = ["东莞日报社", "东莞广播电视台", "东莞时间网", "南方日报东莞新闻部"]

# Surnames: common ones plus the tricky readings of docs/protocol.md#pinyin.
SURNAMES = list("陈李张黄梁刘王叶林何罗莫钟邓袁蔡郑卢吴谢杨周徐朱冯许彭方苏麦温赖")
TRICKY_SURNAMES = list("曾单解仇区查朴覃翟乐华盖缪")
COMPOUND_SURNAMES = ["欧阳", "司徒", "尉迟", "万俟", "上官"]
GIVEN_CHARS = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红玉兰文辉海燕晓慧鹏宇婷欣怡浩然子轩梓涵雨彤俊杰嘉豪诗琪"


def _name(rng: random.Random, used: set[str]) -> str:
    while True:
        roll = rng.random()
        if roll < 0.03:
            surname = rng.choice(COMPOUND_SURNAMES)
        elif roll < 0.12:
            surname = rng.choice(TRICKY_SURNAMES)
        else:
            surname = rng.choice(SURNAMES)
        given_len = 1 if roll > 0.75 else 2
        name = surname + "".join(rng.choice(GIVEN_CHARS) for _ in range(given_len))
        if name not in used:
            used.add(name)
            return name


def _phone(rng: random.Random) -> str:
    return rng.choice(["138", "139", "135", "136", "137", "150", "158", "186", "189", "133"]) + \
        "".join(str(rng.randrange(10)) for _ in range(8))


def _people(rng: random.Random) -> list[dict]:
    used: set[str] = {"曾国藩"}
    out: list[dict] = []

    def add(category, unit, title, **extra):
        name = extra.pop("name", None) or _name(rng, used)
        out.append(dict(name=name, category=category, unit=unit, title=title,
                        gender=extra.pop("gender", rng.choice("男男女")), phone=_phone(rng), **extra))

    add("市领导", "东莞市人民政府", "副市长", on_rostrum=True, speaker=True, name="黎振华")
    for i, (unit, head, deputies, sections) in enumerate(BUREAUS):
        if i == 0:
            add("主办单位领导", unit, "市委教育工委书记、市教育局党组书记、局长", on_rostrum=True, speaker=True)
        else:
            add("主办单位领导", unit, head, on_rostrum=True)
        for deputy in deputies:
            add("主办单位领导", unit, deputy, on_rostrum=deputy == "副局长")
        for section in sections:
            add("科室负责人", unit, section)
    add("主办单位领导", HOST_SCHOOL, "党委书记", on_rostrum=True)
    add("主办单位领导", HOST_SCHOOL, "校长", on_rostrum=True, speaker=True)
    for college in COLLEGES:
        add("院校负责人", college, rng.choice(["副院长", "院长", "党委副书记"]))
    for school in SECONDARY:
        add("院校负责人", school, "校长")
    for town, schools in TOWN_SCHOOLS.items():
        for school in schools:
            add("初中校长", f"{town}{school}" if not school.startswith(town) else school, "校长")
    for assoc in ASSOCIATIONS:
        add("行业企业代表", assoc, rng.choice(["会长", "秘书长", "副会长"]))
    for company in ENTERPRISES:
        add("行业企业代表", company, rng.choice(["总经理", "人力资源总监", "副总经理"]))
        add("行业企业代表", company, rng.choice(["培训主管", "技术总监"]))
    add("行业企业代表", "东莞市职业教育协会", "理事", name="曾国藩")
    for _ in range(60):
        add("教师代表", HOST_SCHOOL, rng.choice(["教师", "专业部主任", "班主任", "高级讲师"]))
    out[-1]["name"] = "阿依古丽·买买提"
    out[-1]["gender"] = "女"
    for _ in range(110):
        grade = rng.choice(["2018级", "2019级", "2020级"])
        major = rng.choice(["电子技术应用", "计算机网络技术", "工业机器人", "物联网技术应用", "数控技术"])
        add("学生代表", HOST_SCHOOL, f"{grade}{major}专业学生", gender=rng.choice("男女"))
    for _ in range(30):
        add("家长代表", HOST_SCHOOL, "学生家长")
    for outlet in MEDIA:
        add("媒体记者", outlet, "记者")
        add("媒体记者", outlet, "摄影记者")
    for _ in range(14):
        add("工作人员", HOST_SCHOOL, rng.choice(["会务组", "签到组", "引导员", "志愿者"]))
    return out


def demo_attendees(seed: int = 2020) -> list[Attendee]:
    rng = random.Random(seed)
    people = _people(rng)
    result = []
    for rank, p in enumerate(people, start=1):
        rsvp = RSVP_YES
        if p["category"] in ("院校负责人", "初中校长", "行业企业代表") and rng.random() < 0.06:
            rsvp = RSVP_LEAVE
        elif p["category"] in ("家长代表", "行业企业代表") and rng.random() < 0.05:
            rsvp = RSVP_PENDING
        result.append(Attendee(rank=rank, badge_no=f"{rank:04d}", rsvp=rsvp, **p))
    return _with_plates(result, random.Random(seed + 1))


# Who comes by car (车牌号 on the 回执): every leader's unit sends one official car, which its deputies share;
# a share of the school heads and enterprise guests drive themselves.
_DRIVERS = {"院校负责人": 0.45, "初中校长": 0.35, "行业企业代表": 0.3}
_PLATE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def _with_plates(people: list[Attendee], rng: random.Random) -> list[Attendee]:
    unit_car: dict[str, str] = {}
    out = []
    for p in people:
        plate = ""
        if p.category in ("市领导", "主办单位领导"):
            plate = unit_car.setdefault(p.unit, _plate(rng))
        elif rng.random() < _DRIVERS.get(p.category, 0.0):
            plate = _plate(rng)
        out.append(p.with_(plate=plate) if plate else p)
    return out


def _plate(rng: random.Random) -> str:
    return "粤S" + rng.choice("ABCDEFGHJKLMN") + "".join(rng.choice(_PLATE_CHARS[-10:]) for _ in range(4))


def load_demo_venue() -> dict:
    return json.loads((DEMO / "hall.json").read_text(encoding="utf-8"))


def create_demo(path: Path | str, clock=None) -> Event:
    """A new event file holding the demo ceremony."""
    event = Event.create(path, DEMO_INFO, DEMO_CATEGORIES, clock=clock)
    repo = event.repo
    now = event.now_text()
    with repo.transaction():
        repo.insert_attendees(a.with_(created_at=now, updated_at=now) for a in demo_attendees())
        write_venue(repo, load_demo_venue())
        repo.set_setting("health_check", True)
        repo.set_setting("desk_name", "签到台1")
        event.audit("event.create_demo", {"attendees": repo.attendee_count()})
    # Seated by the default protocol rules, so badges, the desk and the charts show seats at once.
    event.seating.auto_seat()
    return event
