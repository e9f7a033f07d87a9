"""argparse in Chinese: headings, the help option, usage errors, and help text wrapped by display width.

argparse writes its own words in English ("usage:", "options", "the following arguments are required");
the CLI is Chinese only, so the parser and its formatter put those words in Chinese. A Chinese character
takes two columns in a terminal, so help text is wrapped and aligned by display width, not character count.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata

HEADINGS = {"positional arguments": "参数", "options": "选项", "optional arguments": "选项"}
USAGE_PREFIX = "用法："

# argparse's error messages (Python 3.11–3.13 wording), most specific first; {0}, {1} are the message's parts.
_ERRORS = [
    (r"argument (.+?): (.+)", "参数 {0}：{1}"),
    (r"the following arguments are required: (.+)", "缺少参数：{0}"),
    (r"one of the arguments (.+) is required", "需要以下参数之一：{0}"),
    (r"unrecognized arguments: (.+)", "无法识别的参数：{0}"),
    (r"invalid choice: (.+?) \(choose from (.+)\)", "无效的选项值 {0}（可选：{1}）"),
    (r"invalid int value: (.+)", "应为整数，而不是 {0}"),
    (r"invalid float value: (.+)", "应为数字，而不是 {0}"),
    (r"invalid (.+) value: (.+)", "值无效：{1}"),
    (r"expected one argument", "需要一个值"),
    (r"expected at most one argument", "最多只能有一个值"),
    (r"expected at least one argument", "至少需要一个值"),
    (r"expected (\d+) arguments?", "需要 {0} 个值"),
    (r"not allowed with argument (.+)", "不能与 {0} 同时使用"),
    (r"ignored explicit argument (.+)", "此选项不带值：{0}"),
    (r"ambiguous option: (.+) could match (.+)", "选项 {0} 不明确，可能是：{1}"),
    (r"unexpected option string: (.+)", "多余的选项：{0}"),
]


def usage_error_text(message: str) -> str:
    """An argparse error message in Chinese (an unknown wording is kept rather than lost)."""
    for pattern, chinese in _ERRORS:
        match = re.fullmatch(pattern, message, re.S)
        if match:
            return chinese.format(*(usage_error_text(part) for part in match.groups()))
    return message


def display_width(text: str) -> int:
    """Terminal columns: East Asian wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, width: int) -> str:
    """``text`` left-aligned in ``width`` terminal columns (a table column with Chinese in it)."""
    return text + " " * max(0, width - display_width(text))


_TOKENS = re.compile(r"[!-~]+|\s+|.", re.S)        # an ASCII word stays whole; any other character is its own
_NO_LINE_START = set("，。、；：？！）》」』】,.;:?!)")


def wrap(text: str, width: int) -> list[str]:
    """Greedy line breaking by display width; never starts a line with closing punctuation."""
    lines, line = [], ""
    for token in _TOKENS.findall(" ".join(text.split())):
        fits = display_width(line + token) <= width
        if fits or not line.strip() or token in _NO_LINE_START:
            line += token
        elif token.isspace():
            lines.append(line.rstrip())
            line = ""
        else:
            lines.append(line.rstrip())
            line = token
    if line.strip():
        lines.append(line.rstrip())
    return lines


class ChineseHelpFormatter(argparse.HelpFormatter):
    """Chinese headings and usage prefix; help text wrapped and aligned in terminal columns."""

    def start_section(self, heading):
        super().start_section(HEADINGS.get(heading, heading))

    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, USAGE_PREFIX if prefix is None else prefix)

    def _split_lines(self, text, width):
        return wrap(text, width)

    def _fill_text(self, text, width, indent):
        return "\n".join(indent + line for line in wrap(text, width - len(indent)))

    def _format_action(self, action):
        # argparse pads the option column by character count; a wide character there (a Chinese metavar)
        # takes two columns: take that many spaces back, or start the help on the next line if there are
        # not enough.
        text = super()._format_action(action)
        invocation = self._format_action_invocation(action)
        extra = display_width(invocation) - len(invocation)
        head = " " * self._current_indent + invocation
        after = text[len(head):]
        padding = len(after) - len(after.lstrip(" "))
        if not extra or not text.startswith(head) or after[padding:padding + 1] in ("", "\n"):
            return text
        if padding >= extra + 2:
            return head + after[extra:]
        return head + "\n" + " " * (len(head) + padding) + after[padding:]


class ChineseArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose own words (help option, errors) are Chinese; subcommands inherit it."""

    def __init__(self, *, add_help: bool = True, **kwargs):
        kwargs.setdefault("formatter_class", ChineseHelpFormatter)
        super().__init__(add_help=False, **kwargs)
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help="显示本帮助并退出")

    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: 错误: {usage_error_text(message)}\n")
