"""Unit tests use the small fixture event (conftest's ``small_event`` and ``cast``), not the demo's literal people.

A test that asks for ``demo_event`` (directly or through a fixture of its module) and then names a demo person
by a literal id (``attendee(17)``, ``seat_of(1)``, ``attendees()[20]``, ``WHERE id = 5``) or by name
(``"黎振华"``), or compares with the demo's head or seat count (``== 300``, ``== 620``), breaks when the demo's
roster changes and hides what it tests. Such tests are flagged unless their module is about the demo itself
(the allow-list below).
"""

from __future__ import annotations

import ast
import re
from functools import lru_cache
from pathlib import Path

TESTS = Path(__file__).resolve().parent

# Modules that may name the demo's people: they test the demo itself (its roster, its opening, its round trip).
DEMO_TESTS = {
    "test_demo.py",
    "test_main_window.py",             # the window as it opens on the demo at first start
}
# Still to be moved to the small event (shrink this list; never grow it).
NOT_YET_MOVED: set[str] = set()
ALLOWED = DEMO_TESTS | NOT_YET_MOVED

# SQL that picks a person by a literal id ("... WHERE id = 5").
SQL_ID = re.compile(r"\b(?:attendee_)?id\s*(?:=|IN\s*\()\s*\d", re.IGNORECASE)
# Methods whose first argument is an attendee id.
ID_TAKING = {"attendee", "seat_of", "seat_label", "seat_one", "seat_one_operation", "item_for_attendee",
             "badge_code", "reissue_badge_code", "check_in_attendee", "mark", "move", "move_operation",
             "delete", "badge_document", "seat_text", "history", "arrival"}


@lru_cache(maxsize=1)
def demo_names() -> frozenset[str]:
    from ceremony.demo import demo_attendees
    return frozenset(p.name for p in demo_attendees())


@lru_cache(maxsize=1)
def demo_counts() -> frozenset[int]:
    """The demo's head count and seat count, as a test would compare with them."""
    from ceremony.demo import demo_attendees, load_demo_venue
    from ceremony.seating.venue import expand_spec
    return frozenset({len(demo_attendees()), len(expand_spec(load_demo_venue()))})


def _demo_bound(tree: ast.Module) -> list[ast.FunctionDef]:
    """Module-level functions (tests and fixtures) that get the demo: they ask for ``demo_event`` or for a
    fixture of this module that does."""
    functions = [n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    bound: set[str] = {"demo_event"}
    changed = True
    while changed:
        changed = False
        for f in functions:
            if f.name not in bound and {a.arg for a in f.args.args} & bound:
                bound.add(f.name)
                changed = True
    return [f for f in functions if f.name in bound]


def _literal_int(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and type(node.value) is int


def _named(node: ast.AST, names: frozenset[str], counts: frozenset[int]) -> str:
    if isinstance(node, ast.Call) and node.args and _literal_int(node.args[0]):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in ID_TAKING:
            return f"{name}({node.args[0].value})"
    elif isinstance(node, ast.Subscript) and _literal_int(node.slice):
        value = node.value
        if isinstance(value, ast.Call) and getattr(value.func, "attr", "") == "attendees":
            return f"attendees()[{node.slice.value}]"
    elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in names:
        return repr(node.value)
    elif isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_ID.search(node.value):
        return f"SQL {SQL_ID.search(node.value).group(0)!r}"
    elif isinstance(node, ast.Compare):
        sides = [node.left, *node.comparators]
        hits = [side.value for side in sides if _literal_int(side) and side.value in counts]
        if hits:
            return f"compared with {hits[0]}"
    return ""


def demo_people_named(source: str) -> list[str]:
    """Where a test (or fixture) that gets the demo names a demo person by literal id or name, or compares with
    the demo's head or seat count ("line: what")."""
    names, counts = demo_names(), demo_counts()
    found = set()
    for function in _demo_bound(ast.parse(source)):
        for node in ast.walk(function):
            what = _named(node, names, counts)
            if what:
                found.add((node.lineno, what))
    return [f"{line}: {what}" for line, what in sorted(found)]


def test_no_unit_test_leans_on_the_demos_people():
    offenders = {}
    for path in sorted(TESTS.rglob("test_*.py")):
        if path.relative_to(TESTS).as_posix() in ALLOWED:
            continue
        found = demo_people_named(path.read_text(encoding="utf-8"))
        if found:
            offenders[path.relative_to(TESTS).as_posix()] = found
    assert not offenders, ("these tests name the demo's people; use small_event and cast (tests/conftest.py) "
                           f"instead: {offenders}")


def test_the_allow_list_names_real_files_that_need_it():
    present = {p.relative_to(TESTS).as_posix() for p in TESTS.rglob("test_*.py")}
    assert ALLOWED <= present
    for name in NOT_YET_MOVED:                    # a module moved to the small event leaves the list
        assert demo_people_named((TESTS / name).read_text(encoding="utf-8")), f"{name} is clean: unlist it"


def test_the_check_finds_ids_and_names_next_to_the_demo():
    flagged = demo_people_named(
        "def test_x(demo_event):\n"
        "    demo_event.attendee(17)\n"
        "    demo_event.seating.seat_of(1)\n"
        "    a = demo_event.attendees()[20]\n"
        "    assert a.name == '黎振华'\n"
        "    assert demo_event.summary()['attendees'] == 300\n"
        "    demo_event.repo.conn.execute('UPDATE attendees SET name = ? WHERE id = 5', ('x',))\n")
    assert flagged == ["2: attendee(17)", "3: seat_of(1)", "4: attendees()[20]", "5: '黎振华'",
                       "6: compared with 300", "7: SQL 'id = 5'"]
    through_a_fixture = demo_people_named(
        "@pytest.fixture\ndef page(qtbot, demo_event):\n    return Page(demo_event)\n\n"
        "def test_x(page):\n    page.scene.item_for_attendee(1)\n")
    assert through_a_fixture == ["6: item_for_attendee(1)"]
    assert demo_people_named("def test_x(small_event, cast):\n    small_event.attendee(cast.leader.id)\n") == []
    assert demo_people_named("def test_x(small_event):\n    small_event.attendee(17)\n") == []
    assert demo_people_named("def test_x(demo_event):\n    pass\n\ndef test_y(empty_event):\n"
                             "    empty_event.attendee(1)\n") == []
