"""The reports area: attendance figures and lists, exported as PDF, xlsx or CSV.

``model`` is the report's data vocabulary (sections, tables, columns) and is public as a module.
Other areas, the CLI and ``ui/`` use only the names below (``tests/test_layering.py``).
Each name is imported on first use (:mod:`ceremony.lazy`): opening the window pays only for what it uses.
"""

from ceremony.lazy import lazy_exports

__all__, __getattr__ = lazy_exports(__name__, {
    "model": ("model", "SECTIONS"),
    "format": ("format_value",),
    "service": ("ReportService", "UnknownSection", "UnsupportedFormat", "export_report"),
    "host_list": ("HostLine", "host_lines", "host_text", "write_host_list"),
    "leaders": ("leader_categories", "short_unit"),
})
