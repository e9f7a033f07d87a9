"""ceremony/ is the domain: it must never import Qt or ui/."""

import ast
from pathlib import Path

DOMAIN = Path(__file__).resolve().parent.parent / "ceremony"
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "ui")


def imported_roots(source: str) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


def test_domain_never_imports_qt_or_ui():
    offenders = {}
    for path in DOMAIN.rglob("*.py"):
        bad = imported_roots(path.read_text(encoding="utf-8")) & set(FORBIDDEN)
        if bad:
            offenders[str(path.relative_to(DOMAIN))] = sorted(bad)
    assert offenders == {}


def test_the_check_itself_sees_qt_imports():
    assert "PySide6" in imported_roots("from PySide6.QtCore import Qt\n")
    assert "ui" in imported_roots("import ui.app\n")
