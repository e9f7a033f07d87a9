"""帮助 › 关于: the version, where the data lives, and the licences of what the program bundles."""

from __future__ import annotations

import html
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout

from ceremony import __version__
from ceremony.paths import RESOURCES, data_dir

# What the program ships with and under which licence (the font's licence text is in resources/fonts).
BUNDLED = [
    ("WenQuanYi Micro Hei", "Apache-2.0 / GPL-3.0 with font exception", "resources/fonts/LICENSE-wqy-microhei.txt"),
    ("cnchar stroke data", "MIT", "resources/strokes/LICENSE-cnchar.txt"),
    ("Unicode Unihan", "Unicode License v3", "resources/strokes/LICENSE-unicode.txt"),
    ("Qt for Python (PySide6)", "LGPL-3.0", ""),
    ("Python", "PSF License", ""),
    ("reportlab", "BSD-3-Clause", ""),
    ("qrcode", "BSD-3-Clause", ""),
    ("openpyxl", "MIT", ""),
    ("python-calamine (calamine)", "MIT", ""),
    ("lxml", "BSD-3-Clause", ""),
    ("pypinyin", "MIT", ""),
    ("sqlite-utils", "Apache-2.0", ""),
    ("SQLite", "Public domain", ""),
    ("zxing-cpp", "Apache-2.0", ""),
    ("platformdirs", "MIT", ""),
    ("FFmpeg (Qt Multimedia backend)", "LGPL-2.1", ""),
]


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于会务助手"))
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.heading)
        self.licences = QTextBrowser(self)
        self.licences.setOpenExternalLinks(False)
        layout.addWidget(self.licences)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 420)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(
            "<h3>" + self.tr("会务助手") + f" {html.escape(__version__)}</h3>"
            + "<p>" + self.tr("名单、座次、证件、签到与出席报表，一场典礼一个文件，离线可用。") + "</p>"
            + "<p>" + self.tr("数据文件夹：") + f" {html.escape(str(data_dir()))}<br>"
            + f"Python {platform.python_version()} · PySide6 {pyside_version}</p>")
        rows = "".join(
            f"<tr><td>{html.escape(name)}</td><td>{html.escape(licence)}</td>"
            f"<td>{html.escape(self._licence_note(path))}</td></tr>" for name, licence, path in BUNDLED)
        self.licences.setHtml("<p><b>" + self.tr("随程序提供的字体、数据和程序库及其许可证：") + "</b></p>"
                              + f"<table cellpadding='3'>{rows}</table>")

    def _licence_note(self, path: str) -> str:
        if not path:
            return ""
        return self.tr("全文见 %1").replace("%1", path) if (RESOURCES.parent / path).exists() else ""
