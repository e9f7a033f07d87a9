"""Finding anyone: Chinese, pinyin, initials, phone digits, badge numbers, unit abbreviations."""

import pytest

from ceremony.models import Attendee
from ceremony.roster.search import SearchIndex, normalize_query

PEOPLE = [
    Attendee(id=1, name="曾国藩", unit="东莞市职业教育协会", title="理事", phone="13800001234", badge_no="A0007", rank=3),
    Attendee(id=2, name="上官明", unit="东莞市电子科技学校", title="校长", phone="13900005678", rank=1),
    Attendee(id=3, name="单雄信", unit="东莞市教育局", title="局长", phone="13600009999", rank=2),
    Attendee(id=4, name="吕布", unit="东莞理工学校", title="校长", phone="13700004321", rank=4),
    Attendee(id=5, name="张国峰", unit="东莞市电子科技学校", title="教师", phone="13500001234", rank=5),
    Attendee(id=6, name="阿依古丽·买买提", unit="东莞市电子科技学校", title="教师", rank=6),
]


@pytest.fixture
def index():
    return SearchIndex(PEOPLE)


@pytest.mark.parametrize("query, first", [
    ("zeng", 1), ("zgf", 1), ("ZGF", 1), ("zengguofan", 1), ("zeng guo", 1), ("曾国", 1), ("国藩", 1),
    ("shan", 3), ("sxx", 3), ("lv", 4), ("lü", 4), ("吕", 4), ("1234", 1), ("5678", 2),
    ("a0007", 1), ("0007", 1), ("ＺＧＦ", 1), ("阿依古丽", 6), ("买买提", 6), ("ayi", 6),
])
def test_first_hit(index, query, first):
    assert index.search(query)[0] == first


def test_ceng_reading_also_found(index):
    assert 1 in index.search("ceng")


def test_phone_last_digits_find_all_matches(index):
    assert set(index.search("1234")) == {1, 5}


def test_unit_abbreviation(index):
    assert set(index.search("电科校")) == {2, 5, 6}
    assert set(index.search("电子科技")) == {2, 5, 6}
    assert index.search("教育局") == [3]


def test_ties_follow_rank(index):
    assert index.search("电子科技") == [2, 5, 6]


def test_exact_name_beats_partial(index):
    assert index.search("张国峰") == [5]


def test_no_match_and_empty(index):
    assert index.search("xyzq") == []
    assert index.search("   ") == []


def test_incremental_typing_gives_same_results_as_fresh(index):
    for prefix in ("z", "zg", "zgf", "zg", "zhang"):
        assert index.search(prefix) == SearchIndex(PEOPLE).search(prefix)


def test_limit(index):
    assert len(index.search("d", limit=2)) == 2


def test_normalize_query():
    assert normalize_query(" Zeng Guo ") == "zengguo"
    assert normalize_query("ｌｕ：") == "lv"


def test_service_search_sees_changes(small_event, cast):
    roster = small_event.roster
    assert roster.search("oyzm")[0].id == cast.named("欧阳志明").id       # compound surname by initials
    assert roster.search("zengli")[0].id == cast.named("曾丽").id
    new_id, _ = roster.add(Attendee(name="诸葛亮", unit="蜀汉丞相府", phone="13912345678"))
    assert roster.search("zhugeliang")[0].id == new_id
    assert roster.search("5678")[0].id == new_id                              # phone digits
    roster.delete(new_id)
    assert all(p.id != new_id for p in roster.search("zhugeliang"))


def test_direct_writes_are_seen_after_invalidate(small_event):
    roster = small_event.roster
    roster.search("x")
    with small_event.repo.transaction():
        new_id = small_event.repo.insert_attendee(Attendee(name="覃小明", unit="某单位"))
    roster.invalidate()
    assert roster.search("qinxiaoming")[0].id == new_id


OFFICIAL_UNITS = [("团市委", "共青团东莞市委员会"), ("市国资委", "东莞市国有资产监督管理委员会"),
                  ("市人力资源社会保障局", "东莞市人力资源和社会保障局"), ("市委网信办", "中共东莞市委网信办")]


@pytest.mark.parametrize("abbreviation, unit", OFFICIAL_UNITS)
def test_official_unit_abbreviations(small_event, abbreviation, unit):
    for n, (_, full) in enumerate(OFFICIAL_UNITS):                   # every unit present, so each must pick its own
        small_event.roster.add(Attendee(name=f"领导{n}", unit=full, category="主办单位领导", title="副局长"))
    found = small_event.roster.search(abbreviation)
    assert found and all(p.unit == unit for p in found)


# Surname readings outside the old fixed table (docs/protocol.md#pinyin); every one is pypinyin's second or
# third reading of the character. Readings as in 《现代汉语词典》 (第7版), the 姓 sense of each character.
SURNAME_CASES = [
    ("阚长和", ["kanchanghe", "kch"]), ("都长和", ["duchanghe", "dch"]), ("召忠", ["shaozhong"]),
    ("折克行", ["shekexing", "skx"]), ("繁钦", ["poqin"]), ("能耐", ["nainai"]), ("祭仲", ["zhaizhong", "zz"]),
    ("乜金", ["niejin"]), ("句践", ["goujian"]), ("隗嚣", ["weixiao"]), ("宓子贱", ["fuzijian"]),
]


@pytest.mark.parametrize("name, queries", SURNAME_CASES)
def test_surname_reading_found_and_first(name, queries):
    """Found by the surname reading, and first: before people of better rank whose readings only begin so."""
    crowd = [Attendee(id=i + 10, name=n, rank=i + 1) for i, n in enumerate(
        ["张振中", "赵志忠", "周正泽", "朱子中", "韩长和", "窦长和平", "康长虹霞", "杜长海林", "纪中", "阚长"])]
    target = Attendee(id=99, name=name, rank=50)
    index = SearchIndex(crowd + [target])
    for query in queries:
        assert index.search(query)[0] == 99, query


def test_cap_keeps_the_surname_reading():
    from ceremony.roster.names import MAX_READINGS, name_readings
    readings = name_readings("阚长和长和")
    assert len(readings) == MAX_READINGS
    assert readings[0].startswith("kan ")
    assert any(r.startswith("han ") for r in readings)       # the other reading of 阚 stays findable
    assert "kan chang he chang he" in readings or any(r.split()[1] == "chang" for r in readings)


def test_substring_scans_find_what_a_plain_loop_finds():
    """The scans search each column joined into one string; every entry containing the query, once, in order."""
    crowd = [Attendee(id=i + 1, name=n, unit=u, rank=i + 1) for i, (n, u) in enumerate(
        [("王安安", "东莞市第一中学"), ("安王", "东莞市教育局"), ("欧阳安", ""), ("安", "团市委"), ("李", "东莞市安监局")])]
    index = SearchIndex(crowd)
    for column in (index.names, index.pinyin_hay, index.unit_inits):
        for q in ("安", "an", "|an", "a", "wang", "n", "dg", "x"):
            assert index._find_all(q, column) == [i for i, text in enumerate(column) if q in text]


def test_search_rows_stay_fresh_after_writes_elsewhere(tmp_path, clock):
    """Search returns the index's own rows while nothing was written, and fresh rows once anything was,
    on this connection or another (a second desk), even when the index itself needs no rebuild."""
    from ceremony.event import Event
    event = Event.create(tmp_path / "e.ceremony", clock=clock)
    person_id, _ = event.roster.add(Attendee(name="祭仲", unit="郑国"))
    assert event.roster.search("zz")[0].attendance == ""
    other = Event.open(tmp_path / "e.ceremony", clock=clock)
    other.checkin.mark(person_id, "leave", reason="出差")
    other.close()
    assert event.roster.search("zz")[0].attendance == "leave"
    event.checkin.mark(person_id, "absent")
    assert event.roster.search("zz")[0].attendance == "absent"
    event.close()
