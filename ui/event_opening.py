"""Opening an event file for the window: its lock, a second program, a damaged file.

* The window takes the file's lock at once (``ceremony.lockfile``), so a second program is
  told who has it and may look at it read-only or work on a copy.
* A damaged file is found at opening (SQLite's quick check) and the newest sound backup is
  offered in its place.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from ceremony import backups
from ceremony.errors import EventFileCorrupt
from ceremony.event import Event
from ceremony.lockfile import EventFileInUse

from ui import messages


def _tr(text: str) -> str:
    return QApplication.translate("EventOpening", text)


def open_for_window(parent: QWidget | None, path: Path | str) -> Event | None:
    """The event at ``path`` ready for the window, or None when the user gave up (already told why)."""
    path = Path(path)
    event = None
    try:
        event = Event.open(path)
        event.hold("app")
        return event
    except EventFileInUse as exc:
        _close_quietly(event)
        return _in_use(parent, path, exc)
    except EventFileCorrupt as exc:
        return _offer_backup(parent, path, exc)
    except Exception as exc:  # noqa: BLE001 - any failure becomes a message, never a traceback
        _close_quietly(event)
        messages.show_error(parent, exc, _tr("无法打开活动"))
        return None


def _in_use(parent, path: Path, exc: EventFileInUse) -> Event | None:
    text = _tr("活动文件正由 %1 使用。\n同一文件同一时间只能由一个程序修改；多台签到台请用联网同步。") \
        .replace("%1", messages.message_text(exc.holder.message()))
    answer = messages.choose(parent, _tr("文件正在使用"), text, [_tr("只读查看"), _tr("打开副本")])
    try:
        if answer == 0:
            return Event.open(path, read_only=True)
        if answer == 1:
            view = Event.open(path, read_only=True)
            try:
                copy = view.save_as(_free_copy_name(path))
            finally:
                view.close()
            copy.hold("app")
            return copy
    except Exception as error:  # noqa: BLE001
        messages.show_error(parent, error, _tr("无法打开活动"))
    return None


def _offer_backup(parent, path: Path, exc: EventFileCorrupt) -> Event | None:
    backup = backups.newest_sound_backup(path)
    if backup is None:
        messages.show_error(parent, exc, _tr("活动文件已损坏"))
        return None
    text = _tr("%1 已损坏，无法打开。\n\n用 %2 的备份恢复吗？损坏的文件会保留在原文件夹中。") \
        .replace("%1", path.name).replace("%2", f"{backup.at:%Y-%m-%d %H:%M:%S}")
    if not messages.ask(parent, _tr("活动文件已损坏"), text):
        return None
    try:
        backups.restore(path, backup.path)
        event = Event.open(path)
        event.hold("app")
        return event
    except Exception as error:  # noqa: BLE001
        messages.show_error(parent, error, _tr("无法恢复备份"))
        return None


def _free_copy_name(path: Path) -> Path:
    for n in range(1, 1000):
        candidate = path.with_name(f"{path.stem}-副本{n if n > 1 else ''}{path.suffix}")
        if not candidate.exists():
            return candidate
    raise FileExistsError(path)


def _close_quietly(event) -> None:
    if event is not None:
        try:
            event.close()
        except Exception:  # noqa: BLE001
            pass
