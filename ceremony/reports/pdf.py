"""The attendance report as an A4 PDF: header on every page, page numbers, charts, tables."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer)

from ceremony.reports import model as rm
from ceremony.fileio import atomic_output
from ceremony.fonts import drawable, register_font
from ceremony.printing import kinsoku_paragraph
from ceremony.reports.charts import arrivals_chart, category_chart
from ceremony.reports.format import format_value
from ceremony.reports.pdf_table import GridTable

MARGIN = 15 * mm
PORTRAIT, LANDSCAPE = "portrait", "landscape"
PAGE_SIZES = {PORTRAIT: A4, LANDSCAPE: landscape(A4)}
WIDE_TABLE = 10     # tables with this many columns (防疫台账, 签到明细) print on landscape pages


def write_pdf(report: rm.Report, path: Path | str, progress=None, font: str | None = None) -> None:
    """Write ``report`` to ``path`` (atomically). ``progress(done, total)`` may raise to cancel."""
    font = font or register_font()
    first = _orientation(report.tables[0]) if len(report.tables) == 1 else PORTRAIT
    with atomic_output(path, private=True) as tmp:        # the 防疫台账 holds phones
        doc = BaseDocTemplate(str(tmp), pagesize=PAGE_SIZES[first], title=f"{report.event_name} 出席情况报告",
                              author=report.venue, initialFontName=font)  # no stray unembedded Helvetica
        templates = _templates(report, font)
        doc.addPageTemplates(sorted(templates, key=lambda t: t.id != first))
        widths = {t.id: t.frames[0].width for t in templates}
        story = _story(report, font, widths, first, progress)
        doc.build(story, canvasmaker=_numbered_canvas(font))


def _orientation(table: rm.Table) -> str:
    return LANDSCAPE if len(table.columns) >= WIDE_TABLE else PORTRAIT


def _templates(report: rm.Report, font: str) -> list[PageTemplate]:
    draw = _page_decorator(report, font)
    out = []
    for name, (w, h) in PAGE_SIZES.items():
        frame = Frame(MARGIN, MARGIN + 4 * mm, w - 2 * MARGIN, h - 2 * MARGIN - 12 * mm, id=name,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        out.append(PageTemplate(id=name, frames=[frame], onPage=draw, pagesize=(w, h)))
    return out


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=13, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", base, fontSize=17, leading=24, alignment=1, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=10, alignment=1, textColor=colors.HexColor("#444444")),
        "h": ParagraphStyle("h", base, fontSize=12.5, leading=18, spaceBefore=10, spaceAfter=4),
        "body": base,
        "note": ParagraphStyle("note", base, fontSize=8, leading=11, textColor=colors.HexColor("#555555")),
    }


def _story(report: rm.Report, font: str, widths: dict[str, float], first: str, progress) -> list:
    st = _styles(font)
    width = widths[first]
    t = report.totals
    story = [
        kinsoku_paragraph(_pdf_text(f"{report.event_name}出席情况报告"), st["title"]),
        kinsoku_paragraph(_pdf_text(f"{report.when_where}　　报告生成于 {report.generated_at:%Y-%m-%d %H:%M}"), st["subtitle"]),
        Spacer(1, 6),
        kinsoku_paragraph(_pdf_text(f"应到 {t.expected} 人，实到 {t.arrived} 人（其中迟到 {t.late} 人、代参加 {t.substitute} 人），"
                       f"请假 {t.leave} 人，缺席 {t.absent} 人（其中未签到 {t.pending} 人），出席率 {t.rate:.1%}。"), st["body"]),
    ]
    keys = {tb.key for tb in report.tables}
    if rm.LEADERS in keys and report.leader_sentence:
        story += [Paragraph("新闻稿用语", st["h"]), kinsoku_paragraph(_pdf_text(report.leader_sentence), st["body"])]
    if rm.ARRIVALS in keys or len(keys) > 1:
        story += [KeepTogether([Paragraph("到场时间分布（每5分钟）", st["h"]), arrivals_chart(report, font, width)])]
    if rm.BY_CATEGORY in keys or len(keys) > 1:
        story += [KeepTogether([Paragraph("各类别出席情况", st["h"]), category_chart(report, font, width)])]
    current = first
    for i, table in enumerate(report.tables):
        if progress is not None:
            progress(i, len(report.tables))
        if _orientation(table) != current:
            current = _orientation(table)
            story += [NextPageTemplate(current), PageBreak()]
        story += _table_flowables(table, report, font, widths[current], st)
    if progress is not None:
        progress(len(report.tables), len(report.tables))
    return story


def _table_flowables(table: rm.Table, report: rm.Report, font: str, width: float, st) -> list:
    size = 8 if len(table.columns) > 8 else 9
    widths = _column_widths(table, width, font, size)
    day = report.starts_at.date()
    kinds = [c.kind for c in table.columns]
    rows = [[_pdf_text(format_value(v, k, day)) for v, k in zip(row, kinds)] for row in table.rows]
    if table.total is not None:
        rows.append([format_value(v, k, day) for v, k in zip(table.total, kinds)])
    out = [CondPageBreak(60 * mm), kinsoku_paragraph(_pdf_text(table.title), st["h"])]
    if table.note:   # above the table: a note below a long table could be left alone on the last page
        out += [kinsoku_paragraph(_pdf_text(table.note), st["note"]), Spacer(1, 3)]
    if not table.rows:
        out.append(kinsoku_paragraph("（无）", st["body"]))
    if table.rows or table.total is not None:
        centred = [k != rm.TEXT for k in kinds]
        out.append(GridTable([_pdf_text(c.title) for c in table.columns], rows, widths, font, size, centred,
                             total=table.total is not None))
    return out


def _column_widths(table: rm.Table, width: float, font: str, size: float) -> list[float]:
    """Narrow columns keep their natural width; wide ones share what is left, in proportion."""
    sample = table.rows[:300] + ((table.total,) if table.total else ())
    natural = []
    for i, col in enumerate(table.columns):
        texts = [col.title] + [format_value(r[i], col.kind, None) for r in sample]
        natural.append(min(max(stringWidth(t, font, size) for t in texts), 220) + 8)
    narrow = [w if w <= 64 else None for w in natural]
    rest = width - sum(w for w in narrow if w)
    wide = sum(w for w, n in zip(natural, narrow) if n is None)
    if rest <= 0 or not wide:
        return [width * w / sum(natural) for w in natural]
    return [n if n is not None else rest * w / wide for w, n in zip(natural, narrow)]


def _pdf_text(text: str) -> str:
    return drawable(text)        # e.g. ℃ is an empty glyph in the bundled font


def _page_decorator(report: rm.Report, font: str):
    def draw(canv, doc) -> None:
        w, h = canv._pagesize
        canv.saveState()
        canv.setFont(font, 8.5)
        canv.setFillColor(colors.HexColor("#333333"))
        canv.drawString(MARGIN, h - MARGIN, report.header)
        canv.drawRightString(w - MARGIN, h - MARGIN, "出席情况报告")
        canv.setStrokeColor(colors.HexColor("#999999"))
        canv.setLineWidth(0.5)
        canv.line(MARGIN, h - MARGIN - 3, w - MARGIN, h - MARGIN - 3)
        canv.restoreState()
    return draw


def _numbered_canvas(font: str):
    """A canvas that writes "第 n 页 / 共 N 页" once the page count is known."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            count = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(font, 8.5)
                self.drawCentredString(self._pagesize[0] / 2, MARGIN, f"第 {self._pageNumber} 页 / 共 {count} 页")
                super().showPage()
            super().save()

    return NumberedCanvas
