"""List orders: 姓氏笔画 in both conventions, pinyin, rank (docs/protocol.md#stroke-order)."""

import pytest

from ceremony.models import Attendee
from ceremony.roster.sorting import RENDA, ZHENGXIE, sort_names, sort_people, stroke_key
from ceremony.roster.strokes import stroke_count, stroke_sequence


@pytest.mark.parametrize("char, count, sequence", [
    ("一", 1, "1"), ("田", 5, "25121"), ("王", 4, "1121"), ("大", 3, "134"), ("富", 12, "445125125121"),
    ("曾", 12, "432524312511"), ("张", 7, "5153154"), ("冰", 6, "412534"),
])
def test_stroke_data(char, count, sequence):
    assert stroke_count(char) == count
    assert stroke_sequence(char) == sequence


def test_gb2312_level1_fully_covered():
    level1 = [bytes([hi, lo]).decode("gb2312") for hi in range(0xB0, 0xD8) for lo in range(0xA1, 0xFF)
              if not (hi == 0xD7 and lo > 0xF9)]
    assert len(level1) == 3755
    assert all(stroke_sequence(ch) for ch in level1)


def test_demo_roster_fully_covered():
    from ceremony.demo import demo_attendees
    chars = {ch for p in demo_attendees() for ch in p.name if "\u4e00" <= ch <= "\u9fff"}
    assert all(stroke_count(ch) for ch in chars)


def test_single_given_name_zhengxie_blank_first():
    assert sort_names(["田大利", "田富"], ZHENGXIE) == ["田富", "田大利"]


def test_single_given_name_renda_compares_real_character():
    assert sort_names(["田富", "田大利"], RENDA) == ["田大利", "田富"]


def test_first_character_by_count_then_sequence():
    # 王 (4) before 田 (5); 田 25121 vs 由 25121 are equal, 白 (5, 32511) after 田? 2 < 3 so 田 first.
    assert sort_names(["田一", "王一", "白一"]) == ["王一", "田一", "白一"]


def test_same_count_ordered_by_first_stroke():
    # 丁 (2 strokes, 横 first) before 八 (2 strokes, 撇 first) before 刁 (横折 first).
    assert sort_names(["八一", "刁一", "丁一"]) == ["丁一", "八一", "刁一"]


def test_compound_surname_counts_first_character_only():
    # 上官 has 11 strokes in all, but only 上 (3) counts: before 王 (4).
    assert sort_names(["王明", "上官明"]) == ["上官明", "王明"]
    assert stroke_key("欧阳明")[0] == stroke_key("欧明")[0]
    # and the given name is compared next, not 阳
    assert sort_names(["欧阳明", "欧一"]) == ["欧一", "欧阳明"]


def test_sort_people_pinyin_uses_surname_reading():
    people = [Attendee(id=1, name="曾国藩"), Attendee(id=2, name="蔡明"), Attendee(id=3, name="张三")]
    assert [p.name for p in sort_people(people, "pinyin")] == ["蔡明", "曾国藩", "张三"]


def test_sort_people_rank_unranked_last():
    people = [Attendee(id=1, name="甲", rank=0), Attendee(id=2, name="乙", rank=2), Attendee(id=3, name="丙", rank=1)]
    assert [p.id for p in sort_people(people, "rank")] == [3, 2, 1]


def test_unknown_order_is_an_error():
    with pytest.raises(ValueError):
        sort_people([], "age")


def test_event_setting_picks_the_convention(empty_event):
    people = [Attendee(id=1, name="田大利"), Attendee(id=2, name="田富")]
    assert [p.name for p in empty_event.roster.sorted(people, "strokes")] == ["田富", "田大利"]
    empty_event.set_setting("stroke_convention", "renda")
    assert [p.name for p in empty_event.roster.sorted(people, "strokes")] == ["田大利", "田富"]


def test_rare_name_characters_have_unihan_counts():
    assert stroke_count("卨") == 10          # 万俟卨: not in cnchar, count from Unihan kTotalStrokes
    assert stroke_sequence("卨") == ""
    assert sort_names(["卨一", "丁一"]) == ["丁一", "卨一"]


# 澳门日报 2023-01-08, 「廿八澳人任新屆粵政協委員」: the 28 Macao members of the 13th Guangdong CPPCC,
# printed in traditional characters "(以簡體姓氏筆劃為序)" — http://macaodaily.com/html/2023-01/08/content_1646640.htm
MACAO_2023 = ("馬志達 盧曉翩 劉良 劉智龍 許樂敏 李大萬 李從正 李居仁 楊崇蔚 陳少清 陳美儀 陳鐵浩 陳家良 林志成 "
              "林燕妮 鄭偉聰 鄭安庭 柯海帆 黃燦文 黃家倫 龔志明 崔志濤 梁頌衍 梁智浩 梁嘉寶 廖力嘉 黎鳴山 戴華浩").split()


def test_published_traditional_list_by_simplified_strokes():
    """盧 has 16 strokes, 卢 5: the list follows the simplified forms; 劉良 before 劉智龍 is 政协 style."""
    shuffled = sorted(MACAO_2023, key=lambda n: n[::-1])
    assert sort_names(shuffled, ZHENGXIE) == MACAO_2023


@pytest.mark.parametrize("names", [
    # 宀's second dot, 忄 火 灬 心 雨头: the left dot is a 点, so these come after 江 汤 (441...), not before 闫.
    ["刘一", "齐一", "闫一", "关一", "米一", "江一", "汤一", "安一", "祁一", "许一", "农一", "孙一"],
    ["王宁", "王宇", "王军", "王志", "王杰", "王雪"],
])
def test_left_dot_surnames_and_given_names(names):
    assert sort_names(list(reversed(names)), RENDA) == names


def test_compound_surname_is_one_unit():
    """The surname first, as a unit: a single surname before the compound surnames that begin with it, and
    each compound surname together; 欧丁 and 欧明 before 欧阳一 (docs/protocol.md)."""
    names = ["欧丁", "欧明", "欧阳一", "欧阳明", "歐陽震華", "司马光", "上官婉儿", "诸葛亮"]
    assert sort_names(list(reversed(names)), ZHENGXIE) == ["上官婉儿", "司马光", "欧丁", "欧明", "欧阳一",
                                                            "欧阳明", "歐陽震華", "诸葛亮"]


def test_unplaced_characters_are_reported():
    from ceremony.roster.sorting import unplaced_characters
    assert unplaced_characters(["万俟卨", "张三", "歐陽震華", "宁一"]) == {"卨": ["万俟卨"]}


def test_list_by_strokes_with_a_convention_from_the_cli(empty_event, tmp_path, capsys):
    import json
    from ceremony.cli import main as cli_main
    for name in ("田大利", "田富", "卨一"):
        empty_event.roster.add(Attendee(name=name))
    db = str(tmp_path / "empty.ceremony")
    for convention, expected in (("zhengxie", ["田富", "田大利", "卨一"]), ("renda", ["田大利", "田富", "卨一"])):
        assert cli_main(["list", "--db", db, "--json", "--sort", "strokes", "--convention", convention]) == 0
        out, err = capsys.readouterr()
        assert [json.loads(line)["name"] for line in out.splitlines()] == expected
        assert "「卨」" in err
    with pytest.raises(Exception):
        empty_event.roster.sorted([], "strokes", "shanghai")


def test_settings_command_sets_the_convention_lists_follow(empty_event, tmp_path, capsys):
    """`ceremony settings stroke_convention renda`, then `list --sort strokes` without --convention."""
    import json
    from ceremony.cli import main as cli_main
    for name in ("田富", "田大利"):
        empty_event.roster.add(Attendee(name=name))
    db = str(tmp_path / "empty.ceremony")
    for value, expected in (("renda", ["田大利", "田富"]), ("zhengxie", ["田富", "田大利"])):
        assert cli_main(["settings", "stroke_convention", value, "--db", db]) == 0
        capsys.readouterr()
        assert cli_main(["list", "--db", db, "--json", "--sort", "strokes"]) == 0
        assert [json.loads(line)["name"] for line in capsys.readouterr().out.splitlines()] == expected
    assert cli_main(["settings", "stroke_convention", "shanghai", "--db", db]) != 0


def test_units_sort_character_by_character():
    """A unit has no surname: 东方中学 before 东莞市教育局 (方 4 strokes, 莞 10), though 东方 is a compound surname."""
    from ceremony.roster import sort_units
    assert sort_units(["东莞市教育局", "东方中学", "丁香小学", "東莞理工學院"]) == [
        "丁香小学", "东方中学", "东莞市教育局", "東莞理工學院"]
