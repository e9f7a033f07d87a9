"""The one catalogue of message codes: code → Chinese text with ``{name}`` parameters.

The domain raises errors and returns scan results carrying a code and parameters, never
pre-written text. The CLI prints :func:`text` (Chinese). ``ui/`` passes the same Chinese
template through Qt's translator (context ``Domain``), so English lives only in
``resources/translations/ceremony_messages_en.ts``. ``QT_TRANSLATE_NOOP`` below is a plain
function with Qt's name so that ``lupdate`` extracts the templates without the domain
importing Qt.
"""

from __future__ import annotations

CONTEXT = "Domain"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``source`` for translation; returns it unchanged."""
    return source


CATALOGUE: dict[str, str] = {
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


def text(code: str, params: dict | None = None) -> str:
    """The Chinese text of ``code`` with ``params`` filled in (what the CLI prints)."""
    return fill(CATALOGUE[code], params or {})


def fill(template: str, params: dict) -> str:
    """``template`` with its ``{name}`` fields replaced; a missing parameter shows as ``{name}``."""
    return template.format_map(_Params(params))


class _Params(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
