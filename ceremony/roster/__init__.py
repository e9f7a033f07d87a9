"""The roster area: attendees, 回执 import, export, ranks, names, sorting and search.

Other areas, the CLI and ``ui/`` use only the names below (``tests/test_layering.py``).
"""

from ceremony.roster import names
from ceremony.roster.exporting import ExportFormatError, export_roster
from ceremony.roster.importing import (ADD, FIELDS, INVALID, LABELS, SKIP, UPDATE, ImportBlocked, ImportFileError,
                                       ImportPlan, ImportResult, PlanRow, build_plan, import_files, load_sources,
                                       pasted_source, plan_operation)
from ceremony.roster.importing.headers import field_code, map_columns
from ceremony.roster.names import pad_name
from ceremony.roster.operations import (Operation, PutAttendees, delete_operation, edit_operation, move_operation,
                                        order_operation, place_operation)
from ceremony.roster.ranking import TIER_NAMES, suggest_order, title_tier
from ceremony.roster.search import SearchIndex
from ceremony.roster.service import RosterFilter, RosterService, person_matches
from ceremony.roster.sorting import (CONVENTIONS, ORDERS, RENDA, ZHENGXIE, sort_names, sort_people, sort_units,
                                     unplaced_characters)
from ceremony.roster.forms import write_reply_form, write_reply_forms
from ceremony.roster.categorize import Categorizer, categorizer_for, suggest_category

__all__ = ["Categorizer", "categorizer_for", "suggest_category", "write_reply_form", "write_reply_forms", "ADD", "CONVENTIONS", "FIELDS", "INVALID", "LABELS", "ORDERS", "RENDA", "SKIP", "TIER_NAMES", "UPDATE",
           "ZHENGXIE", "ExportFormatError", "ImportBlocked", "ImportFileError", "ImportPlan", "ImportResult",
           "Operation", "PlanRow", "PutAttendees", "RosterFilter", "RosterService", "SearchIndex", "build_plan",
           "delete_operation", "edit_operation", "export_roster", "field_code", "import_files", "load_sources", "map_columns",
           "move_operation", "names", "order_operation", "pad_name", "pasted_source", "person_matches",
           "place_operation", "plan_operation", "sort_names", "sort_people", "sort_units", "suggest_order", "title_tier",
           "unplaced_characters"]
