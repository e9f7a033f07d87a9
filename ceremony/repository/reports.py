"""SQL for the attendance report."""

from __future__ import annotations


class ReportQueries:
    pass
