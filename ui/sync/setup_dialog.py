"""连接测试: before guests arrive, check that this desk reaches the host, and say plainly why not."""

from __future__ import annotations

import threading

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QTextEdit, QVBoxLayout

from ceremony.sync import ISOLATED, NO_SERVER, REACHABLE, diagnose, parse_join_payload, probe_host


class SetupDialog(QDialog):
    tested = Signal(object)          # (probes, verdict) from the worker

    def __init__(self, addresses: list[str], parent=None):
        super().__init__(parent)
        self.result = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.address_edit = QLineEdit(" ".join(addresses), self)
        self.test_button = QPushButton(self)
        self.report = QTextEdit(self)
        self.report.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.intro, self.address_edit, self.test_button, self.report, buttons):
            layout.addWidget(w)
        self.test_button.clicked.connect(self.run_test)
        self.tested.connect(self._show)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("连接测试"))
        self.intro.setText(self.tr("在嘉宾到场前，在每个签到台上测试能否连到主机。可填多个地址（空格分隔），"
                                   "或粘贴主机二维码的内容。"))
        self.test_button.setText(self.tr("开始测试"))

    def addresses(self) -> list[str]:
        text = self.address_edit.text().strip()
        parsed = parse_join_payload(text)
        return parsed[0] if parsed else text.split()

    def run_test(self) -> None:
        self.test_button.setEnabled(False)
        self.report.setPlainText(self.tr("正在测试…"))
        urls = self.addresses()
        threading.Thread(target=lambda: self.tested.emit(self._probe(urls)), daemon=True).start()

    @staticmethod
    def _probe(urls):
        probes = [probe_host(u) for u in urls]
        return probes, diagnose(probes)

    def _show(self, outcome) -> None:
        probes, verdict = outcome
        self.result = outcome
        self.test_button.setEnabled(True)
        lines = [self._line(p) for p in probes]
        lines.append("")
        lines.append(self.verdict_text(verdict))
        self.report.setPlainText("\n".join(lines))

    def _line(self, p) -> str:
        if p.outcome == "ok":
            return self.tr("✓ %1 可以连接（%2 毫秒）").replace("%1", p.url).replace("%2", f"{p.ms:.0f}")
        why = {"timeout": self.tr("连接超时"), "refused": self.tr("对方拒绝连接（主机未启动或端口不对）"),
               "no_tls": self.tr("对方不是加密的签到主机"), "not_ceremony": self.tr("对方不是签到主机"),
               "bad_url": self.tr("地址格式错误，应为 https://地址:端口")}.get(p.outcome, p.outcome)
        return self.tr("✗ %1：%2").replace("%1", p.url).replace("%2", why)

    def verdict_text(self, verdict: str) -> str:
        if verdict == REACHABLE:
            return self.tr("结论：本台可以连到主机，可以开始签到。")
        if verdict == ISOLATED:
            return self.tr("结论：本机和主机在同一网段，却完全连不通——这个无线网络很可能开启了“客户端隔离”（AP 隔离），"
                           "设备之间不能互相访问。请换用手机热点、自带的路由器或网线把签到台和主机连起来；"
                           "在此之前各台照常签到，恢复连接后会自动补传。")
        if verdict == NO_SERVER:
            return self.tr("结论：能连到那台电脑，但上面没有运行签到主机：请在主机上点“作为主机”，并核对端口。")
        return self.tr("结论：连不到主机。请确认两台电脑连的是同一个网络，地址是否为主机屏幕上显示的地址。")
