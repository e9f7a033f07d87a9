"""File → 从备份恢复…: the event's backups, newest first, with their time, reason and size."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from ceremony.backups import Backup


class BackupDialog(QDialog):
    def __init__(self, found: list[Backup], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("从备份恢复"))
        self.backups = list(reversed(found))
        reasons = {"auto": self.tr("定时"), "manual": self.tr("手动"), "import": self.tr("导入前"),
                   "bulk": self.tr("批量修改前"), "venue": self.tr("载入会场前"), "merge": self.tr("合并前"),
                   "join": self.tr("加入前"), "restore": self.tr("恢复前"), "open": self.tr("打开时")}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("选择要恢复的备份（最新的在最上面）：") if found else self.tr("还没有备份。")))
        self.list = QListWidget(self)
        for b in self.backups:
            item = QListWidgetItem(f"{b.at:%Y-%m-%d %H:%M:%S}   {reasons.get(b.reason, b.reason)}   "
                                   f"{b.size / 1024:,.0f} KB")
            self.list.addItem(item)
        if self.backups:
            self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> Backup | None:
        row = self.list.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) else None
