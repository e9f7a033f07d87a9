"""Sending a finished PDF to a system print queue from the command line (CUPS ``lp``).

The GUI prints through Qt's print dialog instead; this is for the CLI and for
desks without a window (a badge printer on a CUPS queue).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from ceremony.errors import CeremonyError
from ceremony.messages import Message
from ceremony.reasons import error_detail


class PrinterError(CeremonyError):
    """The printer is missing, stopped or refused the job."""

    exit_status = 3

    def __init__(self, printer: str, detail: Message | str, unavailable: bool = False):
        code = "print.printer_unavailable" if unavailable else "print.printer_failed" if detail else "print.no_lp"
        super().__init__(code, printer=printer, detail=detail)
        self.printer = printer


def printers() -> list[str]:
    """The queue names CUPS knows (empty when there is no CUPS client)."""
    if not shutil.which("lpstat"):
        return []
    out = subprocess.run(["lpstat", "-e"], capture_output=True, text=True, timeout=20)
    return [line.strip() for line in out.stdout.splitlines() if line.strip()] if out.returncode == 0 else []


def media_for(width_pt: float, height_pt: float) -> str:
    """The CUPS media name for a page: A4/A3 by name (either way round), anything else as a custom size."""
    w, h = sorted((round(width_pt * 25.4 / 72, 1), round(height_pt * 25.4 / 72, 1)))
    for name, (a, b) in {"A4": (210, 297), "A3": (297, 420)}.items():
        if abs(w - a) < 1 and abs(h - b) < 1:
            return name
    w, h = round(width_pt * 25.4 / 72, 1), round(height_pt * 25.4 / 72, 1)
    return f"Custom.{w:g}x{h:g}mm"


def send_to_printer(pdf: Path | str, printer: str, title: str = "", copies: int = 1, media: str = "") -> str:
    """Queue ``pdf`` on ``printer`` (on ``media``, e.g. a badge printer's card size); returns CUPS's job id text.

    Raises :class:`PrinterError` when the queue is missing, stopped or refuses the job.
    """
    if not shutil.which("lp"):
        raise PrinterError(printer, "")
    cmd = ["lp", "-d", printer, "-n", str(max(1, copies))]
    if title:
        cmd += ["-t", title]
    if media:
        cmd += ["-o", f"media={media}"]
    try:
        out = subprocess.run([*cmd, str(pdf)], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PrinterError(printer, error_detail(exc)) from exc
    if out.returncode != 0:
        said = (out.stderr or out.stdout).strip()
        # CUPS answers in English: a queue that is gone or not accepting jobs is said plainly
        if "does not exist" in said or "not accepting" in said:
            raise PrinterError(printer, said, unavailable=True)
        raise PrinterError(printer, said or f"lp exit {out.returncode}")
    return out.stdout.strip()
