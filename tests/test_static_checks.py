"""The domain passes the linter and the type checker, both configured in pyproject.toml (ruff: a small rule set;
mypy: ``files = ["ceremony"]``). They run here so the README's test command and CI run them too."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True,
                          encoding="utf-8", timeout=600)


def test_ruff_finds_nothing_in_the_domain():
    result = _run("ruff", "check", "--no-cache", "ceremony")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing_in_the_domain():
    result = _run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr
