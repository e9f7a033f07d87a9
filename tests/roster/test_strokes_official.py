"""The 姓氏笔画 comparison against the national standard itself: 《通用规范汉字表》's own order (GB13000.1 字序).

The fixture files (tests/roster/fixtures/tongyong/README.md) hold the table's 3,500 level-1 and 2,997 level-2 characters
in the official order. Sorting each file's characters with the project's comparison must give the file back.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ceremony.roster.strokes import char_key, char_strokes

FIXTURES = Path(__file__).parent / "fixtures" / "tongyong"


def official(level: int) -> str:
    return (FIXTURES / f"tongyong-level{level}.txt").read_text(encoding="utf-8").strip()


@pytest.mark.parametrize("level, size", [(1, 3500), (2, 2997)])
def test_sorting_gives_the_official_order(level, size):
    chars = official(level)
    assert len(chars) == size == len(set(chars))
    assert "".join(sorted(chars, key=char_key)) == chars


@pytest.mark.parametrize("level", [1, 2])
def test_strokes_and_forms_alone_never_contradict_the_table(level):
    """Without the table numbers (the last tie-break), count, sequence, 主附笔形 and 折笔 order are already
    never in reverse: the numbers only settle ties (structure) and the characters the data lacks."""
    known = [c for c in official(level) if char_strokes(c).sequence]
    keys = [char_key(c)[:3] for c in known]
    reversed_pairs = [(a, b) for a, b, ka, kb in zip(known, known[1:], keys, keys[1:]) if ka > kb]
    assert reversed_pairs == []
    assert len(known) >= (3500 if level == 1 else 2860)
    ties = sum(ka == kb for ka, kb in zip(keys, keys[1:]))
    assert ties < 60


@pytest.mark.parametrize("level", [1, 2])
def test_table_numbers_match_the_reference(level):
    chars = official(level)
    numbers = [char_strokes(c).official for c in chars]
    assert numbers == sorted(numbers)
    assert numbers[0] == (1 if level == 1 else 3501)


# Tie-breaks of the standard, each pair in the table's order and decided before the table number.
@pytest.mark.parametrize("first, second, rule", [
    ("干", "于", "竖 before 竖钩 (主笔形 before 附笔形)"),
    ("贝", "水", "竖 before 竖钩"),
    ("相", "查", "点 before 捺"),
    ("巴", "孔", "横折 before 横撇 (折笔 order)"),
    ("勾", "凤", "横折钩 before 横斜钩 (折笔 order)"),
    ("山", "巾", "竖折 (one fold) before 横折钩 (two folds)"),
    ("儿", "几", "竖弯钩 (two folds) before 横折弯钩 (three)"),
    ("议", "必", "横折提 before 卧钩"),
])
def test_tie_breaks_of_the_standard(first, second, rule):
    assert char_key(first)[:2] == char_key(second)[:2], "same count and basic sequence"
    assert char_key(first)[:3] < char_key(second)[:3], rule


@pytest.mark.parametrize("char, sequence", [
    # the left dot (左点) is a 点: 忄 火 灬 心, the second dot of 宀 冖 and 雨头
    ("宁", "44512"), ("怀", "4421324"), ("灿", "4334252"), ("杰", "12344444"), ("志", "1214544"),
    ("军", "451512"), ("雪", "14524444511"), ("安", "445531"), ("蒙", "1224511353334"),
])
def test_left_dot_is_a_dot(char, sequence):
    assert char_strokes(char).sequence == sequence
