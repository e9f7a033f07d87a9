"""A scan's result floating over whatever is on screen: another page, an open dialog, a menu, the welcome display.

The desk's big result panel is the place to read a result; when it cannot be seen this banner shows the same
headline, name and seat at the top of the window for a few seconds, without taking focus.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from ui.checkin.checkin_result_panel import COLORS
from ui.checkin.welcome_window import big_label

SHOW_MS = 4000


class ScanToast(QFrame):
    def __init__(self, parent: QWidget | None = None):
        # A tool-tip window: above every window (dialogs too), never activated, never takes the keyboard.
        super().__init__(parent, Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setObjectName("ScanToast")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.headline = big_label(self, 24, True)
        self.line = big_label(self, 16)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(self.headline)
        layout.addWidget(self.line)
        self._timer = QTimer(self, singleShot=True, interval=SHOW_MS, timeout=self.hide)

    def show_texts(self, status: str, texts: dict[str, str], over: QWidget) -> None:
        """Show the result panel's texts (``CheckinResultPanel.texts()``) near the top of ``over``."""
        bg, fg = COLORS.get(status, COLORS["invalid"])
        self.setStyleSheet(f"#ScanToast {{ background: {bg}; border-radius: 10px; }}"
                           f" #ScanToast QLabel {{ color: {fg}; background: transparent; }}")
        self.headline.setText("  ".join(t for t in (texts.get("headline"), texts.get("name")) if t))
        self.line.setText("\n".join(t for t in (texts.get("seat"), texts.get("vip"), texts.get("detail")) if t))
        self.line.setVisible(bool(self.line.text()))
        self._place(over)
        self.show()
        self.raise_()
        self.repaint()
        self._timer.start()

    def _place(self, over: QWidget) -> None:
        area = over.frameGeometry() if over.isVisible() else QApplication.primaryScreen().availableGeometry()
        width = max(360, min(area.width() - 40, 900))
        self.setFixedWidth(width)
        self.adjustSize()
        self.move(QPoint(area.x() + (area.width() - width) // 2, area.y() + 60))
