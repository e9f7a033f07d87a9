"""Where things live: the bundled resources and the default event file."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "ceremony"
# In the standalone app (PyInstaller) the resources sit in the bundle's folder, not beside the package.
BUNDLE = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
RESOURCES = BUNDLE / "resources"
ICON = RESOURCES / "icons" / "ceremony.png"
FONTS = RESOURCES / "fonts"
BUNDLED_FONT = FONTS / "wqy-microhei.ttc"
TRANSLATIONS = RESOURCES / "translations"
DEMO = RESOURCES / "demo"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_event_path() -> Path:
    """The demo ceremony's file in the user's data folder."""
    return data_dir() / "demo-2020.ceremony"


def resolve_event_path(cli_value: str | None) -> Path:
    """``--db`` wins, then ``CEREMONY_DB``, then the default location."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get("CEREMONY_DB")
    if env:
        return Path(env).expanduser()
    return default_event_path()
