"""The registry of event settings: key, type, default, label and validation, declared once.

Event settings live in the event file (``settings`` table, JSON values). Every reader goes
through :meth:`ceremony.event.Event.setting`, which returns the registered default when a key
was never set; every writer goes through :meth:`Event.set_setting`, which validates here. The
settings dialog shows the entries marked ``in_dialog``; ``ceremony settings`` lists, shows and
sets them all. Adding a setting is one :class:`Setting` line in :data:`REGISTRY`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ceremony.errors import ValidationError
from ceremony.messages import QT_TRANSLATE_NOOP



class SettingError(ValidationError):
    """An unknown setting key or a value the setting does not accept."""

    exit_status = 2


_TRUE = ("1", "true", "yes", "on", "是", "开")
_FALSE = ("0", "false", "no", "off", "否", "关")


@dataclass(frozen=True)
class Setting:
    """One event setting. ``label`` is Chinese (translated in ``ui/``, context ``Settings``)."""

    key: str
    kind: type                                   # str, bool, int, list or dict
    default: Any
    label: str
    choices: tuple[tuple[str, str], ...] = ()    # (value, label) pairs for a choice among fixed values
    check: Callable[[Any], Any] | None = None    # further validation: returns the value or raises
    in_dialog: bool = False                      # shown in the event settings dialog
    low: int | None = None                       # int range
    high: int | None = None
    required: bool = False                       # a str that may not be empty
    read_only: bool = False                      # set by the program itself, never by hand
    secret: bool = False                         # never shown: only whether it is set (the PIN's hash)

    def validate(self, value: Any) -> Any:
        """``value`` converted to this setting's type, or SettingError naming the key."""
        value = self._typed(value)
        if self.required and not value:
            raise SettingError("setting.required", key=self.key)
        if self.choices and value not in self.values():
            raise SettingError("setting.bad_choice", key=self.key, value=value, choices="|".join(self.values()))
        if self.kind is int and ((self.low is not None and value < self.low)
                                 or (self.high is not None and value > self.high)):
            raise SettingError("setting.out_of_range", key=self.key, value=value, low=self.low, high=self.high)
        return self.check(value) if self.check else value

    def parse(self, text: str) -> Any:
        """A value typed on the command line (``true``, ``12``, ``renda``, JSON for lists) → validated value."""
        text = text.strip()
        if self.kind in (list, dict):
            try:
                value = json.loads(text)
            except ValueError:
                if self.kind is dict:
                    raise SettingError("setting.bad_json", key=self.key, kind="object", value=text) from None
                value = [part.strip() for part in text.replace("，", ",").replace("、", ",").split(",") if part.strip()]
            return self.validate(value)
        return self.validate(text)

    def parse_for_user(self, text: str) -> Any:
        """:meth:`parse` for a value a person typed: a read-only setting is refused."""
        if self.read_only:
            raise SettingError("setting.read_only", key=self.key)
        return self.parse(text)

    def values(self) -> tuple[str, ...]:
        return tuple(value for value, _label in self.choices)

    def _typed(self, value: Any) -> Any:
        kind = self.kind
        if kind is bool:
            if isinstance(value, bool):
                return value
            if isinstance(value, str) and value.strip().lower() in _TRUE + _FALSE:
                return value.strip().lower() in _TRUE
            if isinstance(value, int) and value in (0, 1):
                return bool(value)
            raise SettingError("setting.bad_bool", key=self.key, value=value)
        if kind is int:
            try:
                if isinstance(value, bool):
                    raise ValueError(value)
                return int(str(value).strip())
            except ValueError:
                raise SettingError("setting.bad_int", key=self.key, value=value) from None
        if kind is str:
            return " ".join(str(value).split()) if value is not None else ""
        if kind is list:
            if not isinstance(value, (list, tuple)):
                raise SettingError("setting.bad_json", key=self.key, kind="array", value=value)
            return [str(v) if not isinstance(v, (int, float, dict, list)) else v for v in value]
        if not isinstance(value, dict):
            raise SettingError("setting.bad_json", key=self.key, kind="object", value=value)
        return value


def _badge_layout(value: str) -> str:
    from ceremony.printing import parse_size
    parse_size(value)
    return value


def _table_card_preset(value: str) -> str:
    from ceremony.printing import table_card_preset
    table_card_preset(value)
    return value


REGISTRY: dict[str, Setting] = {s.key: s for s in (
    # --- the desk -----------------------------------------------------------------------------
    Setting("desk_name", str, "签到台", QT_TRANSLATE_NOOP("Settings", "本签到台名称"), required=True, in_dialog=True),
    Setting("health_check", bool, False,
            QT_TRANSLATE_NOOP("Settings", "签到时进行健康检查（体温、粤康码、行程卡、口罩）"), in_dialog=True),
    Setting("desk_mode", bool, False, QT_TRANSLATE_NOOP("Settings", "签到台模式（只能签到，退出需主办方 PIN）"),
            read_only=True),
    Setting("organiser_pin", str, "", QT_TRANSLATE_NOOP("Settings", "主办方 PIN（只存散列值）"), read_only=True,
            secret=True),
    Setting("vip_categories", list, [], QT_TRANSLATE_NOOP("Settings", "需要引导的嘉宾类别（另加嘉宾证类别）")),
    # --- roster -------------------------------------------------------------------------------
    Setting("stroke_convention", str, "zhengxie", QT_TRANSLATE_NOOP("Settings", "姓氏笔画排序惯例"),
            choices=(("zhengxie", QT_TRANSLATE_NOOP("Settings", "政协惯例（单名空位在前）")),
                     ("renda", QT_TRANSLATE_NOOP("Settings", "人大惯例（比较第二个字）"))), in_dialog=True),
    Setting("unit_order", list, [], QT_TRANSLATE_NOOP("Settings", "单位排序（建议排序时用）")),
    Setting("secretary_first", bool, True, QT_TRANSLATE_NOOP("Settings", "同单位书记排在行政负责人之前")),
    # --- seating ------------------------------------------------------------------------------
    Setting("seating_rules", dict, {}, QT_TRANSLATE_NOOP("Settings", "自动排座规则")),
    Setting("venue_name", str, "", QT_TRANSLATE_NOOP("Settings", "会场名称")),
    # --- printing -----------------------------------------------------------------------------
    Setting("print_font", str, "", QT_TRANSLATE_NOOP("Settings", "打印字体（空 = 内置字体）")),
    Setting("table_card_font", str, "", QT_TRANSLATE_NOOP("Settings", "桌签字体（空 = 黑体，没有黑体时用内置字体加粗）")),
    Setting("badge_fields", list, ["event_name", "unit", "title", "seat", "badge_no", "qr"],
            QT_TRANSLATE_NOOP("Settings", "胸卡上印的项目")),
    Setting("badge_layout", str, "80x118", QT_TRANSLATE_NOOP("Settings", "胸卡尺寸（宽x高，毫米）"),
            check=_badge_layout),
    Setting("badge_sheet", str, "single", QT_TRANSLATE_NOOP("Settings", "胸卡拼版"),
            choices=(("single", QT_TRANSLATE_NOOP("Settings", "每页一张")), ("a4", "A4"), ("a3", "A3"))),
    Setting("table_card_preset", str, "a4_fold", QT_TRANSLATE_NOOP("Settings", "桌签版式"), check=_table_card_preset),
    # --- report -------------------------------------------------------------------------------
    Setting("report_leader_categories", list, [],
            QT_TRANSLATE_NOOP("Settings", "出席领导名单的类别（空 = 名称含“领导”的类别）")),
    Setting("unit_short_names", dict, {}, QT_TRANSLATE_NOOP("Settings", "新闻稿中的单位简称")),
    Setting("parking_areas", dict, {}, QT_TRANSLATE_NOOP("Settings", "各类别的停车区域（空 = 领导贵宾停车区，其他来宾停车区）")),
    Setting("host_list_categories", list, [],
            QT_TRANSLATE_NOOP("Settings", "主持词嘉宾名单的类别（空 = 领导类别和贵宾证、嘉宾证类别）")),
)}


def setting(key: str) -> Setting:
    """The registry entry for ``key``; SettingError (code ``setting.unknown``) for an unknown key."""
    try:
        return REGISTRY[key]
    except KeyError:
        raise SettingError("setting.unknown", key=key, known=", ".join(REGISTRY)) from None


def default(key: str) -> Any:
    """A fresh copy of the default (lists and dicts are never shared)."""
    value = setting(key).default
    return json.loads(json.dumps(value)) if isinstance(value, (list, dict)) else value


def dialog_settings() -> list[Setting]:
    return [s for s in REGISTRY.values() if s.in_dialog]


def shown(key: str, value: Any) -> Any:
    """What ``ceremony settings`` may print of a value: a secret only says whether it is set."""
    if REGISTRY[key].secret:
        return "（已设置）" if value else "（未设置）"
    return value


def show(value: Any) -> str:
    """A value as ``ceremony settings`` prints it (JSON for lists/dicts, true/false for booleans)."""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)
