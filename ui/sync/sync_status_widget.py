"""The desk's sync line: 在线/离线, how many records wait for the host, the clock offset; and the sync actions."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QSizePolicy, QToolButton, QWidget

from ceremony.sync import CERTIFICATE, NOT_JOINED, OFFLINE, ONLINE, STOPPED, UNAUTHORIZED

WARN_STYLE = "QLabel { color: white; background: #c00000; padding: 2px 6px; border-radius: 3px; }"
OK_STYLE = "QLabel { color: #006000; padding: 2px 6px; }"


class SyncStatusWidget(QWidget):
    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.label = QLabel(self)
        self.button = QToolButton(self)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self)
        self.host_action = self.menu.addAction("")
        self.join_action = self.menu.addAction("")
        self.setup_action = self.menu.addAction("")
        self.button.setMenu(self.menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        # The whole line must stay readable: the shortcut hint beside it wraps instead.
        self.label.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        controller.status_changed.connect(lambda _s: self.show_status())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.button.setText(self.tr("联网"))
        self.host_action.setText(self.tr("作为主机…"))
        self.join_action.setText(self.tr("加入主机…"))
        self.setup_action.setText(self.tr("连接测试…"))
        self.show_status()

    def show_status(self) -> None:
        text, warn = self.describe()
        self.label.setText(text)
        self.label.setStyleSheet(WARN_STYLE if warn else OK_STYLE)
        self.label.setVisible(bool(text))

    def describe(self) -> tuple[str, bool]:
        """The line to show and whether it is a warning."""
        server = self.controller.server
        if server is not None:
            return self.tr("本机为主机 %1 · 加入码 %2").replace("%1", server.urls[0]).replace("%2", server.code), False
        status = self.controller.status()
        if status is None or status.state in (NOT_JOINED, STOPPED):
            return "", False
        waiting = str(status.waiting)
        if status.state == ONLINE:
            text, warn = self.tr("已连接主机 · 待上传 %1 条").replace("%1", waiting), False
        elif status.state == OFFLINE:
            text, warn = self.tr("离线 · 待上传 %1 条（恢复连接后自动补传）").replace("%1", waiting), True
        elif status.state == UNAUTHORIZED:
            text, warn = self.tr("本台已被主机移除或主机已更换：请输入加入码重新加入"), True
        elif status.state == CERTIFICATE:
            text, warn = self.tr("主机证书与加入时不同，已停止同步：请核对后重新加入"), True
        else:
            return "", False
        if status.offset_s is not None:
            offset = f"{status.offset_s:+.1f}"
            if status.clock_warning:
                text += self.tr(" · 本机时钟与主机相差 %1 秒，请校准时间").replace("%1", offset)
                warn = True
            else:
                text += self.tr(" · 时钟差 %1 秒").replace("%1", offset)
        return text, warn
