"""Every page and dialog in both languages: no interface text in the other language.

The Chinese interface may not show English words, the English one no Chinese characters.
Names and data (the roster, the event, the venue, categories) are taken out before checking;
so are a few product names and units that read the same in both languages.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTime
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QDialog, QGroupBox, QLabel, QLineEdit, QMenu, QTableView,
                               QTabWidget, QTreeView, QWidget)

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[A-Za-z]{2,}(?:['-][A-Za-z]+)*")
# Read the same in a Chinese interface: formats, keys, units, product and standard names.
SAME_IN_BOTH = {
    "PDF", "Excel", "CSV", "QR", "xlsx", "xls", "csv", "pdf", "json", "JSON", "ods", "et", "txt", "WPS", "mm", "ID",
    "Ctrl", "Shift", "Alt", "Enter", "Esc", "Del", "Tab", "PgUp", "PgDn", "Home", "End", "Space", "Backspace",
    "USB", "CUPS", "UTF", "GBK", "PIN", "Python", "PySide", "Qt", "SQLite", "ceremony", "VIP", "WxH", "ltr", "rtl",
}


def _visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every piece of interface text under ``root`` (cells of data tables excepted)."""
    out: list[tuple[str, str]] = [(type(root).__name__ + ".windowTitle", root.windowTitle())]
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        where = f"{type(w).__name__}({w.objectName()})"
        if w.toolTip():
            out.append((where + ".toolTip", w.toolTip()))
        if isinstance(w, QLabel):
            out.append((where, w.text()))
        elif isinstance(w, QAbstractButton):
            out.append((where, w.text()))
        elif isinstance(w, QLineEdit):
            out.append((where + ".placeholder", w.placeholderText()))
        elif isinstance(w, QGroupBox):
            out.append((where, w.title()))
        elif isinstance(w, QComboBox):
            out += [(where + f"[{i}]", w.itemText(i)) for i in range(w.count())]
            out.append((where + ".placeholder", w.placeholderText()))
        elif isinstance(w, QTabWidget):
            out += [(where + f".tab{i}", w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QMenu):
            out.append((where, w.title()))
        if isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
            model = w.model()
            out += [(where + f".header{c}", str(model.headerData(c, Qt.Horizontal, Qt.DisplayRole) or ""))
                    for c in range(model.columnCount(QModelIndex()))]
        for action in w.actions():
            out.append((where + ".action", action.text()))
            if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
                out.append((where + ".action.toolTip", action.toolTip()))
    return [(where, text) for where, text in out if text]


def _data_strings(event) -> list[str]:
    """Names and data the interface shows as they are (longest first, so parts go after wholes)."""
    from ceremony.fonts import available_fonts
    info = event.info
    values = {info.name, info.venue, info.theme, info.organiser, *info.hosts, event.checkin.desk_name(),
              event.setting("venue_name")}
    for p in event.attendees():
        values |= {p.name, p.unit, p.title, p.category, p.notes, p.badge_no, p.phone}
    values |= {f.label for f in available_fonts()}        # font family names
    for c in event.categories():
        values |= {c.name, c.badge_class, c.zone}
    for s in event.seating.plan():
        values |= {s.section_name, s.zone_name or ""}
    return sorted((v for v in values if v), key=len, reverse=True)


def _foreign(text: str, language: str, data: list[str]) -> str:
    """What in ``text`` belongs to the other language ("" when nothing does)."""
    text = re.sub(r"<[^>]+>|&\w+;|#[0-9a-fA-F]{6}\b", " ", text)     # rich-text markup, entities, colours
    text = re.sub(r"\S*[/\\]\S*|\S+\.ceremony\b|\d+(\.\d+)+", " ", text)  # paths, file names, versions
    for value in data:
        if value in text:
            text = text.replace(value, " ")
    if language == "en":
        return "".join(_HAN.findall(text))
    return " ".join(w for w in _WORD.findall(text) if w not in SAME_IN_BOTH)


def _dialogs(window) -> list[QWidget]:
    """Every dialog and extra window of the app, opened on the demo event as the app opens them."""
    from ui.about_dialog import AboutDialog
    from ui.checkin.checkin_correction_dialog import CheckinCorrectionDialog
    from ui.checkin.walkin_dialog import WalkinDialog
    from ui.checkin.welcome_window import WelcomeWindow
    from ui.event_settings_dialog import EventSettingsDialog
    from ui.printing.badge_class_dialog import BadgeClassDialog
    from ui.roster.attendee_dialog import AttendeeDialog
    from ui.roster.import_dialog import ImportDialog
    from ui.roster.roster_rank_dialog import RankSuggestionDialog
    from ui.seating.seating_rules_dialog import SeatingRulesDialog
    from ui.seating.venue_zone_dialog import VenueZoneDialog
    from ceremony.settings import dialog_settings

    event = window.current_event
    names = [c.name for c in event.categories()]
    person = event.attendees()[0]
    rostrum = [(p.id, p.name) for p in event.attendees() if p.on_rostrum]
    return [
        AboutDialog(window),
        EventSettingsDialog(event.info, {s.key: event.setting(s.key) for s in dialog_settings()}, window),
        CheckinCorrectionDialog(f"{person.name}（{person.unit}）", QTime(9, 30), window),
        WalkinDialog(names, window),
        WelcomeWindow(event.info.name, event.info.theme),
        BadgeClassDialog(event.categories(), window),
        AttendeeDialog(person, names, window),
        AttendeeDialog(None, names, window),
        ImportDialog(window.ctx, text="姓名\t单位\t职务\n张三\t东莞市甲校\t校长\n李四\t东莞市乙校\t老师\n", parent=window),
        RankSuggestionDialog(event.roster.suggest_order(), event.info.organiser, window),
        SeatingRulesDialog(event.seating.rules(), rostrum, 2, window, row_sizes=[12, 14]),
        VenueZoneDialog(event.seating.zones(), names, window),
    ]


@pytest.fixture(params=["zh", "en"])
def language(request, qapp):
    from ui.i18n import install_language
    install_language(request.param)
    yield request.param
    install_language("zh")


def test_every_page_and_dialog_speaks_one_language(qtbot, demo_event, language):
    from ui.main_window import PAGES, MainWindow

    window = MainWindow(demo_event)
    qtbot.addWidget(window)
    window.show()
    for key, _module, _cls in PAGES:
        window.show_page(key)
    for page in window.pages.values():       # the check-in page's board and the other inner tabs
        for tabs in page.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
    roots: list[QWidget] = [window]
    for dialog in _dialogs(window):
        qtbot.addWidget(dialog)
        dialog.show()
        roots.append(dialog)
    data = _data_strings(demo_event)
    found = []
    for root in roots:
        for where, text in _visible_texts(root):
            foreign = _foreign(text, language, data)
            if foreign:
                found.append(f"{type(root).__name__} {where}: {text!r} → {foreign!r}")
    for root in roots:
        if isinstance(root, QDialog):
            root.reject()
        else:
            root.close()
    assert not found, f"{len(found)} texts in the wrong language ({language}):\n" + "\n".join(sorted(set(found)))


def _cells(table) -> list[tuple[str, str]]:
    """(where, text) of every cell of a table view, cell widgets (buttons) included."""
    model, out = table.model(), []
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            out.append((f"cell{r},{c}", str(model.index(r, c).data(Qt.DisplayRole) or "")))
            widget = table.indexWidget(model.index(r, c))
            if isinstance(widget, QAbstractButton):
                out.append((f"button{r},{c}", widget.text()))
    return out


def _wrong_language(texts: list[tuple[str, str]], language: str, data: list[str]) -> list[str]:
    found = [f"{where}: {text!r} → {foreign!r}" for where, text in texts if text
             for foreign in [_foreign(text, language, data)] if foreign]
    return sorted(set(found))


def test_checklist_page_speaks_one_language_with_open_items(qtbot, small_event, language):
    """Blocking items (badges not printed, someone without a seat) and a warning (an unranked person): their
    titles and notes in the interface language, only names left as they are."""
    from ceremony.models import Attendee
    from ui.checklist_page import ChecklistPage
    from ui.context import EventContext

    new_id, _ = small_event.roster.add(Attendee(name="新来的", unit="东莞市甲校", category="教师代表"))
    small_event.roster.update(small_event.attendee(new_id).with_(rank=0))
    page = ChecklistPage(EventContext(small_event))
    qtbot.addWidget(page)
    page.show()
    levels = {item.key: (item.level, item.count) for item in page.items}
    assert levels["badges"][0] == "blocks" and levels["badges"][1] > 5 and levels["seats"][1] == 1
    assert levels["rank"] == ("warns", 1)
    found = _wrong_language(_visible_texts(page) + _cells(page.table), language, _data_strings(small_event))
    assert not found, "\n".join(found)
    notes = [page.table.item(r, 2).text() for r in range(page.table.rowCount())]
    assert any(("in all" if language == "en" else "等") in note for note in notes)
