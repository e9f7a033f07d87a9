"""Getting a new ceremony ready: ``check``, ``forms``, ``host-list``, ``vehicle-passes`` and ``vehicle-list``."""

from __future__ import annotations

from ceremony.cli.common import add_db_option, open_event, print_json, written_line


def register(sub) -> None:
    p = sub.add_parser("check", help="准备清单：开会前还缺什么（有阻碍时退出码非 0）")
    p.add_argument("--json", action="store_true", help="每项一行 JSON")
    add_db_option(p)
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("forms", help="生成发给各单位的回执表 .xlsx")
    p.add_argument("--out", required=True, metavar="文件夹", help="输出文件夹")
    p.add_argument("--unit", action="append", default=[], metavar="单位",
                   help="只为这个单位生成（可重复）；不给时为名单中的每个单位各生成一份")
    p.add_argument("--blank", action="store_true", help="另外生成一份不填单位的通用回执")
    add_db_option(p)
    p.set_defaults(handler=cmd_forms)

    p = sub.add_parser("host-list", help="主持词嘉宾名单（只列已签到的领导和嘉宾）")
    p.add_argument("--out", metavar="文件", help=".pdf（大字 A4）或 .txt；不给时打印到屏幕")
    add_db_option(p)
    p.set_defaults(handler=cmd_host_list)

    p = sub.add_parser("vehicle-passes", help="车辆通行证 PDF（放在挡风玻璃后）")
    p.add_argument("--out", required=True, metavar="文件.pdf", help="输出 PDF 文件")
    p.add_argument("--size", default="A5", choices=["A5", "A6"], help="纸张（横向）")
    add_db_option(p)
    p.set_defaults(handler=cmd_vehicle_passes)

    p = sub.add_parser("vehicle-list", help="门岗车辆放行清单 .pdf / .xlsx（按车牌号排序）")
    p.add_argument("--out", required=True, metavar="文件", help="输出文件 .pdf 或 .xlsx")
    add_db_option(p)
    p.set_defaults(handler=cmd_vehicle_list)


MARKS = {"done": "✔", "blocks": "✘", "warns": "!", "info": "·"}


def cmd_check(args) -> int:
    from ceremony.checklist import blocking, checklist
    event = open_event(args)
    items = checklist(event)
    if args.json:
        for item in items:
            print_json({"key": item.key, "label": item.label, "count": item.count, "level": item.level,
                        "done": item.done, "blocking": item.blocking, "page": item.page, "detail": item.detail,
                        "detail_code": item.note.code if item.note else "",
                        "detail_params": item.note.params if item.note else {}})
    else:
        for item in items:
            mark = MARKS["done"] if item.done and item.level != "info" else MARKS[item.level]
            count = "" if item.level == "info" else (" 完成" if item.done else f" 还有 {item.count}")
            detail = f"（{item.detail}）" if item.detail else ""
            print(f"{mark} {item.label}{count}{detail}")
    stuck = blocking(items)
    if stuck and not args.json:
        print(f"还有 {len(stuck)} 项会影响当天：" + "、".join(i.label for i in stuck))
    return 1 if stuck else 0


def cmd_forms(args) -> int:
    from ceremony.roster import write_reply_forms
    event = open_event(args)
    written = write_reply_forms(event, args.out, args.unit or None, blank=args.blank)
    for path in written:
        print(path)
    print(f"已生成 {len(written)} 份回执表")
    return 0


def cmd_host_list(args) -> int:
    from ceremony.reports import host_text, write_host_list
    event = open_event(args)
    if not args.out:
        print(host_text(event))
        return 0
    count = write_host_list(event, args.out)
    print(written_line(args.out, f"{count} 位领导和嘉宾，按签到情况"))
    return 0


def cmd_vehicle_passes(args) -> int:
    from ceremony.printing import write_vehicle_passes
    event = open_event(args)
    count = write_vehicle_passes(event, args.out, args.size)
    print(written_line(args.out, f"{count} 张车辆通行证，{args.size}"))
    return 0


def cmd_vehicle_list(args) -> int:
    from ceremony.printing import write_vehicle_list
    event = open_event(args)
    count = write_vehicle_list(event, args.out)
    print(written_line(args.out, f"{count} 辆车，按车牌号排序"))
    return 0
