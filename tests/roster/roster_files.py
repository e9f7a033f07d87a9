"""Builders for the messy 回执 files the roster tests import."""

from __future__ import annotations

import csv
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def write_xlsx(path: Path, rows: list[list], merges: list[str] = ()) -> Path:
    import openpyxl
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(list(row))
    for rng in merges:
        sheet.merge_cells(rng)
    book.save(path)
    return path


def write_csv(path: Path, rows: list[list], encoding: str) -> Path:
    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh).writerows([["" if v is None else v for v in row] for row in rows])
    return path
