"""ui/ writes PySide6 enums in full: ``Qt.ItemDataRole.DisplayRole``, not ``Qt.DisplayRole``.

The short form still works but goes through PySide6's compatibility look-up, about 25 times slower (7–13 µs
against 0.3 µs here); a table model's ``data()`` compares roles thousands of times per paint, so the short
form cost the start-up and the desk tens of milliseconds (docs/ARCHITECTURE.md#start-up).
"""

from __future__ import annotations

import ast
import enum
import importlib
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_ATTRIBUTE = re.compile(r"\b(Q[A-Za-z0-9]*|Qt)\.([A-Z][A-Za-z0-9_]*)\b")


def _enum_owner(cls: type, member: str) -> str | None:
    """The enum of ``cls`` (or a base) that ``member`` is a shortcut for; None for a real attribute."""
    if any(member in klass.__dict__ for klass in cls.__mro__):
        return None
    for klass in cls.__mro__:
        for name, value in klass.__dict__.items():
            if isinstance(value, enum.EnumType) and member in value.__members__:
                return name
    return None


def shortcuts(source: str) -> list[str]:
    """``Class.Member`` shortcuts in ``source`` for the PySide6 classes it imports."""
    classes = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
            module = importlib.import_module(node.module)
            for alias in node.names:
                value = getattr(module, alias.name, None)
                if isinstance(value, type):
                    classes[alias.asname or alias.name] = value
    found = []
    for number, line in enumerate(source.splitlines(), 1):
        for match in _ATTRIBUTE.finditer(line):
            cls = classes.get(match.group(1))
            owner = cls and _enum_owner(cls, match.group(2))
            if owner:
                found.append(f"{number}: {match.group(0)} → {match.group(1)}.{owner}.{match.group(2)}")
    return found


def test_ui_writes_qt_enums_in_full(qapp):
    offenders = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        offenders += [f"{path.relative_to(ROOT)}:{line}" for line in shortcuts(path.read_text(encoding="utf-8"))]
    assert offenders == []


def test_the_check_sees_a_shortcut_and_accepts_the_full_name(qapp):
    source = "from PySide6.QtCore import Qt\nfrom PySide6.QtWidgets import QMessageBox\n"
    assert shortcuts(source + "x = Qt.DisplayRole\n") == ["3: Qt.DisplayRole → Qt.ItemDataRole.DisplayRole"]
    assert shortcuts(source + "x = QMessageBox.Accepted\n") == ["3: QMessageBox.Accepted → QMessageBox.DialogCode.Accepted"]
    assert shortcuts(source + "x = Qt.ItemDataRole.DisplayRole\ny = QMessageBox.warning\n") == []
