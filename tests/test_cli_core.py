"""The command line: init, info, list, and one clear line on bad input."""

import json

import pytest

from ceremony.cli import main


def test_help_lists_commands(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for command in ("init", "info", "list"):
        assert command in out


def test_init_demo_info_and_list(tmp_path, capsys):
    db = str(tmp_path / "d.ceremony")
    assert main(["init", "--demo", "--db", db]) == 0
    assert main(["info", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "东莞市2020年职业教育活动周开幕式" in out and "学生代表" in out
    assert main(["--db", db, "list", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 300
    assert len({r["id"] for r in rows}) == 300
    assert rows[0]["name"] == "黎振华" and rows[0]["title"] == "副市长"


def test_info_json_counts(tmp_path, capsys):
    db = str(tmp_path / "d.ceremony")
    main(["init", str(tmp_path / "d.ceremony"), "--demo"])
    capsys.readouterr()
    assert main(["info", "--json", "--db", db]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["attendees"] == sum(info["by_category"].values()) == 300


def test_env_variable_chooses_file(tmp_path, capsys, monkeypatch):
    db = tmp_path / "env.ceremony"
    main(["init", str(db)])
    monkeypatch.setenv("CEREMONY_DB", str(db))
    capsys.readouterr()
    assert main(["info", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["attendees"] == 0


@pytest.mark.parametrize("content", [None, b"hello", b"SQLite format 3\x00" + b"\xff" * 100])
def test_bad_files_give_one_line(tmp_path, capsys, content):
    db = tmp_path / "bad.ceremony"
    if content is not None:
        db.write_bytes(content)
    assert main(["info", "--db", str(db)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "bad.ceremony" in err[0] and "Traceback" not in err[0]


def test_init_refuses_to_overwrite(tmp_path, capsys):
    db = str(tmp_path / "d.ceremony")
    assert main(["init", db]) == 0
    assert main(["init", db, "--demo"]) == 1
    assert "已存在" in capsys.readouterr().err
