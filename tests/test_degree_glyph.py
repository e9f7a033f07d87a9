"""℃ is drawn in every font the app uses, on screen and in PDFs (issue 11.7): checked on the glyph outlines,
not only on the code point (the bundled WenQuanYi font maps ℃ to an empty glyph)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QRawFont

from ceremony.checkin.health import HealthReading
from ceremony.fonts import EMPTY_IN_BUNDLED, available_fonts, bundled_font, drawable

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = "体温 37.5 ℃ ≥37.3 ℃"
NOT_SHOWN = {"ceremony/printing/pdf/text.py"}      # its ℃ is in a line-breaking rule table, never drawn


def inked(raw: QRawFont, text: str) -> dict[str, bool]:
    """Each visible character of ``text`` -> whether its glyph in ``raw`` has an outline."""
    out = {}
    for ch in set(text) - {" "}:
        glyphs = raw.glyphIndexesForString(ch)
        out[ch] = bool(glyphs) and glyphs[0] != 0 and not raw.pathForGlyph(glyphs[0]).isEmpty()
    return out


@pytest.fixture
def app_font(qapp):
    from ui.fonts import install_fonts
    install_fonts(qapp)
    return qapp.font()


def test_the_bundled_font_really_has_empty_degree_glyphs(qapp):
    raw = QRawFont(str(bundled_font().path), 40)
    assert not any(inked(raw, "".join(EMPTY_IN_BUNDLED)).values())       # the hazard this guards against


@pytest.mark.parametrize("choice", available_fonts(), ids=lambda c: c.name)
def test_pdf_fonts_draw_what_we_print(qapp, choice):
    raw = QRawFont(str(choice.path), 40)
    assert all(inked(raw, drawable(SAMPLE)).values()), choice


def test_screen_fonts_draw_what_we_show(app_font):
    for font in (app_font, QFont(app_font.family(), 20, QFont.Bold)):
        raw = QRawFont.fromFont(font)
        assert all(inked(raw, drawable(SAMPLE)).values()), font.family()


def test_no_empty_glyph_character_left_in_user_texts():
    found = []
    for path in [*ROOT.glob("ceremony/**/*.py"), *ROOT.glob("ui/**/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and path.name != "fonts.py" \
                    and str(path.relative_to(ROOT)) not in NOT_SHOWN \
                    and not isinstance(getattr(node, "parent", None), ast.Expr) \
                    and any(ch in node.value for ch in EMPTY_IN_BUNDLED) and '"""' not in node.value:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    for ts in ROOT.glob("resources/translations/*.ts"):
        if any(ch in ts.read_text(encoding="utf-8") for ch in EMPTY_IN_BUNDLED):
            found.append(str(ts.relative_to(ROOT)))
    docstrings = {f"{p.relative_to(ROOT)}:{n.body[0].lineno}" for p in ROOT.glob("ceremony/**/*.py")
                  for n in [ast.parse(p.read_text(encoding="utf-8"))] if n.body and isinstance(n.body[0], ast.Expr)}
    assert [f for f in found if f not in docstrings] == []


def test_health_report_pdf_prints_degrees(small_event, cast, tmp_path):
    from printing_support import text_of
    small_event.checkin.check_in_code(small_event.badge_code(cast.teachers[0].id),
                                      health=HealthReading(36.6, "green", False, True))
    paths = small_event.reports.export(tmp_path / "report.pdf")
    text = "".join(text_of(p) for p in paths)
    assert "体温≥37.3 °C" in text and "体温(°C)" in text and "36.6" in text and "℃" not in text


def test_result_panel_shows_degrees(qtbot, small_event, cast):
    from ui.checkin.checkin_result_panel import CheckinResultPanel
    panel = CheckinResultPanel()
    qtbot.addWidget(panel)
    result = small_event.checkin.check_in_code(small_event.badge_code(cast.teachers[1].id),
                                               health=HealthReading(37.5, "green", False, True))
    panel.show_result(result)
    assert "°C" in panel.detail_label.text() and "℃" not in panel.detail_label.text()
