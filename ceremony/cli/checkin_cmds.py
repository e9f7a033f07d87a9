"""Check-in commands: checkin, undo-checkin, mark, walk-in, board."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from ceremony.checkin import ALREADY, OK, HealthReading, ScanResult, parse_health_code
from ceremony.errors import ValidationError
from ceremony.cli.common import UNCATEGORISED, add_db_option, exported_line, open_event, print_json

if TYPE_CHECKING:
    from ceremony.event import Event

EXIT_OK, EXIT_ALREADY, EXIT_REJECTED = 0, 3, 4
STATUS_TEXT = {"ok": "签到成功", "already": "已签到", "invalid": "无效/伪造二维码", "other_event": "其他活动的证件",
               "revoked": "证件已作废", "unknown": "查无此人", "refused": "健康检查未通过", "remeasure": "体温异常，请复测"}
DESK_HELP = "签到台名称；默认为活动设置"
JSON_RESULT_HELP = "以 JSON 输出结果"
STATE_TEXT = {"pending": "未到", "present": "已到", "late": "迟到", "leave": "请假", "absent": "缺席",
              "substitute": "代参加"}


def register(sub) -> None:
    p = sub.add_parser("checkin", help="签到：扫码内容或搜索")
    p.add_argument("code", nargs="?", metavar="二维码内容", help="扫码枪读到的内容")
    p.add_argument("--search", metavar="文字", help="按姓名/拼音/首字母/手机尾号/证号查找")
    p.add_argument("--pick", type=int, metavar="N", help="与 --search 同用：为第 N 个结果签到")
    p.add_argument("--id", type=int, dest="attendee_id", metavar="编号", help="按人员编号签到")
    p.add_argument("--manual", metavar="HH:MM", help="补签并记录该时间")
    p.add_argument("--substitute", metavar="姓名", help="代参加人姓名")
    p.add_argument("--desk", metavar="台名", help=DESK_HELP)
    _health_options(p)
    p.add_argument("--json", action="store_true", help=JSON_RESULT_HELP)
    add_db_option(p)
    p.set_defaults(handler=cmd_checkin)

    p = sub.add_parser("undo-checkin", help="撤销一条签到记录")
    p.add_argument("checkin_id", type=int, metavar="记录编号", help="签到记录的编号")
    p.add_argument("--reason", required=True, metavar="原因", help="撤销原因")
    p.add_argument("--desk", metavar="台名", help=DESK_HELP)
    add_db_option(p)
    p.set_defaults(handler=cmd_undo)

    p = sub.add_parser("mark", help="标记请假/缺席/代参加")
    p.add_argument("attendee_id", type=int, metavar="编号", help="人员编号")
    p.add_argument("state", choices=["leave", "absent", "substitute", "clear"], metavar="标记",
                   help="leave 请假 / absent 缺席 / substitute 代参加 / clear 清除标记")
    p.add_argument("--reason", default="", metavar="原因", help="请假或缺席的原因")
    p.add_argument("--substitute", default="", metavar="姓名", help="代参加人姓名")
    add_db_option(p)
    p.set_defaults(handler=cmd_mark)

    p = sub.add_parser("walk-in", help="现场登记并签到")
    p.add_argument("name", metavar="姓名", help="来宾姓名")
    p.add_argument("--unit", default="", metavar="单位", help="单位")
    p.add_argument("--title", default="", metavar="职务", help="职务")
    p.add_argument("--category", default="", metavar="类别", help="人员类别")
    p.add_argument("--phone", default="", metavar="手机", help="手机号码")
    p.add_argument("--desk", metavar="台名", help=DESK_HELP)
    _health_options(p)
    p.add_argument("--json", action="store_true", help=JSON_RESULT_HELP)
    add_db_option(p)
    p.set_defaults(handler=cmd_walk_in)

    p = sub.add_parser("checkin-export", help="导出本台签到记录，供其他签到台合并")
    p.add_argument("path", metavar="文件", help="输出的 JSON 文件")
    add_db_option(p)
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("checkin-merge", help="合并其他签到台导出的记录，不重复计数")
    p.add_argument("paths", nargs="+", metavar="文件", help="其他签到台导出的 JSON 文件")
    add_db_option(p)
    p.set_defaults(handler=cmd_merge)

    p = sub.add_parser("board", help="签到实况：应到/实到/未到")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    add_db_option(p)
    p.set_defaults(handler=cmd_board)


def _health_options(p) -> None:
    p.add_argument("--temperature", type=float, metavar="°C", help="体温")
    p.add_argument("--health-code", metavar="颜色", help="粤康码：绿/黄/红（或 green/yellow/red）")
    p.add_argument("--trip", action="store_true", help="行程卡显示中高风险地区")
    p.add_argument("--no-mask", action="store_true", help="未戴口罩")
    p.add_argument("--retest", action="store_true", help="此体温为复测值")


def _reading(args) -> HealthReading | None:
    if args.temperature is None and not args.health_code and not args.trip and not args.no_mask:
        return None
    code = parse_health_code(args.health_code or "")
    if args.health_code and not code:
        raise ValidationError("cli.bad_health_code", value=args.health_code)
    return HealthReading(args.temperature, code, args.trip, not args.no_mask, args.retest)


def cmd_checkin(args) -> int:
    event = open_event(args)
    service = event.checkin
    if args.search is not None and args.pick is None:
        return _list_matches(event, args)
    if args.search is not None:
        matches = service.search(args.search)
        if not 1 <= args.pick <= len(matches):
            raise ValidationError("cli.bad_pick", pick=args.pick, count=len(matches))
        args.attendee_id = matches[args.pick - 1].id
    if args.attendee_id is not None:
        result = _check_in_person(event, args)
    elif args.code:
        result = service.check_in_code(args.code, desk=args.desk, health=_reading(args))
    else:
        raise ValidationError("cli.checkin_what")
    _print_result(result, args.json)
    return EXIT_OK if result.status == OK else EXIT_ALREADY if result.status == ALREADY else EXIT_REJECTED


def _check_in_person(event: Event, args) -> ScanResult:
    service = event.checkin
    if args.manual:
        at = _parse_time(event, args.manual)
        return service.manual(args.attendee_id, at, desk=args.desk)
    return service.check_in_attendee(args.attendee_id, desk=args.desk, health=_reading(args),
                                     substitute_name=args.substitute or "")


def _parse_time(event: Event, text: str) -> datetime:
    try:
        hour, minute = (int(x) for x in text.split(":"))
        return event.now().replace(hour=hour, minute=minute, second=0, microsecond=0)
    except ValueError:
        raise ValidationError("cli.bad_time", text=text) from None


def _list_matches(event: Event, args) -> int:
    arrivals = event.checkin.arrivals()
    for i, person in enumerate(event.checkin.search(args.search), start=1):
        state = "已到" if person.id in arrivals else "未到"
        if args.json:
            print_json({"n": i, "id": person.id, "name": person.name, "unit": person.unit, "title": person.title,
                        "badge_no": person.badge_no, "arrived": person.id in arrivals,
                        "seat": event.checkin.seat(person.id)})
        else:
            print(f"{i:>3}. [{person.id}] {person.name}\t{person.unit}\t{person.title}\t{state}")
    return 0


def _print_result(result: ScanResult, as_json: bool) -> None:
    if as_json:
        print_json(result.to_json())
        return
    person = result.attendee
    line = STATUS_TEXT.get(result.status, result.status)
    if person is not None:
        line += f"  {person.name}  {person.unit}  {person.title}".rstrip()
    print(line)
    if result.seat:
        print(f"座位: {result.seat}")
    if result.status == ALREADY:
        print(f"首次签到: {result.first_at:%H:%M:%S}  {result.first_desk}")
    if result.reason and result.status != OK:
        print(f"原因: {result.reason.text}")
    for notice in result.notices:
        print(f"提示: {notice.text}")
    if result.status == OK and (result.vip or result.rostrum):
        print("★ 主席台领导，请引导入座" if result.rostrum else "★ 嘉宾，请引导入座")


def cmd_undo(args) -> int:
    event = open_event(args)
    event.checkin.undo(args.checkin_id, args.reason, desk=args.desk)
    print(f"已撤销签到记录 {args.checkin_id}")
    return 0


def cmd_mark(args) -> int:
    event = open_event(args)
    state = "" if args.state == "clear" else args.state
    event.checkin.mark(args.attendee_id, state, args.reason, args.substitute)
    print(f"已标记 {event.attendee(args.attendee_id).name}: {STATE_TEXT.get(state, '清除标记')}")
    return 0


def cmd_walk_in(args) -> int:
    event = open_event(args)
    result = event.checkin.walk_in(args.name, args.unit, args.category, args.phone, args.title, desk=args.desk,
                                   health_reading=_reading(args))
    _print_result(result, args.json)
    return EXIT_OK if result.status == OK else EXIT_REJECTED


def cmd_export(args) -> int:
    from ceremony.sync import export_log
    count = export_log(open_event(args), args.path)
    print(exported_line(count, "条签到记录", args.path))
    return 0


def cmd_merge(args) -> int:
    from ceremony.sync import merge_log
    event = open_event(args)
    for path in args.paths:
        r = merge_log(event, path)
        print(f"{path}: 新增 {r.added} 条，已有 {r.skipped} 条，重复签到 {r.duplicates} 人（不重复计数），"
              f"新增现场登记 {r.new_people} 人，标记 {r.marks} 条，撤销 {len(r.undos)} 条")
        for name, reason in r.undos:
            print(f"  撤销：{name or '(现场登记未通过)'}（{reason}）")
    return 0


def cmd_board(args) -> int:
    board = open_event(args).checkin.board()
    if args.json:
        print_json(_board_json(board))
        return 0
    t = board.total
    print(f"应到 {t.expected}  实到 {t.arrived}（迟到 {t.late}，代参加 {t.substitute}）  未到 {t.pending}"
          f"  请假 {t.leave}  缺席 {t.absent}  健康未通过 {board.refused}")
    for group in board.by_category:
        g = group.tally
        print(f"  {group.name or UNCATEGORISED}: 应到 {g.expected} 实到 {g.arrived} 未到 {g.pending}")
    waiting = "、".join(p.name for p in board.leaders_pending)
    if board.leaders_all_here or waiting:
        print("主席台领导已到齐" if board.leaders_all_here else f"主席台领导未到: {waiting}")
    return 0


def _board_json(board) -> dict:
    def fig(g):
        t = g.tally
        return {"name": g.name, "expected": t.expected, "arrived": t.arrived, "pending": t.pending,
                "late": t.late, "leave": t.leave, "absent": t.absent, "substitute": t.substitute}
    t = board.total
    return {"at": board.at.isoformat(timespec="seconds"), "expected": t.expected, "arrived": t.arrived,
            "pending": t.pending, "late": t.late, "leave": t.leave, "absent": t.absent, "refused": board.refused,
            "by_category": [fig(g) for g in board.by_category], "by_zone": [fig(g) for g in board.by_zone],
            "leaders_pending": [{"id": p.id, "name": p.name, "title": p.title} for p in board.leaders_pending],
            "leaders_all_here": board.leaders_all_here,
            "per_5_minutes": [[t.strftime("%H:%M"), n] for t, n in board.timeline]}
