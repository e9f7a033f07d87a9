"""The one catalogue of message codes: code → Chinese text with ``{name}`` parameters.

The domain raises errors and returns scan results carrying a code and parameters, never
pre-written text. The CLI prints :func:`text` (Chinese). ``ui/`` passes the same Chinese
template through Qt's translator (context ``Domain``), so English lives only in
``resources/translations/ceremony_messages_en.ts``. ``QT_TRANSLATE_NOOP`` below is a plain
function with Qt's name so that ``lupdate`` extracts the templates without the domain
importing Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CONTEXT = "Domain"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``source`` for translation; returns it unchanged."""
    return source


CATALOGUE: dict[str, str] = {
    # --- scan results: why a scan was rejected, what a passed guest should be told --------------
    "scan.invalid": QT_TRANSLATE_NOOP("Domain", "无法识别的二维码或伪造证件"),
    "scan.other_event": QT_TRANSLATE_NOOP("Domain", "这是其他活动的证件"),
    "scan.revoked": QT_TRANSLATE_NOOP("Domain", "此证件已作废（已补办新证）"),
    "scan.unknown": QT_TRANSLATE_NOOP("Domain", "本活动名单中没有此人"),
    "health.code_yellow": QT_TRANSLATE_NOOP("Domain", "粤康码为黄码"),
    "health.code_red": QT_TRANSLATE_NOOP("Domain", "粤康码为红码"),
    "health.implausible": QT_TRANSLATE_NOOP("Domain", "体温读数 {temperature} °C 不可信，请重新测量"),
    "health.fever": QT_TRANSLATE_NOOP("Domain", "体温 {temperature} °C ≥{limit} °C，请稍候复测"),
    "health.fever_again": QT_TRANSLATE_NOOP("Domain", "复测体温 {temperature} °C 仍≥{limit} °C"),
    "notice.no_temperature": QT_TRANSLATE_NOOP("Domain", "未测体温"),
    "notice.no_health_code": QT_TRANSLATE_NOOP("Domain", "未查验粤康码"),
    "notice.trip_flag": QT_TRANSLATE_NOOP("Domain", "行程卡显示中高风险地区，请登记"),
    "notice.no_mask": QT_TRANSLATE_NOOP("Domain", "请佩戴口罩"),
    "notice.no_free_seat": QT_TRANSLATE_NOOP("Domain", "无空座（请现场安排座位）"),
    # --- settings -------------------------------------------------------------------------------
    "setting.unknown": QT_TRANSLATE_NOOP("Domain", "没有这个设置项：{key}（可用：{known}）"),
    "setting.bad_bool": QT_TRANSLATE_NOOP("Domain", "设置 {key} 应为 true 或 false，而不是 {value}"),
    "setting.bad_int": QT_TRANSLATE_NOOP("Domain", "设置 {key} 应为整数，而不是 {value}"),
    "setting.bad_choice": QT_TRANSLATE_NOOP("Domain", "设置 {key} 应为 {choices} 之一，而不是 {value}"),
    "setting.bad_json": QT_TRANSLATE_NOOP("Domain", "设置 {key} 应为 JSON {kind}，而不是 {value}"),
    "setting.required": QT_TRANSLATE_NOOP("Domain", "设置 {key} 不能为空"),
    "setting.read_only": QT_TRANSLATE_NOOP("Domain", "设置 {key} 由程序自动设定，不能手工修改"),
    "setting.out_of_range": QT_TRANSLATE_NOOP("Domain", "设置 {key} 应在 {low}–{high} 之间，而不是 {value}"),
}


@dataclass(frozen=True)
class Message:
    """A code from :data:`CATALOGUE` and its parameters: what the domain says, in no language yet."""

    code: str
    params: dict[str, Any] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        if self.code not in CATALOGUE:
            raise KeyError(f"message code {self.code!r} is not in ceremony.messages.CATALOGUE")

    @property
    def text(self) -> str:
        """The Chinese text (CLI, logs, printed records)."""
        return text(self.code, self.params)

    def __str__(self) -> str:
        return self.text


def message(code: str, **params: Any) -> Message:
    return Message(code, params)


def text(code: str, params: dict | None = None) -> str:
    """The Chinese text of ``code`` with ``params`` filled in (what the CLI prints)."""
    return fill(CATALOGUE[code], params or {})


def fill(template: str, params: dict) -> str:
    """``template`` with its ``{name}`` fields replaced; a missing parameter shows as ``{name}``."""
    return template.format_map(_Params(params))


class _Params(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
