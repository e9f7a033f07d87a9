"""The starting set of attendee categories (docs/protocol.md#attendees): the groups of a city ceremony, each
with its own badge class text, band colour and hall zone. The demo uses them; a new event starts from them.

Categories must be told apart without colour alone: every one has its own class text (printed large in the
band), and the band colours differ in hue *and* in grey level — at least 11 steps of 255 apart when printed in
black and white or seen by a colour-blind reader — while keeping white text readable (contrast ≥ 3:1).
"""

from __future__ import annotations

from ceremony.models import Category

STARTER_CATEGORIES: tuple[Category, ...] = (
    Category("市领导", "贵宾证", "#C00000", "前排领导嘉宾区", 1),          # grey 57, the customary red
    Category("主办单位领导", "嘉宾证", "#9B3F21", "前排领导嘉宾区", 2),    # grey 87
    Category("科室负责人", "来宾证", "#211307", "嘉宾区", 3),              # grey 22
    Category("院校负责人", "院校代表证", "#AB7324", "嘉宾区", 4),          # grey 123
    Category("初中校长", "校长代表证", "#DD5CDD", "嘉宾区", 5),            # grey 145
    Category("行业企业代表", "企业代表证", "#4E5011", "企业代表区", 6),    # grey 72
    Category("教师代表", "教师证", "#1C8480", "师生代表区", 7),            # grey 100
    Category("学生代表", "学生证", "#4C93D9", "师生代表区", 8),            # grey 134
    Category("家长代表", "家长证", "#23A723", "家长代表区", 9),            # grey 112
    Category("媒体记者", "记者证", "#401357", "媒体区", 10),               # grey 40
    Category("工作人员", "工作证", "#000000", "工作人员区", 11),           # grey 0
)


def grey_level(color: str) -> int:
    """The grey a black-and-white printer makes of ``#RRGGBB`` (ITU-R BT.601 luma), 0–255."""
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return round(0.299 * r + 0.587 * g + 0.114 * b)


def contrast_with_white(color: str) -> float:
    """WCAG contrast ratio of white text on ``color``."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(int(color[i:i + 2], 16)) for i in (1, 3, 5))
    return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05)
