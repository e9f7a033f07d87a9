"""The live board: figures, leaders cue, seat map colouring, the welcome display."""

import pytest

from ceremony import attendance
from ceremony.event import Event
from ceremony.checkin.health import HealthReading

FINE = HealthReading(36.5, "green", False, True)

@pytest.fixture(autouse=True)
def _chinese_ui(request):
    """Texts are asserted in Chinese; another test may have installed English."""
    if "qtbot" in request.fixturenames or "qapp" in request.fixturenames:
        from ui.i18n import install_language
        request.getfixturevalue("qapp")
        install_language("zh")



@pytest.fixture
def seated(small_event):
    seating = small_event.seating
    seating.auto_seat()
    return small_event


def test_seat_map_follows_arrivals_and_seat_shows_on_result(seated, cast, clock):
    desk = seated.checkin
    leader, away, waiting = cast.leader.id, cast.hosts[0].id, cast.hosts[1].id
    result = desk.check_in_code(seated.badge_code(leader), health=FINE)
    assert result.seat == seated.seating.seat_label(leader) and result.seat.startswith("主席台")
    desk.mark(away, "leave", "出差")
    board = desk.board()
    by_person = {s.attendee_id: s for s in board.seats if s.attendee_id}
    assert by_person[leader].state == "present" and by_person[away].state == "leave"
    assert by_person[waiting].state == "pending"
    assert all(s.zone for s in board.seats if s.attendee_id and s.section_kind == "hall")
    zones = {g.name: g.tally for g in board.by_zone}
    assert sum(t.expected for t in zones.values()) == board.total.expected
    assert board.total.leave == attendance.tally(attendance.attendance_states(seated).values()).leave


def test_leaders_all_here_cue(small_event, clock):
    desk = small_event.checkin
    leaders = [p for p in small_event.attendees() if p.on_rostrum]
    for p in leaders[:-1]:
        desk.check_in_attendee(p.id, health=FINE)
    board = desk.board()
    assert [p.id for p in board.leaders_pending] == [leaders[-1].id] and not board.leaders_all_here
    desk.mark(leaders[-1].id, "leave", "临时公务")
    assert desk.board().leaders_all_here


def test_seat_map_widget_counts(qtbot, seated, cast):
    from ui.checkin.board_charts import BoardSeatMap
    seated.checkin.check_in_attendee(cast.students[0].id, health=FINE)
    seated.checkin.mark(cast.students[1].id, "absent")
    widget = BoardSeatMap()
    qtbot.addWidget(widget)
    widget.set_seats(seated.checkin.board().seats)
    counts = widget.counts()
    assert counts["arrived"] == 1 and counts["away"] == 1
    assert counts["waiting"] == seated.repo.assignment_count() - 2
    widget.resize(600, 400)
    widget.grab()                                   # paints without errors


def test_board_panel_models_and_refresh_on_change(qtbot, qtmodeltester, small_event, cast):
    from ui.checkin.board_panel import BoardPanel
    from ui.context import EventContext
    ctx = EventContext(small_event)
    panel = BoardPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.refreshed, timeout=3000):
        ctx.apply(small_event.checkin.check_in_attendee(cast.leader.id, health=FINE).changes)
    assert panel.board.total.arrived == 1
    assert f"应到 {len(cast.everyone)}" in panel.totals.text() and "实到 1" in panel.totals.text()
    qtmodeltester.check(panel.category_model)
    qtmodeltester.check(panel.zone_model)
    panel.timeline.grab()


def test_welcome_window_shows_the_latest_guest(qtbot, small_event, cast, clock):
    from ui.checkin.welcome_window import WelcomeWindow
    latest = cast.colleges[0]
    small_event.checkin.check_in_attendee(cast.leader.id, health=FINE)
    clock.advance(minutes=1)
    small_event.checkin.check_in_attendee(latest.id, health=FINE)
    window = WelcomeWindow(small_event.info.name, small_event.info.theme)
    qtbot.addWidget(window)
    window.show_board(small_event.checkin.board())
    assert latest.name in window.greeting.text()
    assert "实到 2" in window.count.text()
    window.show_on(5)                                # out of range: the last screen
    assert window.isFullScreen() or window.isVisible()
    window.close()


def test_board_roster_cache_follows_other_writers(small_event, cast, tmp_path, clock):
    desk = small_event.checkin
    desk.board()
    host = cast.hosts[0].id                                   # a rostrum leader
    small_event.roster.update(small_event.attendee(host).with_(name="新名字"))
    assert "新名字" in [p.name for p in desk.board().leaders_pending]
    other = Event.open(small_event.path, clock=clock)         # another desk on the same file
    other.checkin.walk_in("他台来宾", health_reading=FINE)
    other.close()
    assert desk.board().total.expected == len(cast.everyone) + 1 and desk.board().total.arrived == 1


def test_board_shows_the_hosts_guest_list_live(qtbot, small_event):
    """Issue 16: the 主持词嘉宾名单 on the board lists the leaders and guests who arrived, in protocol order."""
    from ui.checkin.board_panel import BoardPanel
    from ui.context import EventContext
    panel = BoardPanel(EventContext(small_event))
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    assert "尚无领导和嘉宾签到" in panel.host_list.text()
    leader = min((p for p in small_event.attendees() if p.on_rostrum), key=lambda p: p.rank)
    small_event.checkin.check_in_code(small_event.badge_code(leader.id))
    panel.refresh()
    assert leader.name in panel.host_list.text() and "（1 位）" in panel.host_list.text()
