"""导入回执: read files off the GUI thread, confirm or fix the column mapping, resolve duplicates, import.

Nothing is written until the user presses 导入; the import is one undoable step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox, QDialog, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QMessageBox, QProgressBar, QPushButton, QSpinBox,
                               QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout)

from ceremony.roster import categorizer_for
from ceremony.messages import Message
from ceremony.roster import (ADD, FIELDS, INVALID, SKIP, UPDATE, ImportBlocked, build_plan, field_code, load_sources,
                             map_columns, pasted_source, plan_operation)

from ui import messages
from ui.jobs import Job, JobControl
from ui.roster.import_preview_model import ImportPreviewModel
from ui.operation_command import push_operation

SAMPLE_ROWS = 4


class ImportDialog(QDialog):
    def __init__(self, ctx, paths: list[str] | None = None, text: str | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.plan = None
        self.job: Job | None = None
        self.imported = None      # counts once the import is done
        self._roster = ctx.event.attendees()
        self._categorizer = categorizer_for(ctx.event)      # snapshots: the plan is built off the GUI thread
        self._build()
        self.retranslate_ui()
        self.resize(1000, 680)
        if text is not None:
            self._set_plan(build_plan(None, [pasted_source(text, label=self.tr("粘贴的内容"))], roster=self._roster,
                                      categorizer=self._categorizer))
        else:
            self._start(paths or [])

    # --- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.progress = QProgressBar(self)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.reject)
        self.source_combo = QComboBox(self)
        self.source_combo.currentIndexChanged.connect(self._show_mapping)
        self.header_spin = QSpinBox(self)
        self.header_spin.setMinimum(1)
        self.header_spin.valueChanged.connect(self._header_row_changed)
        self.mapping_table = QTableWidget(self)
        self.mapping_table.setMaximumHeight(190)
        self.unit_edit = QLineEdit(self)
        self.unit_edit.editingFinished.connect(self._replan)
        self.category_combo = QComboBox(self)
        self.category_combo.addItems([""] + [c.name for c in self.ctx.event.categories()])
        self.category_combo.currentIndexChanged.connect(self._replan)
        self.preview_model = ImportPreviewModel(self)
        self.preview = QTableView(self)
        self.preview.setModel(self.preview_model)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setResizeContentsPrecision(100)   # big files: size from a sample
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.problems_only = QCheckBox(self)
        self.problems_only.toggled.connect(self._filter_rows)
        self.update_button, self.keep_button, self.skip_button = QPushButton(self), QPushButton(self), QPushButton(self)
        self.update_button.clicked.connect(lambda: self.set_selected_action(UPDATE))
        self.keep_button.clicked.connect(lambda: self.set_selected_action(ADD))
        self.skip_button.clicked.connect(lambda: self.set_selected_action(SKIP))
        self.counts_label = QLabel(self)
        self.errors_label = QLabel(self)
        self.errors_label.setStyleSheet("color: #c62828")
        self.errors_label.setWordWrap(True)
        self.missing_label = QLabel(self)
        self.missing_label.setStyleSheet("color: #b26a00")
        self.missing_label.setWordWrap(True)
        self.skip_invalid = QCheckBox(self)
        self.skip_invalid.toggled.connect(self._update_buttons)
        self.import_button = QPushButton(self)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.do_import)
        self._labels = {k: QLabel(self) for k in ("source", "header", "unit", "category", "mapping")}
        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(self.cancel_button)
        src = QHBoxLayout()
        for key, widget in (("source", self.source_combo), ("header", self.header_spin), ("unit", self.unit_edit),
                            ("category", self.category_combo)):
            src.addWidget(self._labels[key])
            src.addWidget(widget, 1 if key in ("source", "unit") else 0)
        actions = QHBoxLayout()
        for w in (self.problems_only, self.update_button, self.keep_button, self.skip_button):
            actions.addWidget(w)
        actions.addStretch(1)
        actions.addWidget(self.counts_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.skip_invalid)
        bottom.addStretch(1)
        bottom.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        for item in (top, src):
            layout.addLayout(item)
        layout.addWidget(self._labels["mapping"])
        layout.addWidget(self.mapping_table)
        layout.addLayout(actions)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.errors_label)
        layout.addWidget(self.missing_label)
        layout.addLayout(bottom)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("导入回执"))
        self.cancel_button.setText(self.tr("取消"))
        self._labels["source"].setText(self.tr("表格"))
        self._labels["header"].setText(self.tr("表头在第"))
        self.header_spin.setSuffix(self.tr(" 行"))
        self._labels["unit"].setText(self.tr("没有单位列时的单位"))
        self._labels["category"].setText(self.tr("类别"))
        self._labels["mapping"].setText(self.tr("请核对每一列对应的字段（可修改）："))
        self.problems_only.setText(self.tr("只看重复和有问题的行"))
        self.update_button.setText(self.tr("更新已有人员"))
        self.keep_button.setText(self.tr("保留两人"))
        self.skip_button.setText(self.tr("跳过"))
        self.skip_invalid.setText(self.tr("跳过无法导入的行，导入其余的行"))
        self.import_button.setText(self.tr("导入"))
        self._update_counts()

    def field_text(self, field: str) -> str:
        """A field's column label in the interface language ("" = the column is not imported)."""
        return messages.translate_code(field_code(field), {}) if field else self.tr("（不导入）")

    # --- reading ------------------------------------------------------------------------------
    def _start(self, paths: list[str]) -> None:
        self.progress.setRange(0, 0)            # busy until the first file is read
        self.import_button.setEnabled(False)
        roster = self._roster
        categorizer = self._categorizer
        self.job = Job(lambda ctl: read_and_plan(ctl, list(paths), roster, categorizer), self)
        self.job.progressed.connect(self._on_progress)
        self.job.succeeded.connect(self._set_plan)
        self.job.failed.connect(lambda exc: messages.show_error(self, exc, self.tr("无法导入")))
        self.job.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
        super().reject()

    def _set_plan(self, plan) -> None:
        self.plan = plan
        source_errors = {s.error for s in plan.sources}
        self._file_errors = [e for e in plan.file_errors if e not in source_errors]   # unreadable files
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.source_combo.blockSignals(True)
        self.source_combo.clear()
        self.source_combo.addItems([s.table.source for s in plan.sources])
        self.source_combo.blockSignals(False)
        self.preview_model.set_plan(plan)
        self.preview.resizeColumnsToContents()
        self._show_mapping()
        self._update_counts()

    # --- mapping ------------------------------------------------------------------------------
    def current_source(self):
        i = self.source_combo.currentIndex()
        return self.plan.sources[i] if self.plan and 0 <= i < len(self.plan.sources) else None

    def _show_mapping(self) -> None:
        src = self.current_source()
        self.mapping_table.clear()
        if src is None:
            return
        rows = src.table.rows
        width = max((len(r) for r in rows), default=0)
        start = src.header_row if src.header_row is not None else 0
        sample = rows[start:start + 1 + SAMPLE_ROWS]
        self.mapping_table.setColumnCount(width)
        self.mapping_table.setRowCount(1 + len(sample))
        self.header_spin.blockSignals(True)
        self.header_spin.setMaximum(max(1, len(rows)))
        self.header_spin.setValue(start + 1)
        self.header_spin.blockSignals(False)
        self.mapping_table.setVerticalHeaderLabels([self.tr("字段")] + [str(start + 1 + i) for i in range(len(sample))])
        for col in range(width):
            combo = QComboBox(self.mapping_table)
            for field in ("",) + FIELDS:
                combo.addItem(self.field_text(field), field)
            combo.setCurrentIndex(max(0, combo.findData(src.mapping.get(col, ""))))
            combo.currentIndexChanged.connect(lambda _=0, c=col: self._mapping_changed(c))
            self.mapping_table.setCellWidget(0, col, combo)
            for r, row in enumerate(sample, start=1):
                self.mapping_table.setItem(r, col, QTableWidgetItem(row[col] if col < len(row) else ""))
        if src.has_unit_column:
            hint = ""
        elif src.file_unit:         # a "单位：X" line above the header
            hint = self.tr("文件写明的单位：%1（在此填写则改用所填单位）").replace("%1", src.file_unit)
        else:
            hint = self.tr("必填：这个文件没有单位列")
        self.unit_edit.setPlaceholderText(hint)
        self.unit_edit.setText(src.unit)

    def set_column_field(self, col: int, field: str) -> None:
        """Map column ``col`` of the current table to ``field`` ("" = do not import)."""
        combo = self.mapping_table.cellWidget(0, col)
        combo.setCurrentIndex(max(0, combo.findData(field)))

    def _mapping_changed(self, col: int) -> None:
        src = self.current_source()
        field = self.mapping_table.cellWidget(0, col).currentData()
        mapping = {c: f for c, f in src.mapping.items() if c != col and f != field}
        if field:
            mapping[col] = field
        src.mapping = mapping
        src.error = None if "name" in mapping.values() else src.error
        self._replan()

    def _header_row_changed(self, value: int) -> None:
        src = self.current_source()
        if src is None:
            return
        src.header_row = value - 1
        src.mapping = map_columns(src.table.rows[value - 1]) if value - 1 < len(src.table.rows) else {}
        self._show_mapping()
        self._replan()

    def _replan(self) -> None:
        if self.plan is None:
            return
        src = self.current_source()
        if src is not None:
            src.unit = self.unit_edit.text().strip()
        for s in self.plan.sources:
            if s.header_row is not None and "name" in s.mapping.values():
                s.error = None
            elif s.header_row is not None:
                s.error = Message("import.name_column_needed", {"source": s.table.source})
        self.plan = build_plan(None, self.plan.sources, self._file_errors, self.category_combo.currentText(),
                               roster=self._roster, categorizer=self._categorizer)
        self.preview_model.set_plan(self.plan)
        self._filter_rows()
        self._update_counts()

    # --- duplicates and problems --------------------------------------------------------------
    def set_selected_action(self, action: str) -> None:
        changed = []
        for index in self.preview.selectionModel().selectedRows():
            row = self.plan.rows[index.row()]
            if row.action == INVALID or (action == UPDATE and not row.is_duplicate):
                continue
            self.plan.set_action(index.row(), action)
            changed.append(index.row())
        self.preview_model.rows_changed(changed)
        self._update_counts()

    def _filter_rows(self) -> None:
        only = self.problems_only.isChecked()
        for r, row in enumerate(self.plan.rows if self.plan else []):
            self.preview.setRowHidden(r, only and not (row.is_duplicate or row.errors or row.warnings))

    def _update_counts(self) -> None:
        if self.plan is None:
            self.counts_label.setText(self.tr("正在读取…"))
            return
        c = self.plan.counts()
        self.counts_label.setText(self.tr("新增 %1，更新 %2，跳过 %3，无法导入 %4")
                                  .replace("%1", str(c[ADD])).replace("%2", str(c[UPDATE]))
                                  .replace("%3", str(c[SKIP])).replace("%4", str(c[INVALID])))
        self.errors_label.setText("\n".join(messages.message_text(m) for m in self.plan.file_errors))
        missing = self.plan.not_in_files(self._roster)
        self.missing_label.setText("\n".join(
            self.tr("%1：名单中另有 %2 人不在这次的回执中（不会删除，请核对）：%3").replace("%1", unit)
            .replace("%2", str(len(people))).replace("%3", "、".join(p.name for p in people[:12]))
            for unit, people in list(missing.items())[:5]))
        self.skip_invalid.setVisible(bool(c[INVALID]))
        self._update_buttons()

    def _update_buttons(self) -> None:
        if self.plan is None:
            self.import_button.setEnabled(False)
            return
        c = self.plan.counts()
        usable = c[ADD] + c[UPDATE]
        self.import_button.setEnabled(usable > 0 and (not c[INVALID] or self.skip_invalid.isChecked()))

    # --- importing ----------------------------------------------------------------------------
    def do_import(self) -> None:
        missing = [r for r in self.plan.uncategorized if r.action != SKIP]
        if missing and not ask_import_uncategorized(self, [r.person.name for r in missing]):
            return
        try:
            op, counts = plan_operation(self.ctx.event, self.plan, self.skip_invalid.isChecked())
        except ImportBlocked as exc:
            messages.show_error(self, exc, self.tr("无法导入"))
            return
        text = self.tr("导入 %1 人").replace("%1", str(counts[ADD] + counts[UPDATE]))
        if push_operation(self.ctx, op, text):
            self.imported = counts
            self.accept()


def ask_import_uncategorized(parent, names: list[str]) -> bool:
    """Rows still without a category: import them anyway (badges say 代表证, no zone) or go back. Tests replace this."""
    shown = "、".join(names[:10]) + ("…" if len(names) > 10 else "")
    box = QMessageBox(QMessageBox.Icon.Question, QApplication.translate("ImportDialog", "有人没有类别"),
                      QApplication.translate("ImportDialog", "%1 人还没有类别（%2）。\n没有类别的人证件上没有类别、"
                                             "排座时不进任何分区。\n\n先在上方“类别”中选定，还是仍然导入？")
                      .replace("%1", str(len(names))).replace("%2", shown), QMessageBox.StandardButton.NoButton, parent)
    go = box.addButton(QApplication.translate("ImportDialog", "仍然导入"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QApplication.translate("ImportDialog", "返回选择类别"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is go


def read_and_plan(ctl: JobControl, paths: list[str], roster: list, categorizer=None):
    """In the background: read each file (progress per file, cancel between files), then plan the import."""
    sources, errors = [], []
    for n, path in enumerate(paths):
        ctl.progress(n, len(paths))
        found, problems = load_sources([path], "")
        sources += found
        errors += problems
    ctl.check()
    plan = build_plan(None, sources, errors, "", roster=roster, categorizer=categorizer)
    ctl.progress(len(paths), len(paths))
    return plan
