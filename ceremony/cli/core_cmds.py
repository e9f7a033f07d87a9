"""init and info."""

from __future__ import annotations

import re
from datetime import datetime

from ceremony.categories import STARTER_CATEGORIES
from ceremony.errors import ValidationError
from ceremony.event import Event
from ceremony.models import EventInfo
from ceremony.paths import resolve_event_path
from ceremony.cli.common import UNCATEGORISED, add_db_option, open_event, print_json


def register(sub) -> None:
    p = sub.add_parser("init", help="新建活动文件")
    p.add_argument("path", nargs="?", metavar="活动文件",
                   help="新文件的路径；不给时用 --db，其次环境变量 CEREMONY_DB，再次默认位置")
    p.add_argument("--demo", action="store_true", help="填入演示活动")
    p.add_argument("--name", default="", metavar="名称", help="活动名称")
    p.add_argument("--date", default="", metavar="YYYY-MM-DD HH:MM", help="开始时间")
    p.add_argument("--venue", default="", metavar="地点", help="活动地点")
    p.add_argument("--hosts", default="", metavar="单位", help="主办单位，用顿号或逗号分隔")
    p.add_argument("--organiser", default="", metavar="单位", help="承办单位")
    p.add_argument("--no-categories", action="store_true", help="不预置人员类别")
    add_db_option(p)
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("info", help="活动概况与分类人数")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    add_db_option(p)
    p.set_defaults(handler=cmd_info)


def cmd_init(args) -> int:
    explicit = args.path or getattr(args, "db", None)
    path = resolve_event_path(explicit)
    if not explicit:
        path.parent.mkdir(parents=True, exist_ok=True)
    if args.demo:
        from ceremony.demo import create_demo
        event = create_demo(path)
    else:
        event = Event.create(path, new_event_info(args), () if args.no_categories else STARTER_CATEGORIES)
    print(f"已创建 {event.path} ({event.repo.attendee_count()} 人，{len(event.categories())} 个类别)")
    if not args.demo:
        print("下一步：ceremony venue --new --template auditorium（会场），ceremony import 回执.xlsx（名单），"
              "ceremony check（还缺什么）")
    event.close()
    return 0


def new_event_info(args) -> EventInfo:
    """The event's name, time, place and hosts from the command line (a new event's first screen)."""
    starts = datetime.now().replace(hour=10, minute=0, second=0, microsecond=0)
    if args.date:
        try:
            starts = datetime.fromisoformat(args.date.strip().replace("/", "-"))
        except ValueError:
            raise ValidationError("cli.bad_date", text=args.date) from None
    hosts = tuple(h for h in re.split(r"[、,，;；]\s*", args.hosts) if h.strip())
    return EventInfo(uid="", name=args.name.strip() or "新活动", starts_at=starts, venue=args.venue.strip(),
                     hosts=hosts, organiser=args.organiser.strip())


def cmd_info(args) -> int:
    event = open_event(args)
    info, summary = event.info, event.summary()
    if args.json:
        print_json({"name": info.name, "starts_at": info.starts_at.isoformat(), "venue": info.venue,
                    "theme": info.theme, "hosts": list(info.hosts), "organiser": info.organiser, **summary})
        return 0
    print(info.name)
    print(f"时间: {info.starts_at:%Y-%m-%d %H:%M}    地点: {info.venue}")
    if info.theme:
        print(f"主题: {info.theme}")
    if info.hosts:
        print(f"主办: {'、'.join(info.hosts)}")
    if info.organiser:
        print(f"承办: {info.organiser}")
    print(f"人数: {summary['attendees']}    座位: {summary['seats']}（主席台 {summary['rostrum_seats']}）"
          f"    已排座: {summary['assigned']}    签到记录: {summary['checkins']}")
    width = max((len(k) for k in summary["by_category"]), default=0)
    for name, count in summary["by_category"].items():
        print(f"  {name or UNCATEGORISED}{'　' * (width - len(name))}  {count}")
    return 0
