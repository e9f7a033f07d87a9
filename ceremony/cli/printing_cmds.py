"""Printing commands: badges, table-cards, signin-sheet, signs, and the lost-badge and reprint helpers."""

from __future__ import annotations

from pathlib import Path
import re
import sys
import tempfile
from typing import TYPE_CHECKING

from ceremony import messages
from ceremony.errors import ValidationError
from ceremony.printing import (BADGE_SIZES, DIRECTIONS, OPTIONAL_FIELDS, PAPER, SHEETS, SIGNIN_ORDERS, SUBLINES,
                               TABLE_CARD_PRESETS, SignSpec, media_for, send_to_printer)
from ceremony.cli.parsing import pad
from ceremony.cli.common import (add_convention_option, add_db_option, open_event, print_json,
                                 report_unplaced_characters)

if TYPE_CHECKING:
    from ceremony.event import Event


IDS_HELP = "人员编号，逗号分隔"
KIND_TEXT = {"badge": "胸卡", "table_card": "桌签", "signin_sheet": "签到表", "sign": "标识", "seating_chart": "座次图"}


def register(sub) -> None:
    p = sub.add_parser("badges", help="打印带二维码的胸卡 PDF")
    _output_options(p)
    p.add_argument("--layout", metavar="尺寸", help=f"胸卡尺寸：{', '.join(BADGE_SIZES)}，或 宽x高（毫米）")
    p.add_argument("--sheet", choices=list(SHEETS), help="single 每页一张（胸卡打印机）/ a4、a3 拼版带裁切线")
    p.add_argument("--category", metavar="类别", help="只打印此类别")
    p.add_argument("--unit", metavar="单位", help="只打印此单位")
    p.add_argument("--ids", metavar="编号", help=IDS_HELP)
    p.add_argument("--changed-only", action="store_true", help="只打印未打印过或打印后有变动的")
    p.add_argument("--fields", metavar="项目", help=f"显示的可选项，逗号分隔：{','.join(OPTIONAL_FIELDS)}")
    p.set_defaults(handler=cmd_badges)

    p = sub.add_parser("table-cards", help="打印桌签 PDF（默认为主席台）")
    _output_options(p)
    p.add_argument("--preset", choices=list(TABLE_CARD_PRESETS), help="版式")
    p.add_argument("--font", metavar="字体", help="字体名，如 黑体/宋体/楷体")
    p.add_argument("--subline", choices=[s for s in SUBLINES if s], help="姓名下的小字：title 职务 / unit 单位")
    p.add_argument("--ids", metavar="编号", help="为这些人打印，而不是主席台；" + IDS_HELP)
    p.set_defaults(handler=cmd_table_cards)

    p = sub.add_parser("signin-sheet", help="打印纸质签到表 PDF")
    _output_options(p)
    p.add_argument("--order", choices=SIGNIN_ORDERS, default="rank", help="rank 按位次 / strokes 按姓氏笔画")
    add_convention_option(p)
    p.add_argument("--per-category", action="store_true", help="每个类别单独成页")
    p.add_argument("--category", action="append", metavar="类别", help="只含此类别，可重复")
    p.set_defaults(handler=cmd_signin_sheet)

    p = sub.add_parser("signs", help="打印标识 PDF：签到处、区域牌、指示箭头、欢迎牌")
    _output_options(p)
    p.add_argument("--paper", choices=list(PAPER), default="A4", help="纸张（横向）")
    p.add_argument("--kind", action="append", choices=["checkin", "zone", "arrow", "welcome"],
                   help="只打印这些种类，可重复：checkin 签到处 / zone 区域牌 / arrow 指示箭头 / welcome 欢迎牌")
    p.add_argument("--arrow", action="append", metavar="文字:方向",
                   help=f"自定义箭头，可重复；方向为 {'/'.join(DIRECTIONS)}，如 休息室:left")
    p.set_defaults(handler=cmd_signs)

    p = sub.add_parser("badge-reissue", help="补办胸卡：作废旧码并发新码")
    p.add_argument("attendee_id", type=int, metavar="编号", help="人员编号")
    p.add_argument("--out", metavar="文件", help="同时输出新胸卡 PDF")
    add_db_option(p)
    p.set_defaults(handler=cmd_reissue)

    p = sub.add_parser("badge-revoke", help="作废胸卡码（遗失且暂不补办）")
    p.add_argument("attendee_id", type=int, metavar="编号", help="人员编号")
    add_db_option(p)
    p.set_defaults(handler=cmd_revoke)

    p = sub.add_parser("needs-reprint", help="打印后有变动、需重印胸卡的人")
    p.add_argument("--kind", choices=["badge", "table_card"], default="badge", help="badge 胸卡（默认）/ table_card 桌签")
    p.add_argument("--json", action="store_true", help="以 JSON 输出人员编号")
    add_db_option(p)
    p.set_defaults(handler=cmd_needs_reprint)

    p = sub.add_parser("print-log", help="打印记录：何时打印了什么")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    add_db_option(p)
    p.set_defaults(handler=cmd_print_log)


def _output_options(p) -> None:
    p.add_argument("--out", metavar="文件", help="输出 PDF 文件")
    p.add_argument("--printer", metavar="队列", help="直接送到此 CUPS 打印队列")
    add_db_option(p)


def _ids(text: str | None) -> list[int] | None:
    if not text:
        return None
    try:
        return [int(part) for part in text.replace("，", ",").split(",") if part.strip()]
    except ValueError:
        raise ValidationError("cli.bad_ids", text=text) from None


def _emit(event: Event, doc, args) -> int:
    """Write the document to --out and/or send it to --printer, then log it."""
    if not args.out and not args.printer:
        raise ValidationError("cli.no_output")
    changes = None
    if args.out:
        event.printing.write_pdf(doc, args.out)
        changes = event.printing.record(doc, str(args.out))
    if args.printer:
        with tempfile.TemporaryDirectory(prefix="ceremony-print-") as tmp:
            path = event.printing.write_pdf(doc, Path(tmp) / "job.pdf")
            page = doc.pages[0]
            job = send_to_printer(path, args.printer, doc.title, media=media_for(page.width, page.height))
        event.printing.record(doc, f"printer:{args.printer}")
        print(_queued_line(args.printer, job))
    where = args.out or args.printer
    print(f"{doc.page_count} 页 → {where}" + (f"（{len(doc.items)} 人）" if doc.items else ""), file=sys.stderr)
    return 0 if changes is not None or args.printer else 1


def _queued_line(printer: str, lp_output: str) -> str:
    """lp says "request id is badges-12 (1 file(s))": keep the job id, in Chinese."""
    found = re.search(r"request id is (\S+)", lp_output)
    return f"已送往打印队列 {printer}" + (f"，作业 {found.group(1)}" if found else "")


def _selected_ids(event: Event, args) -> list[int]:
    """The filters narrow each other: --category X --changed-only is "changed people in X"."""
    ids = event.printing.select()
    for scope, value in (("category", args.category), ("unit", args.unit),
                         ("ids", _ids(args.ids) if args.ids else None), ("changed", args.changed_only or None)):
        if value:
            wanted = set(event.printing.select(scope, None if scope == "changed" else value))
            ids = [i for i in ids if i in wanted]
    return ids


def cmd_badges(args) -> int:
    event = open_event(args)
    ids = _selected_ids(event, args)
    if not ids:
        print(messages.text("print.no_badges"), file=sys.stderr)
        return 0
    fields = None if args.fields is None else [f.strip() for f in args.fields.split(",") if f.strip()]
    doc = event.printing.badge_document(ids, args.layout, args.sheet, fields)
    return _emit(event, doc, args)


def cmd_table_cards(args) -> int:
    event = open_event(args)
    doc = event.printing.table_card_document(_ids(args.ids), args.preset, args.font, args.subline or "")
    return _emit(event, doc, args)


def cmd_signin_sheet(args) -> int:
    event = open_event(args)
    doc = event.printing.signin_document(args.order, args.per_category, args.category, args.convention)
    if args.order == "strokes":
        report_unplaced_characters(p.name for p in event.attendees()
                                   if not args.category or p.category in args.category)
    return _emit(event, doc, args)


def cmd_signs(args) -> int:
    event = open_event(args)
    signs = event.printing.default_signs()
    if args.kind:
        signs = [s for s in signs if s.kind in args.kind]
    for spec in args.arrow or ():
        text, _, direction = spec.rpartition(":")
        if not text or direction not in DIRECTIONS:
            raise ValidationError("cli.bad_arrow", spec=spec, directions="/".join(DIRECTIONS))
        signs.append(SignSpec("arrow", text, "#c00000", direction))
    return _emit(event, event.printing.signs_document(signs, args.paper), args)


def cmd_reissue(args) -> int:
    event = open_event(args)
    event.printing.reissue_badge(args.attendee_id)
    person = event.attendee(args.attendee_id)
    print(f"已作废 {person.name} 的旧胸卡码并发新码")
    if args.out:
        doc = event.printing.badge_document([args.attendee_id], sheet="single")
        event.printing.write_pdf(doc, args.out)
        event.printing.record(doc, str(args.out))
    return 0


def cmd_revoke(args) -> int:
    event = open_event(args)
    event.printing.revoke_badge(args.attendee_id)
    print(f"已作废 {event.attendee(args.attendee_id).name} 的胸卡码；下次打印时发新码")
    return 0


def cmd_needs_reprint(args) -> int:
    event = open_event(args)
    ids = event.printing.needs_reprint(args.kind)
    if args.json:
        print_json(ids)
        return 0
    for aid in ids:
        p = event.attendee(aid)
        print(f"{aid:>5}  {p.name}\t{p.unit}")
    print(f"共 {len(ids)} 人需重印{KIND_TEXT[args.kind]}", file=sys.stderr)
    return 0


def cmd_print_log(args) -> int:
    event = open_event(args)
    jobs = event.printing.print_jobs()
    if args.json:
        print_json(jobs)
        return 0
    for job in jobs:
        count = f"{job.people} 人" if job.people else ""
        kind = KIND_TEXT.get(job.kind, job.kind)
        print(f"{job.at[:19].replace('T', ' ')}  {pad(kind, 8)} {job.layout:<14} {pad(count, 8)} {job.target}")
    return 0
