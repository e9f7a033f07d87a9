"""The PDF grid table: CJK wrapping, header on every part, no widow rows, the 合计 row stays last."""

from __future__ import annotations

from ceremony.fonts import register_font
from ceremony.reports.pdf_table import MIN_TAIL, GridTable, wrap_text


def _table(rows: int, total: bool = True) -> GridTable:
    font = register_font()
    data = [[str(i), "东莞市电子科技学校" * (1 + i % 3)] for i in range(rows)]
    return GridTable(["序号", "单位"], data, [40, 120], font, 9, [True, False], total=total)


def test_wrap_breaks_between_characters_and_keeps_every_character():
    font = register_font()
    lines, widths = wrap_text("东莞市人力资源和社会保障局职业能力建设科", font, 9, 50)
    assert len(lines) > 1 and "".join(lines) == "东莞市人力资源和社会保障局职业能力建设科"
    assert all(w <= 50 for w in widths)
    assert wrap_text("", font, 9, 50) == ([""], [0.0])


def test_split_repeats_the_header_and_leaves_no_widows():
    table = _table(40)
    width, height = table.wrap(160, 10_000)
    parts = table.split(160, height - 2 * table.rows[-1].height)   # room for all but about two rows
    assert len(parts) == 2
    first, rest = parts
    assert len(rest.rows) >= MIN_TAIL and len(first.rows) + len(rest.rows) == 40
    assert first.header is rest.header
    assert not first.total and rest.total            # the 合计 background goes with the last part


def test_a_table_that_fits_is_not_split():
    table = _table(3)
    _, height = table.wrap(160, 10_000)
    assert table.split(160, height + 1) == []
