"""The live board on the check-in page: figures, rostrum leaders, arrivals per 5 minutes, seat map."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QGridLayout, QGroupBox, QHeaderView, QLabel, QSplitter, QTableView, QTabWidget,
                               QVBoxLayout, QWidget)

from ceremony.reports import host_lines
from ui import messages
from ui.checkin.board_charts import BoardSeatMap, BoardTimelineChart
from ui.checkin.board_figure_model import BoardFigureModel
from ui.context import EventContext

REFRESH_DELAY_MS = 400        # many scans in a burst refresh the board once
POLL_MS = 10_000              # other desks writing to the same file


class BoardPanel(QWidget):
    refreshed = Signal(object)    # ceremony.checkin.board.Board

    def __init__(self, ctx: EventContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.board = None
        self.live = False           # keep refreshing while hidden (the welcome display is open)
        self.totals = QLabel(self)
        font = QFont()
        font.setPointSize(18)
        font.setBold(True)
        self.totals.setFont(font)
        self.totals.setWordWrap(True)
        self.leaders = QLabel(self)
        self.leaders.setWordWrap(True)
        self.leaders.setFont(font)
        self.host_list = QLabel(self)          # 主持词嘉宾名单: who the host reads out, live from the check-ins
        self.host_list.setWordWrap(True)
        self.host_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.conflicts = QLabel(self)          # guests let in at two desks: counted once, listed here
        self.conflicts.setWordWrap(True)
        self.conflicts.setStyleSheet("color: #b25e00;")
        self.conflicts.hide()
        self.category_model = BoardFigureModel(self)
        self.zone_model = BoardFigureModel(self)
        self.tables = QTabWidget(self)
        for model in (self.category_model, self.zone_model):
            view = QTableView(self)
            view.setModel(model)
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.tables.addTab(view, "")
        self.timeline = BoardTimelineChart(self)
        self.seat_map = BoardSeatMap(self)
        self.timeline_box = QGroupBox(self)
        QVBoxLayout(self.timeline_box).addWidget(self.timeline)
        self.map_box = QGroupBox(self)
        QVBoxLayout(self.map_box).addWidget(self.seat_map)
        self._layout()
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS, timeout=self.refresh)
        self._poll = QTimer(self, interval=POLL_MS, timeout=self.schedule_refresh)
        self._poll.start()
        ctx.changed.connect(self._on_changed)
        self.retranslate_ui()

    def _layout(self) -> None:
        split = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(split)
        grid = QGridLayout(left)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.totals, 0, 0)
        grid.addWidget(self.leaders, 1, 0)
        grid.addWidget(self.host_list, 2, 0)
        grid.addWidget(self.conflicts, 3, 0)
        grid.addWidget(self.tables, 4, 0)
        grid.addWidget(self.timeline_box, 5, 0)
        split.addWidget(left)
        split.addWidget(self.map_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def retranslate_ui(self) -> None:
        self.tables.setTabText(0, self.tr("按类别"))
        self.tables.setTabText(1, self.tr("按区域"))
        self.timeline_box.setTitle(self.tr("每5分钟签到人数（橙色为开始后）"))
        self.map_box.setTitle(self.tr("座位图（绿：已到；区色：未到；灰：请假/缺席）"))
        self._show()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.schedule_refresh()

    def _on_changed(self, changes) -> None:
        if changes.checkins or changes.attendees or changes.seats or changes.venue or changes.event:
            self.schedule_refresh()

    def schedule_refresh(self) -> None:
        self._timer.start()

    def refresh(self) -> None:
        """Recompute the figures when someone looks at them (this panel or the welcome display)."""
        if not (self.isVisible() or self.live):
            return
        try:
            self.board = self.ctx.event.checkin.board()
        except Exception as exc:  # noqa: BLE001 - the board must never take the desk down (nor pop up dialogs)
            self.totals.setText(self.tr("签到实况无法刷新：") + messages.error_text(exc))
            return
        self._show()
        self.refreshed.emit(self.board)

    def _show(self) -> None:
        b = self.board
        if b is None:
            self.totals.setText(self.tr("正在统计…"))
            return
        t = b.total
        self.totals.setText(self.tr("应到 %1　实到 %2　未到 %3　请假 %4　缺席 %5　迟到 %6　健康未通过 %7")
                            .replace("%1", str(t.expected)).replace("%2", str(t.arrived))
                            .replace("%3", str(t.pending)).replace("%4", str(t.leave)).replace("%5", str(t.absent))
                            .replace("%6", str(t.late)).replace("%7", str(b.refused)))
        self.leaders.setText(self.leaders_text(b))
        self.leaders.setStyleSheet("color: #1b7f3b;" if b.leaders_all_here else "color: #c62828;")
        self.conflicts.setText(self.conflicts_text(b))
        self.conflicts.setVisible(bool(b.conflicts))
        self.host_list.setText(self.host_list_text())
        self.category_model.set_rows(b.by_category, t)
        self.zone_model.set_rows(b.by_zone, t)
        self.timeline.set_data(b.timeline, b.starts_at)
        self.seat_map.set_seats(b.seats)

    def host_list_text(self) -> str:
        """The host's guest list as it stands (only who arrived, in protocol order): read out at 9:55."""
        lines = host_lines(self.ctx.event)
        if not lines:
            return self.tr("主持词嘉宾名单：尚无领导和嘉宾签到")
        return self.tr("主持词嘉宾名单（%1 位）：%2").replace("%1", str(len(lines))).replace(
            "%2", "，".join(line.text for line in lines))

    def conflicts_text(self, b) -> str:
        """Double arrivals from desks that worked apart: each guest counts once; both rows stay in the log."""
        if not b.conflicts:
            return ""
        items = "；".join(self.tr("%1（计 %2 %3，另 %4 %5）").replace("%1", c.name).replace("%2", c.counted_at[11:19])
                         .replace("%3", c.counted_desk).replace("%4", c.at[11:19]).replace("%5", c.desk)
                         for c in b.conflicts[:20])
        return self.tr("重复签到 %1 人，只计一次：%2").replace("%1", str(len(b.conflicts))).replace("%2", items)

    def leaders_text(self, b) -> str:
        if not b.leaders:
            return self.tr("名单中没有主席台领导")
        if b.leaders_all_here:
            return self.tr("✔ 主席台领导已到齐（%1 位），可以通知主持人").replace("%1", str(len(b.leaders)))
        names = "、".join(p.name for p in b.leaders_pending)
        return self.tr("主席台领导未到 %1 位：%2").replace("%1", str(len(b.leaders_pending))).replace("%2", names)
