"""LAN sync commands: serve (the host), join, sync (one exchange), desks (the host's list)."""

from __future__ import annotations

import sys
import time

from ceremony.cli.common import add_db_option, open_event, print_json
from ceremony.errors import ValidationError
from ceremony.paths import resolve_event_path


def register(sub) -> None:
    p = sub.add_parser("serve", help="作为局域网签到主机：供各签到台加入并同步")
    p.add_argument("--port", type=int, default=8443, metavar="端口", help="端口（默认 8443）")
    p.add_argument("--bind", default="0.0.0.0", metavar="地址", help="监听地址（默认所有网卡）")
    p.add_argument("--new-code", action="store_true", help="更换加入码")
    add_db_option(p)
    p.set_defaults(handler=cmd_serve)

    p = sub.add_parser("join", help="签到台加入主机，复制活动到本机")
    p.add_argument("url", metavar="主机地址", help="主机显示的地址 https://主机:端口")
    p.add_argument("--code", required=True, metavar="加入码", help="主机显示的加入码")
    p.add_argument("--desk", required=True, metavar="台名", help="本签到台名称")
    add_db_option(p)
    p.set_defaults(handler=cmd_join)

    p = sub.add_parser("sync", help="与主机同步一次：推送本台记录，取回其他台记录")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    add_db_option(p)
    p.set_defaults(handler=cmd_sync)

    p = sub.add_parser("desks", help="主机上：列出已加入的签到台，或移除一台")
    p.add_argument("--remove", metavar="台名", help="移除此签到台（其令牌失效）")
    p.add_argument("--json", action="store_true", help="每台一行 JSON")
    add_db_option(p)
    p.set_defaults(handler=cmd_desks)


def cmd_serve(args) -> int:
    from ceremony.sync import HostServer
    event = open_event(args)             # creates the demo on first use, like every other command
    path = event.path
    event.close()                        # the server opens its own connection on its own thread
    server = HostServer(path, args.port, args.bind)
    if args.new_code:
        server.registry.new_code()
    server.start()
    print(server.first_line(), flush=True)
    print(f"其他地址：{' '.join(server.urls[1:]) or '-'}", flush=True)
    print(f"证书指纹：{server.fingerprint[:16]}…  按 Ctrl+C 停止", flush=True)
    try:
        server.wait()
    finally:
        server.stop()
    return 0


def cmd_join(args) -> int:
    from ceremony.sync import join
    target = resolve_event_path(getattr(args, "db", None))
    event = join(args.url, args.code, args.desk, target)
    print(f"已加入 {args.url}，本台：{args.desk}，活动文件：{event.path}")
    event.close()
    return 0


def cmd_sync(args) -> int:
    from ceremony.sync import sync_once
    event = open_event(args)
    status = sync_once(event)
    arrivals = len(event.checkin.arrivals())
    if args.json:
        print_json({"state": status.state, "pulled": status.pulled, "waiting": status.waiting,
                    "offset_s": status.offset_s, "clock_warning": status.clock_warning, "arrived": arrivals})
    else:
        print(f"已同步：取回 {status.pulled} 条，待上传 {status.waiting} 条，实到 {arrivals} 人")
        if status.clock_warning:
            print(f"警告：本机时钟与主机相差 {status.offset_s:+.0f} 秒，请校准时间", file=sys.stderr)
    return 0


def cmd_desks(args) -> int:
    from ceremony.sync import HostRegistry
    path = resolve_event_path(getattr(args, "db", None))
    registry = HostRegistry(path)
    if not registry.file.exists():
        raise ValidationError("cli.never_served")
    if args.remove:
        if not registry.remove_desk(args.remove):
            raise ValidationError("cli.no_such_desk", name=args.remove)
        print(f"已移除签到台 {args.remove}，它需重新输入加入码才能再连接")
        return 0
    registry.reload(force=True)
    if not registry.desks and not args.json:
        print("还没有签到台加入")
    now = time.time()
    for d in sorted(registry.desks.values(), key=lambda d: d.name):
        row = {"desk": d.name, "removed": d.removed, "last_contact_s_ago": round(now - d.last_contact, 1)
               if d.last_contact else None, "waiting": d.waiting,
               "clock_offset_s": None if d.offset_ms is None else round(d.offset_ms / 1000, 1), "address": d.address}
        if args.json:
            print_json(row)
        else:
            seen = "从未连接" if row["last_contact_s_ago"] is None else f"{row['last_contact_s_ago']} 秒前"
            offset = "-" if row["clock_offset_s"] is None else f"{row['clock_offset_s']:+} 秒"
            print(f"{d.name}\t{'已移除' if d.removed else '在用'}\t最近联系 {seen}\t待上传 {d.waiting if d.waiting is not None else '-'}"
                  f"\t时钟差 {offset}\t{d.address}")
    return 0
