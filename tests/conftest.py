"""Shared fixtures: event files in tmp_path, a fixed clock, isolated Qt settings."""

from __future__ import annotations

import os
from datetime import datetime, timedelta

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class FakeClock:
    """A clock tests move by hand; starts at 09:20 on the day of the ceremony."""

    def __init__(self, start: datetime = datetime(2020, 11, 25, 9, 20)):
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs) -> datetime:
        self.now += timedelta(**kwargs)
        return self.now

    def set(self, hour: int, minute: int, second: int = 0) -> datetime:
        self.now = self.now.replace(hour=hour, minute=minute, second=second)
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def demo_event(tmp_path, clock):
    from ceremony.demo import create_demo

    event = create_demo(tmp_path / "demo.ceremony", clock=clock)
    yield event
    event.close()


@pytest.fixture
def empty_event(tmp_path, clock):
    from ceremony.event import Event

    event = Event.create(tmp_path / "empty.ceremony", clock=clock)
    yield event
    event.close()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path, monkeypatch):
    """Keep QSettings and platformdirs out of the real home folder."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.delenv("CEREMONY_DB", raising=False)
    try:
        from PySide6.QtCore import QSettings, QStandardPaths
    except ImportError:
        return
    QStandardPaths.setTestModeEnabled(True)
    # Qt reads the config folder once per process; point every test at its own settings.
    for fmt in (QSettings.NativeFormat, QSettings.IniFormat):
        QSettings.setPath(fmt, QSettings.UserScope, str(tmp_path / "qsettings"))
