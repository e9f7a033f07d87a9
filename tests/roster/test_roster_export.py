"""Roster export: .xlsx and .csv (UTF-8 with BOM), formula-safe, importable again."""

import csv

import openpyxl
import pytest

from ceremony.roster.exporting import ExportFormatError, export_roster
from ceremony.roster.importing import import_files
from ceremony.models import Attendee


@pytest.fixture
def risky_event(empty_event):
    empty_event.roster.add(Attendee(name="王五", unit="=HYPERLINK(\"http://x\")", title="+校长", notes="@SUM(A1)",
                                    phone="13800138001", on_rostrum=True))
    empty_event.roster.add(Attendee(name="李四", unit="甲", title="-1", phone="13900139002"))
    return empty_event


def test_csv_has_bom_and_escapes_formulas(risky_event, tmp_path):
    path = tmp_path / "名单.csv"
    assert export_roster(risky_event, path) == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:3] == ["序号", "姓名", "性别"]
    assert rows[1][3] == '="=HYPERLINK(""http://x"")"' and rows[1][4] == '="+校长"' and rows[1][13] == '="@SUM(A1)"'
    assert rows[2][4] == '="-1"' and rows[2][6] == "13900139002"


def test_xlsx_cells_are_text_not_formulas(risky_event, tmp_path):
    path = tmp_path / "名单.xlsx"
    export_roster(risky_event, path, by="strokes")
    sheet = openpyxl.load_workbook(path).active
    assert [sheet.cell(r, 2).value for r in (2, 3)] == ["王五", "李四"]     # 王 (4 strokes) before 李 (7)
    assert sheet["D2"].data_type == "s" and sheet["D2"].value == '=HYPERLINK("http://x")'
    assert sheet["D2"].quotePrefix and sheet["E2"].quotePrefix and not sheet["B2"].quotePrefix
    assert sheet["J2"].value == "是"


def test_export_imports_back(small_event, tmp_path, empty_event):
    path = tmp_path / "all.xlsx"
    export_roster(small_event, path)
    _, result = import_files(empty_event, [path])
    assert result.added == len(small_event.attendees()) and result.skipped == 0
    assert [p.name for p in empty_event.roster.sorted(empty_event.attendees(), "rank")] == \
        [p.name for p in small_event.roster.sorted(small_event.attendees(), "rank")]


def test_bad_suffix_and_no_partial_file(risky_event, tmp_path):
    with pytest.raises(ExportFormatError):
        export_roster(risky_event, tmp_path / "x.pdf")
    assert list(tmp_path.glob("x.*")) == []


RISKY = [Attendee(name="赵六", unit="-2+3", title="=未说明原因", notes="-", badge_no="0007", phone="13800138009",
                  id_number="441900197710035961"),
         Attendee(name="钱七", unit="+甲", notes="@某人", badge_no="0100", id_number="110101199003074514")]
FIELDS = ("name", "gender", "unit", "title", "category", "phone", "id_number", "plate", "on_rostrum", "speaker",
          "rsvp", "badge_no", "notes")


def _snapshot(event) -> list[tuple]:
    return [tuple(getattr(p, f) for f in FIELDS) for p in event.roster.sorted(event.attendees(), "rank")]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_whole_demo_roster_round_trips_unchanged(suffix, demo_event, tmp_path, clock):
    """Export everyone, import into a copy of the event: nothing changes; into an empty event: the same people."""
    from ceremony.demo import create_demo
    from ceremony.event import Event
    for p in RISKY:
        demo_event.roster.add(p)
    path = tmp_path / f"all{suffix}"
    export_roster(demo_event, path, reveal_ids=True)        # the organiser asked for full ID numbers
    copy = create_demo(tmp_path / "copy.ceremony", clock=clock)
    for p in RISKY:
        copy.roster.add(p)
    before = _snapshot(copy)
    plan, result = import_files(copy, [path])
    assert not plan.invalid_rows and not [w for r in plan.rows for w in r.warnings if "丢失" in w.text]
    assert result.added == 0 and result.updated == len(before)
    assert _snapshot(copy) == before
    copy.close()
    fresh = Event.create(tmp_path / "fresh.ceremony", clock=clock)
    import_files(fresh, [path])
    assert _snapshot(fresh) == _snapshot(demo_event)
    fresh.close()


def test_ids_are_masked_unless_asked_and_a_masked_file_never_overwrites_them(small_event, tmp_path):
    person = RISKY[0]
    pid, _ = small_event.roster.add(person)
    path = tmp_path / "masked.csv"
    export_roster(small_event, path)
    text = path.read_text(encoding="utf-8-sig")
    assert person.id_number not in text and person.id_number[:4] + "*" in text
    assert path.stat().st_mode & 0o077 == 0                   # phones inside: the user's only
    plan, result = import_files(small_event, [path])
    assert small_event.attendee(pid).id_number == person.id_number
