"""The printing commands: badges, table-cards, signin-sheet, signs, badge-reissue, needs-reprint, print-log."""

from __future__ import annotations

import json

import pytest

from ceremony import codes
from ceremony.cli import main
from printing_support import page_count, page_size_mm, squash, text_of



@pytest.fixture
def db(small_event):
    return ["--db", str(small_event.path)]


def test_badges_with_layout_category_and_changed_only(db, small_event, tmp_path, capsys):
    out = tmp_path / "b.pdf"
    assert main([*db, "badges", "--out", str(out), "--category", "市领导", "--layout", "100x140"]) == 0
    assert page_count(out) == 1 and page_size_mm(out) == (100.0, 140.0)
    assert main([*db, "badges", "--out", str(out), "--changed-only", "--sheet", "a4", "--layout", "85.6x54"]) == 0
    everyone = small_event.repo.attendee_count()
    assert page_count(out) == -(-(everyone - 1) // 10)          # all but the one printed before
    capsys.readouterr()
    assert main([*db, "badges", "--out", str(tmp_path / "none.pdf"), "--changed-only"]) == 0
    assert "没有需要打印" in capsys.readouterr().err and not (tmp_path / "none.pdf").exists()


def test_table_cards_signin_sheet_and_signs(db, tmp_path):
    cards = tmp_path / "c.pdf"
    assert main([*db, "table-cards", "--out", str(cards), "--preset", "chair", "--subline", "unit"]) == 0
    assert page_size_mm(cards) == (297.0, 210.0)
    sheet = tmp_path / "s.pdf"
    assert main([*db, "signin-sheet", "--out", str(sheet), "--per-category", "--category", "市领导",
                 "--category", "家长代表"]) == 0
    assert "签到表" in squash(text_of(sheet))
    signs = tmp_path / "g.pdf"
    assert main([*db, "signs", "--out", str(signs), "--paper", "A3", "--kind", "arrow", "--arrow", "休息室:up"]) == 0
    assert page_size_mm(signs) == (420.0, 297.0) and "休息室" in squash(text_of(signs))


@pytest.mark.parametrize("argv, message", [
    (["signs", "--arrow", "休息室:sideways", "--out", "{tmp}/x.pdf"], "--arrow"),
    (["signs"], "--out"),
    (["table-cards", "--out", "{tmp}/x.pdf", "--font", "华文行楷"], "字体"),
    (["badges", "--out", "{tmp}/x.pdf", "--layout", "huge"], "尺寸"),
    (["badges", "--out", "{tmp}/no/such/folder/x.pdf"], "目录不存在"),
])
def test_bad_input_is_one_clear_line(db, tmp_path, capsys, argv, message):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    assert main([*db, *argv]) != 0
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_lost_badge_reprint_list_and_log(db, small_event, cast, tmp_path, capsys):
    changed, lost = cast.teachers[0].id, cast.teachers[1].id
    assert main([*db, "badges", "--out", str(tmp_path / "b.pdf"), "--ids", f"{changed},{lost}"]) == 0
    old = small_event.badge_code(lost)
    new_pdf = tmp_path / "new.pdf"
    assert main([*db, "badge-reissue", str(lost), "--out", str(new_pdf)]) == 0
    assert small_event.lookup_code(old).status == codes.REVOKED and page_count(new_pdf) == 1
    small_event.roster.update(small_event.attendee(changed).with_(title="新职务"))
    capsys.readouterr()
    assert main([*db, "needs-reprint", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [changed]
    assert main([*db, "print-log", "--json"]) == 0
    jobs = json.loads(capsys.readouterr().out)
    assert [j["people"] for j in jobs] == [1, 2] and jobs[0]["target"] == str(new_pdf)
    code = small_event.badge_code(changed)
    assert main([*db, "badge-revoke", str(changed)]) == 0
    assert small_event.lookup_code(code).status == codes.REVOKED
    assert small_event.badge_code(changed) != code                     # a fresh code on the next print


def test_table_cards_need_reprint_after_a_name_change(db, small_event, tmp_path, capsys):
    rostrum = [p.id for p in small_event.attendees() if p.on_rostrum]
    assert main([*db, "table-cards", "--out", str(tmp_path / "c.pdf")]) == 0
    small_event.roster.update(small_event.attendee(rostrum[2]).with_(name="欧阳新"))
    capsys.readouterr()
    assert main([*db, "needs-reprint", "--kind", "table_card", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [rostrum[2]]
