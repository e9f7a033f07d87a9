"""init and info."""

from __future__ import annotations

from ceremony.event import Event
from ceremony.paths import resolve_event_path
from ceremony.cli.common import add_db_option, open_event, print_json


def register(sub) -> None:
    p = sub.add_parser("init", help="新建活动文件 (create an event file)")
    p.add_argument("path", nargs="?", help="活动文件路径 (defaults to --db / CEREMONY_DB / the default location)")
    p.add_argument("--demo", action="store_true", help="填入演示活动 (the demo ceremony)")
    add_db_option(p)
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("info", help="活动概况与分类人数 (event summary)")
    p.add_argument("--json", action="store_true")
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
        event = Event.create(path)
    print(f"已创建 {event.path} ({event.repo.attendee_count()} 人)")
    event.close()
    return 0


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
        print(f"  {name or '(未分类)'}{'　' * (width - len(name))}  {count}")
    return 0
