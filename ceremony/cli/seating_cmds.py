"""seat, seating, seating-chart, seating-export, venue: the seating desk from the command line."""

from __future__ import annotations

from ceremony.cli.common import UsageError, add_db_option, open_event, print_json


def register(sub) -> None:
    p = sub.add_parser("seat", help="自动排座 (auto-seat the rostrum and the hall)")
    p.add_argument("--auto", action="store_true", help="按规则自动排座；已锁定的座位不动 (auto-seat; locked seats stay)")
    p.add_argument("--rule", choices=["left", "right"], help="以左为尊 (left, default) / 以右为尊 (right)")
    p.add_argument("--even", choices=["A", "B"], help="主席台偶数人时的排法 A/B (even-N convention)")
    p.add_argument("--distancing", action="store_true", default=None, help="防疫隔位就座 (every other seat)")
    p.add_argument("--no-distancing", dest="distancing", action="store_false")
    p.add_argument("--cap", type=int, metavar="PERCENT", help="防疫限额（固定座位的百分比，默认 50）")
    p.add_argument("--fill", choices=["centre", "ltr", "rtl", "serpentine"], help="台下填座方式 (hall fill mode)")
    p.add_argument("--blocks", choices=["rows", "bands"], help="单位横排 (rows) / 竖排 (bands)")
    p.add_argument("--unit-order", choices=["rank", "strokes", "pinyin"], help="区内单位顺序 (unit order)")
    p.add_argument("--spare", type=int, help="每区备用座位数 (spare seats per zone)")
    p.add_argument("--fresh", action="store_true", help="全部重排，不保留现有座位（锁定的仍保留）(fresh plan)")
    p.add_argument("--partial", action="store_true",
                   help="座位不够时仍安排坐得下的人 (seat as many as fit when people outnumber seats)")
    p.add_argument("--dry-run", action="store_true", help="只显示结果，不保存 (show, do not save)")
    p.add_argument("--clear", action="store_true", help="清空座位（锁定的保留）(clear all unlocked seats)")
    add_db_option(p)
    p.set_defaults(handler=cmd_seat)

    p = sub.add_parser("seating", help="座位安排 (who sits where)")
    p.add_argument("--json", action="store_true", help="每个已排座位一行 JSON (one JSON object per seat)")
    add_db_option(p)
    p.set_defaults(handler=cmd_seating)

    p = sub.add_parser("seating-chart", help="座次图 PDF (seating chart, 桌签摆放单, per-zone lists)")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--paper", choices=["A3", "A4"], default="A3")
    p.add_argument("--view", choices=["audience", "rostrum"], default="audience",
                   help="台下视角 (audience, default) / 主席台视角 (rostrum)")
    p.add_argument("--kind", choices=["chart", "cards", "zones", "all"], default="all",
                   help="座次图 / 主席台桌签摆放单 / 分区名单 / all (default)")
    add_db_option(p)
    p.set_defaults(handler=cmd_chart)

    p = sub.add_parser("seating-export", help="导出座位安排 (.xlsx/.csv/.json)")
    p.add_argument("--out", required=True, metavar="FILE")
    add_db_option(p)
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("venue", help="新建会场，或载入/保存会场文件 (build, load or save the venue)")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--new", action="store_true",
                       help="新建会场（替换当前会场）：--template 或 --rostrum/--hall (build a venue)")
    group.add_argument("--load", metavar="FILE.json", help="载入会场（替换当前会场）(replace the venue)")
    group.add_argument("--save", metavar="FILE.json", help="保存当前会场 (save the venue)")
    p.add_argument("--template", help="会场模板 auditorium / lecture / conference (a starting hall)")
    p.add_argument("--rostrum", help="主席台每排座位数，前排在先，如 9,11 (rostrum seats per row)")
    p.add_argument("--hall", help="台下 排数x(每区座位数,…)，如 20x(10,10,10) (hall rows x blocks)")
    p.add_argument("--numbering", choices=["plain", "odd_even"], help="台下编号：顺序 / 单双号 (default odd_even)")
    p.add_argument("--blocked", default="", help="封闭的座位，如 1:1-2,5:12 (row:x, x from the audience's left)")
    p.add_argument("--name", default="", help="会场名称 (venue name)")
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
    print(f"已生成 {args.out}（{pages} 页）")
    return 0


def cmd_export(args) -> int:
    from ceremony.seating import export_assignments
    event = open_event(args)
    count = export_assignments(event, args.out)
    print(f"已导出 {count} 个座位到 {args.out}")
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
