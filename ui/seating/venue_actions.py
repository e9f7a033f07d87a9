"""The 会场 menu of the seating page: edit rows, seats and zones; load and save the venue file.

Each edit builds a new venue spec with ``ceremony.seating.venue_file`` and pushes it as one
undoable :class:`~ceremony.seating.service.VenueOperation`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu

from ceremony.seating import VenueOperation, read_venue_file, venue_file as edits
from ceremony.errors import CeremonyError

from ui import file_dialogs, messages
from ui.operation_command import push_operation
from ui.seating.venue_zone_dialog import VenueZoneDialog


class VenueActions:
    """Owns the menu; works on the page's scene selection."""

    def __init__(self, page):
        self.page = page
        self.menu = QMenu(page)
        self.actions = {}
        for key, slot in [("builder", self.open_builder), (None, None), ("add_row", self.add_row), ("remove_row", self.remove_rows),
                          ("add_right", lambda: self.add_seat("right")), ("add_left", lambda: self.add_seat("left")),
                          ("remove_seats", self.remove_seats), ("block", lambda: self.set_blocked(True)),
                          ("unblock", lambda: self.set_blocked(False)), ("reserve", self.reserve),
                          ("zone", self.set_zone), ("odd_even", lambda: self.set_numbering("odd_even")),
                          ("plain", lambda: self.set_numbering("plain")), (None, None), ("load", self.load_file), ("save", self.save_file)]:
            if key is None:
                self.menu.addSeparator()
                continue
            action = QAction(page)
            action.triggered.connect(slot)
            self.menu.addAction(action)
            self.actions[key] = action

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("VenueActions", text)

    def retranslate_ui(self) -> None:
        for key, text in {"builder": self.tr("会场向导（新建整个会场）…"), "add_row": self.tr("在后面加一排…"), "remove_row": self.tr("删除所选座位所在的排"),
                          "add_right": self.tr("所选排右端加一座（台下视角）"), "add_left": self.tr("所选排左端加一座（台下视角）"),
                          "remove_seats": self.tr("删除所选座位"), "block": self.tr("封闭所选座位"),
                          "unblock": self.tr("开放所选座位"), "reserve": self.tr("预留所选座位…"),
                          "zone": self.tr("将所选座位设为分区…"), "load": self.tr("载入会场文件…"),
                          "save": self.tr("保存会场文件…"), "odd_even": self.tr("所选区域用单双号（从中间起）"),
                          "plain": self.tr("所选区域用顺序号（从左到右）")}.items():
            self.actions[key].setText(text)

    # --- helpers ------------------------------------------------------------------------------------------
    def _selected_keys(self) -> list[tuple[str, int, int]]:
        return [(i.seat.section_name, i.seat.row, i.seat.x) for i in self.page.scene.selected_seats()]

    def _need_selection(self) -> list[tuple[str, int, int]] | None:
        keys = self._selected_keys()
        if not keys:
            messages.show_notice(self.page, self.tr("请先在图上选择座位（拖框或按住 Ctrl 点选）"))
            return None
        return keys

    def _apply(self, make_spec, text: str) -> bool:
        try:
            spec = make_spec(self.page.ctx.event.seating.venue_spec())
        except Exception as exc:  # noqa: BLE001 - a refused edit is a message
            messages.show_error(self.page, exc, self.tr("无法修改会场"))
            return False
        return push_operation(self.page.ctx, VenueOperation(spec), text)

    # --- edits ----------------------------------------------------------------------------------------------
    def add_row(self) -> None:
        sections = [s.name for s in self.page.ctx.event.seating.sections()]
        if not sections:
            # an empty venue has no section to add a row to: build the hall first
            messages.show_error(self.page, CeremonyError("venue.none_yet"),
                                self.tr("加一排"))
            self.open_builder()
            return
        keys = self._selected_keys()
        section = keys[0][0] if keys else sections[-1]
        count, ok = QInputDialog.getInt(self.page, self.tr("加一排"),
                                        self.tr("%1 新一排的座位数").replace("%1", section), 30, 1, 200)
        if ok:
            self._apply(lambda spec: edits.add_row(spec, section, count), self.tr("加一排"))

    def remove_rows(self) -> None:
        keys = self._need_selection()
        if keys:
            rows = sorted({(k[0], k[1]) for k in keys}, key=lambda k: -k[1])   # back rows first: numbers shift

            def change(spec):
                for section, row in rows:
                    spec = edits.remove_row(spec, section, row)
                return spec
            self._apply(change, self.tr("删除排"))

    def add_seat(self, side: str) -> None:
        keys = self._need_selection()
        if keys:
            section, row, _ = keys[0]
            self._apply(lambda spec: edits.add_seat(spec, section, row, side), self.tr("加座位"))

    def remove_seats(self) -> None:
        keys = self._need_selection()
        if keys:
            self._apply(lambda spec: edits.remove_seats(spec, keys), self.tr("删除座位"))

    def set_blocked(self, blocked: bool) -> None:
        keys = self._need_selection()
        if keys:
            self._apply(lambda spec: edits.set_blocked(spec, keys, blocked),
                        self.tr("封闭座位") if blocked else self.tr("开放座位"))

    def reserve(self) -> None:
        keys = self._need_selection()
        if not keys:
            return
        note, ok = QInputDialog.getText(self.page, self.tr("预留座位"), self.tr("预留给（留空取消预留）"))
        if ok:
            self._apply(lambda spec: edits.set_reserved(spec, keys, note.strip()), self.tr("预留座位"))

    def set_zone(self) -> None:
        keys = self._need_selection()
        if not keys:
            return
        event = self.page.ctx.event
        dialog = VenueZoneDialog(event.seating.zones(), [c.name for c in event.categories()], self.page)
        if dialog.exec() != VenueZoneDialog.Accepted:
            return
        v = dialog.values()
        self._apply(lambda spec: edits.set_zone(spec, keys, v["zone"], v["color"], v["category"], v["unit"]),
                    self.tr("设为分区"))

    def set_numbering(self, numbering: str) -> None:
        keys = self._need_selection()
        if keys:
            sections = sorted({k[0] for k in keys})

            def change(spec):
                for section in sections:
                    spec = edits.set_numbering(spec, section, numbering)
                return spec
            self._apply(change, self.tr("座位编号方式"))

    # --- builder ----------------------------------------------------------------------------------------------
    def open_builder(self) -> bool:
        """会场向导: the whole hall from a template or a few fields, applied as one undoable step."""
        from ui.seating.hall_builder_dialog import HallBuilderDialog
        event = self.page.ctx.event
        if event.seating.sections():
            if not messages.ask(self.page, self.tr("会场向导"),
                                self.tr("新会场会替换现在的会场（座位相同的人保留原座，可撤销）。继续吗？")):
                return False
        dialog = HallBuilderDialog(event.info.venue, self.page)
        if dialog.exec() != HallBuilderDialog.Accepted or dialog.result_spec() is None:
            return False
        return push_operation(self.page.ctx, VenueOperation(dialog.result_spec()), self.tr("会场向导"))

    # --- file -----------------------------------------------------------------------------------------------
    def load_file(self) -> None:
        path, _ = file_dialogs.get_open_file_name(self.page, self.tr("载入会场文件"), "",
                                              self.tr("会场文件 (*.json)"))
        if path:
            self.load_path(path)

    def load_path(self, path: str) -> bool:
        try:
            spec = read_venue_file(path)
        except Exception as exc:  # noqa: BLE001 - the message names the place in the file
            messages.show_error(self.page, exc, self.tr("无法载入会场"))
            return False
        return push_operation(self.page.ctx, VenueOperation(spec), self.tr("载入会场"))

    def save_file(self) -> None:
        path, _ = file_dialogs.get_save_file_name(self.page, self.tr("保存会场文件"), "会场.json",
                                              self.tr("会场文件 (*.json)"))
        if not path:
            return
        try:
            self.page.ctx.event.seating.save_venue_file(path)
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self.page, exc, self.tr("无法保存会场"))
