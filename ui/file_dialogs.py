"""Every file dialog of the app, through one door.

Qt's own file dialog fills its type column and icons from each listed file's MIME type, and guessing that
opens and reads the file — the live event's ``X.ceremony``, ``-wal`` and ``-shm`` included, even when the
name filter hides them. On Linux and macOS closing *any* descriptor of a file drops every POSIX lock the
process holds on it, so SQLite would silently lose its locks and another process could delete the WAL under
the open event. These dialogs therefore use Qt's widget dialog (not the platform's, which may read files in
this process too) with an icon provider that decides type and icon from the name alone and never opens a file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget

from ceremony.event import is_open_event_file


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from the file name: never opens a file to guess its type."""

    def icon(self, what):
        if isinstance(what, QAbstractFileIconProvider.IconType):
            return super().icon(what)
        kind = QAbstractFileIconProvider.IconType.Folder if what.isDir() else QAbstractFileIconProvider.IconType.File
        return super().icon(kind)

    def type(self, info) -> str:
        if info.isDir():
            return QCoreApplication.translate("FileDialogs", "文件夹")
        suffix = info.suffix()
        return QCoreApplication.translate("FileDialogs", "%1 文件").replace("%1", suffix.upper()) if suffix \
            else QCoreApplication.translate("FileDialogs", "文件")


_provider: NameOnlyIconProvider | None = None


def _icon_provider() -> NameOnlyIconProvider:
    global _provider    # one for the whole app: dialogs only borrow it, and it must outlive them
    if _provider is None:
        _provider = NameOnlyIconProvider()
    return _provider


def make_dialog(parent: QWidget | None, caption: str, directory: str, file_filter: str) -> QFileDialog:
    """A file dialog that never reads the files it lists (see the module docstring)."""
    dialog = QFileDialog(parent, caption, directory, file_filter)
    dialog.setObjectName("SafeFileDialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    dialog.setIconProvider(_icon_provider())
    return dialog


def _run(dialog: QFileDialog) -> tuple[list[str], str]:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return [], ""
        return dialog.selectedFiles(), dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()


def get_open_file_names(parent: QWidget | None, caption: str, directory: str = "",
                        file_filter: str = "") -> tuple[list[str], str]:
    """Files to read (never a live event's own files: reading one would drop the event's locks)."""
    dialog = make_dialog(parent, caption, directory, file_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    paths, chosen = _run(dialog)
    return [p for p in paths if not _refuse_live(parent, p)], chosen


def get_open_file_name(parent: QWidget | None, caption: str, directory: str = "", file_filter: str = "",
                       allow_event: bool = False) -> tuple[str, str]:
    """One file to read; ``allow_event`` for opening an event (SQLite opens it, nothing reads its bytes)."""
    dialog = make_dialog(parent, caption, directory, file_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    paths, chosen = _run(dialog)
    if not paths or (not allow_event and _refuse_live(parent, paths[0])):
        return "", chosen
    return paths[0], chosen


def get_save_file_name(parent: QWidget | None, caption: str, directory: str = "",
                       file_filter: str = "") -> tuple[str, str]:
    """Where to write a file; a live event's own files are refused."""
    dialog = make_dialog(parent, caption, directory, file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    paths, chosen = _run(dialog)
    if not paths or _refuse_live(parent, paths[0]):
        return "", chosen
    return paths[0], chosen


def _refuse_live(parent: QWidget | None, path: str) -> bool:
    if not is_open_event_file(Path(path)):
        return False
    from ceremony.errors import CeremonyError
    from ui import messages
    messages.show_error(parent, CeremonyError("file.in_use", name=Path(path).name),
                        QCoreApplication.translate("FileDialogs", "不能使用这个文件"))
    return True
