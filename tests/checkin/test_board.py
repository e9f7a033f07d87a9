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
def seated(demo_event):
    seating = demo_event.seating
    seating.auto_seat()
    return demo_event


def test_seat_map_follows_arrivals_and_seat_shows_on_result(seated, clock):
    desk = seated.checkin
    result = desk.check_in_code(seated.badge_code(1), health=FINE)
    assert result.seat == seated.seating.seat_label(1) and result.seat.startswith("主席台")
    desk.mark(2, "leave", "出差")
    board = desk.board()
    by_person = {s.attendee_id: s for s in board.seats if s.attendee_id}
    assert by_person[1].state == "present" and by_person[2].state == "leave"
    assert by_person[3].state == "pending"
    assert all(s.zone for s in board.seats if s.attendee_id and s.section_kind == "hall")
    zones = {g.name: g.tally for g in board.by_zone}
    assert sum(t.expected for t in zones.values()) == board.total.expected
    assert board.total.leave == attendance.tally(attendance.attendance_states(seated).values()).leave


def test_leaders_all_here_cue(demo_event, clock):
    desk = demo_event.checkin
    leaders = [p for p in demo_event.attendees() if p.on_rostrum]
    for p in leaders[:-1]:
        desk.check_in_attendee(p.id, health=FINE)
    board = desk.board()
    assert [p.id for p in board.leaders_pending] == [leaders[-1].id] and not board.leaders_all_here
    desk.mark(leaders[-1].id, "leave", "临时公务")
    assert desk.board().leaders_all_here


def test_seat_map_widget_counts(qtbot, seated):
    from ui.checkin.board_charts import BoardSeatMap
    seated.checkin.check_in_attendee(1, health=FINE)
    seated.checkin.mark(2, "absent")
    widget = BoardSeatMap()
    qtbot.addWidget(widget)
    widget.set_seats(seated.checkin.board().seats)
    counts = widget.counts()
    assert counts["arrived"] == 1 and counts["away"] == 1
    assert counts["waiting"] == seated.repo.assignment_count() - 2
    widget.resize(600, 400)
    widget.grab()                                   # paints without errors


def test_board_panel_models_and_refresh_on_change(qtbot, qtmodeltester, demo_event):
    from ui.checkin.board_panel import BoardPanel
    from ui.context import EventContext
    ctx = EventContext(demo_event)
    panel = BoardPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.refreshed, timeout=3000):
        ctx.apply(demo_event.checkin.check_in_attendee(1, health=FINE).changes)
    assert panel.board.total.arrived == 1
    assert "应到 300" in panel.totals.text() and "实到 1" in panel.totals.text()
    qtmodeltester.check(panel.category_model)
    qtmodeltester.check(panel.zone_model)
    panel.timeline.grab()


def test_welcome_window_shows_the_latest_guest(qtbot, demo_event, clock):
    from ui.checkin.welcome_window import WelcomeWindow
    demo_event.checkin.check_in_attendee(1, health=FINE)
    clock.advance(minutes=1)
    demo_event.checkin.check_in_attendee(5, health=FINE)
    window = WelcomeWindow(demo_event.info.name, demo_event.info.theme)
    qtbot.addWidget(window)
    window.show_board(demo_event.checkin.board())
    assert demo_event.attendee(5).name in window.greeting.text()
    assert "实到 2" in window.count.text()
    window.show_on(5)                                # out of range: the last screen
    assert window.isFullScreen() or window.isVisible()
    window.close()


def test_board_roster_cache_follows_other_writers(demo_event, tmp_path, clock):
    desk = demo_event.checkin
    desk.board()
    demo_event.roster.update(demo_event.attendee(2).with_(name="新名字"))
    assert demo_event.attendee(2).name in [p.name for p in desk.board().leaders_pending]
    other = Event.open(demo_event.path, clock=clock)          # another desk on the same file
    other.checkin.walk_in("他台来宾", health_reading=FINE)
    other.close()
    assert desk.board().total.expected == 301 and desk.board().total.arrived == 1
