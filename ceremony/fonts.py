"""Fonts for PDFs: the bundled CJK TrueType font and, where present, the system's.

reportlab can only embed TrueType (glyf) outlines, so only .ttf/.ttc files are
offered; the bundled WenQuanYi Micro Hei always works.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ceremony.errors import CeremonyError
from ceremony.paths import BUNDLED_FONT

BUNDLED_NAME = "WenQuanYiMicroHei"

# Characters the bundled WenQuanYi font maps to an *empty* glyph (no outline: a blank on screen and in PDFs,
# and no fallback font is tried because the character is "present"). Drawn as people also write them.
EMPTY_IN_BUNDLED = {"\u2103": "°C", "\u2109": "°F"}     # ℃ ℉
_DRAWABLE = str.maketrans(EMPTY_IN_BUNDLED)


def drawable(text: str) -> str:
    """``text`` with the characters the bundled font cannot draw spelled in ones it can (℃ → °C)."""
    return text.translate(_DRAWABLE) if isinstance(text, str) else text


@dataclass(frozen=True)
class FontChoice:
    name: str          # reportlab font name
    label: str         # what a user sees
    path: Path
    subfont: int = 0


class FontMissing(CeremonyError):
    code = "font.missing"

    def __init__(self, path: Path):
        super().__init__(path=str(path))
        self.path = path


# Common Chinese Windows fonts (TrueType) by file name; looked up in the system font folder.
_SYSTEM_CANDIDATES = [
    ("SimHei", "黑体", "simhei.ttf", 0),
    ("SimSun", "宋体", "simsun.ttc", 0),
    ("KaiTi", "楷体", "simkai.ttf", 0),
    ("FangSong", "仿宋", "simfang.ttf", 0),
    ("MicrosoftYaHei", "微软雅黑", "msyh.ttc", 0),
]


# Faces heavy enough for table cards as they are; any other is drawn bold (filled and stroked).
HEAVY_FONTS = {"SimHei"}


def table_card_font() -> FontChoice:
    """The customary face for table cards: 黑体 where the system has it, else the bundled font."""
    return next((f for f in available_fonts() if f.name == "SimHei"), bundled_font())


def needs_synthetic_bold(name: str) -> bool:
    return name not in HEAVY_FONTS


def bundled_font() -> FontChoice:
    return FontChoice(BUNDLED_NAME, "文泉驿微米黑", BUNDLED_FONT, 0)


def _system_font_dirs() -> list[Path]:
    if sys.platform.startswith("win"):
        windir = Path(os.environ.get("WINDIR", "C:/Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft" / "Windows" / "Fonts"
        return [windir / "Fonts", local]
    if sys.platform == "darwin":
        return [Path("/Library/Fonts"), Path.home() / "Library" / "Fonts"]
    return [Path("/usr/share/fonts"), Path.home() / ".local" / "share" / "fonts"]


@lru_cache(maxsize=1)
def available_fonts() -> tuple[FontChoice, ...]:
    """The bundled font first, then the system's Chinese TrueType fonts that exist."""
    found = [bundled_font()]
    for name, label, filename, subfont in _SYSTEM_CANDIDATES:
        for folder in _system_font_dirs():
            path = folder / filename
            if path.is_file():
                found.append(FontChoice(name, label, path, subfont))
                break
    return tuple(found)


_registered: set[str] = set()
_lock = threading.Lock()


def register_font(choice: FontChoice | None = None) -> str:
    """Register a font with reportlab (once) and return its reportlab name."""
    choice = choice or bundled_font()
    if choice.name in _registered:
        return choice.name
    with _lock:  # the GUI warms the font up in a thread while a PDF may already ask for it
        return _register_locked(choice)


def _register_locked(choice: FontChoice) -> str:
    if choice.name in _registered:
        return choice.name
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    if not choice.path.is_file():
        raise FontMissing(choice.path)
    try:
        pdfmetrics.registerFont(TTFont(choice.name, str(choice.path), subfontIndex=choice.subfont))
    except (TTFError, OSError) as exc:
        raise FontMissing(choice.path) from exc
    _registered.add(choice.name)
    return choice.name


def font_by_name(name: str) -> FontChoice:
    for choice in available_fonts():
        if choice.name == name or choice.label == name:
            return choice
    raise FontMissing(Path(name))
