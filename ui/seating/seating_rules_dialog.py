"""自动排座规则: the seating settings of docs/protocol.md#rostrum and #hall in one dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox

from ceremony.seating import SeatingRules, place_rostrum


class SeatingRulesDialog(QDialog):
    def __init__(self, rules: SeatingRules, rostrum_people: list[tuple[int, str]], rostrum_rows: int, parent=None,
                 row_sizes: list[int] | None = None):
        super().__init__(parent)
        self._rules = rules
        self._people = rostrum_people
        self._row_sizes = row_sizes or []
        form = QFormLayout(self)
        self.rule = self._combo([("left", self.tr("以左为尊（政务会议）")), ("right", self.tr("以右为尊（国际/商务）"))],
                                rules.rule)
        self.even = self._combo([("A", self.tr("A：1号、2号居中，2号在1号左手")),
                                 ("B", self.tr("B：1号在中间偏左（领导视角），2号在其右手"))], rules.even)
        self.fill = self._combo([("centre", self.tr("居中向两侧")), ("ltr", self.tr("从左到右")),
                                 ("rtl", self.tr("从右到左")), ("serpentine", self.tr("蛇形"))], rules.fill)
        self.blocks = self._combo([("rows", self.tr("横排（单位依次排列）")), ("bands", self.tr("竖排（单位占纵列）"))],
                                  rules.blocks)
        self.unit_order = self._combo([("rank", self.tr("按位次")), ("strokes", self.tr("按姓氏笔画")),
                                       ("pinyin", self.tr("按拼音"))], rules.unit_order)
        self.spare = self._spin(0, 50, rules.spare)
        self.distancing = QCheckBox(self.tr("隔位就座（防疫）"), self)
        self.distancing.setChecked(rules.distancing)
        self.stagger = QCheckBox(self.tr("前后排错开"), self)
        self.stagger.setChecked(rules.stagger)
        self.cap = self._spin(10, 100, rules.cap_percent)
        self.cap.setSuffix(" %")
        self.host = self._combo([(0, self.tr("（无）"))] + rostrum_people, rules.host_id)
        self.host_position = self._combo([("centre", self.tr("按位次就座")), ("end", self.tr("前排端位（发言席一侧）"))],
                                         rules.host_position)
        speaker_rows = [("", self.tr("（无）"))] + [(str(i), self.tr("第%1排").replace("%1", str(i)))
                                                    for i in range(1, rostrum_rows + 1)]
        current = next((k for k, v in (rules.group_rows or {}).items() if v == "speakers"), "")
        self.speaker_row = self._combo(speaker_rows, current)
        self.preview = QLabel(self)
        for box in (self.rule, self.even, self.host, self.host_position):
            box.currentIndexChanged.connect(self._show_preview)
        self.fresh = QCheckBox(self.tr("全部重排（不保留现有座位，锁定的除外）"), self)
        for label, widget in [(self.tr("主席台尊位"), self.rule), (self.tr("偶数人排法"), self.even),
                              (self.tr("主席台预览"), self.preview), (self.tr("主持人"), self.host), (self.tr("主持人座位"), self.host_position),
                              (self.tr("发言人专排"), self.speaker_row), (self.tr("台下填座"), self.fill),
                              (self.tr("单位排列"), self.blocks), (self.tr("区内单位顺序"), self.unit_order),
                              (self.tr("每区备用座"), self.spare), (self.tr("防疫"), self.distancing),
                              ("", self.stagger), (self.tr("限额"), self.cap), ("", self.fresh)]:
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setWindowTitle(self.tr("自动排座"))
        self._show_preview()

    def _show_preview(self) -> None:
        """The rank numbers each rostrum row will show, in the audience's view (台下视角)."""
        if not self._people or not self._row_sizes:
            self.preview.setText(self.tr("（主席台无人或无座位）"))
            return
        ids = [pid for pid, _ in self._people]
        host = self.host.currentData() or None
        places, _ = place_rostrum(ids, self._row_sizes, self.rule.currentData(), self.even.currentData(),
                                  host=host, host_position=self.host_position.currentData())
        lines = []
        for row in sorted({p.row for p in places}):
            numbers = " ".join(str(p.number) for p in sorted((p for p in places if p.row == row), key=lambda p: p.x))
            lines.append(self.tr("第%1排：").replace("%1", str(row)) + numbers)
        self.preview.setText(self.tr("台下视角，从左到右") + "\n" + "\n".join(lines))

    def _combo(self, items, current) -> QComboBox:
        box = QComboBox(self)
        for key, text in items:
            box.addItem(text, key)
        index = box.findData(current)
        box.setCurrentIndex(max(0, index))
        return box

    def _spin(self, low: int, high: int, value: int) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(low, high)
        box.setValue(value)
        return box

    def rules(self) -> SeatingRules:
        speaker_row = self.speaker_row.currentData()
        return self._rules.with_(rule=self.rule.currentData(), even=self.even.currentData(),
                                 fill=self.fill.currentData(), blocks=self.blocks.currentData(),
                                 unit_order=self.unit_order.currentData(), spare=self.spare.value(),
                                 distancing=self.distancing.isChecked(), stagger=self.stagger.isChecked(),
                                 cap_percent=self.cap.value(), host_id=self.host.currentData(),
                                 host_position=self.host_position.currentData(),
                                 group_rows={speaker_row: "speakers"} if speaker_row else {})
