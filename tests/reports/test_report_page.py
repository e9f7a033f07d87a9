"""The 报表 page: live figures that agree with the scripted morning, charts, tables, exports."""

from __future__ import annotations

from datetime import datetime

import openpyxl
import pytest

import report_scenario as sc
from ceremony.reports import model as rm
from ceremony.checkin.health import HealthReading


@pytest.fixture
def page(qtbot, tmp_path, clock):
    from ui.context import EventContext
    from ui.reports.report_page import ReportPage

    event, ids = sc.build_event(tmp_path / "s.ceremony", clock)
    ctx = EventContext(event)
    widget = ReportPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.ids = ids
    yield widget
    widget.close()
    event.close()


def _tile(page, key) -> str:
    return page.tiles[key].text()


def test_figures_tables_and_sentence_match_the_hand_count(page, qtmodeltester):
    expected, arrived, late, leave, absent, sub = sc.EXPECTED_TOTAL
    assert f">{expected}<" in _tile(page, "expected") and f">{arrived}<" in _tile(page, "arrived")
    assert f">{late}<" in _tile(page, "late") and f">{absent}<" in _tile(page, "absent")
    assert ">57.1%<" in _tile(page, "rate")
    assert "3" in _tile(page, "absent").split("</div>")[1]     # 缺席（含未签到 3）
    model = page.models[rm.BY_CATEGORY]
    qtmodeltester.check(model)
    from PySide6.QtCore import Qt
    got = {model.index(r, 0).data(): tuple(model.index(r, c).data(Qt.UserRole) for c in range(1, 7))
           for r in range(model.rowCount())}
    assert got == {**sc.EXPECTED_BY_CATEGORY, "合计": sc.EXPECTED_TOTAL}
    assert model.index(model.rowCount() - 1, 7).data() == "57.1%"
    assert page.models[rm.CHECKINS].rowCount() == sc.EXPECTED_DETAIL_ROWS
    assert page.release_text.toPlainText() == sc.EXPECTED_SENTENCE
    assert page.tabs.count() == len(rm.SECTIONS)


def test_charts_show_arrivals_with_the_start_marked_and_categories(page):
    chart = page.arrivals_chart
    assert list(zip(chart.labels, chart.series[0].values)) == sc.EXPECTED_BINS
    assert chart.marker[0] == 6 and "10:00" in chart.marker[1]
    cats = page.category_chart
    assert cats.labels == tuple(sc.EXPECTED_BY_CATEGORY)
    assert cats.series[1].values == tuple(v[1] for v in sc.EXPECTED_BY_CATEGORY.values())
    image = page.grab().toImage()
    assert not image.isNull()


def test_page_refreshes_after_a_check_in(page, qtbot, clock):
    clock.set(10, 30)
    result = page.ctx.event.checkin.check_in_attendee(page.ids["student_d"], health=HealthReading(36.4, "green"))
    assert result.status == "ok"
    from ceremony.models import Changes
    page._timer.setInterval(50)            # the real throttle is a second; the path is the same
    page.ctx.apply(Changes(checkins=True))
    qtbot.waitUntil(lambda: f">{sc.EXPECTED_TOTAL[1] + 1}<" in _tile(page, "arrived"), timeout=3000)
    assert f">{sc.EXPECTED_TOTAL[2] + 1}<" in _tile(page, "late")
    board = page.ctx.event.checkin.board()
    assert board.total.arrived == page.report.totals.arrived


def test_export_workbook_from_the_page(page, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "out" / "报表.xlsx"
    target.parent.mkdir()
    monkeypatch.setattr("ui.reports.report_page.choose_path", lambda *a: str(target))
    page.export_buttons["xlsx"].click()
    qtbot.waitUntil(lambda: page.job is None, timeout=10000)
    assert str(target) in page.status_label.text()
    wb = openpyxl.load_workbook(target, data_only=True)
    total = next(r for r in wb["出席情况统计（按类别）"].iter_rows(min_row=2) if r[0].value == "合计")
    assert tuple(c.value for c in total[1:7]) == sc.EXPECTED_TOTAL


def test_export_one_section_as_csv(page, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr("ui.reports.report_page.choose_path", lambda *a: str(tmp_path / "leave"))
    page.section_combo.setCurrentIndex(page.section_combo.findData(rm.LEAVE_LIST))
    page.export_buttons["csv"].click()
    qtbot.waitUntil(lambda: page.job is None, timeout=10000)
    text = (tmp_path / "leave.csv").read_text(encoding="utf-8-sig")
    assert "温豪" in text and "出差" in text


def test_export_failure_is_a_message_not_a_traceback(page, qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("ui.reports.report_page.choose_path", lambda *a: str(tmp_path / "gone" / "r.pdf"))
    monkeypatch.setattr("ui.messages.show_error", lambda parent, exc, title="": shown.append(exc))
    page.export_buttons["pdf"].click()
    qtbot.waitUntil(lambda: page.job is None, timeout=10000)
    assert shown and "无法写入" in shown[0].message
    assert page.export_buttons["pdf"].isEnabled()


def test_cancelled_export_leaves_no_file(page, qtbot, tmp_path, monkeypatch):
    from ui.jobs import Job

    monkeypatch.setattr("ui.reports.report_page.choose_path", lambda *a: str(tmp_path / "r.pdf"))
    real_start = Job.start
    monkeypatch.setattr(Job, "start", lambda self: (self.cancel(), real_start(self))[1])   # cancel at once
    page.export_buttons["pdf"].click()
    qtbot.waitUntil(lambda: page.job is None, timeout=10000)
    assert page.status_label.text() == "已取消导出"
    assert list(tmp_path.glob("r.pdf*")) == [] and list(tmp_path.glob(".r.pdf*")) == []


def test_english_headers_are_translatable(page):
    from ui.reports.report_table_model import KNOWN_TITLES
    for table in page.report.tables:
        for column in table.columns:
            assert column.title in KNOWN_TITLES


def test_clock_is_the_events(page):
    assert page.report.generated_at == datetime(2020, 11, 25, 10, 20)


def test_hidden_page_builds_only_when_shown(qtbot, tmp_path, clock):
    from ceremony.models import Changes
    from ui.context import EventContext
    from ui.reports.report_page import ReportPage

    event, ids = sc.build_event(tmp_path / "h.ceremony", clock)
    ctx = EventContext(event)
    hidden = ReportPage(ctx)
    qtbot.addWidget(hidden)
    assert hidden.report is None                       # nothing built at start-up
    hidden.show()
    qtbot.waitUntil(lambda: hidden.report is not None)
    hidden.hide()
    clock.set(10, 40)
    event.checkin.check_in_attendee(ids["student_d"], health=HealthReading(36.4, "green"))
    ctx.apply(Changes(checkins=True))
    assert hidden._timer.isActive()
    hidden._timer.stop()
    hidden._refresh_if_visible()                        # what the debounce timer does when it fires
    assert hidden.report.totals.arrived == sc.EXPECTED_TOTAL[1]     # hidden: not rebuilt yet
    hidden.show()
    assert hidden.report.totals.arrived == sc.EXPECTED_TOTAL[1] + 1
    event.close()


def test_copy_puts_the_release_sentence_on_the_clipboard(page):
    from PySide6.QtWidgets import QApplication
    page.copy_button.click()
    assert QApplication.clipboard().text() == sc.EXPECTED_SENTENCE
