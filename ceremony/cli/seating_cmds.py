"""seat, seating, seating-chart, seating-export, venue: the seating desk from the command line."""

from __future__ import annotations

from ceremony.cli.common import UsageError, add_db_option, exported_line, open_event, print_json, written_line


def register(sub) -> None:
    p = sub.add_parser("seat", help="自动排座：主席台和台下")
    p.add_argument("--auto", action="store_true", help="按规则自动排座；已锁定的座位不动")
    p.add_argument("--rule", choices=["left", "right"], help="left 以左为尊（默认）/ right 以右为尊")
    p.add_argument("--even", choices=["A", "B"], help="主席台偶数人时的排法 A/B")
    p.add_argument("--distancing", action="store_true", default=None, help="防疫隔位就座")
    p.add_argument("--no-distancing", dest="distancing", action="store_false", help="不隔位就座")
    p.add_argument("--cap", type=int, metavar="百分比", help="防疫限额（固定座位的百分比，默认 50）")
    p.add_argument("--fill", choices=["centre", "ltr", "rtl", "serpentine"],
                   help="台下填座方式：centre 居中向两侧 / ltr 从左到右 / rtl 从右到左 / serpentine 蛇形")
    p.add_argument("--blocks", choices=["rows", "bands"], help="单位座位：rows 横排 / bands 竖排")
    p.add_argument("--unit-order", choices=["rank", "strokes", "pinyin"],
                   help="区内单位顺序：rank 按位次 / strokes 按姓氏笔画 / pinyin 按拼音")
    p.add_argument("--spare", type=int, metavar="N", help="每区备用座位数")
    p.add_argument("--fresh", action="store_true", help="全部重排，不保留现有座位（锁定的仍保留）")
    p.add_argument("--partial", action="store_true", help="座位不够时仍安排坐得下的人")
    p.add_argument("--dry-run", action="store_true", help="只显示结果，不保存")
    p.add_argument("--clear", action="store_true", help="清空座位（锁定的保留）")
    add_db_option(p)
    p.set_defaults(handler=cmd_seat)

    p = sub.add_parser("seating", help="座位安排：谁坐在哪里")
    p.add_argument("--json", action="store_true", help="每个已排座位一行 JSON")
    add_db_option(p)
    p.set_defaults(handler=cmd_seating)

    p = sub.add_parser("seating-chart", help="座次图 PDF：座次图、主席台桌签摆放单、分区名单")
    p.add_argument("--out", required=True, metavar="文件.pdf", help="输出 PDF 文件")
    p.add_argument("--paper", choices=["A3", "A4"], default="A3", help="纸张（默认 A3）")
    p.add_argument("--view", choices=["audience", "rostrum"], default="audience",
                   help="audience 台下视角（默认）/ rostrum 主席台视角")
    p.add_argument("--kind", choices=["chart", "cards", "zones", "all"], default="all",
                   help="chart 座次图 / cards 主席台桌签摆放单 / zones 分区名单 / all 全部（默认）")
    add_db_option(p)
    p.set_defaults(handler=cmd_chart)

    p = sub.add_parser("seating-export", help="导出座位安排（.xlsx/.csv/.json）")
    p.add_argument("--out", required=True, metavar="文件", help="输出文件 .xlsx / .csv / .json")
    add_db_option(p)
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("venue", help="新建会场，或载入/保存会场文件")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--new", action="store_true", help="新建会场（替换当前会场）：用 --template 或 --rostrum/--hall")
    group.add_argument("--load", metavar="文件.json", help="载入会场（替换当前会场）")
    group.add_argument("--save", metavar="文件.json", help="保存当前会场")
    p.add_argument("--template", metavar="模板", help="会场模板：auditorium / lecture / conference")
    p.add_argument("--rostrum", metavar="座位数", help="主席台每排座位数，前排在先，如 9,11")
    p.add_argument("--hall", metavar="排数x(座位数,…)", help="台下排数和每区座位数，如 20x(10,10,10)")
    p.add_argument("--numbering", choices=["plain", "odd_even"], help="台下编号：plain 顺序 / odd_even 单双号（默认）")
    p.add_argument("--blocked", default="", metavar="座位",
                   help="封闭的座位，如 1:1-2,5:12（排:第几个座位，从台下看自左数）")
    p.add_argument("--name", default="", metavar="名称", help="会场名称")
    add_db_option(p)
    p.set_defaults(handler=cmd_venue)


def cmd_seat(args) -> int:
    event = open_event(args)
    service = event.seating
    if args.clear:
        service.apply(service.clear_operation())
        print(f"已清空座位，锁定座位保留：{event.repo.assignment_count()} 个")
        return 0
    if not args.auto:
        raise UsageError("cli.seat_what")
    rules = service.rules().with_(rule=args.rule, even=args.even, distancing=args.distancing,
                                  cap_percent=args.cap, fill=args.fill, blocks=args.blocks,
                                  unit_order=args.unit_order, spare=args.spare)
    result = service.auto_seat(rules, apply=not args.dry_run, fresh=args.fresh, allow_overflow=args.partial)
    print(f"已排座 {result.assigned} 人，变动 {len(result.operation.states)} 个座位"
          + ("（未保存）" if args.dry_run else ""))
    for warning in result.warnings:
        print(f"注意：{warning.text}")
    for aid, name, why in result.unseated:
        print(f"未安排：{name}（{aid}）— {why.text}")
    return 0


def cmd_seating(args) -> int:
    event = open_event(args)
    rows = event.seating.assigned_rows()
    if args.json:
        for row in rows:
            print_json(row)
        return 0
    for row in rows:
        extra = f" 第{row.rostrum_no}位" if row.rostrum_no else ""
        print(f"{row.label}{extra}\t{row.name}\t{row.unit}")
    print(f"共 {len(rows)} 人已排座")
    return 0


def cmd_chart(args) -> int:
    from ceremony.seating import write_seating_pdf
    event = open_event(args)
    pages = write_seating_pdf(event, args.out, paper=args.paper, view=args.view, kind=args.kind)
    print(written_line(args.out, f"{pages} 页"))
    return 0


def cmd_export(args) -> int:
    from ceremony.seating import export_assignments
    event = open_event(args)
    count = export_assignments(event, args.out)
    print(exported_line(count, "个座位", args.out))
    return 0


def cmd_venue(args) -> int:
    event = open_event(args)
    if args.new:
        spec = new_venue_spec(args)
        event.seating.replace_venue(spec)
        rostrum = event.repo.seat_count("rostrum")
        print(f"已新建会场：主席台 {rostrum} 座，台下 {event.repo.seat_count() - rostrum} 座")
        return 0
    if args.save:
        event.seating.save_venue_file(args.save)
        print(f"已保存会场到 {args.save}")
        return 0
    event.seating.load_venue_file(args.load)
    print(f"已载入会场：{event.repo.seat_count()} 个座位")
    return 0


def new_venue_spec(args) -> dict:
    from ceremony.seating import TEMPLATES, build_spec, parse_cells, parse_hall, parse_rostrum
    base = TEMPLATES.get(args.template) if args.template else None
    if args.template and base is None:
        from ceremony.seating import template_spec
        template_spec(args.template)                       # raises the one-line message
    if base is None and not args.hall:
        raise UsageError("venue.new_needs_hall")
    rostrum = parse_rostrum(args.rostrum) if args.rostrum is not None else list(base.rostrum if base else [])
    if args.hall:
        rows, blocks = parse_hall(args.hall)
    else:
        assert base is not None, "checked above"
        rows, blocks = base.rows, list(base.blocks)
    numbering = args.numbering or (base.numbering if base else "odd_even")
    name = args.name or (base.label if base else "会场")
    return build_spec(name, rostrum, rows, blocks, numbering, parse_cells(args.blocked))
