"""Numbered schema migrations. ``PRAGMA user_version`` holds the last one applied.

Each migration is a module ``schema/mNNN_<what>.py`` with an ``SQL`` string; NNN
is its number. Add a new module for every change and never edit one that has
shipped. Numbers may leave gaps; they are applied in ascending order.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

from ceremony.repository import schema


def _collect() -> dict[int, str]:
    found: dict[int, str] = {}
    for info in pkgutil.iter_modules(schema.__path__):
        match = re.fullmatch(r"m(\d{3})_\w+", info.name)
        if match:
            number = int(match.group(1))
            if number in found:
                raise RuntimeError(f"two schema migrations numbered {number}")
            found[number] = importlib.import_module(f"{schema.__name__}.{info.name}").SQL
    return found


MIGRATIONS: dict[int, str] = _collect()
LATEST = max(MIGRATIONS)
