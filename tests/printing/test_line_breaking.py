"""Chinese line-breaking rules (禁则) in every text the program wraps: report paragraphs, table cells,
badge units, sign texts."""

from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from ceremony.fonts import register_font
from ceremony.printing import break_lines, kinsoku_paragraph
from ceremony.printing.pdf.text import split_lines
from ceremony.reports.pdf_table import wrap_text

NEVER_START = "，。、；：？！）」》"
NEVER_END = "（「《"
TEXTS = [
    "市政府副市长黎振华，市委教育工委书记、市教育局党组书记、局长麦豪超出席开幕式。",
    "说明：应到＝名单内全部受邀人员（含请假人员）；实到＝已到＋迟到＋代参加；迟到＝开始时间后签到；缺席＝标记缺席＋未签到；出席率＝实到÷应到。",
    "《人人出彩，技能强国》主题活动「职业教育活动周」！请于11月20日前回传？联系电话13800138000。",
]


@pytest.fixture(scope="module")
def font():
    return register_font()


def _check(lines: list[str]) -> None:
    for k, line in enumerate(lines):
        assert line, lines
        if k > 0:
            assert line[0] not in NEVER_START, (k, lines)
        if k < len(lines) - 1:
            assert line[-1] not in NEVER_END, (k, lines)


@pytest.mark.parametrize("text", TEXTS)
def test_break_lines_keeps_the_rules_at_every_width(text, font):
    size = 10
    for chars in range(4, 40):
        width = chars * size + 0.5
        lines = break_lines(text, font, size, width)
        assert "".join(lines) == text
        _check(lines)
        assert all(stringWidth(line, font, size) <= width for line in lines)


def test_digits_are_not_split_when_avoidable(font):
    lines = break_lines("联系电话13800138000请核对", font, 10, 95)
    assert any("13800138000" in line for line in lines)


@pytest.mark.parametrize("text", TEXTS)
def test_table_cells_and_balanced_lines(text, font):
    for chars in range(5, 30):
        lines, widths = wrap_text(text, font, 9, chars * 9)
        _check(lines)
        assert len(widths) == len(lines)
        _check(split_lines(text, font, 11, chars * 11, 2))


@pytest.mark.parametrize("text", TEXTS)
def test_report_paragraph_lines(text, font):
    style = ParagraphStyle("t", fontName=font, fontSize=9.5, leading=13, wordWrap="CJK")
    for chars in range(6, 40, 3):
        para = kinsoku_paragraph(text, style)
        para.wrap(chars * 9.5 + 1, 1000)
        lines = [_line_text(line) for line in para.blPara.lines]
        assert "".join(lines) == text
        _check(lines)


def _line_text(line) -> str:
    if isinstance(line, tuple):         # a paragraph on one line: (width, [words])
        return "".join(line[1])
    return "".join(frag.text for frag in line.words)


@pytest.mark.timeout(60)
def test_a_paragraph_longer_than_a_page_is_set_once_across_pages(tmp_path, font):
    """The split parts of a long paragraph keep their own lines: before, each part started again from the
    whole text and the build never ended (a 5,000-person report's absent list)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    from tests.printing_support import page_count, squash, text_of

    names = [f"名单{n:04d}号" for n in range(1200)]
    text = "未到：" + "、".join(names) + "。"
    style = ParagraphStyle("t", fontName=font, fontSize=9.5, leading=13, wordWrap="CJK")
    pdf = tmp_path / "long.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4).build([kinsoku_paragraph(text, style)])
    assert page_count(pdf) >= 3
    printed = squash(text_of(pdf))
    assert printed.count("名单1199号") == 1 and printed.count("名单0000号") == 1
    assert printed.startswith("未到：名单0000号") and printed.endswith("名单1199号。")
