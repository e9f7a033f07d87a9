"""建议位次: the automatic order from titles (docs/protocol.md#ranking) beside the current one, to confirm."""

from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from ceremony.roster import TIER_NAMES, title_tier


class RankSuggestionDialog(QDialog):
    def __init__(self, suggested: list, organiser: str, parent=None):
        super().__init__(parent)
        self.suggested = list(suggested)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.table = QTableWidget(len(self.suggested), 6, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for r, p in enumerate(self.suggested):
            tier = TIER_NAMES[title_tier(p, organiser)[0]]
            for c, value in enumerate((r + 1, p.rank or "", p.name, p.unit, p.title, tier)):
                self.table.setItem(r, c, QTableWidgetItem(str(value)))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 600)
        self.retranslate_ui()
        self.table.resizeColumnsToContents()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("建议位次"))
        self.info.setText(self.tr("按职务和类别自动排出的位次（仅供参考）。确认后写入位次，之后仍可拖动或上移/下移调整；"
                                  "可撤销。"))
        self.table.setHorizontalHeaderLabels([self.tr("建议位次"), self.tr("原位次"), self.tr("姓名"), self.tr("单位"),
                                              self.tr("职务"), self.tr("层级")])
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("采用建议位次"))

    def ordered_ids(self) -> list[int]:
        return [p.id for p in self.suggested]
