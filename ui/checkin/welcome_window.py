"""The welcome display: a full-screen window for a second monitor or the projector at the door."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


WINDOWED_SCALE = 0.45       # type size of the welcome display as a window beside the desk


def big_label(parent, points: int, bold: bool = False) -> QLabel:
    """A centred, wrapping label in a large font (the desk's result panel and the welcome screen)."""
    label = QLabel(parent)
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


class WelcomeWindow(QWidget):
    """Shows the event name, the latest guest and the running count; Esc closes it, F11 too (toggles)."""

    toggle_requested = Signal()

    def __init__(self, title: str, theme: str = "", parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("WelcomeWindow")
        self.setStyleSheet("#WelcomeWindow { background: #8b0000; } QLabel { color: #ffe082; }")
        self.title = big_label(self, 40, True)
        self.theme = big_label(self, 26)
        self.greeting = big_label(self, 64, True)
        self.guest = big_label(self, 30)
        self.count = big_label(self, 28, True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for w in (self.title, self.theme):
            layout.addWidget(w)
        layout.addStretch(1)
        for w in (self.greeting, self.guest):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(self.count)
        self.title.setText(title)
        self.theme.setText(theme)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, activated=self.toggle_requested.emit)
        self.show_board(None)

    def show_on(self, screen_index: int, desk_screen=None) -> None:
        """Full screen on the chosen monitor when it is not the desk's own; on the desk's screen (a laptop
        alone) a window beside the desk instead, so the desk stays in sight."""
        screens = QGuiApplication.screens()
        screen = screens[min(max(screen_index, 0), len(screens) - 1)]
        self.setScreen(screen)
        if desk_screen is None or screen is not desk_screen:
            self.setGeometry(screen.geometry())
            self.showFullScreen()
            return
        area = screen.availableGeometry()
        for label in self.findChildren(QLabel):         # a third of the screen: half-size type
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * WINDOWED_SCALE)
            label.setFont(font)
        self.resize(area.width() * 2 // 5, area.height() * 2 // 5)
        self.move(area.right() - self.width() - 10, area.bottom() - self.height() - 10)
        self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus, True)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.showNormal()

    def show_board(self, board) -> None:
        if board is None or not board.latest:
            self.greeting.setText(self.tr("欢迎莅临"))
            self.guest.setText("")
        else:
            latest = board.latest[0]
            who = latest.attendee
            self.greeting.setText(self.tr("欢迎 %1").replace("%1", who.name))
            self.guest.setText("  ".join(x for x in (who.unit, who.title) if x))
        if board is not None:
            t = board.total
            self.count.setText(self.tr("应到 %1 人　实到 %2 人").replace("%1", str(t.expected))
                               .replace("%2", str(t.arrived)))

    def retranslate_ui(self) -> None:
        self.show_board(None)
