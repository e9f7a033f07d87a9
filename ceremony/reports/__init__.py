"""The reports area: attendance figures and lists, exported as PDF, xlsx or CSV.

``model`` is the report's data vocabulary (sections, tables, columns) and is public as a module.
Other areas, the CLI and ``ui/`` use only the names below (``tests/test_layering.py``).
"""

from ceremony.reports import model
from ceremony.reports.model import SECTIONS
from ceremony.reports.format import format_value
from ceremony.reports.service import ReportService, UnknownSection, UnsupportedFormat, export_report

__all__ = ["SECTIONS", "ReportService", "UnknownSection", "UnsupportedFormat", "export_report",
           "format_value", "model"]
