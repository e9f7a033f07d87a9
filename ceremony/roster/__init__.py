"""The roster area: attendees, 回执 import, export, ranks, names, sorting and search.

Other areas, the CLI and ``ui/`` use only the names below (``tests/test_layering.py``).
Each name is imported on first use (:mod:`ceremony.lazy`): opening the window pays only for what it uses.
"""

from ceremony.lazy import lazy_exports

__all__, __getattr__ = lazy_exports(__name__, {
    "names": ("names", "pad_name"),
    "exporting": ("ExportFormatError", "export_roster"),
    "importing": ("ADD", "FIELDS", "INVALID", "LABELS", "SKIP", "UPDATE", "ImportBlocked", "ImportFileError",
                  "ImportPlan", "ImportResult", "PlanRow", "build_plan", "import_files", "load_sources",
                  "pasted_source", "plan_operation"),
    "importing.headers": ("field_code", "map_columns"),
    "operations": ("Operation", "PutAttendees", "delete_operation", "edit_operation", "move_operation",
                   "order_operation", "place_operation"),
    "ranking": ("TIER_NAMES", "suggest_order", "title_tier"),
    "search": ("SearchIndex",),
    "service": ("RosterFilter", "RosterService", "person_matches"),
    "sorting": ("CONVENTIONS", "ORDERS", "RENDA", "ZHENGXIE", "sort_names", "sort_people", "sort_units",
                "unplaced_characters"),
    "forms": ("write_reply_form", "write_reply_forms"),
    "categorize": ("Categorizer", "categorizer_for", "suggest_category"),
})
