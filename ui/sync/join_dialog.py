"""加入主机: a desk joins the host with its address and join code; the event is copied to this desk."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from ceremony.sync import join, parse_join_payload
from ui import messages


class JoinDialog(QDialog):
    finished_join = Signal(object)          # a Path on success, an exception on failure (from the worker)

    def __init__(self, default_desk: str, default_folder: Path, parent=None):
        super().__init__(parent)
        self.folder = Path(default_folder)
        self.joined_path: Path | None = None
        self.url_edit = QLineEdit(self)
        self.code_edit = QLineEdit(self)
        self.desk_edit = QLineEdit(default_desk, self)
        self.file_edit = QLineEdit(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(4)]
        for label, edit in zip(self.labels, (self.url_edit, self.code_edit, self.desk_edit, self.file_edit)):
            self.form.addRow(label, edit)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.url_edit.textChanged.connect(self._maybe_payload)
        self.desk_edit.textChanged.connect(self._suggest_file)
        self.buttons.accepted.connect(self.start_join)
        self.buttons.rejected.connect(self.reject)
        self.finished_join.connect(self._on_finished)
        self.retranslate_ui()
        self._suggest_file(default_desk)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("加入签到主机"))
        for label, text in zip(self.labels, (self.tr("主机地址"), self.tr("加入码"), self.tr("本台名称"), self.tr("保存为"))):
            label.setText(text)
        self.url_edit.setPlaceholderText(self.tr("https://192.168.1.10:8443，或粘贴主机二维码的内容"))
        self.code_edit.setPlaceholderText(self.tr("主机屏幕上显示的加入码"))

    def _maybe_payload(self, text: str) -> None:
        parsed = parse_join_payload(text)
        if parsed is not None:                 # a scanned QR: first address and the code
            urls, code = parsed
            self.url_edit.setText(urls[0])
            self.code_edit.setText(code)

    def _suggest_file(self, desk: str) -> None:
        name = "".join(ch for ch in desk if ch not in '\\/:*?"<>|').strip() or "签到台"
        self.file_edit.setText(str(self.folder / f"{name}.ceremony"))

    def start_join(self) -> None:
        """Join on a worker thread (it talks to the network); the dialog stays responsive."""
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("正在加入…"))
        args = (self.url_edit.text().strip(), self.code_edit.text(), self.desk_edit.text(),
                Path(self.file_edit.text().strip()))
        threading.Thread(target=self._work, args=args, daemon=True).start()

    def _work(self, url, code, desk, target) -> None:
        try:
            event = join(url, code, desk, target)
            path = event.path
            event.close()
            self.finished_join.emit(path)
        except Exception as exc:  # noqa: BLE001 - shown in the dialog, never a traceback
            self.finished_join.emit(exc)

    def _on_finished(self, outcome) -> None:
        self.buttons.setEnabled(True)
        if isinstance(outcome, Path):
            self.joined_path = outcome
            self.accept()
            return
        text = messages.error_text(outcome) if isinstance(outcome, BaseException) else str(outcome)
        self.message.setText(self.tr("未能加入：%1").replace("%1", text))
