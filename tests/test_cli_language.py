"""The command line speaks Chinese only: every line it prints (results, notes, errors, usage errors and
``--help``) in real processes, with no English word beyond command and option names, values the options
take, file names, format names and the event's own data."""

from __future__ import annotations

import argparse
import csv
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ceremony import settings
from ceremony.cli import build_parser
from ceremony.printing import BADGE_SIZES, DIRECTIONS, OPTIONAL_FIELDS
from ceremony.seating import TEMPLATES

ROOT = Path(__file__).resolve().parents[1]

# Names that are not words of a sentence: formats, the program, keys and placeholders the user types as they are.
NAMES = {"ceremony", "CEREMONY_DB", "PDF", "pdf", "CSV", "csv", "xlsx", "xls", "JSON", "json", "txt", "Excel",
         "QR", "PIN", "URL", "https", "CUPS", "Ctrl", "YYYY-MM-DD", "green", "yellow", "red", "true", "false"}
# An identifier: letters, digits, "_" and inner "-" ("seating-chart", "odd_even", "CEREMONY_DB").
TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*")
FILE_NAME = re.compile(r"\S+\.(?:ceremony|csv|xlsx|xls|pdf|json|txt)\b")


def parser_names(parser: argparse.ArgumentParser) -> set[str]:
    """Command names, option names and option values of the whole command line."""
    names: set[str] = set()
    for action in parser._actions:                      # argparse has no public walk over its actions
        names.update(s.lstrip("-") for s in action.option_strings)
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                names.add(name)
                names |= parser_names(sub)
        elif action.choices:
            names.update(str(c) for c in action.choices)
    return names


ALLOWED = (NAMES | parser_names(build_parser()) | set(settings.REGISTRY) | set(TEMPLATES)
           | set(OPTIONAL_FIELDS) | set(BADGE_SIZES) | set(DIRECTIONS))


def english_words(text: str, *extra_allowed: str) -> list[str]:
    text = FILE_NAME.sub(" ", text)
    return sorted({t for t in TOKEN.findall(text)
                   if sum(c.isalpha() for c in t) >= 3 and t not in ALLOWED and t not in extra_allowed})


def test_the_check_itself_finds_english():
    assert english_words("已导出 3 人 (exported 3 to r.csv)") == ["exported"]
    assert english_words("用法：ceremony seating-chart --out 文件.pdf {audience,rostrum} r.csv") == []


def commands() -> dict[str, argparse.ArgumentParser]:
    return next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)).choices


@pytest.mark.parametrize("name", sorted(commands()))
def test_every_command_help_is_chinese(name):
    text = commands()[name].format_help()
    assert english_words(text) == [], text
    assert "用法：" in text and "显示本帮助并退出" in text


class Cli:
    """``python -m ceremony`` in a fresh process, as a user types it; collects everything printed."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.db = str(folder / "开幕式.ceremony")
        self.env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
                    "PYTHONIOENCODING": "utf-8", "COLUMNS": "100"}
        self.seen: list[tuple[str, str]] = []

    def __call__(self, *args: str, db: bool = True, status: int | None = 0, data_only: bool = False) -> str:
        argv = [*args, "--db", self.db] if db else list(args)
        done = subprocess.run([sys.executable, "-m", "ceremony", *argv], capture_output=True, text=True,
                              encoding="utf-8", env=self.env, cwd=self.folder, timeout=120)
        printed = done.stdout + done.stderr
        if status is not None:
            assert done.returncode == status, (argv, printed)
        assert "Traceback" not in printed, printed
        if not data_only:
            self.seen.append((" ".join(argv), printed.replace(str(self.folder), "")))
        return printed


def write_roster(path: Path) -> Path:
    rows = [["姓名", "单位", "职务", "类别", "手机"],
            ["李明", "东莞市机电工程学校", "校长", "院校负责人", "13800138000"],
            ["王芳", "东莞市机电工程学校", "教师", "教师代表", "13900139000"],
            ["陈刚", "东莞市教育局", "局长", "主办单位领导", "13700137000"],
            ["李明", "东莞市机电工程学校", "校长", "院校负责人", "13800138000"],       # the same person again
            ["", "东莞市教育局", "科员", "科室负责人", "13600136000"]]                    # no name: invalid
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


@pytest.mark.slow
def test_a_small_ceremony_from_the_command_line_prints_only_chinese(tmp_path):
    cli = Cli(tmp_path)
    assert "已创建" in cli("init", cli.db, "--name", "职业教育活动周开幕式", "--date", "2020-11-25 09:30",
                          "--venue", "市民中心", "--hosts", "市教育局、市人社局", db=False)
    assert "还没有备份" in cli("backups")
    cli("info")
    roster = write_roster(tmp_path / "回执.csv")
    out = cli("import", str(roster), status=1)
    assert "姓名为空" in out and "导入 0 人" in out
    out = cli("import", str(roster), "--skip-invalid", status=1)
    assert "导入 3 人" in out and "跳过" in out
    assert "（试运行，未写入）" in cli("import", str(roster), "--dry-run", "--skip-invalid", status=1)
    cli("list")
    assert "已导出 3 人" in cli("export", "--out", str(tmp_path / "名单.csv"))
    cli("organiser-pin", "--pin", "2468")
    assert "已进入签到台模式" in cli("desk-mode", "on")
    assert "签到台模式：开" in cli("desk-mode", "status")
    cli("desk-mode", "off", "--pin", "1111", status=1)                     # a wrong PIN: one Chinese line
    assert "已退出签到台模式" in cli("desk-mode", "off", "--pin", "2468")
    cli("backup")
    cli("backups")
    assert "已新建会场" in cli("venue", "--new", "--template", "auditorium")
    cli("seat", "--auto")
    cli("seating")
    cli("badges", "--out", str(tmp_path / "胸卡.pdf"))
    cli("check", status=None)
    for command in (["table-cards", "--ids", "1,3"], ["signin-sheet", "--order", "strokes"], ["seating-chart"]):
        cli(*command, "--out", str(tmp_path / f"{command[0]}.pdf"))
    cli("needs-reprint")
    assert "胸卡" in cli("print-log")
    # the day: desk, marks, merging, the board and the report
    cli("checkin", "--search", "李")
    assert "签到成功" in cli("checkin", "--id", "1")
    assert "首次签到" in cli("checkin", "--id", "1", status=3)
    cli("checkin", "不是二维码", status=4)
    cli("walk-in", "赵敏", "--unit", "东莞日报社")
    cli("mark", "2", "leave", "--reason", "出差")
    cli("undo-checkin", "1", "--reason", "误签")
    cli("checkin-export", str(tmp_path / "本台.json"))
    cli("checkin-merge", str(tmp_path / "本台.json"))
    cli("board")
    cli("report", "--out", str(tmp_path / "报告.csv"))
    cli("forms", "--out", str(tmp_path / "回执表"))
    cli("host-list")
    cli("desks", status=1)
    labels = "\n".join(line.partition("#")[2] for line in cli("settings", data_only=True).splitlines())   # values are data
    assert english_words(labels) == [], labels
    # usage errors and domain errors
    cli("desk-mode", "maybe", status=2)
    cli("export", status=2)
    cli("checkin", "--pick", "x", "--search", "李", status=2)
    cli("venue", "--new", "--load", "x.json", status=2)
    cli("info", "--db", str(tmp_path / "没有.ceremony"), db=False, status=1)
    cli("badges", "--out", str(tmp_path / "没有的文件夹" / "胸卡.pdf"), status=1)
    assert "文件或文件夹不存在" in cli("import", str(tmp_path / "没有.xlsx"), status=2)   # the system's reason too
    cli("venue", "--load", str(tmp_path / "没有.json"), status=1)
    (tmp_path / "坏.json").write_text("{x", encoding="utf-8")
    assert "不是有效的 JSON 文件" in cli("checkin-merge", str(tmp_path / "坏.json"), status=4)
    for command in ([], ["import"], ["seat"], ["badges"], ["desk-mode"], ["venue"]):
        assert "用法：" in cli(*command, "--help", db=False)
    found = {argv: words for argv, printed in cli.seen
             if (words := english_words(printed, "maybe"))}
    if os.environ.get("SHOW_CLI_OUTPUT"):
        print("\n\n".join(f"$ ceremony {argv}\n{printed}" for argv, printed in cli.seen))
    assert found == {}, "\n\n".join(f"$ ceremony {argv}\n{printed}" for argv, printed in cli.seen
                                     if argv in found)
