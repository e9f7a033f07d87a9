"""报表 page: the attendance report live — figures, charts, every table — with export buttons.

The figures are the report's own (``event.reports.build()``), which counts with
``ceremony.attendance`` like the live board, so both always agree. The page
rebuilds shortly after check-ins or roster changes, and only while it is visible.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QPlainTextEdit, QProgressBar, QPushButton, QSplitter,
                               QTableView, QTabWidget, QVBoxLayout, QWidget)

from ceremony.reports import export_report
from ceremony.reports import model as rm

from ui import file_dialogs, messages
from ui.context import EventContext
from ui.jobs import Job
from ui.reports.report_chart_widget import ReportBarChart, Series
from ui.reports.report_table_model import ReportTableModel

REFRESH_DELAY_MS = 1000
MIN_COLUMN_WIDTH = 64
SIZE_TO_CONTENTS_ROWS = 300     # measuring thousands of rows on every refresh would stall the page
EXPECTED_COLOR, ARRIVED_COLOR, BAR_COLOR = "#bfbfbf", "#4472c4", "#4472c4"
FORMATS = {"pdf": ".pdf", "xlsx": ".xlsx", "csv": ".csv"}


def choose_path(parent, title: str, suggested: str, file_filter: str) -> str:
    """Ask where to save; tests replace this function."""
    path, _ = file_dialogs.get_save_file_name(parent, title, suggested, file_filter)
    return path


class ReportPage(QWidget):
    def __init__(self, ctx: EventContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.report: rm.Report | None = None
        self.job: Job | None = None
        self._dirty = True
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS, timeout=self._refresh_if_visible)
        self._build()
        ctx.changed.connect(self._on_changed)
        self.retranslate_ui()
        # The report is built when the page is first shown: a hidden tab costs nothing at start-up.

    # --- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.title_label = QLabel(self)
        self.title_label.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.title_label.setMinimumWidth(80)    # a long event name must not widen the window
        self.section_combo = QComboBox(self)
        self.export_buttons = {key: QPushButton(self) for key in FORMATS}
        for key, button in self.export_buttons.items():
            button.clicked.connect(lambda _=False, k=key: self.export(k))
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.section_combo)
        for button in self.export_buttons.values():
            top.addWidget(button)

        self.tiles = {key: QLabel(self) for key in ("expected", "arrived", "late", "leave", "absent", "substitute",
                                                    "rate")}
        tiles = QHBoxLayout()
        for label in self.tiles.values():
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("QLabel { background: #f4f6fa; border: 1px solid #d0d7e2; border-radius: 4px;"
                                " padding: 6px; }")
            tiles.addWidget(label)

        self.progress = QProgressBar(self)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.status_label = QLabel(self)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status = QHBoxLayout()
        status.addWidget(self.status_label, 1)
        status.addWidget(self.progress)
        status.addWidget(self.cancel_button)
        self._set_busy(False)

        self.arrivals_chart = ReportBarChart(self)
        self.category_chart = ReportBarChart(self)
        self.arrivals_box, self.category_box = QGroupBox(self), QGroupBox(self)
        for box, chart in ((self.arrivals_box, self.arrivals_chart), (self.category_box, self.category_chart)):
            QVBoxLayout(box).addWidget(chart)
        charts = QWidget(self)
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.addWidget(self.arrivals_box)
        charts_layout.addWidget(self.category_box)

        self.tabs = QTabWidget(self)
        self.models: dict[str, ReportTableModel] = {}
        self.views: dict[str, QTableView] = {}
        for key in rm.SECTIONS:
            model, view = ReportTableModel(self), QTableView(self)
            view.setModel(model)
            view.setAlternatingRowColors(True)
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            self.models[key], self.views[key] = model, view
            self.tabs.addTab(view, "")
        self.release_box = QGroupBox(self)
        self.release_text = QPlainTextEdit(self)
        self.release_text.setReadOnly(True)
        self.release_text.setMaximumHeight(70)
        self.release_text.setMinimumHeight(36)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy_release_sentence)
        release = QGridLayout(self.release_box)
        release.addWidget(self.release_text, 0, 0)
        release.addWidget(self.copy_button, 0, 1, Qt.AlignmentFlag.AlignTop)
        self.footnote = QLabel(self)
        self.footnote.setWordWrap(True)
        self.footnote.setStyleSheet("color: #555;")

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.release_box)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addWidget(self.footnote)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(charts)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([460, 760])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addLayout(status)
        layout.addWidget(self.splitter, 1)

    def retranslate_ui(self) -> None:
        texts = {"pdf": self.tr("导出 PDF…"), "xlsx": self.tr("导出 Excel…"), "csv": self.tr("导出 CSV…")}
        for key, button in self.export_buttons.items():
            button.setText(texts[key])
        current = self.section_combo.currentIndex()
        self.section_combo.clear()
        self.section_combo.addItem(self.tr("全部内容"), None)
        for key in rm.SECTIONS:
            self.section_combo.addItem(self.section_title(key), key)
        self.section_combo.setCurrentIndex(max(0, current))
        for i, key in enumerate(rm.SECTIONS):
            self.tabs.setTabText(i, self.section_title(key))
        self.cancel_button.setText(self.tr("取消"))
        self.arrivals_box.setTitle(self.tr("到场时间分布（每5分钟）"))
        self.category_box.setTitle(self.tr("各类别出席情况"))
        self.release_box.setTitle(self.tr("新闻稿用语（出席领导，按位次）"))
        self.copy_button.setText(self.tr("复制"))
        self.footnote.setText(self.tr("说明：应到＝名单内全部受邀人员（含请假人员）；实到＝已到＋迟到＋代参加；迟到＝开始时间后签到；"
                                      "缺席＝标记缺席＋未签到；出席率＝实到÷应到。撤销的签到不计入。"))
        self._show_report()

    def section_title(self, key: str) -> str:
        return {rm.BY_CATEGORY: self.tr("出席情况统计（按类别）"), rm.BY_UNIT: self.tr("出席情况统计（按单位）"),
                rm.LEADERS: self.tr("出席领导名单"), rm.LEAVE_LIST: self.tr("请假人员名单"),
                rm.ABSENT_LIST: self.tr("缺席人员名单"), rm.SUBSTITUTES: self.tr("代参加人员名单"),
                rm.ARRIVALS: self.tr("到场时间分布"), rm.HEALTH: self.tr("防疫登记台账"),
                rm.CHECKINS: self.tr("签到明细")}[key]

    # --- refreshing ------------------------------------------------------------------------------
    def _on_changed(self, changes) -> None:
        if changes.attendees or changes.checkins or changes.categories or changes.event:
            self._dirty = True
            if not self._timer.isActive():   # throttle, not debounce: steady scanning still refreshes
                self._timer.start()

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def reload(self) -> None:
        """Rebuild the report from the event now."""
        try:
            self.report = self.ctx.event.reports.build()
        except Exception as exc:  # noqa: BLE001 - shown, never a traceback
            messages.show_error(self, exc, self.tr("无法生成报表"))
            return
        self._dirty = False
        self._show_report()

    def _show_report(self) -> None:
        report = self.report
        if report is None:
            return
        self.title_label.setText(self.tr("%1 · 出席情况").replace("%1", report.event_name))
        t = report.totals
        captions = {"expected": self.tr("应到"), "arrived": self.tr("实到"), "late": self.tr("迟到"),
                    "leave": self.tr("请假"), "absent": self.tr("缺席"), "substitute": self.tr("代参加"),
                    "rate": self.tr("出席率")}
        values = {"expected": t.expected, "arrived": t.arrived, "late": t.late, "leave": t.leave,
                  "absent": t.absent, "substitute": t.substitute, "rate": f"{t.rate:.1%}"}
        if t.pending:
            captions["absent"] = self.tr("缺席（含未签到 %1）").replace("%1", str(t.pending))
        for key, label in self.tiles.items():
            label.setText(f"<div style='font-size:22px;font-weight:bold'>{values[key]}</div>"
                          f"<div>{captions[key]}</div>")
        for table in report.tables:
            self.models[table.key].set_table(table, report.starts_at.date())
            self._size_columns(table)
        self.release_text.setPlainText(report.leader_sentence)
        self._show_charts(report)

    def _size_columns(self, table: rm.Table) -> None:
        view = self.views[table.key]
        if len(table.rows) <= SIZE_TO_CONTENTS_ROWS:
            view.resizeColumnsToContents()
            for i in range(len(table.columns)):          # figures get room to breathe
                view.setColumnWidth(i, max(view.columnWidth(i), MIN_COLUMN_WIDTH))
            return
        char = view.fontMetrics().averageCharWidth() * 1.7      # a CJK character is about two Latin ones
        for i, column in enumerate(table.columns):
            view.setColumnWidth(i, int(column.width * char))

    def _show_charts(self, report: rm.Report) -> None:
        bins = report.arrival_bins
        start = next((i for i, b in enumerate(bins) if b.is_start), None)
        marker = None if start is None else (start, self.tr("%1 开始").replace("%1", f"{report.starts_at:%H:%M}"))
        self.arrivals_chart.set_data([b.label for b in bins], [Series(self.tr("签到人数"), BAR_COLOR,
                                                                      tuple(b.count for b in bins))],
                                     marker, self.tr("尚无签到"))
        cats = report.categories
        self.category_chart.set_data([c.label for c in cats],
                                     [Series(self.tr("应到"), EXPECTED_COLOR, tuple(c.expected for c in cats)),
                                      Series(self.tr("实到"), ARRIVED_COLOR, tuple(c.arrived for c in cats))],
                                     None, self.tr("名单为空"))

    def copy_release_sentence(self) -> None:
        QApplication.clipboard().setText(self.release_text.toPlainText())
        self.status_label.setText(self.tr("已复制新闻稿用语"))

    # --- exporting ---------------------------------------------------------------------------------
    def export(self, fmt: str) -> None:
        """Ask for a file name, then write the report in the background."""
        if self.job is not None:
            return
        section = self.section_combo.currentData()
        report = self.ctx.event.reports.build(section)
        stem = f"{report.event_name}出席情况报告" + (f"_{section}" if section else "")
        suggested = str(Path(self.ctx.event.path).parent / f"{stem}{FORMATS[fmt]}")
        filters = {"pdf": self.tr("PDF 文件 (*.pdf)"), "xlsx": self.tr("Excel 工作簿 (*.xlsx)"),
                   "csv": self.tr("CSV 文件 (*.csv)")}
        path = choose_path(self, self.tr("导出报表"), suggested, filters[fmt])
        if not path:
            return
        if not path.lower().endswith(FORMATS[fmt]):
            path += FORMATS[fmt]
        # The report is plain data built here; the job only writes it (no database, no widgets).
        self.job = Job(lambda ctl: [str(p) for p in export_report(report, path, section, ctl.progress)], self)
        self.job.progressed.connect(self._on_progress)
        self.job.succeeded.connect(self._on_exported)
        self.job.failed.connect(self._on_failed)
        self.job.cancelled.connect(self._on_cancelled)
        self.job.finished.connect(self._on_job_finished)
        self._set_busy(True)
        self.status_label.setText(self.tr("正在导出…"))
        self.job.start()

    def cancel_export(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.progress.setRange(0, 0)
        for button in self.export_buttons.values():
            button.setEnabled(not busy)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_exported(self, paths: list) -> None:
        self.status_label.setText(self.tr("已导出：%1").replace("%1", "；".join(paths)))

    def _on_failed(self, exc) -> None:
        self.status_label.setText(self.tr("导出失败"))
        messages.show_error(self, exc, self.tr("无法导出报表"))

    def _on_cancelled(self) -> None:
        self.status_label.setText(self.tr("已取消导出"))

    def _on_job_finished(self) -> None:
        self.job.deleteLater()
        self.job = None
        self._set_busy(False)
