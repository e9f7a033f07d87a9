"""The attendance report's plain records and its formulas — the ONE place they are defined.

Every figure is counted from :func:`ceremony.attendance.attendance_states`, so the
report agrees with the live board and the roster. For one group of people:

* 应到 (expected)   = everyone on the roster, i.e. everyone invited — people on leave included
                      (the usual Chinese practice; the report footnote says so).
* 实到 (arrived)    = 已到 + 迟到 + 代参加 (``attendance.ARRIVED``).
* 迟到 (late)       = arrived after the start time; part of 实到.
* 代参加 (substitute) = a substitute came in the person's place; part of 实到.
* 请假 (leave)      = marked 请假 at the desk, or 回执 said 请假, and nobody arrived.
* 缺席 (absent)     = marked 缺席 + still 未到 (after the event nobody is "pending").
* 出席率 (rate)     = 实到 / 应到 (0 when 应到 is 0).

Hence 应到 = 实到 + 请假 + 缺席 for every row, and the 合计 row is the column sum.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from ceremony.attendance import ABSENT, ARRIVED, LATE, LEAVE, PENDING, SUBSTITUTE

# Column kinds: how each format writes a value.
TEXT = "text"
INT = "int"
RATE = "rate"          # a fraction 0..1, shown as a percentage
DATETIME = "datetime"  # a datetime.datetime
FLOAT1 = "float1"      # one decimal (temperatures)

FIGURE_HEADERS = ("应到", "实到", "迟到", "请假", "缺席", "代参加", "出席率")

FOOTNOTE = ("说明：应到＝名单内全部受邀人员（含请假人员）；实到＝已到＋迟到＋代参加；"
            "迟到＝开始时间后签到；缺席＝标记缺席＋未签到；出席率＝实到÷应到。"
            "以上数据均以签到系统记录为准，撤销的签到不计入。")

# Section keys, in report order (also the CLI's --section names).
BY_CATEGORY = "by_category"
BY_UNIT = "by_unit"
LEADERS = "leaders"
LEAVE_LIST = "leave"
ABSENT_LIST = "absent"
SUBSTITUTES = "substitutes"
ARRIVALS = "arrivals"
HEALTH = "health"
CHECKINS = "checkins"
SECTIONS = (BY_CATEGORY, BY_UNIT, LEADERS, LEAVE_LIST, ABSENT_LIST, SUBSTITUTES, ARRIVALS, HEALTH, CHECKINS)


@dataclass(frozen=True)
class Figures:
    """Attendance counts for one group (a category, a unit, or everyone)."""

    label: str
    expected: int = 0
    arrived: int = 0
    late: int = 0
    leave: int = 0
    absent: int = 0
    substitute: int = 0
    pending: int = 0      # of 缺席: never checked in and not marked (still "未到" during the event)

    @property
    def rate(self) -> float:
        return self.arrived / self.expected if self.expected else 0.0

    def row(self) -> tuple:
        return (self.label, self.expected, self.arrived, self.late, self.leave, self.absent,
                self.substitute, self.rate)


def count_states(label: str, states: list[str]) -> Figures:
    """Apply the formulas above to a list of attendance states."""
    return Figures(
        label=label,
        expected=len(states),
        arrived=sum(1 for s in states if s in ARRIVED),
        late=sum(1 for s in states if s == LATE),
        leave=sum(1 for s in states if s == LEAVE),
        absent=sum(1 for s in states if s in (ABSENT, PENDING)),
        substitute=sum(1 for s in states if s == SUBSTITUTE),
        pending=sum(1 for s in states if s == PENDING),
    )


def sum_figures(label: str, parts: list[Figures]) -> Figures:
    return Figures(label, *(sum(getattr(p, f) for p in parts)
                            for f in ("expected", "arrived", "late", "leave", "absent", "substitute", "pending")))


@dataclass(frozen=True)
class Column:
    title: str
    kind: str = TEXT
    width: float = 10.0   # in characters (xlsx); the PDF scales these to the page


@dataclass(frozen=True)
class Table:
    """One section of the report: a title, columns, rows and (for statistics) a 合计 row."""

    key: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple, ...]
    total: tuple | None = None
    note: str = ""

    @property
    def is_statistics(self) -> bool:
        return self.total is not None


@dataclass(frozen=True)
class ArrivalBin:
    start: datetime
    count: int
    label: str           # "09:35" or "09:30前" for the clipped outer bins
    is_start: bool = False  # the bin in which the event starts


@dataclass(frozen=True)
class Report:
    """Everything the PDF, the workbook, the CSV files and the report page show."""

    event_name: str
    starts_at: datetime
    venue: str
    generated_at: datetime
    totals: Figures
    categories: tuple[Figures, ...]
    arrival_bins: tuple[ArrivalBin, ...]
    leader_sentence: str
    tables: tuple[Table, ...] = field(default_factory=tuple)
    footnote: str = FOOTNOTE

    def table(self, key: str) -> Table:
        for table in self.tables:
            if table.key == key:
                return table
        raise KeyError(key)

    def only(self, key: str | None) -> Report:
        """This report restricted to one section (``None`` keeps them all)."""
        if key is None:
            return self
        return replace(self, tables=(self.table(key),))

    @property
    def when_where(self) -> str:
        when = f"{self.starts_at.year}年{self.starts_at.month}月{self.starts_at.day}日 {self.starts_at:%H:%M}"
        return f"{when} · {self.venue}" if self.venue else when

    @property
    def header(self) -> str:
        """The line printed on top of every page."""
        return f"{self.event_name} · {self.when_where}"
