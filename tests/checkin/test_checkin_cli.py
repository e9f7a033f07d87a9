"""The check-in commands: JSON shape and exit statuses."""

import json

import pytest

from ceremony.cli import main
from conftest import build_small_event, cast_of


@pytest.fixture
def db(tmp_path, clock):
    """The small fixture event in a file; codes of its leader ("leader") and two students ("a", "b")."""
    path = tmp_path / "cli.ceremony"
    event = build_small_event(path, clock=clock)
    cast = cast_of(event)
    people = {"leader": cast.leader, "a": cast.students[0], "b": cast.students[1]}
    codes = {role: event.badge_code(p.id) for role, p in people.items()}
    codes["people"] = people
    codes["count"] = len(cast.everyone)
    event.close()
    return str(path), codes


def run(capsys, *argv):
    status = main(list(argv))
    out = capsys.readouterr().out
    return status, out


def test_checkin_ok_then_already(db, capsys):
    path, codes = db
    leader = codes["people"]["leader"]
    status, out = run(capsys, "checkin", codes["leader"], "--db", path, "--desk", "东门", "--json")
    data = json.loads(out)
    assert status == 0 and data["status"] == "ok" and data["id"] == leader.id and data["name"] == leader.name
    assert "seat" in data and data["unit"] == leader.unit
    status, out = run(capsys, "checkin", codes["leader"], "--db", path, "--desk", "西门", "--json")
    data = json.loads(out)
    assert status == 3 and data["status"] == "already" and data["first_desk"] == "东门" and data["first_at"]


@pytest.mark.parametrize("code", ["garbage", "CM1.XXXXXXXX.YYYY.ZZZZ"])
def test_rejections_exit_4(db, capsys, code):
    path, _ = db
    status, out = run(capsys, "checkin", code, "--db", path, "--json")
    assert status == 4 and json.loads(out)["status"] in ("invalid", "other_event")


def test_health_refusal_and_undo(db, capsys):
    path, codes = db
    status, out = run(capsys, "checkin", codes["a"], "--db", path, "--temperature", "36.4", "--health-code", "红",
                      "--json")
    assert status == 4 and json.loads(out)["status"] == "refused"
    status, out = run(capsys, "checkin", codes["b"], "--db", path, "--json")
    checkin_id = json.loads(out)["checkin_id"]
    assert run(capsys, "undo-checkin", str(checkin_id), "--reason", "误扫", "--db", path)[0] == 0
    assert main(["undo-checkin", str(checkin_id), "--reason", "again", "--db", path]) == 4


def test_search_lists_and_picks(db, capsys):
    path, codes = db
    leader = codes["people"]["leader"]
    status, out = run(capsys, "checkin", "--search", leader.name, "--db", path, "--json")
    assert status == 0 and json.loads(out.splitlines()[0])["id"] == leader.id
    status, out = run(capsys, "checkin", "--search", leader.name, "--pick", "1", "--db", path, "--json")
    assert status == 0 and json.loads(out)["status"] == "ok"


def test_walk_in_and_board(db, capsys):
    path, codes = db
    status, out = run(capsys, "walk-in", "张三", "--unit", "某公司", "--temperature", "36.5", "--health-code", "green",
                      "--db", path, "--json")
    assert status == 0 and json.loads(out)["status"] == "ok"
    status, out = run(capsys, "board", "--db", path, "--json")
    board = json.loads(out)
    assert board["arrived"] == 1 and board["expected"] == codes["count"] + 1


def test_export_and_merge_commands(db, capsys, tmp_path):
    path, codes = db
    import shutil
    other = str(tmp_path / "desk2.ceremony")
    shutil.copy(path, other)
    assert main(["checkin", codes["leader"], "--db", other, "--desk", "二号台"]) == 0
    assert main(["checkin-export", str(tmp_path / "d2.json"), "--db", other]) == 0
    status, out = run(capsys, "checkin-merge", str(tmp_path / "d2.json"), "--db", path)
    assert status == 0 and "新增 1 条" in out
    status, out = run(capsys, "checkin-merge", str(tmp_path / "d2.json"), "--db", path)
    assert "新增 0 条" in out
    assert main(["checkin", codes["leader"], "--db", path]) == 3


def test_fever_is_reported_within_the_seven_statuses(db, capsys):
    path, codes = db
    status, out = run(capsys, "checkin", codes["a"], "--db", path, "--temperature", "37.8", "--json")
    data = json.loads(out)
    assert status == 4 and data["status"] == "refused" and data["remeasure"] is True
    status, out = run(capsys, "checkin", codes["a"], "--db", path, "--temperature", "37.9", "--retest", "--json")
    data = json.loads(out)
    assert status == 4 and data["status"] == "refused" and data["remeasure"] is False
