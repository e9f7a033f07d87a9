"""The paper 签到表 and the signs."""

from __future__ import annotations

import pytest

from ceremony.errors import ValidationError
from ceremony.printing.pdf.signin_sheet import COLUMNS
from ceremony.printing.pdf.signs import SignSpec
from printing_support import fonts, page_count, page_size_mm, render, squash, text_of



def test_signin_sheet_has_title_columns_and_padded_names(small_event, tmp_path):
    pdf = tmp_path / "s.pdf"
    small_event.printing.signin_sheet_pdf(pdf)
    text = text_of(pdf)
    assert f"{small_event.info.name}签到表" in squash(text)
    for header, _, _ in COLUMNS:
        assert header in text
    two = next(p for p in small_event.attendees() if len(p.name) == 2)
    assert f"{two.name[0]}\u3000{two.name[1]}" in text or f"{two.name[0]} {two.name[1]}" in text
    assert two.name not in text.split()                               # printed padded, not as stored ...
    assert small_event.attendee(two.id).name == two.name               # ... and stored clean
    assert all(f["emb"] for f in fonts(pdf))
    assert len(render(pdf, 20)) == page_count(pdf) > 1


def test_per_category_sections_start_new_pages(small_event, tmp_path):
    pdf = tmp_path / "s.pdf"
    small_event.printing.signin_sheet_pdf(pdf, per_category=True, categories=["市领导", "媒体记者"])
    pages = page_count(pdf)
    first, last = text_of(pdf, 1), text_of(pdf, pages)
    assert "市领导" in first and "媒体记者" in last and "媒体记者" not in first


def test_stroke_order(small_event):
    people = [p for p in small_event.attendees() if p.category == "教师代表"]
    try:
        expected = [p.name for p in small_event.roster.sorted(people, "strokes")]
    except AttributeError:
        pytest.skip("the roster helper's stroke sort is not there yet")
    doc = small_event.printing.signin_document("strokes", categories=["教师代表"])
    names = [op.text.replace("\u3000", "") for page in doc.pages for op in page.ops
             if getattr(op, "size", 0) == 11 and op.text.replace("\u3000", "") in expected]
    assert names == expected
    with pytest.raises(ValidationError):
        small_event.printing.signin_document("age")


@pytest.mark.parametrize("paper, size", [("A4", (297.0, 210.0)), ("A3", (420.0, 297.0))])
def test_signs_landscape_with_desk_zones_arrows_and_welcome(small_event, tmp_path, paper, size):
    pdf = tmp_path / "signs.pdf"
    extra = SignSpec("arrow", "休息室", "#1155cc", "up")
    small_event.printing.signs_pdf(pdf, signs=small_event.printing.default_signs() + [extra], paper=paper)
    assert page_size_mm(pdf) == size
    text = squash(text_of(pdf))
    assert "签到处" in text and "热烈欢迎" in text and "休息室" in text
    for zone in small_event.repo.zones():
        assert squash(zone.name) in text
    assert len(render(pdf, 15)) == page_count(pdf)
    with pytest.raises(ValidationError):
        small_event.printing.signs_document([SignSpec("arrow", "x", direction="sideways")])


def _people(event, names):
    from ceremony.models import Attendee
    for i, name in enumerate(names, 1):
        event.roster.add(Attendee(name=name, unit=f"单位{i}", category="嘉宾"))


def test_signin_sheet_in_both_stroke_conventions_from_the_cli(empty_event, tmp_path, capsys):
    """`signin-sheet --order strokes --convention zhengxie|renda`; the sheet says it is in stroke order and
    names the characters the stroke data cannot place."""
    from ceremony.cli import main as cli_main
    _people(empty_event, ["田大利", "田富", "万俟卨"])
    db = str(tmp_path / "empty.ceremony")
    order = {}
    for convention in ("zhengxie", "renda"):
        pdf = tmp_path / f"{convention}.pdf"
        assert cli_main(["signin-sheet", "--db", db, "--order", "strokes", "--convention", convention,
                         "--out", str(pdf)]) == 0
        text = squash(text_of(pdf))
        assert "以姓氏笔画为序" in text
        order[convention] = sorted(("田大利", "田富"), key=text.index)
        assert "卨" in capsys.readouterr().err
    assert order == {"zhengxie": ["田富", "田大利"], "renda": ["田大利", "田富"]}


def test_rank_order_sheet_does_not_claim_stroke_order(small_event):
    doc = small_event.printing.signin_document("rank", categories=["教师代表"])
    texts = "".join(getattr(op, "text", "") for op in doc.pages[0].ops)
    assert "以姓氏笔画为序" not in texts
