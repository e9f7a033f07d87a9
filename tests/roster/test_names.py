"""Name cleaning, field checks and surname-aware pinyin (docs/protocol.md#names, #pinyin)."""

import pytest

from ceremony.roster import names


@pytest.mark.parametrize("raw, clean", [
    ("王　五", "王五"), (" 王 五 ", "王五"), ("欧阳\u3000明", "欧阳明"),
    ("阿依古丽•买买提", "阿依古丽·买买提"), ("阿依古丽．买买提", "阿依古丽·买买提"),
    ("阿依古丽‧买买提", "阿依古丽·买买提"), ("ＡＢＣ", "ＡＢＣ"),   # never NFKC on names
])
def test_clean_name(raw, clean):
    assert names.clean_name(raw) == clean


@pytest.mark.parametrize("raw, phone, warning", [
    ("１３８ ００１３ ８０００", "13800138000", ""), ("+86 138-0013-8000", "13800138000", ""),
    ("12800138000", "12800138000", "手机号格式不正确"), ("0769-22221234", "076922221234", "手机号格式不正确"),
])
def test_phone(raw, phone, warning):
    assert names.clean_phone(raw) == phone
    assert _text(names.phone_warning(phone)) == warning


def _text(found) -> str:
    """A check's warning as its Chinese text ("" when there is none)."""
    return "" if found is None else found.text


@pytest.mark.parametrize("id_number, warning, gender", [
    ("11010519491231002X", "", "女"), ("440106199003071234", "身份证号校验位不符", "男"),
    ("4401061990", "身份证号应为18位", ""),
])
def test_id_number(id_number, warning, gender):
    assert _text(names.id_number_warning(id_number)) == warning
    assert names.gender_from_id(id_number) == gender


def test_gender_cross_check_warns_only_for_a_valid_id():
    assert names.gender_warning("男", "11010519491231002X").code == "person.gender_not_id.female"
    assert "女" in _text(names.gender_warning("男", "11010519491231002X"))
    assert names.gender_warning("女", "11010519491231002X") is None
    assert names.gender_warning("男", "440106199003071234") is None   # bad checksum: its own warning


@pytest.mark.parametrize("plate, ok", [("粤S·12345", True), ("粤S12345", True), ("粤SD12345", True),
                                       ("粤S1234", False), ("S12345", False)])
def test_plate(plate, ok):
    assert (names.plate_warning(names.clean_plate(plate)) is None) is ok


def test_clean_plate_nfkc_and_dot():
    assert names.clean_plate("粤ｓ．１２３４５") == "粤S·12345"


def test_pad_name():
    assert names.pad_name("王五") == "王\u3000五"
    assert names.pad_name("曾国藩") == "曾国藩"
    assert names.pad_name("王") == "王"


@pytest.mark.parametrize("name, first", [
    ("曾国藩", "zeng guo fan"), ("单雄信", "shan xiong xin"), ("解缙", "xie jin"), ("仇英", "qiu ying"),
    ("区伟", "ou wei"), ("查良镛", "zha liang yong"), ("朴树", "piao shu"), ("覃明", "qin ming"),
    ("翟志刚", "zhai zhi gang"), ("乐嘉", "yue jia"), ("华罗庚", "hua luo geng"), ("盖聂", "ge nie"),
    ("缪可", "miao ke"), ("尉迟恭", "yu chi gong"), ("万俟卨", "mo qi xie"), ("单于明", "chan yu ming"),
    ("吕布", "lv bu"),
])
def test_surname_reading_first(name, first):
    assert names.name_readings(name)[0] == first


def test_heteronyms_are_indexed_but_capped():
    readings = names.name_readings("曾乐乐乐乐")
    assert "ceng le le le le" not in readings[:1]
    assert len(readings) == names.MAX_READINGS
    assert "ceng guo fan" in names.name_readings("曾国藩")


def test_split_surname():
    assert names.split_surname("欧阳明") == ("欧阳", "明")
    assert names.split_surname("欧阳") == ("欧", "阳")     # two characters: a single surname + given name
    assert names.split_surname("王五") == ("王", "五")
