"""``ceremony report``: every format from the command line, and one clear line on bad input."""

from __future__ import annotations

import json

import openpyxl

import report_scenario as sc
from ceremony.cli import main


def _scripted_db(tmp_path, clock) -> str:
    event, _ = sc.build_event(tmp_path / "s.ceremony", clock)
    event.close()
    return str(tmp_path / "s.ceremony")


def test_report_to_every_format(tmp_path, clock, capsys):
    db = _scripted_db(tmp_path, clock)
    assert main(["report", "--db", db, "--out", str(tmp_path / "r.pdf"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["expected"], out["arrived"], out["late"], out["leave"], out["absent"], out["substitute"]) == \
        sc.EXPECTED_TOTAL
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert main(["report", "--db", db, "--out", str(tmp_path / "r.xlsx")]) == 0
    assert "出席率 57.1%" in capsys.readouterr().out
    assert openpyxl.load_workbook(tmp_path / "r.xlsx").sheetnames[1] == "出席情况统计（按类别）"
    assert main(["report", "--db", db, "--out", str(tmp_path / "r.csv")]) == 0
    assert len(list(tmp_path.glob("r_*.csv"))) == 9


def test_report_one_section(tmp_path, clock, capsys):
    db = _scripted_db(tmp_path, clock)
    assert main(["report", "--db", db, "--out", str(tmp_path / "leaders.csv"), "--section", "leaders"]) == 0
    assert capsys.readouterr().out.splitlines()[0].endswith("leaders.csv")
    text = (tmp_path / "leaders.csv").read_text(encoding="utf-8-sig")
    assert "黎振华" in text and "温豪" not in text


def test_report_bad_format_and_folder(tmp_path, clock, capsys):
    db = _scripted_db(tmp_path, clock)
    assert main(["report", "--db", db, "--out", str(tmp_path / "r.docx")]) != 0
    assert "只能导出" in capsys.readouterr().err
    assert main(["report", "--db", db, "--out", str(tmp_path / "missing" / "r.pdf")]) != 0
    err = capsys.readouterr().err
    assert "无法写入" in err and "Traceback" not in err
