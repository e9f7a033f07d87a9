"""Table cards (桌签): presets render, the top face is turned 180°, names fit or fail clearly, seat order."""

from __future__ import annotations

import pytest

from ceremony.printing.pdf.layouts import TABLE_CARD_PRESETS
from ceremony.printing.pdf.table_cards import CardData, face_ops
from ceremony.printing.pdf.text import NameTooLong
from ceremony.printing.service import PrintFontMissing
from printing_support import fonts as fonts_of
from printing_support import page_count, render, squash, text_of


def _rostrum_ids(event):
    return [p.id for p in event.attendees() if p.on_rostrum]


@pytest.mark.parametrize("preset", list(TABLE_CARD_PRESETS))
def test_every_preset_renders_with_embedded_font(small_event, tmp_path, preset):
    pdf = tmp_path / f"{preset}.pdf"
    small_event.printing.table_cards_pdf(pdf, preset=preset, subline="title")
    people = len(_rostrum_ids(small_event))
    per = len(TABLE_CARD_PRESETS[preset].slots)
    assert page_count(pdf) == -(-people // per)
    assert all(f["emb"] for f in fonts_of(pdf))
    assert len(render(pdf, 20)) == page_count(pdf)
    text = squash(text_of(pdf))
    for aid in _rostrum_ids(small_event):
        assert small_event.attendee(aid).name[0] in text


@pytest.mark.parametrize("preset", ["a4_fold", "a4_trifold", "200x100", "190x178"])
def test_top_face_is_upside_down_so_it_reads_upright_when_folded(small_event, tmp_path, preset, cast):
    """The top face, turned round by 180°, must look like the upright face below it (same pixels)."""
    from PIL import Image, ImageChops, ImageFilter, ImageStat

    pdf = tmp_path / "cards.pdf"
    small_event.printing.table_cards_pdf(pdf, attendee_ids=[cast.leader.id], preset=preset, subline="unit")
    faces = 2 if preset != "a4_trifold" else 3
    fh = 120                                    # render so each face is exactly fh pixels tall
    (page,) = render(pdf, 72, size=(300, faces * fh))
    image = page.filter(ImageFilter.GaussianBlur(1))
    top = image.crop((0, 0, image.width, fh))
    upright = image.crop((0, fh, image.width, 2 * fh))

    def diff(a, b):
        """Mean difference inside the face (fold and cut lines left out), best over ±2 px of rounding."""
        x0, y0, x1, y1 = 12, 10, image.width - 12, fh - 10
        return min(ImageStat.Stat(ImageChops.difference(a.crop((x0 + dx, y0 + dy, x1 + dx, y1 + dy)),
                                                         b.crop((x0, y0, x1, y1)))).mean[0]
                   for dx in range(-2, 3) for dy in range(-2, 3))
    turned = diff(top.rotate(180), upright)
    as_is = diff(top, upright)
    assert turned < 2 and as_is > 10, (turned, as_is)     # same picture once turned; clearly not as printed


def test_cards_follow_rostrum_seat_order(small_event, tmp_path):
    small_event.repo.conn.execute("DELETE FROM assignments")   # the event comes seated; start from an empty plan
    ids = _rostrum_ids(small_event)[:4]
    seats = small_event.repo.query("SELECT seats.id FROM seats JOIN venue_sections s ON s.id = seats.section_id"
                                  " WHERE s.kind = 'rostrum' ORDER BY seats.row, seats.x")
    if len(seats) < 4:
        pytest.skip("the venue has no rostrum")
    order = [ids[2], ids[0], ids[3], ids[1]]            # front row, audience's left to right
    with small_event.repo.transaction():
        for aid, seat in zip(order, reversed(seats[:4])):
            small_event.repo.conn.execute("INSERT INTO assignments (seat_id, attendee_id) VALUES (?, ?)",
                                         (seat["id"], aid))
    order.reverse()
    people = small_event.printing.rostrum_people()
    assert [p.id for p in people[:4]] == order
    pdf = tmp_path / "c.pdf"
    small_event.printing.table_cards_pdf(pdf, attendee_ids=ids, preset="a4_fold")
    for page, aid in enumerate(order, start=1):
        assert squash(small_event.attendee(aid).name) in squash(text_of(pdf, page))


def test_two_character_names_widen_and_long_names_shrink_never_wrap(small_event):
    font = small_event.printing.font()
    w, h = 297 * 72 / 25.4, 105 * 72 / 25.4
    (two,) = face_ops(CardData("王五"), w, h, font, "A4")
    (three,) = face_ops(CardData("王小五"), w, h, font, "A4")
    assert two.char_space > 0 and three.char_space == 0
    assert two.size == pytest.approx(three.size)
    (long,) = face_ops(CardData("阿卜杜热合曼·艾买提江"), w, h, font, "A4")
    assert long.hscale < 1 and "\n" not in long.text
    with pytest.raises(NameTooLong):
        face_ops(CardData("阿" * 30), w, h, font, "A4")


def test_missing_font_and_overlong_name_give_clear_messages(small_event, tmp_path, cast):
    with pytest.raises(PrintFontMissing) as info:
        small_event.printing.table_cards_pdf(tmp_path / "x.pdf", font="楷体GB2312")
    assert "文泉驿微米黑" in info.value.message
    aid, _ = small_event.roster.add(cast.leader.with_(id=None, name="阿" * 30))
    with pytest.raises(NameTooLong):
        small_event.printing.table_cards_pdf(tmp_path / "x.pdf", attendee_ids=[aid], preset="chair")
    assert not (tmp_path / "x.pdf").exists()


def test_a_system_truetype_font_is_embedded_when_chosen(small_event, tmp_path, monkeypatch, cast):
    """On Windows 黑体/宋体/楷体 come from the system; here another CJK TrueType file stands in for 黑体."""
    from pathlib import Path

    from ceremony import fonts

    candidates = [Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
                  Path("/usr/share/ghostscript/10.00.0/Resource/CIDFSubst/DroidSansFallback.ttf")]
    found = next((p for p in candidates if p.is_file()), None)
    if found is None:
        pytest.skip("no second CJK TrueType font on this machine")
    stand_in = fonts.FontChoice("SimHeiStandIn", "黑体", found)
    monkeypatch.setattr(fonts, "available_fonts", lambda: (fonts.bundled_font(), stand_in))
    monkeypatch.setattr("ceremony.printing.service.available_fonts", lambda: (fonts.bundled_font(), stand_in))
    pdf = tmp_path / "c.pdf"
    small_event.printing.table_cards_pdf(pdf, attendee_ids=[cast.leader.id], font="黑体")
    names = [f["name"] for f in fonts_of(pdf)]
    assert any("Droid" in n for n in names) and all(f["emb"] for f in fonts_of(pdf))
    assert squash(cast.leader.name) in squash(text_of(pdf))


def test_table_card_names_are_bold(small_event, cast, tmp_path):
    """Issue 18: 黑体 where the system has it; otherwise the bundled font is drawn bold (filled and stroked)."""
    from ceremony.fonts import available_fonts, needs_synthetic_bold
    from ceremony.printing.pdf.table_cards import CardData, table_card_pages
    from ceremony.printing.pdf.layouts import table_card_preset
    from ceremony.printing.pdf.draw import Text
    from ceremony.fonts import register_font
    pages = table_card_pages([CardData(cast.leader.name)], table_card_preset("a4_fold"), register_font(), bold=True)
    names = [op for group in pages[0].ops if hasattr(group, "ops") for op in group.ops if type(op) is Text]
    assert names and all(op.bold for op in names)
    assert needs_synthetic_bold("WenQuanYiMicroHei") and not needs_synthetic_bold("SimHei")
    pdf = tmp_path / "cards.pdf"
    small_event.printing.table_cards_pdf(pdf)
    if not any(f.name == "SimHei" for f in available_fonts()):
        assert b"2 Tr" in _content_streams(pdf)        # text render mode 2: fill, then stroke


def _content_streams(pdf) -> bytes:
    import zlib
    import re
    data = pdf.read_bytes()
    out = b""
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            out += zlib.decompressobj().decompress(match.group(1))
        except zlib.error:
            pass
    return out
