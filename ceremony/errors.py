"""Typed domain errors. Each carries data; ``ui/`` and the CLI turn them into text."""

from __future__ import annotations

from pathlib import Path


class CeremonyError(Exception):
    """Base of every error the domain raises on purpose."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class CodedError(CeremonyError):
    """An error carrying a message code (:mod:`ceremony.messages`) and its parameters."""

    def __init__(self, code: str, /, **params):
        from ceremony import messages
        super().__init__(messages.text(code, params))
        self.code = code
        self.params = params


class EventFileError(CeremonyError):
    """An event file cannot be used; ``path`` says which."""

    def __init__(self, path: Path | str, message: str):
        super().__init__(f"{path}: {message}")
        self.path = Path(path)


class EventFileMissing(EventFileError):
    def __init__(self, path):
        super().__init__(path, "活动文件不存在 (event file not found)")


class EventFileCorrupt(EventFileError):
    def __init__(self, path, detail: str = ""):
        text = "不是有效的活动文件或文件已损坏 (not an event file, or damaged)"
        super().__init__(path, f"{text}{': ' + detail if detail else ''}")


class SchemaTooNew(EventFileError):
    def __init__(self, path, found: int, supported: int):
        super().__init__(
            path,
            f"文件由更新版本的程序创建（格式 {found}，本程序支持到 {supported}），请升级程序 "
            f"(file made by a newer version: schema {found} > {supported})",
        )
        self.found = found
        self.supported = supported


class EventFileNotWritable(EventFileError):
    def __init__(self, path, detail: str = ""):
        super().__init__(path, f"无法写入，请检查权限或磁盘空间 (cannot write){': ' + detail if detail else ''}")


class EventFileBusy(EventFileError):
    """Another program is writing the file right now; the action was not done."""

    def __init__(self, path):
        super().__init__(path, "活动文件正忙（另一程序正在写入），本次操作未执行，请稍后再试 (file busy: not done)")


class DiskFull(EventFileError):
    """The disk is full; the action was not done and nothing saved before is lost."""

    def __init__(self, path):
        super().__init__(path, "磁盘已满，本次操作未保存；之前保存的数据不受影响，请腾出空间后重试 (disk full: not saved)")


class EventFileExists(EventFileError):
    def __init__(self, path):
        super().__init__(path, "文件已存在 (file already exists)")


class EventFileLost(EventFileError):
    """The event file's SQLite locks or its -wal were lost under this connection; nothing more is written.

    ``reason`` is ``"wal_replaced"`` or ``"locks_lost"`` (see ceremony/repository/wal_guard.py).
    """

    def __init__(self, path, reason: str):
        super().__init__(path, "活动文件已被其他程序改动，本窗口与文件的连接已失效：刚才的操作没有保存。请重新打开活动文件后再试 "
                               "(the event file changed under this window; the last change was NOT saved — reopen the file)")
        self.reason = reason


class NotFound(CeremonyError):
    """A record asked for by id does not exist."""

    def __init__(self, kind: str, key):
        super().__init__(f"{kind} {key} 不存在 (not found)")
        self.kind = kind
        self.key = key


class ValidationError(CeremonyError):
    """Input that cannot be used; ``field`` names where."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field


class DeskCopyCannotSign(EventFileError):
    """A desk's copy of the event has no signing key: badges with codes are issued by the organiser's file."""

    def __init__(self, path):
        super().__init__(path, "这是签到台副本，不能签发证件二维码，请在主办方的活动文件中打印证件 "
                               "(a desk copy cannot issue badge codes; print badges from the organiser's file)")


class Cancelled(CeremonyError):
    """Long work (a print job, an export, an import) stopped because the user asked; nothing was written."""

    def __init__(self):
        super().__init__("已取消 (cancelled)")
