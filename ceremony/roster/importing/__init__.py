"""Importing the units' 回执 files: read, find the header, clean, check, find duplicates, plan, apply."""

from ceremony.roster.importing.headers import FIELDS, LABELS, detect_header, field_code, header_field
from ceremony.roster.importing.plan import (ACTIONS, ADD, INVALID, SKIP, UPDATE, ImportBlocked, ImportPlan, ImportResult, PlanRow,
                   SourceInfo, apply_plan, build_plan, import_files, load_sources, pasted_source, plan_operation,
                   source_for)
from ceremony.roster.importing.readers import ImportFileError, Table, read_file, read_text
from ceremony.roster.importing.rows import Problem

__all__ = ["ACTIONS", "ADD", "FIELDS", "INVALID", "LABELS", "SKIP", "UPDATE", "ImportBlocked", "ImportFileError",
           "ImportPlan", "ImportResult", "PlanRow", "Problem", "SourceInfo", "Table", "apply_plan", "build_plan",
           "detect_header", "field_code", "header_field", "import_files", "load_sources", "pasted_source", "plan_operation",
           "read_file", "read_text", "source_for"]
