"""会场向导: build the hall from a template or from a few fields, drawn as you type.

Rostrum rows ("9,11": front row first), hall rows × blocks ("10,10,10": seats per block, an aisle between
blocks), plain or 单双号 numbering, blocked seats ("1:1-2"). The result is an ordinary venue spec from
:func:`ceremony.seating.build_spec`; the page applies it as one undoable step.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGraphicsScene, QGraphicsView,
                               QHBoxLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout)

from ceremony.seating import TEMPLATES, build_spec, parse_cells

from ui import messages

SEAT, GAP, AISLE, STAGE = 14.0, 3.0, 14.0, 26.0
MAX_SEATS = 300


class _Preview(QGraphicsView):
    """The whole hall always fits the view."""

    def fit(self) -> None:
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit()


class HallBuilderDialog(QDialog):
    def __init__(self, name: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("会场向导"))
        self._spec: dict | None = None
        self.template = QComboBox(self)
        self.template.addItem(self.tr("（自定义）"), "")
        for key, t in TEMPLATES.items():
            self.template.addItem(messages.message_text(t.title), key)
        self.name_edit = QLineEdit(name or self.tr("会场"))
        self.rostrum_edit = QLineEdit(self)
        self.rostrum_edit.setPlaceholderText(self.tr("每排座位数，前排在前，如 9,11；留空表示没有主席台"))
        self.rows_spin = QSpinBox(self)
        self.rows_spin.setRange(1, 200)
        self.blocks_edit = QLineEdit(self)
        self.blocks_edit.setPlaceholderText(self.tr("每区座位数，区之间是过道，如 10,10,10"))
        self.numbering = QComboBox(self)
        self.numbering.addItem(self.tr("单双号（从中间起）"), "odd_even")
        self.numbering.addItem(self.tr("顺序号（从左到右）"), "plain")
        self.blocked_edit = QLineEdit(self)
        self.blocked_edit.setPlaceholderText(self.tr("排:号 或 排:号-号，从台下看从左数，如 1:1-2,5:12"))
        form = QFormLayout()
        form.addRow(self.tr("模板"), self.template)
        form.addRow(self.tr("会场名称"), self.name_edit)
        form.addRow(self.tr("主席台各排座位数"), self.rostrum_edit)
        form.addRow(self.tr("台下排数"), self.rows_spin)
        form.addRow(self.tr("台下每排各区座位数"), self.blocks_edit)
        form.addRow(self.tr("编号方式"), self.numbering)
        form.addRow(self.tr("封闭座位"), self.blocked_edit)
        self.scene = QGraphicsScene(self)
        self.preview = _Preview(self.scene, self)
        self.preview.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.preview.setMinimumSize(520, 360)
        self.summary = QLabel(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00000")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.summary)
        left.addWidget(self.error)
        left.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left, 2)
        top.addWidget(self.preview, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.buttons)
        self.template.currentIndexChanged.connect(self._template_chosen)
        for edit in (self.name_edit, self.rostrum_edit, self.blocks_edit, self.blocked_edit):
            edit.textChanged.connect(self.update_preview)
        self.rows_spin.valueChanged.connect(self.update_preview)
        self.numbering.currentIndexChanged.connect(self.update_preview)
        self.template.setCurrentIndex(1)          # the school auditorium to start from
        self.resize(1000, 560)

    # --- fields ---------------------------------------------------------------------------------------------
    def _template_chosen(self) -> None:
        key = self.template.currentData()
        if not key:
            return
        t = TEMPLATES[key]
        for widget in (self.rostrum_edit, self.rows_spin, self.blocks_edit, self.numbering):
            widget.blockSignals(True)
        self.rostrum_edit.setText(",".join(str(n) for n in t.rostrum))
        self.rows_spin.setValue(t.rows)
        self.blocks_edit.setText(",".join(str(n) for n in t.blocks))
        self.numbering.setCurrentIndex(self.numbering.findData(t.numbering))
        for widget in (self.rostrum_edit, self.rows_spin, self.blocks_edit, self.numbering):
            widget.blockSignals(False)
        self.update_preview()

    def _numbers(self, text: str, field: str, allow_empty: bool) -> list[int]:
        parts = [p for p in re.split(r"[,，、\s]+", text.strip()) if p]
        if not parts and not allow_empty:
            raise ValueError(self.tr("%1：请填写座位数，如 10,10,10").replace("%1", field))
        numbers = []
        for part in parts:
            if not part.isdigit() or not 1 <= int(part) <= MAX_SEATS:
                raise ValueError(self.tr("%1：「%2」不是 1–300 之间的座位数（用逗号分隔，如 10,10,10）")
                                 .replace("%1", field).replace("%2", part))
            numbers.append(int(part))
        if text.strip().strip(",，、 ") != text.strip() or re.search(r"[,，、]\s*[,，、]", text):
            raise ValueError(self.tr("%1：逗号之间缺了座位数").replace("%1", field))
        return numbers

    def spec(self) -> dict:
        """The venue spec of the fields; raises ValueError (or VenueError) naming the field that is wrong."""
        rostrum = self._numbers(self.rostrum_edit.text(), self.tr("主席台"), True)
        if len(rostrum) > 10:
            raise ValueError(self.tr("主席台：最多 10 排"))
        blocks = self._numbers(self.blocks_edit.text(), self.tr("台下各区"), False)
        if sum(blocks) > MAX_SEATS:
            raise ValueError(self.tr("台下各区：每排最多 300 座"))
        where = self.tr("封闭座位")
        blocked = parse_cells(self.blocked_edit.text(), where)
        return build_spec(self.name_edit.text().strip() or self.tr("会场"), rostrum, self.rows_spin.value(), blocks,
                          self.numbering.currentData(), blocked, blocked_place=where)

    def result_spec(self) -> dict | None:
        return self._spec

    # --- preview --------------------------------------------------------------------------------------------
    def update_preview(self) -> None:
        try:
            spec = self.spec()
        except Exception as exc:  # noqa: BLE001 - bad input is one message in the dialog
            self._spec = None
            self.error.setText(str(exc) if isinstance(exc, ValueError) else messages.error_text(exc))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        self._spec = spec
        self.error.clear()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self._draw(spec)

    def _draw(self, spec: dict) -> None:
        self.scene.clear()
        rostrum = next((s["rows"] for s in spec["sections"] if s["kind"] == "rostrum"), [])
        hall = next(s["rows"] for s in spec["sections"] if s["kind"] == "hall")
        width = max([len(r) for r in hall] + list(rostrum)) * (SEAT + GAP)
        seat_pen, blocked = QPen(QColor("#555555"), 0.8), QBrush(QColor("#555555"), Qt.BrushStyle.DiagCrossPattern)
        free, top = QBrush(QColor("#e8dcc4")), QBrush(QColor("#e6a0a0"))
        y = 0.0
        for n in reversed(rostrum):                       # the back rostrum row is drawn first (top)
            x0 = (width - n * (SEAT + GAP)) / 2
            for i in range(n):
                self.scene.addRect(QRectF(x0 + i * (SEAT + GAP), y, SEAT, SEAT), seat_pen, top)
            y += SEAT + GAP
        stage = self.scene.addRect(QRectF(0, y + 2, width, STAGE - 8), QPen(Qt.PenStyle.NoPen), QBrush(QColor("#c9b48a")))
        stage.setToolTip(self.tr("主席台"))
        label = self.scene.addSimpleText(self.tr("主席台 ↑  台下 ↓"))
        label.setPos(4, y + 4)
        y += STAGE
        seats = closed = 0
        for line in hall:
            x0 = (width - len(line) * (SEAT + GAP)) / 2
            for i, cell in enumerate(line):
                if cell == ".":
                    continue
                seats += cell != "x"
                closed += cell == "x"
                self.scene.addRect(QRectF(x0 + i * (SEAT + GAP), y, SEAT, SEAT), seat_pen,
                                   blocked if cell == "x" else free)
            y += SEAT + GAP
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-10, -10, 10, 10))
        self.preview.fit()
        self.summary.setText(self.tr("主席台 %1 座，台下 %2 排 %3 座（封闭 %4 座）")
                             .replace("%1", str(sum(rostrum))).replace("%2", str(len(hall)))
                             .replace("%3", str(seats)).replace("%4", str(closed)))
