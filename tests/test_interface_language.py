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
    from ui.seating.chart_dialog import SeatingChartDialog
    from ui.seating.hall_builder_dialog import HallBuilderDialog
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
        SeatingChartDialog(window),
        HallBuilderDialog(event.info.venue, window),
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


# A 回执 with a problem in almost every column, a person twice, people already on the roster, plus an
# unreadable file and a table without a 姓名 header: every kind of import message at once.
_MESSY_RECEIPT = [
    ["序号", "姓名", "性别", "单位", "职务", "手机", "身份证号", "车牌", "是否参加", "证号"],
    ["1", "王五", "X", "甲校", "校长", "12800138000", "4401061990", "S12345", "也许", ""],
    ["2", "", "男", "甲校", "老师", "13800138001", "", "", "", "1.2E+5"],
    ["3", "李四", "男", "甲校", "老师", "13800138002", "440106199003071234", "", "是", ""],
    ["4", "李四", "男", "甲校", "老师", "13800138002", "", "", "是", ""],
    ["5", "张三123", "女", "甲校", "老师", "1.38001E+10", "4.40106E+17", "", "", ""],
    ["6", "赵六", "男", "乙校", "主任", "13700137000", "11010519491231002X", "", "", "0002"],
    ["7", "钱七", "男", "乙校", "主任", "13600136000", "**********1234", "", "", ""],
    ["8", "吴十", "男", "丙校", "主任\x1b[31m", "", "", "", "", "2"],
]
_IMPORT_CODES = {"import.row.damaged.phone", "import.row.damaged.id_number", "import.row.badge_scientific",
                 "import.row.badge_lost_zeros", "import.row.name_empty", "import.row.odd_name",
                 "import.row.gender_unknown", "import.row.rsvp_unknown", "import.row.id_masked",
                 "import.row.unsafe_removed", "person.phone_format", "person.id_length", "person.id_checksum",
                 "person.plate_format", "person.gender_not_id.female", "import.duplicate.in_import",
                 "import.duplicate.name_unit", "import.duplicate.phone", "import.duplicate.shared_phone"}


def test_import_dialog_speaks_one_language_with_warnings_errors_and_duplicates(qtbot, empty_event, tmp_path,
                                                                              language):
    """Row warnings and errors, duplicate reasons, column labels and file errors in the interface language;
    only names, units and the file's own cell values are left as they are."""
    import csv
    from ceremony.models import Attendee
    from ui.context import EventContext
    from ui.roster.import_dialog import ImportDialog
    from ui.roster.import_preview_model import PreviewColumn

    for person in (Attendee(name="王五", unit="甲校"), Attendee(name="赵六", unit="丁校", phone="13700137000"),
                   Attendee(name="孙八", unit="戊校", phone="13600136000"), Attendee(name="周九", unit="乙校")):
        empty_event.roster.add(person)
    receipt, notes, scan = tmp_path / "回执.csv", tmp_path / "说明.csv", tmp_path / "scan.xlsx"
    with open(receipt, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(_MESSY_RECEIPT)
    notes.write_text("填表说明\n请按时报送\n", encoding="utf-8")
    scan.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    dialog = ImportDialog(EventContext(empty_event), paths=[str(receipt), str(notes), str(scan)])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    dialog.show()
    rows = dialog.plan.rows
    codes = {p.message.code for r in rows for p in r.errors + r.warnings} | {r.reason.code for r in rows if r.reason}
    assert codes >= _IMPORT_CODES, _IMPORT_CODES - codes
    assert {m.code for m in dialog.plan.file_errors} == {"import.no_header", "import.not_a_table"}
    cells = {v for row in _MESSY_RECEIPT[1:] for v in row if len(v) > 1}
    data = sorted(set(_data_strings(empty_event)) | cells | {"回执.csv", "说明.csv", "scan.xlsx", "主任"},
                  key=len, reverse=True)
    found = _wrong_language(_visible_texts(dialog) + _cells(dialog.preview), language, data)
    assert not found, "\n".join(found)
    note = "\n".join(dialog.preview_model.index(r, PreviewColumn.NOTE).data() for r in range(len(rows)))
    expected = {"en": ["Name: Name is empty", "Badge no.: The spreadsheet turned badge number “1.2E+5” into scientific",
                       "Same person as 回执.csv row 4 of this import", "Same mobile number as 孙八 (戊校) on the roster",
                       "The roster already has this mobile number (丁校)", "Gender: Gender “X” not recognised"],
                "zh": ["姓名: 姓名为空", "证号: 证号“1.2E+5”被表格软件改成了科学计数法", "与本次导入 回执.csv 第 4 行是同一人",
                       "手机号与名单中的孙八（戊校）相同", "名单中已有此手机号（丁校）", "性别: 无法识别性别“X”"]}[language]
    assert all(text in note for text in expected), note
    assert ("no header row found" if language == "en" else "找不到表头") in dialog.errors_label.text()
    dialog.reject()


def test_attendee_dialog_warnings_speak_one_language(qtbot, language):
    """The person checks (phone, ID number, plate, gender against the ID) are message codes too."""
    from ceremony.models import Attendee
    from ui.roster.attendee_dialog import AttendeeDialog

    person = Attendee(name="王五", unit="甲校", gender="男", phone="12800138000", plate="S12345",
                      id_number="11010519491231002X")
    dialog = AttendeeDialog(person, [], None)
    qtbot.addWidget(dialog)
    text = dialog.warning_label.text()
    assert text.count("⚠") == 3 and not _foreign(text, language, ["王五", "甲校"]), text
    assert ("the ID says female" if language == "en" else "身份证为女") in text


@pytest.mark.parametrize("distancing", [False, True], ids=["zones", "distancing"])
def test_seating_page_reports_auto_seating_in_one_language(qtbot, small_event, language, monkeypatch, distancing):
    """Auto-seating that cannot seat everyone: a 2-seat rostrum for 4 leaders, a zone too small (its people spill
    into the zones behind), a category whose zone has no seats and (epidemic mode) a capacity cap. The question
    before seating part, the report's warnings and every reason: interface language, only names left."""
    import dataclasses

    from ceremony.models import Attendee
    from ui import messages
    from ui.context import EventContext
    from ui.seating.seating_page import SeatingPage

    spec = small_event.seating.venue_spec()
    spec["sections"][0]["rows"] = ["##"]
    small_event.seating.replace_venue(spec)
    for i in range(20):
        small_event.roster.add(Attendee(name=f"企业代表{i}", unit="东莞市模具行业协会", category="行业企业代表"))
    small_event.save_category(dataclasses.replace(small_event.category("初中校长"), zone="贵宾区"))
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda parent, title, text: asked.append(title + "\n" + text) or True)
    page = SeatingPage(EventContext(small_event))
    qtbot.addWidget(page)
    page.show()
    page.run_auto_seat(small_event.seating.rules().with_(distancing=distancing, cap_percent=30), fresh=True)
    report = page.report.toPlainText()
    codes = {w.code for w in small_event.seating.auto_seat(small_event.seating.rules().with_(
        distancing=distancing, cap_percent=30), apply=False, fresh=True, allow_overflow=True).warnings}
    expected = ({"seating.more_people.rostrum", "seating.capacity_cap"} if distancing
                else {"seating.more_people.rostrum", "seating.moved_forward", "seating.spare_used", "seating.overflow"})
    assert expected <= codes and len(asked) == 1
    data = _data_strings(small_event) + ["贵宾区"]
    texts = [("ask", asked[0])] + [(f"report{i}", line) for i, line in enumerate(report.splitlines())]
    texts += [(f"seat{item.seat_id}.toolTip", item.toolTip()) for item in page.scene.items_by_seat.values()]
    page.run_search("龙振宇")                                   # the seated leader: name and seat in the list
    texts += [(f"result{i}", page.results.item(i).text()) for i in range(page.results.count())]
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, exc, title="": shown.append(messages.error_text(exc)))
    leader = page.results.item(0).data(Qt.ItemDataRole.UserRole)
    seat = small_event.seating.seat_of(leader)
    page.ctx.apply(small_event.seating.apply(small_event.seating.lock_operation([seat.id], True))[0])
    empty = next(s for s in small_event.seating.plan() if s.attendee_id is None and not s.blocked)
    page.move_person(leader, empty.id)                          # a locked seat: refused, with the seat named
    assert len(shown) == 1
    texts += [("error", shown[0])]
    found = _wrong_language(_visible_texts(page) + texts, language, data)
    assert not found, "\n".join(found)
    if language == "en":
        assert "No rostrum seat left" in report and ("capacity cap" if distancing else "has no seats") in report
        assert "row 1 seat" in shown[0] and "row 1 seat" in page.results.item(0).text()


def test_hall_builder_lists_its_templates_in_one_language(qtbot, language):
    """会场向导: the templates' names, the fields, the summary and the preview's labels."""
    from PySide6.QtWidgets import QGraphicsSimpleTextItem, QGraphicsView

    from ceremony.seating import TEMPLATES
    from ui.seating.hall_builder_dialog import HallBuilderDialog

    dialog = HallBuilderDialog("小礼堂")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.template.count() == len(TEMPLATES) + 1
    scene = dialog.findChild(QGraphicsView).scene()
    texts = _visible_texts(dialog) + [("preview", item.text()) for item in scene.items()
                                      if isinstance(item, QGraphicsSimpleTextItem)]
    texts += [("preview.toolTip", item.toolTip()) for item in scene.items() if item.toolTip()]
    found = _wrong_language(texts, language, ["小礼堂"])
    assert not found, "\n".join(found)
    first = dialog.template.itemText(1)
    assert first == ("School auditorium (two rostrum rows, three hall blocks)" if language == "en"
                     else "学校礼堂（主席台两排，台下三区）")
    dialog.reject()


def test_the_desk_names_the_seat_in_one_language(qtbot, small_event, language):
    """The check-in result's seat line: section and zone are data, row and seat number the interface's words."""
    from ui.checkin.checkin_result_panel import CheckinResultPanel

    person = next(p for p in small_event.attendees() if p.category == "院校负责人")
    panel = CheckinResultPanel()
    qtbot.addWidget(panel)
    result = small_event.checkin.check_in_attendee(person.id)
    panel.show_result(result)
    seat = panel.texts()["seat"]
    assert result.seat == small_event.seating.seat_label(person.id)          # the CLI and badges keep the Chinese
    found = _wrong_language([("seat", seat)], language, _data_strings(small_event))
    assert not found and ("row" in seat if language == "en" else "排" in seat), (seat, found)
