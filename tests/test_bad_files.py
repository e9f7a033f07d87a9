"""The corpus in tests/bad_files/: every hostile or broken file gets one clear line and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from ceremony.cli import main
from ceremony.event import Event

BAD = Path(__file__).resolve().parent / "bad_files"
# Odd but readable: the readable rows are imported (with row warnings), nothing breaks.
TOLERATED = {"control_chars.csv", "bad_date.xlsx", "huge_dimension.xlsx", "bad_quote.csv"}
SPREADSHEETS = sorted(p.name for p in BAD.iterdir() if p.suffix in (".xlsx", ".xls", ".csv") and p.name not in TOLERATED)
VENUES = sorted(p.name for p in BAD.glob("venue_*.json"))


def _state(path: Path) -> tuple:
    event = Event.open(path, read_only=True)
    try:
        people = tuple((p.id, p.name, p.unit, p.phone, p.version) for p in event.attendees())
        return people, event.summary()["seats"], event.venue_signature() if hasattr(event, "venue_signature") else ()
    finally:
        event.close()


@pytest.fixture
def db(small_event):
    path = small_event.path
    small_event.close()
    return path


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


@pytest.mark.parametrize("name", SPREADSHEETS)
def test_bad_spreadsheet_is_one_line_and_changes_nothing(name, db, capsys):
    before = _state(db)
    status = main(["import", str(BAD / name), "--unit", "东莞日报", "--db", str(db)])
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    lines = [line for line in out.err.strip().splitlines() if line]
    assert status != 0 and len(lines) == 1 and name in lines[0], out.err
    assert _state(db) == before


@pytest.mark.parametrize("name", sorted(TOLERATED - {"control_chars.csv"}))
def test_odd_but_readable_spreadsheet_imports_what_it_can(name, db, capsys):
    status = main(["import", str(BAD / name), "--unit", "东莞日报", "--skip-invalid", "--db", str(db)])
    assert status == 0 and "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize("name", VENUES)
def test_bad_venue_file_is_one_line_and_changes_nothing(name, db, capsys):
    before = _state(db)
    assert main(["venue", "--load", str(BAD / name), "--db", str(db)]) != 0
    assert "会场" in _one_line_error(capsys)
    assert _state(db) == before


def test_huge_csv_is_refused_before_anything_is_written(db, tmp_path, capsys):
    big = tmp_path / "huge.csv"
    with open(big, "wb") as fh:
        fh.write("姓名,单位\n".encode())
        fh.truncate(200 * 2**20)                 # 200 MB (sparse: costs no disk)
    before = _state(db)
    assert main(["import", str(big), "--unit", "东莞日报", "--db", str(db)]) != 0
    assert "过大" in _one_line_error(capsys)
    assert _state(db) == before


def test_control_characters_are_removed_with_a_warning(db, capsys):
    assert main(["import", str(BAD / "control_chars.csv"), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "控制字符" in out
    event = Event.open(db, read_only=True)
    names = {p.name: p for p in event.attendees()}
    event.close()
    assert {"张三", "李四", "王五"} <= set(names)
    assert names["王五"].unit == "东莞日报"


def test_a_bad_character_already_stored_never_breaks_an_export(small_event, cast, tmp_path):
    import openpyxl
    with small_event.repo.transaction():                # as an older version could have stored it
        small_event.repo.conn.execute("UPDATE attendees SET name = ?, unit = ? WHERE id = ?",
                                      ("张\x07三\x1b[0m", "A\x00B", cast.hosts[3].id))
    from ceremony.roster import export_roster
    export_roster(small_event, tmp_path / "r.xlsx")
    export_roster(small_event, tmp_path / "r.csv")
    small_event.reports.export(tmp_path / "report.xlsx") if hasattr(small_event.reports, "export") else None
    names = [row[1] for row in openpyxl.load_workbook(tmp_path / "r.xlsx").active.iter_rows(values_only=True)]
    assert "张三[0m" in names or "张三" in names


@pytest.mark.parametrize("name", sorted(p.name for p in BAD.glob("merge_*.json")))
def test_bad_merge_file_is_one_line_and_changes_nothing(name, db, tmp_path, capsys):
    source = BAD / name
    if b'"SAME"' in source.read_bytes():                  # a file claiming to be of this very event
        event = Event.open(db, read_only=True)
        uid = event.info.uid
        event.close()
        source = tmp_path / name
        source.write_text((BAD / name).read_text(encoding="utf-8").replace('"SAME"', f'"{uid}"'), encoding="utf-8")
    before = _state(db)
    assert main(["checkin-merge", str(source), "--db", str(db)]) != 0
    _one_line_error(capsys)
    assert _state(db) == before
