"""backup, backups and restore: copies of the event file (see ceremony.backups)."""

from __future__ import annotations

from pathlib import Path

from ceremony import backups
from ceremony.cli.common import add_db_option, open_event, print_json
from ceremony.cli.parsing import pad
from ceremony.errors import CeremonyError
from ceremony.paths import resolve_event_path

REASON_TEXT = {"auto": "定时", "manual": "手动", "import": "导入前", "bulk": "批量修改前", "venue": "载入会场前",
               "merge": "合并前", "join": "加入前", "restore": "恢复前", "open": "打开时"}


class BackupNotFound(CeremonyError):
    exit_status = 2

    code = "backup.not_found"

    def __init__(self, what: str):
        super().__init__(what=what)


def register(sub) -> None:
    p = sub.add_parser("backup", help="备份活动文件（一致的完整副本）")
    p.add_argument("--out", metavar="文件", help="备份到此文件；不给则放入自动备份文件夹")
    add_db_option(p)
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("backups", help="列出备份：时间、原因、大小")
    p.add_argument("--json", action="store_true", help="每个备份一行 JSON")
    add_db_option(p)
    p.set_defaults(handler=cmd_backups)

    p = sub.add_parser("restore", help="用备份替换活动文件，当前文件先另存为备份")
    p.add_argument("backup", metavar="备份", help="备份编号（见 ceremony backups）或备份文件")
    add_db_option(p)
    p.set_defaults(handler=cmd_restore)


def cmd_backup(args) -> int:
    event = open_event(args, read_only=True)
    try:
        if args.out:
            path = backups.export_backup(event.repo, args.out)
        else:
            path = backups.make_backup(event.repo, "manual").path
    finally:
        event.close()
    print(f"已备份到 {path}")
    return 0


def cmd_backups(args) -> int:
    path = resolve_event_path(getattr(args, "db", None))
    found = list(reversed(backups.list_backups(path)))
    if args.json:
        for n, b in enumerate(found, 1):
            print_json({"number": n, "path": str(b.path), "at": b.at.isoformat(timespec="seconds"),
                        "reason": b.reason, "size": b.size})
        return 0
    if not found:
        print(f"{path} 还没有备份（备份文件夹：{backups.folder_for(path)}）")
        return 0
    print(f"{backups.folder_for(path)}")
    for n, b in enumerate(found, 1):
        print(f"{n:>3}  {b.at:%Y-%m-%d %H:%M:%S}  {pad(REASON_TEXT.get(b.reason, b.reason), 10)}  "
              f"{b.size / 1024:,.0f} KB  {b.path.name}")
    return 0


def cmd_restore(args) -> int:
    path = resolve_event_path(getattr(args, "db", None))
    chosen = _chosen(path, args.backup)
    safety = backups.restore(path, chosen)
    note = f"（原文件已备份为 {safety.path.name}）" if safety else ""
    print(f"已用 {chosen.name} 恢复 {path}{note}")
    return 0


def _chosen(event_path: Path, text: str) -> Path:
    if text.isdigit():
        found = list(reversed(backups.list_backups(event_path)))
        if 1 <= int(text) <= len(found):
            return found[int(text) - 1].path
        raise BackupNotFound(text)
    if not Path(text).is_file():
        raise BackupNotFound(text)
    return Path(text)
