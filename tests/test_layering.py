"""The layering rules, checked on the source (imports and attribute names), not by convention.

1. ``ceremony/`` (the domain) never imports Qt or ``ui``.
2. ``ui/`` reaches the domain only through
   - the top-level core modules of ``ceremony/`` (``event`` — the façade —, ``models``, ``errors``, ``codes``,
     ``paths``, ``fonts``, ``fileio``, ``attendance``, ``demo`` ...: any ``ceremony/NAME.py``), and
   - the public names of an area package (``from ceremony.seating import seat_label``: a name listed in
     ``ceremony/seating/__init__.py``'s ``__all__``), never one of the area's own modules;
   never ``ceremony.repository`` or ``ceremony.cli``, never SQL, sqlite-utils or reportlab, and never the
   façade's repository: no ``.repo`` anywhere in ``ui/`` (ask the façade or an area service instead).
3. Outside an area (other areas, the core modules, the CLI), the area is used only through its public names
   too; inside an area its own modules import each other freely.

An area is any package directly under ``ceremony/`` except ``repository`` and ``cli``.
"""

from __future__ import annotations

import ast
import importlib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOMAIN = ROOT / "ceremony"
UI = ROOT / "ui"
FORBIDDEN_IN_DOMAIN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "ui")
FORBIDDEN_IN_UI = ("sqlite3", "sqlite_utils", "reportlab", "ceremony.repository", "ceremony.cli")
SHARED_PACKAGES = ("repository", "cli")
AREAS = sorted(p.name for p in DOMAIN.iterdir()
               if (p / "__init__.py").is_file() and p.name not in SHARED_PACKAGES)
CORE_MODULES = sorted(p.stem for p in DOMAIN.glob("*.py") if not p.stem.startswith("__"))


def imported_roots(source: str) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


def imports(source: str) -> list[tuple[int, str, tuple[str, ...]]]:
    """(line, module, names) of every absolute import; ``import a.b`` gives names ()."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name, ()) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module, tuple(alias.name for alias in node.names)))
    return found


def public_names(area: str) -> set[str]:
    return set(getattr(importlib.import_module(f"ceremony.{area}"), "__all__", ()))


def area_violations(module: str, names: tuple[str, ...], home: str | None) -> list[str]:
    """Why importing ``names`` from ``module`` breaks rule 2/3 for code living in area ``home`` (or none)."""
    parts = module.split(".")
    if parts[0] != "ceremony" or len(parts) < 2 or parts[1] not in AREAS or parts[1] == home:
        return []
    if len(parts) > 2:
        return [f"{module} is inside the {parts[1]} area: import its public names from ceremony.{parts[1]}"]
    hidden = sorted(set(names) - public_names(parts[1]))
    return [f"{name} is not in ceremony.{parts[1]}.__all__" for name in hidden]


def ui_import_violations(module: str, names: tuple[str, ...]) -> list[str]:
    if any(module == bad or module.startswith(bad + ".") for bad in FORBIDDEN_IN_UI):
        return [f"{module} is not for ui/"]
    parts = module.split(".")
    if parts[0] != "ceremony" or len(parts) == 1:
        return []
    if parts[1] in AREAS:
        return area_violations(module, names, None)
    if parts[1] in CORE_MODULES and len(parts) == 2:
        return []
    return [f"{module} is neither a core module nor an area package"]


def repo_uses(source: str) -> list[int]:
    return [node.lineno for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Attribute) and node.attr == "repo"]


def _sources(root: Path):
    for path in sorted(root.rglob("*.py")):
        yield path, path.read_text(encoding="utf-8")


def test_domain_never_imports_qt_or_ui():
    offenders = {}
    for path, source in _sources(DOMAIN):
        bad = imported_roots(source) & set(FORBIDDEN_IN_DOMAIN)
        if bad:
            offenders[str(path.relative_to(ROOT))] = sorted(bad)
    assert offenders == {}


def test_ui_reaches_the_domain_through_the_facade_core_modules_and_public_area_names():
    offenders = []
    for path, source in _sources(UI):
        for line, module, names in imports(source):
            offenders += [f"{path.relative_to(ROOT)}:{line}: {why}" for why in ui_import_violations(module, names)]
    assert offenders == []


def test_ui_never_touches_the_repository():
    offenders = [f"{path.relative_to(ROOT)}:{line}" for path, source in _sources(UI) for line in repo_uses(source)]
    assert offenders == []


def test_areas_are_used_from_outside_only_through_their_public_names():
    offenders = []
    for path, source in _sources(DOMAIN):
        rel = path.relative_to(DOMAIN).parts
        home = rel[0] if len(rel) > 1 and rel[0] in AREAS else None
        for line, module, names in imports(source):
            offenders += [f"{path.relative_to(ROOT)}:{line}: {why}"
                          for why in area_violations(module, names, home)]
    assert offenders == []


def test_every_area_declares_its_public_names_and_they_exist():
    for area in AREAS:
        package = importlib.import_module(f"ceremony.{area}")
        assert hasattr(package, "__all__"), f"ceremony/{area}/__init__.py has no __all__"
        assert [n for n in package.__all__ if not hasattr(package, n)] == [], area


def test_an_areas_public_names_never_hide_behind_its_modules():
    """Names are imported on first use (ceremony/lazy.py): importing a module of the area sets the
    package attribute of the same name to that module, so a public name equal to a module's name must
    be that module — checked after importing every module of every area."""
    import pkgutil
    import types
    for area in AREAS:
        package = importlib.import_module(f"ceremony.{area}")
        for info in pkgutil.walk_packages(package.__path__, f"ceremony.{area}."):
            importlib.import_module(info.name)
        for name in package.__all__:
            value = getattr(package, name)
            if isinstance(value, types.ModuleType):
                assert value.__name__ == f"ceremony.{area}.{name}", f"ceremony.{area}.{name} is {value!r}"
            assert not (isinstance(value, types.ModuleType) and f"ceremony.{area}.{name}" not in sys.modules), name


def test_opening_the_app_does_not_import_what_its_first_page_does_not_use():
    """Start-up (issue 17): a fresh interpreter that builds the main window on an event file has not
    imported PDF drawing, import readers, sqlite-utils or cryptography."""
    script = ("import sys\n"
              "from ui.app import build_window\n"
              "app, window = build_window(['--db', sys.argv[1]])\n"
              "app.processEvents()\n"
              "print(' '.join(sorted(sys.modules)))\n")
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "e.ceremony")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": folder, "XDG_DATA_HOME": folder}
        subprocess.run([sys.executable, "-m", "ceremony", "init", "--demo", "--db", path], cwd=ROOT, env=env,
                       check=True, capture_output=True, timeout=120)
        out = subprocess.run([sys.executable, "-c", script, path], cwd=ROOT, capture_output=True, text=True,
                             env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    loaded = set(out.stdout.split())
    unwanted = {"sqlite_utils", "cryptography", "reportlab", "openpyxl", "python_calamine",
                "ceremony.printing.pdf.draw", "ceremony.roster.importing", "ceremony.seating.auto",
                "ceremony.reports.service", "aiohttp"}
    assert sorted(unwanted & loaded) == []


# --- the checks themselves see what they are meant to see ------------------------------------------
def test_the_check_itself_sees_qt_imports():
    assert "PySide6" in imported_roots("from PySide6.QtCore import Qt\n")
    assert "ui" in imported_roots("import ui.app\n")


def test_the_checks_see_private_area_modules_and_unlisted_names():
    assert "roster" in AREAS and "repository" not in AREAS and "event" in CORE_MODULES
    assert ui_import_violations("ceremony.seating.venue", ("seat_label",))
    assert ui_import_violations("ceremony.seating", ("_zone_resolver",))
    assert ui_import_violations("ceremony.repository", ("Repository",))
    assert ui_import_violations("sqlite_utils", ())
    assert not ui_import_violations("ceremony.seating", ("seat_label",))
    assert not ui_import_violations("ceremony.event", ("Event",))
    assert area_violations("ceremony.roster.names", ("pad_name",), home="seating")
    assert not area_violations("ceremony.roster.names", ("pad_name",), home="roster")
    assert repo_uses("x = self.ctx.event.repo.zones()\n") == [1]
    assert repo_uses("report = build()\n") == []
