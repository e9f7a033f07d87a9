"""The 打印 page: preview, save, print (to a PDF-file printer), cancel, reprint list, lost badge."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtPrintSupport")

from PySide6.QtPrintSupport import QPrinter  # noqa: E402

from ceremony import codes  # noqa: E402
from ceremony.models import Changes  # noqa: E402
from printing_support import decode_all, page_count, render  # noqa: E402
from ui import messages
from ui.printing import print_actions  # noqa: E402
from ui.printing.badge_class_dialog import BadgeClassDialog  # noqa: E402
from ui.context import EventContext  # noqa: E402
from ui.printing.printing_log_model import PrintLogModel  # noqa: E402
from ui.printing.printing_page import PrintingPage  # noqa: E402


@pytest.fixture
def page(qtbot, small_event):
    ctx = EventContext(small_event)
    widget = PrintingPage(ctx)
    qtbot.addWidget(widget)
    assert widget.doc is None               # nothing is built before the page is first shown
    widget.show()
    yield widget
    widget.shutdown()


@pytest.fixture
def errors(monkeypatch):
    seen = []
    monkeypatch.setattr(messages, "show_error", lambda parent, exc, title="": seen.append(exc))
    return seen


def _to_pdf_printer(path):
    def dialog(printer, parent):
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(str(path))
        return True
    return dialog


def _kind(page, kind):
    page.options.kind_box.setCurrentIndex(page.options.kind_box.findData(kind))
    page.rebuild()


def test_preview_follows_the_choices(page, small_event):
    assert page.preview.page_count() == small_event.repo.attendee_count()     # one badge a page
    page.options.sheet_box.setCurrentIndex(page.options.sheet_box.findData("a4"))
    page.rebuild()
    assert page.preview.page_count() == -(-small_event.repo.attendee_count() // 4)
    page.options.scope_box.setCurrentIndex(page.options.scope_box.findData("category"))
    page.options.scope_value.setCurrentIndex(page.options.scope_value.findData("市领导"))
    page.rebuild()
    assert page.preview.page_count() == 1
    page.options.layout_box.setEditText("95x70")          # a size typed in, not a preset
    page.rebuild()
    assert page.doc.layout == "95x70@a4" and page.preview.page_count() == 1
    _kind(page, "table_card")
    assert page.preview.page_count() == len([p for p in small_event.attendees() if p.on_rostrum])
    _kind(page, "signin_sheet")
    assert page.doc.kind == "signin_sheet" and page.preview.page_count() > 1
    _kind(page, "sign")
    assert page.doc.kind == "sign"
    page.preview.set_page(2)
    assert page.page_label.text().startswith("第 3 /")
    page.preview.grab()            # paints without raising


def test_save_pdf_in_the_background_and_log_it(page, qtbot, tmp_path, monkeypatch, errors):
    target = tmp_path / "all.pdf"
    monkeypatch.setattr(print_actions, "ask_save_path", lambda *a: str(target))
    page.options.sheet_box.setCurrentIndex(page.options.sheet_box.findData("a4"))
    page.rebuild()
    page.save_pdf()
    assert page.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: page.job is None, timeout=60000)
    assert errors == [] and page_count(target) == page.preview.page_count()
    assert page.log_model.rowCount() == 1 and page.log_model.jobs[0].target == str(target)
    assert page.ctx.event.setting("badge_sheet") == "a4"          # the choice is remembered


def test_cancel_leaves_no_file(page, qtbot, tmp_path, monkeypatch, errors):
    from ui.jobs import Job

    target = tmp_path / "all.pdf"
    monkeypatch.setattr(print_actions, "ask_save_path", lambda *a: str(target))
    real_start = Job.start
    monkeypatch.setattr(Job, "start", lambda self: (self.cancel(), real_start(self))[1])
    page.save_pdf()
    qtbot.waitUntil(lambda: page.job is None, timeout=60000)
    assert not target.exists() and errors == []
    assert "取消" in page.reprint_label.text() and page.log_model.rowCount() == 0


def test_print_through_qt_printer_and_single_badge_scans(page, qtbot, tmp_path, monkeypatch, errors, cast):
    _kind(page, "table_card")
    out = tmp_path / "cards.pdf"
    monkeypatch.setattr(print_actions, "run_print_dialog", _to_pdf_printer(out))
    page.print_doc()
    qtbot.waitUntil(lambda: page.job is None, timeout=60000)
    assert errors == [] and page_count(out) == page.preview.page_count()
    single = tmp_path / "one.pdf"
    monkeypatch.setattr(print_actions, "run_print_dialog", _to_pdf_printer(single))
    guest = cast.students[0].id
    assert print_actions.print_single_badge(page, page.ctx, guest)
    (code,) = decode_all(render(single, 300)[0])
    assert page.ctx.event.lookup_code(code).attendee_id == guest
    assert page.log_model.jobs[0].target == str(single) and page.log_model.jobs[0].people == 1


def test_badge_on_a_bigger_sheet_prints_true_size(page, tmp_path, monkeypatch, errors, cast):
    from PySide6.QtGui import QPageSize

    out = tmp_path / "a4.pdf"

    def a4_printer(printer, parent):
        printer.setPageSize(QPageSize(QPageSize.A4))        # the user picked plain A4 in the dialog
        return _to_pdf_printer(out)(printer, parent)
    monkeypatch.setattr(print_actions, "run_print_dialog", a4_printer)
    assert print_actions.print_single_badge(page, page.ctx, cast.hosts[1].id) and errors == []
    from printing_support import page_size_mm
    w, h = page_size_mm(out)
    assert abs(w - 210) < 1 and abs(h - 297) < 1
    image = render(out, 50)[0]
    left, top, right, bottom = image.point(lambda v: 255 if v < 250 else 0).getbbox()
    assert abs((right - left) / 50 * 25.4 - 80) < 3           # the badge is 80 mm wide on the sheet
    (code,) = decode_all(render(out, 300)[0])
    assert page.ctx.event.lookup_code(code).attendee_id == cast.hosts[1].id


def test_vanished_printer_gives_a_message(page, monkeypatch, errors, cast):
    def gone(printer, parent):
        printer.setPrinterName("no-such-printer-anywhere")
        return True
    monkeypatch.setattr(print_actions, "run_print_dialog", gone)
    assert not print_actions.print_single_badge(page, page.ctx, cast.leader.id)
    assert len(errors) == 1 and "打印机" in errors[0].message
    assert page.ctx.event.printing.print_jobs() == []


def test_bad_input_shows_in_preview_not_as_traceback(page, small_event, cast):
    page.options.scope_box.setCurrentIndex(page.options.scope_box.findData("ids"))
    page.rebuild()                                      # nobody ticked
    assert page.doc is None and "没有需要打印" in page.preview.message
    aid, _ = small_event.roster.add(cast.leader.with_(id=None, name="阿" * 40))
    page.ctx.apply(Changes(attendees=True, ids=frozenset({aid})))
    page.options.scope_box.setCurrentIndex(page.options.scope_box.findData("ids"))
    page.options.set_selected_ids([aid])
    page.rebuild()
    assert page.doc is None and "太长" in page.preview.message
    assert not page.print_button.isEnabled() and not page.save_button.isEnabled()


def test_reprint_list_and_lost_badge(page, small_event, tmp_path, monkeypatch, errors, cast):
    leader, lost, other = cast.leader.id, cast.hosts[0].id, cast.hosts[1].id
    small_event.printing.badge_pdf([leader, lost, other], tmp_path / "b.pdf")
    old = small_event.badge_code(lost)
    small_event.roster.update(small_event.attendee(leader).with_(title="常务副市长"))
    page.ctx.apply(Changes(attendees=True, ids=frozenset({leader})))
    assert "胸卡 1 人" in page.reprint_label.text()
    page.options.scope_box.setCurrentIndex(page.options.scope_box.findData("changed"))
    page.rebuild()
    assert page.preview.page_count() == small_event.repo.attendee_count() - 2
    page.select_reprints()
    assert page.options.selected_ids() == [leader] and page.options.scope_box.currentData() == "ids"
    page.rebuild()
    assert page.preview.page_count() == 1
    monkeypatch.setattr(messages, "ask", lambda *a: True)
    monkeypatch.setattr(print_actions, "run_print_dialog", lambda *a: False)
    for row in range(page.options.people_list.count()):
        if page.options.people_list.item(row).data(256) == lost:
            page.options.people_list.setCurrentRow(row)
    page.reissue_current_badge()
    assert small_event.lookup_code(old).status == codes.REVOKED and errors == []
    assert lost in small_event.printing.needs_reprint()


def test_badge_classes_dialog_saves_per_category(page, qtbot, small_event):
    dialog = BadgeClassDialog(small_event.categories())
    qtbot.addWidget(dialog)
    assert dialog.categories() == []
    dialog.class_edits[0].setText("贵宾证")
    dialog.set_color(0, "#123456")
    (edited,) = dialog.categories()
    page.apply_classes([edited])
    saved = small_event.category(edited.name)
    assert (saved.badge_class, saved.color) == ("贵宾证", "#123456")


def test_log_model(qtmodeltester, small_event, cast, tmp_path):
    small_event.printing.badge_pdf([p.id for p in cast.hosts[:2]], tmp_path / "a.pdf")
    small_event.printing.signs_pdf(tmp_path / "s.pdf")
    model = PrintLogModel()
    model.set_jobs(small_event.printing.print_jobs())
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.data(model.index(1, 3)) == 2


@pytest.mark.parametrize("kind", ["badge", "table_card"])
def test_preview_paints_what_the_pdf_prints(qtbot, small_event, tmp_path, kind):
    """The Qt painter backend (preview and printer) and the PDF agree pixel for pixel, near enough."""
    from PIL import Image, ImageChops, ImageFilter, ImageStat
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from ui.printing.printing_painter import paint_page

    doc = (small_event.printing.badge_document([1]) if kind == "badge"
           else small_event.printing.table_card_document([1], subline="title"))
    pdf = tmp_path / "p.pdf"
    small_event.printing.write_pdf(doc, pdf)
    (from_pdf,) = render(pdf, 60)
    image = QImage(from_pdf.width, from_pdf.height, QImage.Format_RGB32)
    painter = QPainter(image)
    paint_page(painter, doc.pages[0], QRectF(0, 0, image.width(), image.height()))
    painter.end()
    image.save(str(tmp_path / "qt.png"))
    from_qt = Image.open(tmp_path / "qt.png").convert("L")
    blur = ImageFilter.GaussianBlur(1.5)
    mean = ImageStat.Stat(ImageChops.difference(from_qt.filter(blur), from_pdf.filter(blur))).mean[0]
    blank = Image.new("L", from_pdf.size, 255)
    ink = ImageStat.Stat(ImageChops.difference(blank, from_pdf.filter(blur))).mean[0]
    assert mean < 8 and mean < ink / 3, (mean, ink)      # sub-pixel fringes only
