"""The reports area: attendance figures and lists, exported as PDF, xlsx or CSV.

``model`` is the report's data vocabulary (sections, tables, columns) and is public as a module.
Other areas, the CLI and ``ui/`` use only the names below (``tests/test_layering.py``).
"""

from ceremony.reports import model
from ceremony.reports.model import SECTIONS
from ceremony.reports.format import format_value
from ceremony.reports.service import ReportService, UnknownSection, UnsupportedFormat, export_report
from ceremony.reports.host_list import HostLine, host_lines, host_text, write_host_list
from ceremony.reports.leaders import leader_categories, short_unit

__all__ = ["SECTIONS", "HostLine", "ReportService", "UnknownSection", "UnsupportedFormat", "export_report",
           "format_value", "host_lines", "host_text", "leader_categories", "short_unit", "model", "write_host_list"]
