"""SIGKILL of the real app during a burst of check-ins: nothing acknowledged is lost (tests/kill_checkins.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kill_checkins import run  # noqa: E402


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_no_acknowledged_check_in_is_lost_across_kills(tmp_path):
    result = run(rounds=12, people=360, folder=tmp_path)
    assert result["kills"] >= 10 and result["acknowledged"] > 0, result
    assert result["lost"] == [] and result["quick_check"] == "ok", result
