"""Badges on real output: pages render, the CJK font is embedded, names extract, every QR scans back."""

from __future__ import annotations

import pytest

from ceremony import codes
from ceremony.fileio import OutputError
from ceremony.errors import Cancelled
from ceremony.printing.pdf.layouts import BADGE_SIZES
from ceremony.printing.pdf.text import NameTooLong
from printing_support import decode_all, fonts, page_count, page_size_mm, render, squash, text_of



@pytest.mark.parametrize("layout, sheet, people, pages, size", [
    ("80x118", "single", 6, 6, (80.0, 118.0)),
    ("90x65", "a4", 16, 2, (210.0, 297.0)),          # 8-up with cut marks
    ("85.6x54", "a4", 10, 1, (210.0, 297.0)),        # ID-1, 10-up
    ("100x140", "single", 2, 2, (100.0, 140.0)),
])
def test_every_badge_renders_embeds_font_and_scans_back(small_event, tmp_path, layout, sheet, people, pages, size):
    ids = small_event.printing.select()[:people]
    pdf = tmp_path / "badges.pdf"
    small_event.printing.badge_pdf(ids, pdf, layout=layout, sheet=sheet)
    assert page_count(pdf) == pages
    assert page_size_mm(pdf) == size
    found = fonts(pdf)
    assert found and all(f["emb"] for f in found), found
    assert any("WenQuanYi" in f["name"] for f in found)
    text = squash(text_of(pdf))
    for aid in ids:
        assert squash(small_event.attendee(aid).name) in text
    scanned = [code for image in render(pdf, 300) for code in decode_all(image)]
    assert len(scanned) == people
    owners = [small_event.lookup_code(code) for code in scanned]
    assert all(o.status == codes.OK for o in owners)
    assert sorted(o.attendee_id for o in owners) == sorted(ids)


def test_forged_altered_and_revoked_codes_are_rejected(small_event, cast, tmp_path):
    guest = cast.hosts[1].id
    pdf = tmp_path / "one.pdf"
    pdf.write_bytes(small_event.printing.single_badge_pdf_bytes(guest))
    (code,) = decode_all(render(pdf, 300)[0])
    assert small_event.lookup_code(code).attendee_id == guest
    altered = code[:-2] + ("AB" if code[-2:] != "AB" else "CD")
    assert small_event.lookup_code(altered).status == codes.INVALID
    forged = codes.make_code(small_event.info.uid, codes.new_key_pair()[0], codes.new_token())
    assert small_event.lookup_code(forged).status == codes.INVALID
    small_event.printing.reissue_badge(guest)                       # lost badge
    assert small_event.lookup_code(code).status == codes.REVOKED
    pdf.write_bytes(small_event.printing.single_badge_pdf_bytes(guest))
    (new_code,) = decode_all(render(pdf, 300)[0])
    assert new_code != code and small_event.lookup_code(new_code).attendee_id == guest


def test_fields_class_text_and_seat(small_event, tmp_path, cast):
    small_event.repo.conn.execute("DELETE FROM assignments")   # the event comes seated; start from an empty plan
    seat_id = small_event.repo.scalar("SELECT id FROM seats ORDER BY id LIMIT 1")
    if seat_id is None:
        pytest.skip("the venue has no seats")
    with small_event.repo.transaction():
        small_event.repo.conn.execute("INSERT INTO assignments (seat_id, attendee_id) VALUES (?, ?)",
                                       (seat_id, cast.leader.id))
    cat = small_event.category(cast.leader.category)
    small_event.save_category(cat.__class__(**{**cat.__dict__, "badge_class": "贵宾证", "color": "#004080"}))
    pdf = tmp_path / "b.pdf"
    small_event.printing.badge_pdf([cast.leader.id], pdf)
    text = squash(text_of(pdf))
    assert "贵宾证" in text and "座位" in text and "排" in text
    small_event.printing.badge_pdf([cast.leader.id], pdf, fields=["unit"])       # no QR, no seat, no number
    text = squash(text_of(pdf))
    assert "座位" not in text and "No." not in text
    assert decode_all(render(pdf, 150)[0]) == []


def test_needs_reprint_after_late_changes(small_event, tmp_path):
    ids = small_event.printing.select()[:5]
    assert len(small_event.printing.select("changed")) == small_event.repo.attendee_count()
    small_event.printing.badge_pdf(ids, tmp_path / "b.pdf")
    assert small_event.printing.needs_reprint() == []
    assert not set(ids) & set(small_event.printing.select("changed"))
    person = small_event.attendee(ids[1])
    small_event.roster.update(person.with_(unit="东莞市教育局（新）"))
    small_event.printing.reissue_badge(ids[3])
    assert small_event.printing.needs_reprint() == [ids[1], ids[3]]
    assert {ids[1], ids[3]} <= set(small_event.printing.select("changed"))
    small_event.printing.badge_pdf([ids[1], ids[3]], tmp_path / "again.pdf")
    assert small_event.printing.needs_reprint() == []
    jobs = small_event.printing.print_jobs()
    assert [j.people for j in jobs] == [2, 5]


def test_name_too_long_leaves_no_file(small_event, tmp_path, cast):
    aid, _ = small_event.roster.add(cast.leader.with_(id=None, name="阿" * 40))
    pdf = tmp_path / "long.pdf"
    with pytest.raises(NameTooLong) as info:
        small_event.printing.badge_pdf([aid], pdf)
    assert "太长" in info.value.message
    assert not pdf.exists() and list(tmp_path.glob("*.part")) == []


def test_full_disk_and_cancel_leave_no_half_written_pdf(small_event, tmp_path, monkeypatch, cast):
    pdf = tmp_path / "b.pdf"
    pdf.write_bytes(b"old")
    with pytest.raises(Cancelled):
        small_event.printing.badge_pdf(small_event.printing.select()[:6], pdf, cancelled=lambda: True)
    assert pdf.read_bytes() == b"old"

    from reportlab.pdfgen.canvas import Canvas
    real = Canvas.save

    def full_disk(self):
        real(self)
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(Canvas, "save", full_disk)
    with pytest.raises(OutputError) as info:
        small_event.printing.badge_pdf([p.id for p in cast.hosts[:2]], pdf)
    assert "磁盘已满" in info.value.message
    assert pdf.read_bytes() == b"old" and list(tmp_path.glob(".*.part")) == []
    assert small_event.printing.print_jobs() == []          # nothing logged for failed output


def test_progress_reports_every_page(small_event, tmp_path):
    seen = []
    small_event.printing.badge_pdf(small_event.printing.select()[:20], tmp_path / "b.pdf", layout="90x65",
                                  sheet="a4", progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]


@pytest.mark.parametrize("layout", sorted(BADGE_SIZES))
@pytest.mark.parametrize("sheet", ["a4", "a3"])
def test_nup_sheets_hold_as_many_badges_as_fit(layout, sheet):
    """Every arrangement (sheet upright or turned, badge upright or turned) is tried; the most wins."""
    from ceremony.printing.pdf.layouts import SHEET_MARGIN_MM, SHEETS, arrangement_for, parse_size
    w, h = parse_size(layout)
    sw, sh = SHEETS[sheet]
    best = max(int((a - 2 * SHEET_MARGIN_MM) // bw) * int((b - 2 * SHEET_MARGIN_MM) // bh)
               for a, b in ((sw, sh), (sh, sw)) for bw, bh in ((w, h), (h, w)))
    assert arrangement_for((w, h), sheet).per_sheet == best >= 1


def test_100x140_badges_print_two_per_a4_turned_with_every_qr_readable(small_event, tmp_path):
    pdf = tmp_path / "nup.pdf"
    ids = small_event.printing.select()[:5]
    small_event.printing.badge_pdf(ids, pdf, layout="100x140", sheet="a4")
    pages = render(pdf, 150)
    assert [len(decode_all(p)) for p in pages] == [2, 2, 1]
    assert {c for p in pages for c in decode_all(p)} == {small_event.badge_code(i) for i in ids}
