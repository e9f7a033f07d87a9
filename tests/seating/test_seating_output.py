"""Seating chart PDF and assignment exports, checked on the real files."""

from __future__ import annotations

import csv
import json

import pytest

from ceremony.seating.chart import write_seating_pdf
from ceremony.seating.export import export_assignments
from printing_support import fonts, page_count, page_size_mm, text_of


@pytest.mark.parametrize("paper, view, label", [("A3", "audience", "台下视角"), ("A4", "rostrum", "主席台视角")])
def test_chart_pdf_text_fonts_and_view_label(small_event, cast, tmp_path, paper, view, label):
    small_event.seating.auto_seat()
    out = tmp_path / "chart.pdf"
    pages = write_seating_pdf(small_event, out, paper=paper, view=view, kind="chart")
    assert pages == 1
    text = text_of(out)
    assert label in text and "座次图" in text and cast.leader.name in text
    assert text.count("8排") == 2 and text.count("台1排") == 2          # row numbers on both sides
    assert "图例" in text and "前排领导嘉宾区" in text
    found = fonts(out)
    assert found and all(f["emb"] for f in found)                       # embedded


def test_cards_and_zone_lists(small_event, tmp_path):
    from ceremony.seating.auto import SeatingRules
    small_event.seating.auto_seat(SeatingRules(distancing=True))
    out = tmp_path / "all.pdf"
    pages = write_seating_pdf(small_event, out, kind="all")
    text = text_of(out)
    assert pages > 3 and "主席台桌签摆放单" in text and "师生代表区名单" in text
    assert "≥1米" in text
    # the 摆放单 draws every rostrum seat (5 + 5), empty ones marked, each with its position
    rostrum = [r for r in small_event.seating.assigned_rows() if r.section == "rostrum"]
    assert text.count("左起第") == 10 and "左起第1位" in text and "（空）" in text
    assert all(r.name in text.replace("\u3000", "") for r in rostrum)
    assert small_event.repo.query("SELECT COUNT(*) AS n FROM print_log WHERE kind = 'seating_chart'")[0]["n"] == 1


@pytest.mark.parametrize("paper, long_side", [("A3", 420), ("A4", 297)])
def test_every_page_keeps_the_chosen_paper(small_event, tmp_path, paper, long_side):
    small_event.seating.auto_seat()
    out = tmp_path / "all.pdf"
    write_seating_pdf(small_event, out, paper=paper, kind="all")
    sizes = [sorted(round(v) for v in page_size_mm(out, n)) for n in range(1, page_count(out) + 1)]
    assert len(sizes) > 3 and all(size[1] == long_side for size in sizes), sizes


def test_chart_header_names_the_school_once(small_event, tmp_path):
    from ceremony.seating.chart import place_text
    out = tmp_path / "chart.pdf"
    write_seating_pdf(small_event, out, kind="chart")
    header = next(line for line in text_of(out).splitlines() if "地点" in line)
    school = small_event.info.venue
    assert school and header.count(school) == 1, header
    assert place_text("东莞市电子科技学校", "东莞市电子科技学校 学术报告厅") == "东莞市电子科技学校 学术报告厅"
    assert place_text("东莞市电子科技学校", "学术报告厅") == "东莞市电子科技学校 学术报告厅"
    assert place_text("", "学术报告厅") == "学术报告厅" and place_text("甲校", "") == "甲校"


def test_exports_read_back(small_event, cast, tmp_path):
    from openpyxl import load_workbook
    small_event.seating.auto_seat()
    seated = small_event.repo.assignment_count()
    assert export_assignments(small_event, tmp_path / "a.xlsx") == seated
    book = load_workbook(tmp_path / "a.xlsx")
    assert "师生代表区" in book.sheetnames and book["媒体区"].max_row == len(cast.media) + 1
    sheet = book.active
    assert sheet.max_row == seated + 1 and sheet["G1"].value == "姓名"
    assert sheet["A2"].value == "主席台" and sheet["F2"].value == 1 and sheet["G2"].value == cast.leader.name
    assert all(isinstance(sheet.cell(r, c).value, int) for r in range(2, seated + 2) for c in (2, 3))   # 排, 号
    export_assignments(small_event, tmp_path / "a.csv")
    with open(tmp_path / "a.csv", encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) == seated + 1
    export_assignments(small_event, tmp_path / "a.json")
    data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert data[0]["rostrum_no"] == 1 and {"row", "seat", "x", "section"} <= set(data[0])


def test_export_refuses_unknown_suffix(small_event, tmp_path):
    from ceremony.errors import ValidationError
    with pytest.raises(ValidationError):
        export_assignments(small_event, tmp_path / "a.doc")
    assert not (tmp_path / "a.doc").exists()


def test_every_name_on_the_chart_has_one_size(small_event, cast, tmp_path):
    """Issue 18: the 副市长's three-character name is not smaller than a two-character one; sizes read from the
    PDF itself."""
    import pypdfium2
    import pypdfium2.raw as raw

    pdf = tmp_path / "chart.pdf"
    write_seating_pdf(small_event, pdf, "A3", "audience", "chart")
    document = pypdfium2.PdfDocument(str(pdf))
    page = document[0].get_textpage()
    text = page.get_text_range()
    sizes = [round(raw.FPDFText_GetFontSize(page.raw, i), 2) for i in range(page.count_chars())]
    seated = {r.id for r in small_event.seating.assigned_rows()}
    name_chars = {ch for p in small_event.attendees() if p.id in seated for ch in p.name}
    info = small_event.info
    other = set(f"{info.name}{info.venue}座次图时间地点台排号发言席主席台下视角图例灰色封为封闭座位上方小字大位次以左右尊人（）："
                + "".join(z.name for z in small_event.seating.zones()) + "学术报告厅")
    found = {size for ch, size in zip(text, sizes) if ch in name_chars and ch not in other}
    assert len(found) == 1, found
    two = cast.colleges[0].name
    assert len(two) == 2 and len(cast.leader.name) == 3
    assert f"{two[0]}\u3000{two[1]}" in text and cast.leader.name in text   # two characters spaced to three
    document.close()
