"""settings: list, show and set the event settings of the registry (ceremony.settings)."""

from __future__ import annotations

from ceremony import settings
from ceremony.cli.common import add_db_option, open_event, print_json
from ceremony.event import Event


def register(sub) -> None:
    p = sub.add_parser("settings", help="活动设置：列出、查看或修改")
    p.add_argument("key", nargs="?", metavar="设置项", help="设置项名称；不给时列出全部")
    p.add_argument("value", nargs="?", metavar="值", help="新值：文字、true/false、数字，列表用 JSON")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    add_db_option(p)
    p.set_defaults(handler=cmd_settings)


def cmd_settings(args) -> int:
    if args.key is not None:
        entry = settings.setting(args.key)          # an unknown key fails before the file is opened
    event = open_event(args)
    try:
        if args.key is None:
            return _list(event, args.json)
        if args.value is not None:
            event.set_setting(entry.key, entry.parse_for_user(args.value))
        value = settings.shown(entry.key, event.setting(entry.key))
        if args.json:
            print_json({entry.key: value})
        else:
            print(settings.show(value))
        return 0
    finally:
        event.close()


def _list(event: Event, as_json: bool) -> int:
    values = {key: settings.shown(key, event.setting(key)) for key in settings.REGISTRY}
    if as_json:
        print_json(values)
        return 0
    width = max(len(key) for key in values)
    for key, value in values.items():
        print(f"{key.ljust(width)}  {settings.show(value)}    # {settings.REGISTRY[key].label}")
    return 0
