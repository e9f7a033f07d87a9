"""The big result panel at the desk: one scan's outcome, readable at arm's length.

Each state has its own colour and headline; the panel keeps showing the last
result until the next scan.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from ceremony.checkin import ScanResult
from ceremony.fonts import drawable

from ui.checkin.welcome_window import big_label
from ui.messages import message_text

# status -> (background, text colour)
COLORS = {
    "idle": ("#eceff1", "#37474f"),
    "ok": ("#1b7f3b", "#ffffff"),
    "already": ("#f2b600", "#202020"),
    "invalid": ("#c62828", "#ffffff"),
    "other_event": ("#ad1457", "#ffffff"),
    "revoked": ("#8e2424", "#ffffff"),
    "unknown": ("#5d4037", "#ffffff"),
    "refused": ("#4a148c", "#ffffff"),
    "remeasure": ("#ef6c00", "#ffffff"),
    "action": ("#1565c0", "#ffffff"),       # what the staff just did (an undo, a correction)
}
VIP_BANNER = "#ffd54f"
FULL_SIZE_HEIGHT = 480      # below this height (or a narrow panel) the type shrinks, down to MIN_SCALE
FULL_SIZE_WIDTH = 900
MIN_SCALE = 0.55


class CheckinResultPanel(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("CheckinResultPanel")
        self.setMinimumHeight(160)
        self.result: ScanResult | None = None
        self._scale = 1.0
        self._action: dict[str, str] | None = None
        self.headline = self._label(40, bold=True)
        self.vip_banner = self._label(24, bold=True)
        self.name_label = self._label(54, bold=True)
        self.unit_label = self._label(22)
        self.seat_label = self._label(30, bold=True)
        self.detail_label = self._label(20)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addStretch(1)
        for w in (self.headline, self.vip_banner, self.name_label, self.unit_label, self.seat_label,
                  self.detail_label):
            layout.addWidget(w)
        layout.addStretch(2)
        self.show_result(None)

    def _label(self, points: int, bold: bool = False) -> QLabel:
        label = big_label(self, points, bold)
        label.setProperty("base_points", points)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # A small screen (1366×768 at 125 %) gives the panel less height than the big type needs: scale it down.
        scale = min(1.0, max(MIN_SCALE, min(self.height() / FULL_SIZE_HEIGHT, self.width() / FULL_SIZE_WIDTH)))
        if abs(scale - self._scale) >= 0.05:
            self._scale = scale
            for label in self.findChildren(QLabel):
                font = label.font()
                font.setPointSizeF(label.property("base_points") * scale)
                label.setFont(font)

    def state(self) -> str:
        if self._action is not None:
            return "action"
        return self.result.status if self.result else "idle"

    def show_result(self, result: ScanResult | None) -> None:
        self.result, self._action = result, None
        self._paint()

    def show_action(self, headline: str, name: str = "", detail: str = "") -> None:
        """Say what the staff just did (e.g. 已撤销签到), instead of leaving the previous guest's result up."""
        self.result, self._action = None, {"headline": headline, "name": name, "detail": detail}
        self._paint()

    def _paint(self) -> None:
        bg, fg = COLORS.get(self.state(), COLORS["invalid"])
        self.setStyleSheet(f"#CheckinResultPanel {{ background: {bg}; border-radius: 12px; }}"
                           f" #CheckinResultPanel QLabel {{ color: {fg}; background: transparent; }}")
        texts = self.texts()
        for key, label in (("headline", self.headline), ("name", self.name_label), ("unit", self.unit_label),
                           ("seat", self.seat_label), ("detail", self.detail_label), ("vip", self.vip_banner)):
            label.setText(drawable(texts.get(key, "")))
            label.setVisible(bool(texts.get(key)))
        self.vip_banner.setStyleSheet(f"background: {VIP_BANNER}; color: #000; border-radius: 6px; padding: 4px;")

    def texts(self) -> dict[str, str]:
        """What each line says for the current result (tests read this)."""
        if self._action is not None:
            return {k: v for k, v in self._action.items() if v}
        r = self.result
        if r is None:
            return {"headline": self.tr("请扫码或输入姓名 / 拼音 / 手机尾号"), "detail": self.tr("等待签到")}
        person = r.attendee
        out = {"headline": self._headline(r)}
        if person is not None:
            out["name"] = person.name
            out["unit"] = "  ".join(x for x in (person.unit, person.title, person.category) if x)
        if r.seat and r.status in ("ok", "already"):
            out["seat"] = self.tr("座位：") + (message_text(r.seat_label) if r.seat_label else r.seat)
        if r.status in ("ok", "already") and (r.rostrum or r.vip):
            out["vip"] = self.tr("★ 主席台领导，请引导至休息室并告知座位") if r.rostrum else self.tr("★ 嘉宾，请引导入座")
        out["detail"] = self._detail(r)
        return out

    def _headline(self, r: ScanResult) -> str:
        heads = {"ok": self.tr("签到成功"), "already": self.tr("已签到"), "invalid": self.tr("无效或伪造的二维码"),
                 "other_event": self.tr("其他活动的证件"), "revoked": self.tr("证件已作废"),
                 "unknown": self.tr("查无此人"), "refused": self.tr("健康检查未通过"),
                 "remeasure": self.tr("体温异常，请复测")}
        text = heads.get(r.status, r.status)
        if r.status == "ok" and r.late:
            text += self.tr("（迟到）")
        if r.status == "ok" and r.kind == "walkin":
            text += self.tr("（现场登记）")
        return text

    def _next_steps(self) -> dict[str, str]:
        """What the staff do next after a refusal."""
        return {"invalid": self.tr("下一步：请按姓名、拼音或手机尾号查找此人后签到"),
                "other_event": self.tr("下一步：这不是本活动的证件，请按姓名查找；名单中没有时按 F8 现场登记"),
                "revoked": self.tr("下一步：此证已补发新证而作废，请收回旧证，按姓名查找后签到"),
                "unknown": self.tr("下一步：本台名单中没有此证，请按姓名查找，或合并最新名单；必要时 F8 现场登记"),
                "refused": self.tr("下一步：请引导至临时留观区，并通知防疫负责人"),
                "remeasure": self.tr("下一步：请复测体温，在扫码框输入读数后回车，再扫码一次")}

    def _detail(self, r: ScanResult) -> str:
        if r.status == "already" and r.first_at:
            return self.tr("首次签到 %1 · %2 · 不重复计数").replace("%1", r.first_at.strftime("%H:%M:%S")) \
                .replace("%2", r.first_desk)
        parts = []
        if r.reason and r.status != "ok":
            parts.append(_say(r.reason))
        parts += [_say(n) for n in r.notices]
        if r.status in self._next_steps():
            parts.append(self._next_steps()[r.status])
        if r.at:
            parts.append(r.at.strftime("%H:%M:%S") + (" · " + r.desk if r.desk else ""))
        return "\n".join(parts)


def _say(message) -> str:
    """A domain message in the interface language; text the desk wrote itself (already translated) as is."""
    return message if isinstance(message, str) else message_text(message)
