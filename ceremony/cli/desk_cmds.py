"""desk-copy, desk-mode and organiser-pin: preparing the front desk's laptop (see ceremony.deskmode)."""

from __future__ import annotations

import getpass

from ceremony.cli.common import add_db_option, open_event


def register(sub) -> None:
    p = sub.add_parser("desk-copy", help="为签到台生成活动副本：不含签名私钥，只能签到")
    p.add_argument("out", metavar="文件", help="副本文件")
    add_db_option(p)
    p.set_defaults(handler=cmd_desk_copy)

    p = sub.add_parser("desk-mode", help="签到台模式：on 进入，off 退出（需主办方 PIN），status 查看")
    p.add_argument("state", choices=["on", "off", "status"], metavar="状态", help="on 进入 / off 退出 / status 查看")
    p.add_argument("--pin", metavar="PIN", help="主办方 PIN（不给则提示输入）")
    add_db_option(p)
    p.set_defaults(handler=cmd_desk_mode)

    p = sub.add_parser("organiser-pin", help="设置或修改主办方 PIN（只保存散列值）")
    p.add_argument("--pin", metavar="PIN", help="新 PIN（不给则提示输入）")
    p.add_argument("--old-pin", metavar="PIN", help="原 PIN（修改时需要；不给则提示输入）")
    add_db_option(p)
    p.set_defaults(handler=cmd_pin)


def cmd_desk_copy(args) -> int:
    event = open_event(args, read_only=True)
    try:
        path = event.copy_for_desk(args.out)
    finally:
        event.close()
    print(f"已生成签到台副本 {path}（只能签到，不能签发证件二维码）")
    return 0


def cmd_desk_mode(args) -> int:
    event = open_event(args)
    try:
        if args.state == "status":
            print("签到台模式：" + ("开" if event.desk_mode else "关"))
        elif args.state == "on":
            event.enter_desk_mode()
            print("已进入签到台模式")
        else:
            event.leave_desk_mode(args.pin if args.pin is not None else getpass.getpass("主办方 PIN: "))
            print("已退出签到台模式")
    finally:
        event.close()
    return 0


def cmd_pin(args) -> int:
    event = open_event(args)
    try:
        old = args.old_pin
        if event.has_organiser_pin and old is None:
            old = getpass.getpass("原 PIN: ")
        pin = args.pin if args.pin is not None else getpass.getpass("新 PIN: ")
        event.set_organiser_pin(pin, old)
    finally:
        event.close()
    print("已设置主办方 PIN")
    return 0
