"""The attendance report as CSV: UTF-8 with BOM (Excel opens it as Chinese), formula-safe cells.

One file per section (``<stem>_<section>.csv``), or exactly the chosen file for one section.
"""

from __future__ import annotations

import csv
from pathlib import Path

from ceremony.reports import model as rm
from ceremony.fileio import atomic_output, csv_cell
from ceremony.reports.format import format_value


def write_csv(report: rm.Report, path: Path | str, single: bool = False, progress=None) -> list[Path]:
    """Write each table of ``report``; ``single`` writes the one table to ``path`` itself.

    ``progress(done, total)`` is called between files and may raise to cancel.
    """
    path = Path(path)
    if single:
        if len(report.tables) != 1:
            raise ValueError("single=True needs a report with exactly one section")
        _write_table(report.tables[0], path)
        return [path]
    written = []
    for i, table in enumerate(report.tables):
        if progress is not None:
            progress(i, len(report.tables))
        target = path.with_name(f"{path.stem}_{table.key}{path.suffix}")
        _write_table(table, target)
        written.append(target)
    return written


def csv_rows(table: rm.Table) -> list[list]:
    """Header, data rows and the 合计 row as text cells (times keep their date: a CSV row stands alone)."""
    kinds = [c.kind for c in table.columns]
    out = [[c.title for c in table.columns]]
    rows = list(table.rows) + ([table.total] if table.total is not None else [])
    for row in rows:
        out.append([csv_cell(format_value(v, k)) for v, k in zip(row, kinds)])
    return out


def _write_table(table: rm.Table, target: Path) -> None:
    with atomic_output(target, private=True) as tmp:      # the 防疫台账 holds phones
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            csv.writer(fh).writerows(csv_rows(table))
