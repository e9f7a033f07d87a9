"""座次图 options before saving: paper size, view (台下视角 / 主席台视角) and which documents."""

from __future__ import annotations

from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QRadioButton, QWidget)

PAPERS = ("A3", "A4")
VIEWS = ("audience", "rostrum")
KINDS = ("all", "chart", "cards", "zones")


class SeatingChartDialog(QDialog):
    """Chosen here, in plain sight — not hidden in the save dialog's file-type box."""

    def __init__(self, parent=None, paper: str = "A3", view: str = "audience", kind: str = "all"):
        super().__init__(parent)
        self.paper_buttons = QButtonGroup(self)
        self.view_buttons = QButtonGroup(self)
        papers, views = QWidget(self), QWidget(self)
        paper_row, view_row = QHBoxLayout(papers), QHBoxLayout(views)
        paper_row.setContentsMargins(0, 0, 0, 0)
        view_row.setContentsMargins(0, 0, 0, 0)
        self.paper_radios = {}
        for key in PAPERS:
            radio = QRadioButton(papers)
            radio.setChecked(key == paper)
            self.paper_buttons.addButton(radio)
            paper_row.addWidget(radio)
            self.paper_radios[key] = radio
        self.view_radios = {}
        for key in VIEWS:
            radio = QRadioButton(views)
            radio.setChecked(key == view)
            self.view_buttons.addButton(radio)
            view_row.addWidget(radio)
            self.view_radios[key] = radio
        self.kind_combo = QComboBox(self)
        for key in KINDS:
            self.kind_combo.addItem("", key)
        self.kind_combo.setCurrentIndex(KINDS.index(kind) if kind in KINDS else 0)
        self.form = QFormLayout(self)
        self.labels = [QLabel(self) for _ in range(3)]
        for label, field in zip(self.labels, (papers, views, self.kind_combo)):
            self.form.addRow(label, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form.addRow(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("座次图"))
        self.paper_radios["A3"].setText(self.tr("A3 横向（张贴、签到处）"))
        self.paper_radios["A4"].setText(self.tr("A4 横向（随材料发放）"))
        self.view_radios["audience"].setText(self.tr("台下视角（面向主席台）"))
        self.view_radios["rostrum"].setText(self.tr("主席台视角（给领导看）"))
        labels = {"all": self.tr("座次图、桌签摆放单和分区名单"), "chart": self.tr("只要座次图"),
                  "cards": self.tr("只要主席台桌签摆放单"), "zones": self.tr("只要分区名单")}
        for i, key in enumerate(KINDS):
            self.kind_combo.setItemText(i, labels[key])
        for label, text in zip(self.labels, (self.tr("纸张："), self.tr("视角："), self.tr("内容："))):
            label.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存 PDF…"))

    def options(self) -> tuple[str, str, str]:
        paper = next(k for k, r in self.paper_radios.items() if r.isChecked())
        view = next(k for k, r in self.view_radios.items() if r.isChecked())
        return paper, view, self.kind_combo.currentData()


def ask_chart_options(parent, view: str = "audience") -> tuple[str, str, str] | None:
    """(paper, view, kind), or None when cancelled. Tests replace this."""
    dialog = SeatingChartDialog(parent, view=view)
    return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None
