"""What to print and how: the left-hand panel of the 打印 page.

The panel only gathers choices; :meth:`PrintOptionsPanel.build` hands them to
``event.printing`` which returns the document to preview, print or save.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSizePolicy, QStackedWidget,
                               QVBoxLayout, QWidget)

from ceremony.fonts import available_fonts
from ceremony.printing import BADGE_SIZES, OPTIONAL_FIELDS, TABLE_CARD_PRESETS, Document, SignSpec

KINDS = ("badge", "table_card", "signin_sheet", "sign")
SCOPES = ("all", "category", "unit", "ids", "changed")


def _combo(parent, items) -> QComboBox:
    box = QComboBox(parent)
    for data, text in items:
        box.addItem(text, data)
    return box


def _select_data(box: QComboBox, data) -> None:
    index = box.findData(data)
    if index >= 0:
        box.setCurrentIndex(index)


class PrintOptionsPanel(QWidget):
    """Choices for each kind of printed matter; ``changed`` fires whenever the preview should follow."""

    changed = Signal()
    classesRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._categories: list[str] = []
        self._units: list[str] = []
        self.labels: dict[str, QLabel] = {}
        self.kind_box = _combo(self, [(k, k) for k in KINDS])
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._badge_box())
        self.stack.addWidget(self._card_box())
        self.stack.addWidget(self._sheet_box())
        self.stack.addWidget(self._sign_box())
        self.people_group = self._people_box()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind_box)
        layout.addWidget(self.stack)
        layout.addWidget(self.people_group, 1)
        layout.addStretch(0)            # takes the room when the people list is hidden
        self._layout = layout
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self._scope_changed()
        self._kind_changed()

    # --- building the widgets --------------------------------------------------------------------
    def _row(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        label = QLabel(widget.parentWidget())
        self.labels[key] = label
        form.addRow(label, widget)

    def _badge_box(self) -> QWidget:
        box = QGroupBox(self)
        form = QFormLayout(box)
        self.scope_box = _combo(box, [(s, s) for s in SCOPES])
        self.scope_value = QComboBox(box)
        self.layout_box = _combo(box, [(key, _domain(label)) for key, label in BADGE_SIZES.items()])
        self.layout_box.setEditable(True)           # any size typed as 宽x高, e.g. 95x70
        self.layout_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.layout_box.lineEdit().editingFinished.connect(self.changed)
        self.sheet_box = _combo(box, [("single", ""), ("a4", ""), ("a3", "")])
        self.field_checks = {f: QCheckBox(box) for f in OPTIONAL_FIELDS}
        fields = QWidget(box)
        grid = QGridLayout(fields)
        grid.setContentsMargins(0, 0, 0, 0)
        for k, check in enumerate(self.field_checks.values()):
            check.setChecked(True)
            grid.addWidget(check, k // 3, k % 3)
            check.toggled.connect(self.changed)
        self.classes_button = QPushButton(box)
        self.classes_button.clicked.connect(self.classesRequested)
        for key, widget in (("scope", self.scope_box), ("value", self.scope_value), ("size", self.layout_box),
                            ("sheet", self.sheet_box), ("fields", fields)):
            self._row(form, key, widget)
        form.addRow(self.classes_button)
        self.scope_box.currentIndexChanged.connect(self._scope_changed)
        for combo in (self.scope_value, self.layout_box, self.sheet_box):
            combo.currentIndexChanged.connect(self.changed)
        return box

    def _card_box(self) -> QWidget:
        box = QGroupBox(self)
        form = QFormLayout(box)
        self.card_who = _combo(box, [("rostrum", ""), ("ids", "")])
        self.preset_box = _combo(box, [(p.key, _domain(p.label)) for p in TABLE_CARD_PRESETS.values()])
        self.font_box = _combo(box, [(f.name, f.label) for f in available_fonts()])
        self.subline_box = _combo(box, [("", ""), ("title", ""), ("unit", "")])
        for key, combo in (("who", self.card_who), ("preset", self.preset_box), ("font", self.font_box),
                           ("subline", self.subline_box)):
            self._row(form, key, combo)
            combo.currentIndexChanged.connect(self._refresh_people_visibility)
            combo.currentIndexChanged.connect(self.changed)
        return box

    def _sheet_box(self) -> QWidget:
        box = QGroupBox(self)
        form = QFormLayout(box)
        self.sheet_category = QComboBox(box)
        self.order_box = _combo(box, [("rank", ""), ("strokes", "")])
        self.per_category = QCheckBox(box)
        self._row(form, "category", self.sheet_category)
        self._row(form, "order", self.order_box)
        form.addRow(self.per_category)
        self.sheet_category.currentIndexChanged.connect(self.changed)
        self.order_box.currentIndexChanged.connect(self.changed)
        self.per_category.toggled.connect(self.changed)
        return box

    def _sign_box(self) -> QWidget:
        box = QGroupBox(self)
        form = QFormLayout(box)
        self.paper_box = _combo(box, [("A4", "A4"), ("A3", "A3")])
        self.sign_checks = {k: QCheckBox(box) for k in ("checkin", "welcome", "zone", "arrow")}
        self._row(form, "paper", self.paper_box)
        for check in self.sign_checks.values():
            check.setChecked(True)
            form.addRow(check)
            check.toggled.connect(self.changed)
        row = QWidget(box)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.arrow_text = QLineEdit(row)
        self.arrow_dir = _combo(row, [("left", "←"), ("right", "→"), ("up", "↑"), ("down", "↓")])
        line.addWidget(self.arrow_text, 1)
        line.addWidget(self.arrow_dir)
        self._row(form, "arrow", row)
        self.paper_box.currentIndexChanged.connect(self.changed)
        self.arrow_text.editingFinished.connect(self.changed)
        self.arrow_dir.currentIndexChanged.connect(self.changed)
        return box

    def _people_box(self) -> QGroupBox:
        group = QGroupBox(self)
        layout = QVBoxLayout(group)
        self.people_filter = QLineEdit(group)
        self.people_filter.setClearButtonEnabled(True)
        self.people_list = QListWidget(group)
        self.people_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        layout.addWidget(self.people_filter)
        layout.addWidget(self.people_list, 1)
        self.people_filter.textChanged.connect(self._filter_people)
        self.people_list.itemChanged.connect(lambda _item: self.changed.emit())
        return group

    # --- reacting ----------------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        self.stack.setCurrentIndex(self.kind_box.currentIndex())
        for i in range(self.stack.count()):         # the stack is as tall as its current page only
            policy = QSizePolicy.Policy.Preferred if i == self.stack.currentIndex() else QSizePolicy.Policy.Ignored
            self.stack.widget(i).setSizePolicy(policy, policy)
        self._refresh_people_visibility()
        self.changed.emit()

    def _scope_changed(self) -> None:
        scope = self.scope_box.currentData()
        self.scope_value.setVisible(scope in ("category", "unit"))
        if "value" in self.labels:
            self.labels["value"].setVisible(scope in ("category", "unit"))
        self.scope_value.blockSignals(True)
        self.scope_value.clear()
        for value in (self._categories if scope == "category" else self._units if scope == "unit" else []):
            self.scope_value.addItem(value or "—", value)
        self.scope_value.blockSignals(False)
        self._refresh_people_visibility()
        self.changed.emit()

    def _refresh_people_visibility(self) -> None:
        kind = self.kind()
        wanted = (kind == "badge" and self.scope_box.currentData() == "ids") or \
                 (kind == "table_card" and self.card_who.currentData() == "ids")
        # The list stays usable for 补办 (lost badge) on the badge page, so show it for badges always.
        self.people_group.setVisible(wanted or kind == "badge")
        if hasattr(self, "_layout"):
            self._layout.setStretch(self._layout.count() - 1, 0 if self.people_group.isVisibleTo(self) else 1)
        self.people_list.setProperty("selecting", wanted)

    def _filter_people(self, text: str) -> None:
        text = text.strip()
        for row in range(self.people_list.count()):
            item = self.people_list.item(row)
            item.setHidden(bool(text) and text not in item.text())

    # --- data in and out ---------------------------------------------------------------------------
    def reload(self, event) -> None:
        """Refill categories, units and the people list from the event (keeps ticks)."""
        ticked = set(self.selected_ids())
        people = event.attendees()
        self._categories = [c.name for c in event.categories()]
        self._units = sorted({p.unit for p in people if p.unit})
        self.sheet_category.blockSignals(True)
        current = self.sheet_category.currentData()
        self.sheet_category.clear()
        self.sheet_category.addItem(self.tr("全部类别"), "")
        for name in self._categories:
            self.sheet_category.addItem(name, name)
        _select_data(self.sheet_category, current)
        self.sheet_category.blockSignals(False)
        self.people_list.blockSignals(True)
        self.people_list.clear()
        for p in people:
            item = QListWidgetItem(f"{p.name}　{p.unit}　{p.title}", self.people_list)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.id in ticked else Qt.CheckState.Unchecked)
        self.people_list.blockSignals(False)
        self._filter_people(self.people_filter.text())
        scope = self.scope_box.currentData()
        if scope in ("category", "unit"):
            value = self.scope_value.currentData()
            self._scope_changed()
            _select_data(self.scope_value, value)

    def load_settings(self, event) -> None:
        fields = event.printing.badge_fields()
        for name, check in self.field_checks.items():
            check.blockSignals(True)
            check.setChecked(name in fields)
            check.blockSignals(False)
        for box, value in ((self.layout_box, event.printing.badge_layout()),
                           (self.sheet_box, event.printing.badge_sheet()),
                           (self.preset_box, event.printing.table_card_preset()),
                           (self.font_box, event.setting("table_card_font"))):
            box.blockSignals(True)
            _select_data(box, value)
            if box is self.layout_box and box.findData(value) < 0 and value:
                box.setEditText(value)                  # a custom size saved earlier
            box.blockSignals(False)

    def kind(self) -> str:
        return self.kind_box.currentData()

    def selected_ids(self) -> list[int]:
        return [self.people_list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.people_list.count())
                if self.people_list.item(r).checkState() == Qt.CheckState.Checked]

    def set_selected_ids(self, ids) -> None:
        wanted = set(ids)
        self.people_list.blockSignals(True)
        for r in range(self.people_list.count()):
            item = self.people_list.item(r)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted else Qt.CheckState.Unchecked)
        self.people_list.blockSignals(False)
        self.changed.emit()

    def current_person(self) -> int | None:
        item = self.people_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def badge_size(self) -> str:
        """The chosen preset, or the size typed into the box (宽x高 in mm)."""
        index = self.layout_box.findText(self.layout_box.currentText())
        data = self.layout_box.itemData(index) if index >= 0 else None
        return data or self.layout_box.currentText().strip()

    def badge_fields(self) -> list[str]:
        return [f for f, check in self.field_checks.items() if check.isChecked()]

    def build(self, event) -> Document:
        """The document these choices describe (raises the domain's errors)."""
        printing, kind = event.printing, self.kind()
        if kind == "badge":
            scope = self.scope_box.currentData()
            value = self.selected_ids() if scope == "ids" else self.scope_value.currentData()
            ids = printing.select(scope, value)
            return printing.badge_document(ids, self.badge_size(), self.sheet_box.currentData(),
                                           self.badge_fields())
        if kind == "table_card":
            ids = self.selected_ids() if self.card_who.currentData() == "ids" else None
            return printing.table_card_document(ids, self.preset_box.currentData(), self.font_box.currentData(),
                                                self.subline_box.currentData())
        if kind == "signin_sheet":
            category = self.sheet_category.currentData()
            return printing.signin_document(self.order_box.currentData(), self.per_category.isChecked(),
                                            [category] if category else None)
        signs = [s for s in printing.default_signs() if self.sign_checks[s.kind].isChecked()]
        if self.arrow_text.text().strip():
            signs.append(SignSpec("arrow", self.arrow_text.text().strip(), "#c00000", self.arrow_dir.currentData()))
        return printing.signs_document(signs, self.paper_box.currentData())

    def retranslate_ui(self) -> None:
        texts = {"badge": self.tr("胸卡"), "table_card": self.tr("桌签"), "signin_sheet": self.tr("签到表"),
                 "sign": self.tr("标识（签到处、区域牌、箭头、欢迎牌）")}
        for i, kind in enumerate(KINDS):
            self.kind_box.setItemText(i, texts[kind])
        scopes = [self.tr("全部人员"), self.tr("按类别"), self.tr("按单位"), self.tr("所选人员（下方勾选）"),
                  self.tr("仅新增或打印后有变动的")]
        for i, text in enumerate(scopes):
            self.scope_box.setItemText(i, text)
        for i, text in enumerate([self.tr("每页一张（胸卡打印机）"), self.tr("A4 拼版（带裁切线）"),
                                  self.tr("A3 拼版（带裁切线）")]):
            self.sheet_box.setItemText(i, text)
        labels = {"event_name": self.tr("活动名称"), "unit": self.tr("单位"), "title": self.tr("职务"),
                  "seat": self.tr("座位"), "badge_no": self.tr("编号"), "qr": self.tr("二维码")}
        for name, check in self.field_checks.items():
            check.setText(labels[name])
        self.classes_button.setText(self.tr("证件类别与颜色…"))
        self.card_who.setItemText(0, self.tr("主席台（按座次）"))
        self.card_who.setItemText(1, self.tr("所选人员（下方勾选）"))
        for i, text in enumerate([self.tr("不加小字"), self.tr("加职务"), self.tr("加单位")]):
            self.subline_box.setItemText(i, text)
        self.order_box.setItemText(0, self.tr("按位次"))
        self.order_box.setItemText(1, self.tr("按姓氏笔画"))
        self.per_category.setText(self.tr("每个类别单独成页"))
        signs = {"checkin": self.tr("签到处"), "welcome": self.tr("欢迎牌"), "zone": self.tr("区域牌"),
                 "arrow": self.tr("指示箭头")}
        for kind, check in self.sign_checks.items():
            check.setText(signs[kind])
        self.arrow_text.setPlaceholderText(self.tr("自定义箭头文字，如 休息室"))
        names = {"scope": self.tr("范围"), "value": self.tr("选择"), "size": self.tr("尺寸"), "sheet": self.tr("纸张"),
                 "fields": self.tr("显示"), "who": self.tr("人员"), "preset": self.tr("版式"), "font": self.tr("字体"),
                 "subline": self.tr("小字"), "category": self.tr("类别"), "order": self.tr("排序"),
                 "paper": self.tr("纸张（横向）"), "arrow": self.tr("箭头")}
        for key, label in self.labels.items():
            label.setText(names[key])
        self.people_group.setTitle(self.tr("人员"))
        self.people_filter.setPlaceholderText(self.tr("筛选姓名或单位"))
        if self.sheet_category.count():
            self.sheet_category.setItemText(0, self.tr("全部类别"))


def _domain(label: str) -> str:
    """A label the domain declares (QT_TRANSLATE_NOOP, context Domain) in the interface language."""
    return QCoreApplication.translate("Domain", label)
