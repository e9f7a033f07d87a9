"""The ``ceremony`` command line.

Every module in this package that defines ``register(subparsers)`` adds its
commands; a command's handler takes ``(args)`` and returns an exit status.
Errors print one line and exit non-zero, never a traceback.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

from ceremony import __version__, messages
from ceremony.cli.common import DB_HELP, error_line, os_error_text
from ceremony.cli.parsing import ChineseArgumentParser
from ceremony.errors import CeremonyError


def build_parser() -> ChineseArgumentParser:
    parser = ChineseArgumentParser(prog="ceremony", description="会务助手：名单、座次、证件、签到与出席报表")
    parser.add_argument("--db", metavar="活动文件", help=DB_HELP)
    parser.add_argument("--version", action="version", version=f"ceremony {__version__}", help="显示版本号并退出")
    sub = parser.add_subparsers(dest="command", metavar="命令")
    # core (init, info) first in --help, then the areas in the order a ceremony is prepared
    order = ["core_cmds", "settings_cmds", "roster_cmds", "seating_cmds", "printing_cmds", "prepare_cmds",
             "checkin_cmds", "sync_cmds", "report_cmds", "desk_cmds", "backup_cmds"]
    modules = sorted(pkgutil.iter_modules(__path__),
                     key=lambda m: (order.index(m.name) if m.name in order else len(order), m.name))
    for info in modules:
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "register"):
            module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    _utf8_stdout()
    _clean_stale_parts()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 0
    try:
        return int(args.handler(args) or 0)
    except CeremonyError as exc:
        print(error_line(exc.message), file=sys.stderr)
        return getattr(exc, "exit_status", 1)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print(f"ceremony: {messages.text('cancelled')}", file=sys.stderr)
        return 130
    except OSError as exc:
        print(error_line(os_error_text(exc)), file=sys.stderr)
        return 1


def _clean_stale_parts() -> None:
    from ceremony.fileio import clean_stale_parts
    try:
        clean_stale_parts()
    except Exception:  # noqa: BLE001 - housekeeping never stops a command
        pass


def _utf8_stdout() -> None:
    # Windows consoles default to a legacy code page; Chinese names must still print.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)     # absent on replaced streams
        try:
            if reconfigure is not None:
                reconfigure(encoding="utf-8")
        except ValueError:
            pass
