"""Acting before choosing what to act on: one short note in the interface language, never a traceback."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from ui import messages
from ui.context import EventContext

_HAN = re.compile(r"[\u3400-\u9fff]")


@pytest.fixture(params=["zh", "en"])
def language(request, qapp):
    from ui.i18n import install_language
    install_language(request.param)
    yield request.param
    install_language("zh")


def test_nothing_chosen_yet_gives_a_note(qtbot, small_event, monkeypatch, language):
    from ui.printing.printing_page import PrintingPage
    from ui.roster.roster_page import RosterPage
    from ui.seating.seating_page import SeatingPage

    notes: list[str] = []
    monkeypatch.setattr(messages, "show_notice", lambda parent, text, title="": notes.append(text))
    ctx = EventContext(small_event)
    seating, roster, printing = SeatingPage(ctx), RosterPage(ctx), PrintingPage(ctx)
    for page in (seating, roster, printing):
        qtbot.addWidget(page)
    seating.assign_selected_person()                  # no person chosen, no seat selected
    assert seating.venue._need_selection() is None     # a venue edit with no seat selected
    QApplication.clipboard().setText("")
    roster.import_clipboard()
    printing.options.people_list.setCurrentItem(None)
    assert printing._current_person() is None
    assert len(notes) == 4
    assert all(bool(_HAN.search(note)) == (language == "zh") for note in notes), notes
