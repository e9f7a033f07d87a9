"""`ceremony badges` filters narrow each other instead of the first one winning."""

from ceremony.cli import main


def test_category_and_changed_only_intersect(small_event, tmp_path, capsys):
    db = str(small_event.path)
    leaders = [p.id for p in small_event.attendees() if p.category == "市领导"]
    assert main(["--db", db, "badges", "--out", str(tmp_path / "a.pdf"), "--category", "市领导", "--changed-only"]) == 0
    assert f"（{len(leaders)} 人）" in capsys.readouterr().err
    # now printed and unchanged: nothing left in that category
    assert main(["--db", db, "badges", "--out", str(tmp_path / "b.pdf"), "--category", "市领导", "--changed-only"]) == 0
    assert "没有需要打印" in capsys.readouterr().err
    assert not (tmp_path / "b.pdf").exists()
