"""Helpers for the printing tests: render PDFs with poppler and decode QR codes with zxing-cpp."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

POPPLER = all(shutil.which(t) for t in ("pdftoppm", "pdffonts", "pdftotext", "pdfinfo"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftoppm/pdffonts/pdftotext) not installed")


def run(*cmd) -> str:
    return subprocess.run([str(c) for c in cmd], capture_output=True, text=True, check=True).stdout


def page_count(pdf: Path) -> int:
    return int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", pdf)).group(1))


def page_size_mm(pdf: Path) -> tuple[float, float]:
    w, h = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", run("pdfinfo", pdf)).groups()
    return round(float(w) * 25.4 / 72, 1), round(float(h) * 25.4 / 72, 1)


def render(pdf: Path, dpi: int, first: int | None = None, last: int | None = None):
    """Every (or the chosen) page as a PIL image; fails when poppler cannot render a page."""
    from PIL import Image

    out = pdf.parent / f"{pdf.stem}-r{dpi}"
    out.mkdir(exist_ok=True)
    cmd = ["pdftoppm", "-r", str(dpi), "-png"]
    if first:
        cmd += ["-f", str(first)]
    if last:
        cmd += ["-l", str(last)]
    run(*cmd, pdf, out / "p")
    files = sorted(out.glob("p-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
    return [Image.open(f).convert("L") for f in files]


def fonts(pdf: Path) -> list[dict]:
    rows = []
    for line in run("pdffonts", pdf).splitlines()[2:]:
        parts = line.split()
        # name type... emb sub uni id gen: emb is the 5th field from the end
        rows.append({"name": parts[0], "emb": parts[-5] == "yes"})
    return rows


def text_of(pdf: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-raw"]
    if page:
        args += ["-f", str(page), "-l", str(page)]
    return run(*args, pdf, "-")


def squash(text: str) -> str:
    """Text without any whitespace (widened names extract with spaces inside)."""
    return re.sub(r"[\s\u3000]+", "", text)


def decode_all(image) -> list[str]:
    import zxingcpp

    return [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]
