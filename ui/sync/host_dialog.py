"""作为主机: start the sync host for the open event, show desks how to join (QR, address, code), manage desks."""

from __future__ import annotations

import time

import qrcode
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QSpinBox,
                               QVBoxLayout)

from ceremony.sync import DEFAULT_PORT, HostRegistry, join_payload
from ui import messages


def qr_pixmap(text: str, size: int = 260) -> QPixmap:
    """A QR code as a pixmap (quiet zone included), for a phone or a desk's camera to read off the screen."""
    qr = qrcode.QRCode(border=4, error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(text)
    matrix = qr.get_matrix()
    n = len(matrix)
    image = QImage(n, n, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawPoint(x, y)
    painter.end()
    return QPixmap.fromImage(image.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation))


class HostDialog(QDialog):
    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.port_box = QSpinBox(self)
        self.port_box.setRange(1024, 65535)
        self.port_box.setValue(DEFAULT_PORT)
        self.start_button = QPushButton(self)
        self.qr_label = QLabel(self)
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.info_label = QLabel(self)
        self.info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info_label.setWordWrap(True)
        self.desks_title = QLabel(self)
        self.desk_list = QListWidget(self)
        self.remove_button = QPushButton(self)
        self.code_button = QPushButton(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        self.port_label = QLabel(self)
        top.addWidget(self.port_label)
        top.addWidget(self.port_box)
        top.addWidget(self.start_button)
        top.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addWidget(self.code_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.qr_label)
        layout.addWidget(self.info_label)
        layout.addWidget(self.desks_title)
        layout.addWidget(self.desk_list)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.start_button.clicked.connect(self.toggle)
        self.remove_button.clicked.connect(self.remove_selected)
        self.code_button.clicked.connect(self.new_code)
        self.timer = QTimer(self, interval=1000, timeout=self.refresh)
        self.timer.start()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("作为签到主机"))
        self.port_label.setText(self.tr("端口"))
        self.desks_title.setText(self.tr("已加入的签到台"))
        self.remove_button.setText(self.tr("移除所选签到台"))
        self.code_button.setText(self.tr("更换加入码"))
        self.refresh()

    def toggle(self) -> None:
        try:
            if self.controller.server is None:
                self.controller.start_host(self.port_box.value())
            else:
                self.controller.stop_host()
        except Exception as exc:  # noqa: BLE001 - e.g. the port is taken: say so
            messages.show_error(self, exc, self.tr("无法启动主机"))
        self.refresh()

    def refresh(self) -> None:
        server = self.controller.server
        running = server is not None
        self.start_button.setText(self.tr("停止主机") if running else self.tr("启动主机"))
        self.port_box.setEnabled(not running)
        for w in (self.remove_button, self.code_button):
            w.setEnabled(running)
        if not running:
            self.qr_label.clear()
            self.info_label.setText(self.tr("启动后，各签到台用“加入主机”扫描或输入下面显示的地址和加入码。"))
            self.desk_list.clear()
            return
        payload = join_payload(server.urls, server.code)
        if self.qr_label.property("payload") != payload:
            self.qr_label.setPixmap(qr_pixmap(payload))
            self.qr_label.setProperty("payload", payload)
        self.info_label.setText(self.tr("地址：%1\n加入码：%2\n（签到台连不上时，请在签到台上用“连接测试”检查网络）")
                                .replace("%1", "  ".join(server.urls)).replace("%2", server.code))
        self._fill_desks(server.registry)

    def _fill_desks(self, registry: HostRegistry) -> None:
        registry.reload(force=True)
        selected = self.selected_desk()
        self.desk_list.clear()
        now = time.time()
        for d in sorted(registry.desks.values(), key=lambda d: d.name):
            if d.removed:
                line = self.tr("%1 · 已移除").replace("%1", d.name)
            elif not d.last_contact:
                line = self.tr("%1 · 尚未连接").replace("%1", d.name)
            else:
                line = (self.tr("%1 · %2 秒前联系 · 待上传 %3 · 时钟差 %4 秒").replace("%1", d.name)
                        .replace("%2", str(int(now - d.last_contact))).replace("%3", str(d.waiting or 0))
                        .replace("%4", f"{(d.offset_ms or 0) / 1000:+.1f}"))
            self.desk_list.addItem(line)
            self.desk_list.item(self.desk_list.count() - 1).setData(Qt.ItemDataRole.UserRole, d.name)
            if d.name == selected:
                self.desk_list.setCurrentRow(self.desk_list.count() - 1)

    def selected_desk(self) -> str | None:
        item = self.desk_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def remove_selected(self) -> None:
        name = self.selected_desk()
        if name and self.controller.server is not None:
            self.controller.server.registry.remove_desk(name)
        self.refresh()

    def new_code(self) -> None:
        if self.controller.server is not None:
            self.controller.server.registry.new_code()
        self.refresh()
