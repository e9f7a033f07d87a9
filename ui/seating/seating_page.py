"""座位 page: the plan drawn to scale, drag to move, lock, clear, auto-seat, search, charts and exports."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QListWidgetItem,
                               QPlainTextEdit, QProgressDialog, QScrollArea, QSplitter, QToolBar, QToolButton,
                               QVBoxLayout, QWidget)

from ceremony.errors import CeremonyError
from ceremony.seating import ChartData, log_chart, render_seating_pdf, rostrum_numbers

from ui import file_dialogs, messages
from ui.context import EventContext
from ui.jobs import Job
from ui.operation_command import push_operation
from ui.seating.seating_person_list import SeatingPersonList
from ui.seating.seating_rules_dialog import SeatingRulesDialog
from ui.seating.seating_scene import SeatingScene
from ui.seating.seating_view import SeatingView
from ui.seating.venue_actions import VenueActions

FULL_REFRESH = 60        # more changed people than this: refresh every seat's occupant


class SeatingPage(QWidget):
    def __init__(self, ctx: EventContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._unseated_ids: set[int] = set()
        self.scene = SeatingScene(self)
        self.view = SeatingView(self.scene, self)
        self.view.move_requested.connect(self.move_person)
        self.view.delete_pressed.connect(self.unassign_selected)
        self.view.seat_clicked.connect(self._show_seat)
        self.venue = VenueActions(self)
        self._build()
        ctx.changed.connect(self._on_changed)
        self.rebuild()
        self.retranslate_ui()

    # --- building -----------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.toolbar = QToolBar(self)
        self.actions_ = {}
        for key, slot in [("auto", self.auto_seat), ("assign", self.assign_selected_person),
                          ("lock", lambda: self.set_locked(True)), ("unlock", lambda: self.set_locked(False)),
                          ("unassign", self.unassign_selected), ("clear", self.clear_all), (None, None),
                          ("zoom_in", lambda: self.view.zoom(1.25)), ("zoom_out", lambda: self.view.zoom(0.8)),
                          ("fit", self.view.fit_all), ("leaders_view", self.toggle_view), (None, None),
                          ("chart", self.export_chart),
                          ("export", self.export_assignments)]:
            if key is None:
                self.toolbar.addSeparator()
                continue
            action = QAction(self)
            action.triggered.connect(slot)
            self.toolbar.addAction(action)
            self.actions_[key] = action
        self.actions_["leaders_view"].setCheckable(True)
        self.builder_button = QToolButton(self)        # a new event's first step on this page
        self.builder_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.builder_button.setDefaultAction(self.venue.actions["builder"])
        self.builder_button.setStyleSheet("QToolButton { font-weight: bold; color: #ffffff; background: #b03a2e;"
                                          " padding: 3px 10px; border-radius: 3px; }")
        # Shown and hidden through its tool-bar action: a widget hidden directly stays hidden in the overflow menu.
        self.builder_button_action = self.toolbar.insertWidget(self.toolbar.actions()[0], self.builder_button) \
            if self.toolbar.actions() else self.toolbar.addWidget(self.builder_button)
        self.venue_button = QToolButton(self)
        self.venue_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.venue_button.setMenu(self.venue.menu)
        self.toolbar.addWidget(self.venue_button)
        self.search = QLineEdit(self)
        self.search.textChanged.connect(self.run_search)
        self.search.returnPressed.connect(self._first_result)
        self.results = SeatingPersonList(self)
        self.results.currentItemChanged.connect(lambda item, _old: self._person_chosen(item))
        self.unseated = SeatingPersonList(self)
        self.unseated.currentItemChanged.connect(lambda item, _old: self._person_chosen(item))
        self.seat_info = QLabel(self)
        self.seat_info.setWordWrap(True)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.results_label, self.unseated_label, self.report_label = QLabel(self), QLabel(self), QLabel(self)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        for widget in (self.search, self.results_label, self.results, self.seat_info, self.legend,
                       self.unseated_label, self.unseated, self.report_label, self.report):
            side_layout.addWidget(widget)
        side.setMinimumWidth(260)
        side_scroll = QScrollArea(self)           # a 768-pixel laptop screen scrolls the side column
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        side_scroll.setMinimumWidth(280)
        side_scroll.setWidget(side)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(side_scroll)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        row = QHBoxLayout()
        row.addWidget(splitter)
        layout.addLayout(row)

    def retranslate_ui(self) -> None:
        texts = {"auto": self.tr("自动排座…"), "assign": self.tr("安排到所选座位"), "lock": self.tr("锁定"),
                 "unlock": self.tr("解锁"), "unassign": self.tr("移出座位"), "clear": self.tr("清空座位"),
                 "zoom_in": self.tr("放大"), "zoom_out": self.tr("缩小"), "fit": self.tr("全览"), "leaders_view": self.tr("主席台视角"),
                 "chart": self.tr("座次图 PDF…"), "export": self.tr("导出座位表…")}
        for key, text in texts.items():
            self.actions_[key].setText(text)
        self.venue_button.setText(self.tr("会场"))
        self.venue.retranslate_ui()
        self.search.setPlaceholderText(self.tr("查找：姓名、拼音、首字母、手机后4位"))
        self.view.setToolTip(self.tr("拖动姓名到另一座位（有人则对调）；从右侧名单拖到座位即安排；"
                                     "滚轮缩放，中键拖动平移，拖框多选"))
        self.results_label.setText(self.tr("查找结果"))
        self.unseated_label.setText(self.tr("未安排座位"))
        self.report_label.setText(self.tr("排座结果"))
        self._fill_unseated()

    # --- drawing ------------------------------------------------------------------------------------------
    def rebuild(self) -> None:
        """Build every seat item again (after venue edits or opening the page)."""
        event = self.ctx.event
        plan = event.seating.plan()
        self._people = {p.id: p for p in event.attendees()}
        names = {aid: p.name for aid, p in self._people.items()}
        self._numbers = rostrum_numbers(plan, self._people)
        leaders = self.actions_["leaders_view"].isChecked()
        self.scene.build(plan, names, self._numbers, leaders_view=leaders)
        if plan:
            self.scene.set_view_label(self.tr("主席台视角") if leaders else self.tr("台下视角"))
        self._fill_unseated()
        self._fill_legend()
        empty = not plan
        self.builder_button_action.setVisible(empty)     # prominent while there is no hall; always in 会场
        if empty:
            hint = self.scene.addSimpleText(self.tr("还没有会场：点工具栏上的「会场向导」建主席台和台下座位，"
                                                    "或从「会场」菜单载入会场文件"))
            font = hint.font()
            font.setPixelSize(16)
            hint.setFont(font)
            self.scene.setSceneRect(hint.sceneBoundingRect().adjusted(-20, -20, 20, 20))

    def toggle_view(self) -> None:
        """台下视角 ↔ 主席台视角 (mirrored, rostrum at the bottom); the highlighted person stays marked."""
        self.rebuild()
        person = getattr(self, "_chosen_person", None)
        if person is not None and self.search.text().strip():
            self.highlight_person(person)

    def _fill_legend(self) -> None:
        """Zone colours with how many seats each zone has and how many are taken."""
        totals: dict[str, list[int]] = {}
        for s in (item.seat for item in self.scene.items_by_seat.values()):
            if s.zone_name:
                entry = totals.setdefault(s.zone_name, [0, 0])
                entry[0] += 1
                entry[1] += 1 if s.attendee_id else 0
        colors = {z.name: z.color for z in self.ctx.event.seating.zones()}
        rows = "".join(f'<tr><td style="background:{colors.get(name, "#ddd")}">&nbsp;&nbsp;&nbsp;&nbsp;</td>'
                       f"<td>&nbsp;{name}</td><td align=right>&nbsp;{used}/{total}</td></tr>"
                       for name, (total, used) in totals.items())
        title = self.tr("分区（已坐/座位）")
        self.legend.setText(f"<b>{title}</b><table>{rows}</table>")

    def refresh_people(self, attendee_ids) -> None:
        """Repaint only the seats these people left or took (fast path after a move)."""
        event = self.ctx.event
        updates = {}
        for aid in attendee_ids:
            old = self.scene.item_for_attendee(aid)
            if old is not None:
                updates[old.seat_id] = (None, "", False, None)
        for aid in attendee_ids:
            try:
                person = event.attendee(aid)
            except CeremonyError:
                self._people.pop(aid, None)
                continue
            self._people[aid] = person
            seat = event.seating.seat_of(aid)
            if seat is not None:
                updates[seat.id] = (aid, person.name, bool(seat.locked), None)
        self._renumber_rostrum(updates)
        self.scene.set_occupants(updates)

    def _renumber_rostrum(self, updates: dict) -> None:
        """Rank numbers on the rostrum follow who sits there; recompute them when the rostrum changed."""
        rostrum = [i for i in self.scene.items_by_seat.values() if i.seat.section_kind == "rostrum"]
        if not any(i.seat_id in updates for i in rostrum):
            return
        seats = [i.seat.with_(attendee_id=updates[i.seat_id][0] if i.seat_id in updates else i.attendee_id)
                 for i in rostrum]
        self._numbers = rostrum_numbers(seats, self._people)
        for item, seat in zip(rostrum, seats):
            aid = seat.attendee_id
            current = updates.get(item.seat_id, (aid, item.name, bool(item.seat.locked), None))
            updates[item.seat_id] = (current[0], current[1], current[2], self._numbers.get(aid))

    def _on_changed(self, changes) -> None:
        if changes.venue:
            self.rebuild()
        elif changes.seats or changes.attendees:
            if changes.ids and len(changes.ids) <= FULL_REFRESH:
                self.refresh_people(changes.ids)
                seated = self.scene.seat_of_attendee
                if changes.attendees or any((aid in self._unseated_ids) == (aid in seated) for aid in changes.ids):
                    self._fill_unseated()           # someone gained or lost a seat, or their details changed
                self._fill_legend()
            else:
                self.rebuild()

    def _fill_unseated(self) -> None:
        from ceremony.seating import expected, rank_key
        if not hasattr(self, "_people"):
            return
        seated = set(self.scene.seat_of_attendee)
        waiting = sorted((p for p in self._people.values() if expected(p) and p.id not in seated), key=rank_key)
        self._unseated_ids = {p.id for p in waiting}
        self.unseated.clear()
        for p in waiting:
            item = QListWidgetItem(f"{p.name}  {p.unit}")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.unseated.addItem(item)
        self.unseated_label.setText(self.tr("未安排座位（%1人）").replace("%1", str(len(waiting))))

    # --- search ---------------------------------------------------------------------------------------------
    def run_search(self, text: str) -> None:
        self.results.clear()
        if not text.strip():
            self.scene.highlight(None)
            return
        for p in self.ctx.event.roster.search(text, 20):
            seat = self.ctx.event.seating.seat_message(p.id)
            label = messages.message_text(seat) if seat else self.tr("未排座")
            item = QListWidgetItem(f"{p.name}  {label}")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.results.addItem(item)

    def _first_result(self) -> None:
        if self.results.count():
            self.results.setCurrentRow(0)

    def _person_chosen(self, item) -> None:
        if item is None:
            return
        self.highlight_person(item.data(Qt.ItemDataRole.UserRole))

    def highlight_person(self, attendee_id: int) -> None:
        """Mark the person's seat in red and bring it into view."""
        self._chosen_person = attendee_id
        seat = self.scene.item_for_attendee(attendee_id)
        self.scene.highlight(seat)
        if seat is not None:
            self.view.centerOn(seat)
            self._show_seat(seat.seat_id)

    def _show_seat(self, seat_id: int) -> None:
        item = self.scene.items_by_seat.get(seat_id)
        if item is not None:
            self.seat_info.setText(item.toolTip())

    # --- changes (every one undoable) ----------------------------------------------------------------------
    def _push(self, make_operation, text: str) -> bool:
        try:
            operation = make_operation()
        except Exception as exc:  # noqa: BLE001 - a refused change is a message, never a traceback
            messages.show_error(self, exc, self.tr("无法调整座位"))
            return False
        if not operation.states:
            return False
        return push_operation(self.ctx, operation, text)

    def move_person(self, attendee_id: int, seat_id: int) -> bool:
        name = self._people.get(attendee_id).name if attendee_id in self._people else ""
        return self._push(lambda: self.ctx.event.seating.move_operation(attendee_id, seat_id),
                          self.tr("移动 %1").replace("%1", name))

    def assign_selected_person(self) -> None:
        seats = self.scene.selected_seats()
        person = getattr(self, "_chosen_person", None)
        if person is None or len(seats) != 1:
            messages.show_notice(self, self.tr("请先在右侧选择一个人，再在图上选择一个座位"))
            return
        self.move_person(person, seats[0].seat_id)

    def set_locked(self, locked: bool) -> None:
        ids = [i.seat_id for i in self.scene.selected_seats()]
        self._push(lambda: self.ctx.event.seating.lock_operation(ids, locked),
                   self.tr("锁定座位") if locked else self.tr("解锁座位"))

    def unassign_selected(self) -> None:
        ids = [i.seat_id for i in self.scene.selected_seats()]
        self._push(lambda: self.ctx.event.seating.unassign_operation(ids), self.tr("移出座位"))

    def clear_all(self) -> None:
        if messages.ask(self, self.tr("清空座位"), self.tr("清空所有未锁定的座位？可以撤销。")):
            self._push(lambda: self.ctx.event.seating.clear_operation(), self.tr("清空座位"))

    def auto_seat(self) -> None:
        event = self.ctx.event
        from ceremony.seating import expected, rank_key
        rostrum_people = [(p.id, p.name) for p in sorted(event.attendees(), key=rank_key)
                          if p.on_rostrum and expected(p)]
        sizes: dict[int, int] = {}
        for s in event.seating.plan():
            if s.section_kind == "rostrum" and not s.blocked and not s.reserved:
                sizes[s.row] = sizes.get(s.row, 0) + 1
        dialog = SeatingRulesDialog(event.seating.rules(), rostrum_people, len(sizes), self,
                                    row_sizes=[sizes[r] for r in sorted(sizes)])
        if dialog.exec() != SeatingRulesDialog.Accepted:
            return
        self.run_auto_seat(dialog.rules(), fresh=dialog.fresh.isChecked())

    def run_auto_seat(self, rules, fresh: bool = False) -> None:
        """Auto-seat with ``rules`` as one undoable step and show who could not be seated."""
        from ceremony.seating import NotEnoughSeats
        event = self.ctx.event
        try:
            try:
                result = event.seating.auto_seat(rules, apply=False, fresh=fresh)
            except NotEnoughSeats as exc:
                if not messages.ask(self, self.tr("座位不足"), messages.error_text(exc) + "\n\n" + self.tr("仍安排坐得下的人？")):
                    return
                result = event.seating.auto_seat(rules, apply=False, fresh=fresh, allow_overflow=True)
            self.ctx.apply(event.seating.set_rules(rules))
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc, self.tr("自动排座失败"))
            return
        if result.operation.states:
            push_operation(self.ctx, result.operation, self.tr("自动排座"))
        self.report.setPlainText(self._report_text(result))

    def _report_text(self, result) -> str:
        lines = [self.tr("已排座 %1 人，变动 %2 个座位").replace("%1", str(result.assigned))
                 .replace("%2", str(len(result.operation.states)))]
        lines += [self.tr("注意：") + messages.message_text(w) for w in result.warnings]
        if result.unseated:
            lines.append(self.tr("未安排 %1 人：").replace("%1", str(len(result.unseated))))
            lines += [f"  {name} — {messages.message_text(why)}" for _, name, why in result.unseated]
        return "\n".join(lines)

    # --- output -------------------------------------------------------------------------------------------------
    def export_chart(self) -> None:
        """Paper, view and contents in a dialog of their own, then where to save the PDF."""
        from ui.seating import chart_dialog
        view = "rostrum" if self.actions_["leaders_view"].isChecked() else "audience"
        chosen = chart_dialog.ask_chart_options(self, view)
        if chosen:
            self.save_chart(*chosen)

    def save_chart(self, paper: str = "A3", view: str = "audience", kind: str = "all") -> None:
        path, _ = file_dialogs.get_save_file_name(self, self.tr("座次图 PDF"), self.tr("座次图.pdf"),
                                                  self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.write_chart(path, paper, view, kind)

    def write_chart(self, path: str, paper: str = "A3", view: str = "audience", kind: str = "all") -> Job:
        """Render the chart, the 桌签摆放单 and the zone lists in the background, behind a busy dialog with a
        cancel button. The data is read here, in the GUI thread; the job only draws it."""
        data, event = ChartData(self.ctx.event), self.ctx.event
        job = Job(lambda ctl: render_seating_pdf(data, path, paper, view, kind, cancelled=ctl.cancelled), self)
        dialog = QProgressDialog(self.tr("正在生成座次图…"), self.tr("取消"), 0, 0, self)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(job.cancel)
        job.finished.connect(dialog.reset)
        job.finished.connect(job.deleteLater)

        def written(pages: int) -> None:
            log_chart(event, path, paper, view, kind)
            self.chart_written(path, pages)

        job.succeeded.connect(written)
        job.failed.connect(lambda exc: messages.show_error(self, exc, self.tr("无法生成座次图")))
        return job.start()

    def chart_written(self, path: str, pages: int) -> None:
        self.report.setPlainText(self.tr("已生成座次图 %1（%2 页）").replace("%1", path).replace("%2", str(pages)))

    def export_assignments(self) -> None:
        from ceremony.seating import export_assignments
        path, _ = file_dialogs.get_save_file_name(self, self.tr("导出座位表"), "座位表.xlsx",
                                              "Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)")
        if not path:
            return
        try:
            export_assignments(self.ctx.event, path)
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc, self.tr("无法导出"))
