"""Helpers shared by the command modules."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shlex
import sys

from ceremony import messages
from ceremony.errors import EventFileMissing, ValidationError
from ceremony.event import Event
from ceremony.reasons import error_detail
from ceremony.paths import resolve_event_path


DB_HELP = "活动文件；默认为环境变量 CEREMONY_DB，否则为用户数据文件夹中的演示活动"

# Lines several commands print, worded once.
UNCATEGORISED = "(未分类)"


def error_line(text: str) -> str:
    """The one line a failed command prints on stderr."""
    return f"ceremony: 错误: {text}"


def note_line(text: str) -> str:
    """A remark beside the result (stdout or stderr), not an error."""
    return f"提示：{text}"


def written_line(path, detail: str = "") -> str:
    """A file was written: its path and, in brackets, what is in it."""
    return f"已生成 {path}" + (f"（{detail}）" if detail else "")


def exported_line(count: int, what: str, path) -> str:
    """Records went out to a file: how many of what, and where."""
    return f"已导出 {count} {what}到 {path}"


def os_error_text(exc: OSError) -> str:
    """An operating-system error in Chinese: the file and what went wrong."""
    detail = error_detail(exc)
    what = detail.text if isinstance(detail, messages.Message) else detail
    return f"{exc.filename}: {what}" if exc.filename else what


def add_db_option(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: a --db given before the command name is not overwritten by this default.
    parser.add_argument("--db", metavar="活动文件", default=argparse.SUPPRESS, help=DB_HELP)


def open_event(args, read_only: bool = False) -> Event:
    """Open the event named by --db / CEREMONY_DB; the default location gets the demo on first use.

    Commands that only read work beside the program that holds the file; the first write takes
    the file's lock, or says who holds it (EventFileInUse)."""
    explicit = getattr(args, "db", None) or os.environ.get("CEREMONY_DB")
    path = resolve_event_path(getattr(args, "db", None))
    if not explicit and not path.exists():
        from ceremony.demo import create_demo
        path.parent.mkdir(parents=True, exist_ok=True)
        return create_demo(path)
    if not path.exists():
        raise MissingEventFile(path)
    return Event.open(path, read_only=read_only)


class MissingEventFile(EventFileMissing):
    """--db names a file that does not exist: say how to create one."""

    code = "file.missing_cli"

    def __init__(self, path):
        super().__init__(path)
        self.params["quoted"] = shlex.quote(str(path))


class UsageError(ValidationError):
    """A command given without what it needs: one line, and argparse's exit status."""

    exit_status = 2


def print_json(obj) -> None:
    """One line of JSON; records (dataclasses such as PrintJob) print as objects."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=_plain) + "\n")


def _plain(value):
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def add_convention_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--convention", choices=("zhengxie", "renda"),
                        help="姓氏笔画排序中单名的处理：zhengxie 政协惯例（单名视为第二字空白，排在前）/ renda 人大惯例"
                             "（按第二字的笔画）；默认为活动设置 stroke_convention")


def report_unplaced_characters(names) -> None:
    """Say on stderr which characters the stroke data cannot place for sure (never placed silently)."""
    from ceremony.roster import unplaced_characters
    for char, holders in unplaced_characters(names).items():
        shown = "、".join(holders[:5]) + ("…" if len(holders) > 5 else "")
        print(note_line(messages.text("roster.unplaced_character", {"char": char, "names": shown})), file=sys.stderr)
