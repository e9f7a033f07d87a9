"""The report's figures, computed independently from a scripted morning (tests/reports/report_scenario.py)."""

from __future__ import annotations

import pytest

import report_scenario as sc
from ceremony.reports import model as rm
from ceremony.attendance import attendance_states, tally
from ceremony.models import Attendee
from ceremony.reports.leaders import release_phrase, short_unit
from ceremony.reports.service import UnknownSection, arrival_bins


@pytest.fixture
def scripted(tmp_path, clock):
    event, ids = sc.build_event(tmp_path / "scripted.ceremony", clock)
    yield event, ids
    event.close()


@pytest.fixture
def report(scripted):
    return scripted[0].reports.build()


def test_statistics_by_category_match_the_hand_count(report):
    table = report.table(rm.BY_CATEGORY)
    got = {row[0]: row[1:7] for row in table.rows}
    assert got == sc.EXPECTED_BY_CATEGORY
    assert table.total[1:7] == sc.EXPECTED_TOTAL
    assert table.total[7] == pytest.approx(8 / 14)
    for row in table.rows:
        assert row[1] == row[2] + row[4] + row[5]      # 应到 = 实到 + 请假 + 缺席
        assert row[7] == pytest.approx(row[2] / row[1])


def test_figures_agree_with_the_live_board_and_attendance_states(scripted, report):
    event, _ = scripted
    counts = tally(attendance_states(event).values())
    t = report.totals
    assert (t.expected, t.arrived, t.late, t.leave, t.substitute) == \
        (counts.expected, counts.arrived, counts.late, counts.leave, counts.substitute)
    assert t.absent == counts.absent + counts.pending
    assert t.pending == counts.pending == 3        # union (undone), teacher b (refused), student d
    board = event.checkin.board()
    assert (board.total.expected, board.total.arrived, board.total.late) == (t.expected, t.arrived, t.late)
    by_board = {g.name: g.tally for g in board.by_category}
    for fig in report.categories:
        b = by_board[fig.label]
        assert (b.expected, b.arrived, b.leave, b.absent + b.pending) == \
            (fig.expected, fig.arrived, fig.leave, fig.absent)


def test_statistics_by_unit_sum_to_the_totals(report):
    table = report.table(rm.BY_UNIT)
    assert [r[0] for r in table.rows][:3] == ["东莞市人民政府", "东莞市教育局", "中共东莞市委宣传部"]
    school = next(r for r in table.rows if r[0] == "东莞市电子科技学校")
    # teachers a-d + students a-c: arrived teacher a, d, student a, c; leave student b; absent b, c teachers
    assert school[1:7] == (7, 4, 2, 1, 2, 0)
    assert tuple(sum(r[i] for r in table.rows) for i in range(1, 7)) == sc.EXPECTED_TOTAL == table.total[1:7]


def test_leaders_only_those_who_came_in_rank_order(report):
    table = report.table(rm.LEADERS)
    assert [r[1] for r in table.rows] == ["黎振华", "麦豪超"]
    assert [r[-1] for r in table.rows] == ["已到", "迟到"]
    assert report.leader_sentence == sc.EXPECTED_SENTENCE
    assert "李晓辉" in table.note and "张科长" in table.note


def test_leave_absent_and_substitute_lists_carry_reasons(report):
    leave = {r[1]: r[-1] for r in report.table(rm.LEAVE_LIST).rows}
    assert leave == {"温豪": "出差", "黄娜": "回执请假"}
    absent = {r[1]: (r[-2], r[-1]) for r in report.table(rm.ABSENT_LIST).rows}
    assert absent["何敏"] == ("缺席", "病假未报")
    assert absent["王霞"] == ("未签到", "签到已撤销")
    assert absent["林芳"][0] == "未签到" and "防疫检查未通过" in absent["林芳"][1]
    assert set(absent) == {"何敏", "王霞", "林芳", "吴勇"}
    subs = report.table(rm.SUBSTITUTES).rows
    assert [(r[1], r[5]) for r in subs] == [("李晓辉", "张科长")]


def test_arrivals_per_five_minutes_with_the_start_marked(report):
    assert [(b.label, b.count) for b in report.arrival_bins] == sc.EXPECTED_BINS
    assert [b.label for b in report.arrival_bins if b.is_start] == ["10:00"]
    table = report.table(rm.ARRIVALS)
    assert table.total[1] == sc.EXPECTED_TOTAL[1]
    assert table.rows[-1][2] == sc.EXPECTED_TOTAL[1]          # the running total ends at 实到
    assert next(r for r in table.rows if r[3]) [0] == "10:00–10:05"


def test_checkin_detail_keeps_corrections_undos_and_refusals(report):
    rows = report.table(rm.CHECKINS).rows
    assert len(rows) == sc.EXPECTED_DETAIL_ROWS
    assert sum(1 for r in rows if r[0] is not None) == sc.EXPECTED_LOG_ROWS
    marks = [(r[2], r[7], r[9]) for r in rows if r[6] == "标记"]
    assert marks == [("温豪", "标记为请假", "出差"), ("何敏", "标记为缺席", "病假未报")]
    assert all(r[0] is None for r in rows if r[6] == "标记")
    results = [r[7] for r in rows]
    assert results.count("有效签到") == sc.EXPECTED_TOTAL[1]
    assert results.count("已撤销") == 2 and results.count("拒绝入场") == 2
    assert sum(1 for r in results if r.startswith("撤销第")) == 2
    manual = next(r for r in rows if r[6] == "补签")
    assert manual[1].strftime("%H:%M") == "09:55" and manual[9] == "签到台漏登"
    assert [r[1] for r in rows] == sorted(r[1] for r in rows)


def test_health_ledger(report):
    table = report.table(rm.HEALTH)
    assert len(table.rows) == sc.EXPECTED_HEALTH_ROWS
    refused = [r for r in table.rows if r[11] == "拒绝入场"]
    assert [(r[2], r[6], r[7], r[8]) for r in refused] == [("林芳", 37.9, "异常", "绿码"),
                                                           (sc.REFUSED_WALK_IN, 36.5, "正常", "黄码")]
    zhang = next(r for r in table.rows if r[2] == "张磊")
    assert (zhang[9], zhang[10]) == ("途经中高风险地区", "未佩戴")
    # 联系电话: the ledger exists for contact tracing, so the organiser's report has every number in full
    assert table.columns[4].title == "联系电话"
    assert zhang[4] == "13807690010"
    assert "拒绝入场 2 人次" in table.note and "行程卡异常 1 人次" in table.note and "非绿码 1 人次" in table.note


def test_one_section_and_unknown_sections(scripted):
    event, _ = scripted
    only = event.reports.build(rm.LEAVE_LIST)
    assert [t.key for t in only.tables] == [rm.LEAVE_LIST]
    with pytest.raises(UnknownSection):
        event.reports.build("nope")


def test_empty_event_builds_without_errors(empty_event):
    report = empty_event.reports.build()
    assert report.totals.expected == 0 and report.totals.rate == 0
    assert len(report.arrival_bins) == 7 and report.arrival_bins[-1].is_start


def test_far_off_arrivals_fold_into_the_outer_bins():
    from datetime import datetime
    start = datetime(2020, 11, 25, 10, 0)
    bins = arrival_bins([datetime(2020, 11, 24, 9, 0), datetime(2020, 11, 25, 9, 59),
                         datetime(2020, 11, 25, 18, 0)], start)
    assert len(bins) == 49
    assert bins[0].label == "08:00及以前" and bins[0].count == 1
    assert bins[-1].label == "12:00及以后" and bins[-1].count == 1
    assert sum(b.count for b in bins) == 3


@pytest.mark.parametrize("unit,short", [
    ("东莞市人民政府", "市政府"), ("东莞市教育局", "市教育局"), ("中共东莞市委宣传部", "市委宣传部"),
    ("东莞市人力资源和社会保障局", "市人力资源社会保障局"), ("东莞市国有资产监督管理委员会", "市国资委"),
    ("共青团东莞市委员会", "团市委"), ("东莞市电子科技学校", "东莞市电子科技学校"), ("东莞华兴电子科技有限公司", "东莞华兴电子科技有限公司"),
])
def test_short_unit_names_for_the_news_release(unit, short):
    assert short_unit(unit) == short


def test_release_phrase_does_not_repeat_a_unit_the_title_names():
    director = Attendee(name="某某", unit="东莞市教育局", title="市委教育工委书记、市教育局党组书记、局长")
    assert release_phrase(director) == "市委教育工委书记、市教育局党组书记、局长某某"
    assert release_phrase(Attendee(name="甲", unit="东莞市人民政府", title="副市长"),
                          {"东莞市人民政府": "东莞市政府"}) == "东莞市政府副市长甲"


def test_announced_substitute_who_never_came_is_absent_with_the_reason(scripted):
    event, ids = scripted
    event.checkin.mark(ids["student_d"], "substitute", "生病", substitute_name="吴父")
    report = event.reports.build()
    row = next(r for r in report.table(rm.ABSENT_LIST).rows if r[1] == "吴勇")
    assert row[-2:] == ("未签到", "登记由吴父代参加，代参加人未签到（生病）")
    assert report.totals.substitute == sc.EXPECTED_TOTAL[5]      # counts only once someone arrives


def test_desk_copies_show_only_the_last_four_phone_digits():
    from ceremony.reports.service import shown_phone
    assert shown_phone("13807690010", full=True) == "13807690010"
    assert shown_phone("13807690010", full=False) == "*******0010"
    assert shown_phone("", full=False) == ""
