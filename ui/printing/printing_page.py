"""打印 page: badges, table cards, the paper sign-in sheet and signs — preview, print, save, log."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel, QProgressBar, QPushButton,
                               QScrollArea, QSplitter, QTableView, QVBoxLayout, QWidget)

from ceremony.errors import Cancelled, CeremonyError
from ceremony.printing import PrintingService

from ui import messages
from ui.printing import print_actions
from ui.printing.badge_class_dialog import BadgeClassDialog
from ui.context import EventContext
from ui.jobs import Job
from ui.printing.printing_log_model import PrintLogModel
from ui.printing.printing_options import PrintOptionsPanel
from ui.printing.printing_preview import PrintPreviewWidget


class PrintingPage(QWidget):
    def __init__(self, ctx: EventContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.doc = None
        self.job: Job | None = None
        self.options = PrintOptionsPanel(self)
        self.preview = PrintPreviewWidget(self)
        self.log_model = PrintLogModel(self)
        self._build()
        self._rebuild_timer = QTimer(self, singleShot=True, interval=150)
        self._rebuild_timer.timeout.connect(self.rebuild)
        self.options.changed.connect(self._rebuild_timer.start)
        self.options.classesRequested.connect(self.edit_classes)
        self.options.kind_box.currentIndexChanged.connect(self._show_badge_tools)
        self.preview.pageChanged.connect(self._show_page_number)
        ctx.changed.connect(self._on_changed)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self.options.reload(ctx.event)
        self.options.load_settings(ctx.event)
        self._stale = True          # built when first shown: keeps the window's start-up fast
        self.retranslate_ui()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh_log()
            self.rebuild()

    # --- layout ----------------------------------------------------------------------------------
    def _build(self) -> None:
        left = QScrollArea(self)
        left.setWidgetResizable(True)
        holder = QWidget(left)
        column = QVBoxLayout(holder)
        column.addWidget(self.options, 1)
        self.reprint_label = QLabel(holder)
        self.reprint_label.setWordWrap(True)
        self.reprint_button = QPushButton(holder)
        self.single_button = QPushButton(holder)
        self.reissue_button = QPushButton(holder)
        for widget in (self.reprint_label, self.reprint_button, self.single_button, self.reissue_button):
            column.addWidget(widget)
        holder.setMinimumWidth(380)
        left.setWidget(holder)
        self.prev_button, self.next_button = QPushButton("◀", self), QPushButton("▶", self)
        self.prev_button.setMaximumWidth(48)
        self.next_button.setMaximumWidth(48)
        self.page_label = QLabel(self)
        self.print_button, self.save_button, self.cancel_button = QPushButton(self), QPushButton(self), QPushButton(self)
        self.progress = QProgressBar(self)
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)
        bar = QHBoxLayout()
        for widget in (self.prev_button, self.page_label, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.progress, self.cancel_button, self.save_button, self.print_button):
            bar.addWidget(widget)
        self.log_view = QTableView(self)
        self.log_view.setModel(self.log_model)
        self.log_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.log_view.horizontalHeader().setStretchLastSection(True)
        self.log_title = QLabel(self)
        right = QWidget(self)
        rlayout = QVBoxLayout(right)
        rlayout.addLayout(bar)
        rlayout.addWidget(self.preview, 3)
        rlayout.addWidget(self.log_title)
        rlayout.addWidget(self.log_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 900])
        QVBoxLayout(self).addWidget(splitter)
        self.prev_button.clicked.connect(lambda: self.preview.set_page(self.preview.current - 1))
        self.next_button.clicked.connect(lambda: self.preview.set_page(self.preview.current + 1))
        self.print_button.clicked.connect(self.print_doc)
        self.save_button.clicked.connect(self.save_pdf)
        self.cancel_button.clicked.connect(self.cancel_job)
        self.reprint_button.clicked.connect(self.select_reprints)
        self.single_button.clicked.connect(self.print_current_badge)
        self.reissue_button.clicked.connect(self.reissue_current_badge)

    # --- the document ------------------------------------------------------------------------------
    def rebuild(self) -> None:
        """Build the document the options describe and show it (an error becomes the preview's message)."""
        self._stale = False
        try:
            self.doc = self.options.build(self.ctx.event)
            self.preview.set_document(self.doc)
        except CeremonyError as exc:
            self.doc = None
            self.preview.set_document(None, messages.error_text(exc))
        except Exception as exc:  # noqa: BLE001 - never a traceback
            self.doc = None
            self.preview.set_document(None, messages.error_text(exc))
        self._update_buttons()

    def _show_badge_tools(self) -> None:
        badges = self.options.kind() == "badge"
        for widget in (self.reprint_label, self.reprint_button, self.single_button, self.reissue_button):
            widget.setVisible(badges)

    def _show_page_number(self, current: int, count: int) -> None:
        self.page_label.setText(self.tr("第 %1 / %2 页").replace("%1", str(current + 1 if count else 0))
                                .replace("%2", str(count)))
        self.prev_button.setEnabled(current > 0)
        self.next_button.setEnabled(current + 1 < count)

    def _update_buttons(self) -> None:
        busy = self.job is not None
        self.print_button.setEnabled(self.doc is not None and not busy)
        self.save_button.setEnabled(self.doc is not None and not busy)
        self.cancel_button.setEnabled(busy)

    # --- output ------------------------------------------------------------------------------------
    def save_pdf(self) -> None:
        if self.doc is None:
            return
        path = print_actions.ask_save_path(self, self.tr("保存 PDF"), f"{self.doc.title}.pdf")
        if path:
            doc = self.doc        # built here, in the GUI thread; the job only draws it
            self._start_job(lambda ctl: PrintingService.write_pdf(doc, path, ctl.report, ctl.cancelled), path)

    def print_doc(self) -> None:
        if self.doc is None:
            return
        printer = print_actions.printer_for(self.doc)
        if print_actions.run_print_dialog(printer, self):
            doc = self.doc
            self._start_job(lambda ctl: print_actions.print_document(printer, doc, ctl.report, ctl.cancelled),
                            print_actions.target_name(printer))

    def _start_job(self, work, target: str) -> None:
        """Draw in the background (``work(ctl)``), with progress and cancel; record the print when it is done."""
        self._remember_choices()
        self.job, self._job_target, self._job_doc = Job(work, self), target, self.doc
        self.progress.setRange(0, self.doc.page_count)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.job.progressed.connect(lambda done, _total: self.progress.setValue(done))
        self.job.finished.connect(self._job_done)
        self._update_buttons()
        self.job.start()

    def _job_done(self) -> None:
        job, self.job = self.job, None
        error = job.error if job is not None else None
        if job is not None:
            job.deleteLater()
        self.progress.setVisible(False)
        self._update_buttons()
        if isinstance(error, Cancelled):
            self.reprint_label.setText(self.tr("已取消，未保存任何文件。"))
            return
        if error is not None:
            messages.show_error(self, error, self.tr("打印失败"))
            return
        try:
            self.ctx.apply(self.ctx.event.printing.record(self._job_doc, self._job_target))
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc)

    def cancel_job(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def shutdown(self) -> None:
        """Stop a running job before the window goes (the job must not outlive its page)."""
        if self.job is not None:
            self.job.cancel()
            self.job.wait(10000)

    def _remember_choices(self) -> None:
        event, o = self.ctx.event, self.options
        kind = o.kind()
        try:
            if kind == "badge":
                event.set_setting("badge_layout", o.badge_size())
                event.set_setting("badge_sheet", o.sheet_box.currentData())
                event.printing.set_badge_fields(o.badge_fields())
            elif kind == "table_card":
                event.set_setting("table_card_preset", o.preset_box.currentData())
                event.set_setting("table_card_font", o.font_box.currentData())
        except Exception as exc:  # noqa: BLE001 - remembering is a convenience, never a blocker
            messages.show_error(self, exc)

    # --- badges at the desk and after late changes ---------------------------------------------------
    def select_reprints(self) -> None:
        ids = self.ctx.event.printing.needs_reprint()
        self.options.kind_box.setCurrentIndex(0)
        self.options.set_selected_ids(ids)
        self.options.scope_box.setCurrentIndex(self.options.scope_box.findData("ids"))

    def _current_person(self) -> int | None:
        person = self.options.current_person()
        if person is None:
            messages.show_notice(self, self.tr("请先在人员列表中点选一人"), self.tr("胸卡"))
        return person

    def print_current_badge(self) -> None:
        person = self._current_person()
        if person is not None:
            print_actions.print_single_badge(self, self.ctx, person)

    def reissue_current_badge(self) -> None:
        person = self._current_person()
        if person is None:
            return
        name = self.ctx.event.attendee(person).name
        if not messages.ask(self, self.tr("补办胸卡"),
                            self.tr("作废 %1 的旧胸卡二维码并发新码？旧胸卡将无法签到。").replace("%1", name)):
            return
        try:
            self.ctx.apply(self.ctx.event.printing.reissue_badge(person))
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc)
            return
        print_actions.print_single_badge(self, self.ctx, person)

    def edit_classes(self) -> None:
        dialog = BadgeClassDialog(self.ctx.event.categories(), self)
        if dialog.exec() != BadgeClassDialog.Accepted:
            return
        self.apply_classes(dialog.categories())

    def apply_classes(self, categories) -> None:
        try:
            for cat in categories:
                self.ctx.apply(self.ctx.event.save_category(cat))
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc)

    # --- refresh -----------------------------------------------------------------------------------
    def _on_changed(self, changes) -> None:
        if changes.attendees or changes.categories:
            self.options.reload(self.ctx.event)
        if changes.attendees or changes.categories or changes.seats or changes.prints or changes.venue or changes.event:
            if not self.isVisible():
                self._stale = True          # catch up when the page is shown again
                return
            self.refresh_log()
            self._rebuild_timer.start()

    def refresh_log(self) -> None:
        printing = self.ctx.event.printing
        self.log_model.set_jobs(printing.print_jobs())
        stale = printing.needs_reprint()
        cards = printing.needs_reprint("table_card")
        self.reprint_label.setText(self.tr("打印后有变动、需重印：胸卡 %1 人，桌签 %2 人")
                                   .replace("%1", str(len(stale))).replace("%2", str(len(cards))))
        self.reprint_button.setEnabled(bool(stale))

    def retranslate_ui(self) -> None:
        self.options.retranslate_ui()
        self.print_button.setText(self.tr("打印…"))
        self.save_button.setText(self.tr("保存 PDF…"))
        self.cancel_button.setText(self.tr("取消"))
        self.reprint_button.setText(self.tr("勾选需重印的人"))
        self.single_button.setText(self.tr("打印所点选人员的胸卡…"))
        self.reissue_button.setText(self.tr("补办胸卡（作废旧码）…"))
        self.log_title.setText(self.tr("打印记录"))
        self.log_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.log_model.columnCount() - 1)
        self._show_page_number(self.preview.current, self.preview.page_count())
        if not self._stale:
            self.refresh_log()
