"""Roster commands: list, import, export."""

from __future__ import annotations

import dataclasses
import sys

from ceremony.cli.common import (add_convention_option, add_db_option, error_line, exported_line, note_line,
                                 open_event, print_json, report_unplaced_characters)

SORT_HELP = "排序：rank 按位次 / strokes 按姓氏笔画 / pinyin 按拼音"


def register(sub) -> None:
    p = sub.add_parser("list", help="列出参会人员")
    p.add_argument("--json", action="store_true", help="每人一行 JSON")
    p.add_argument("--sort", choices=("rank", "strokes", "pinyin"), default="rank", help=SORT_HELP)
    add_convention_option(p)
    add_db_option(p)
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("import", help="导入回执表格（.xlsx .xls .csv）")
    p.add_argument("files", nargs="+", metavar="文件", help="回执表格，可给多个")
    p.add_argument("--unit", default="", metavar="单位", help="文件没有单位列时，全部人员的单位")
    p.add_argument("--category", default="", metavar="类别", help="文件没有类别列时，全部人员的类别")
    p.add_argument("--skip-invalid", action="store_true", help="跳过无法使用的行，导入其余行")
    p.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    add_db_option(p)
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("export", help="导出名单（.xlsx 或 .csv）")
    p.add_argument("--out", required=True, metavar="文件", help="输出文件 .xlsx 或 .csv")
    p.add_argument("--sort", choices=("rank", "strokes", "pinyin"), default="rank", help=SORT_HELP)
    add_convention_option(p)
    p.add_argument("--reveal-ids", action="store_true", help="导出完整身份证号（默认打码）")
    add_db_option(p)
    p.set_defaults(handler=cmd_export)


def cmd_list(args) -> int:
    event = open_event(args)
    people = event.roster.sorted(event.attendees(), args.sort, args.convention)
    if args.sort == "strokes":
        report_unplaced_characters(p.name for p in people)
    for person in people:
        if args.json:
            print_json(dataclasses.asdict(person))
        else:
            print(f"{person.id:>5}  {person.rank:>4}  {person.name}\t{person.unit}\t{person.title}\t{person.category}")
    return 0


def cmd_import(args) -> int:
    """Exit 0: every row used; 1: rows skipped or nothing written because of bad rows; 2: a file unreadable."""
    from ceremony.roster import ADD, SKIP, UPDATE, ImportBlocked, build_plan, load_sources, plan_operation

    event = open_event(args)
    sources, file_errors = load_sources(args.files, args.unit)
    plan = build_plan(event, sources, file_errors, args.category)
    for error in plan.file_errors:
        print(error.text, file=sys.stderr)
    for row in plan.rows:
        for line in row.messages():
            print(line)
        if row.reason is not None:
            print(row.line("姓名", f"{row.reason.text} → {_ACTION_TEXT[row.action]}"))
    for unit, people in plan.not_in_files(event.attendees()).items():
        names = "、".join(p.name for p in people[:10]) + ("…" if len(people) > 10 else "")
        print(note_line(f"{unit}: 名单中另有 {len(people)} 人不在导入的回执中：{names}"))
    unreadable = bool(plan.file_errors)
    try:
        op, counts = plan_operation(event, plan, args.skip_invalid)
    except ImportBlocked as exc:
        print(error_line(exc.message), file=sys.stderr)
        print(_summary(0, 0, len(plan.rows)))
        return 2 if unreadable else 1
    if unreadable and not args.skip_invalid:
        print(_summary(0, 0, len(plan.rows)))
        return 2
    if not args.dry_run:
        op.apply(event)
    print(_summary(counts[ADD], counts[UPDATE], counts[SKIP], args.dry_run))
    if unreadable:
        return 2
    return 1 if counts[SKIP] else 0


_ACTION_TEXT = {"add": "保留两人", "update": "更新", "skip": "跳过", "invalid": "无法导入"}


def _summary(added: int, updated: int, skipped: int, dry_run: bool = False) -> str:
    prefix = "（试运行，未写入）" if dry_run else ""
    return f"{prefix}导入 {added} 人，更新 {updated} 人，跳过 {skipped} 行"


def cmd_export(args) -> int:
    from ceremony.roster import export_roster

    event = open_event(args)
    people = event.roster.sorted(event.attendees(), args.sort, args.convention)
    count = export_roster(event, args.out, people, by=None, reveal_ids=args.reveal_ids)
    print(exported_line(count, "人", args.out))
    return 0
