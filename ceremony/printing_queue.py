"""Sending a finished PDF to a system print queue from the command line (CUPS ``lp``).

The GUI prints through Qt's print dialog instead; this is for the CLI and for
desks without a window (a badge printer on a CUPS queue).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from .errors import CeremonyError


class PrinterError(CeremonyError):
    """The printer is missing, stopped or refused the job."""

    exit_status = 3

    def __init__(self, printer: str, detail: str):
        super().__init__(f"打印机「{printer}」无法打印：{detail} (printer unavailable)")
        self.printer = printer


def printers() -> list[str]:
    """The queue names CUPS knows (empty when there is no CUPS client)."""
    if not shutil.which("lpstat"):
        return []
    out = subprocess.run(["lpstat", "-e"], capture_output=True, text=True, timeout=20)
    return [line.strip() for line in out.stdout.splitlines() if line.strip()] if out.returncode == 0 else []


def send_to_printer(pdf: Path | str, printer: str, title: str = "", copies: int = 1) -> str:
    """Queue ``pdf`` on ``printer``; returns CUPS's job id text. Raises :class:`PrinterError`."""
    if not shutil.which("lp"):
        raise PrinterError(printer, "本机没有 CUPS 打印命令 lp (no lp command)")
    cmd = ["lp", "-d", printer, "-n", str(max(1, copies))]
    if title:
        cmd += ["-t", title]
    try:
        out = subprocess.run([*cmd, str(pdf)], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PrinterError(printer, str(exc)) from exc
    if out.returncode != 0:
        raise PrinterError(printer, (out.stderr or out.stdout).strip() or f"lp exit {out.returncode}")
    return out.stdout.strip()
