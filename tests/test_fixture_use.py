"""Unit tests use the small fixture event (conftest's ``small_event`` and ``cast``), not the demo's literal people.

A test module that asks for ``demo_event`` and then names a demo person by a literal id (``attendee(17)``,
``seat_of(1)``, ``attendees()[20]``) or by name (``"黎振华"``) breaks when the demo's roster changes and hides
what it tests. Such modules are flagged unless they are about the demo itself (the allow-list below).
"""

from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path

TESTS = Path(__file__).resolve().parent

# Modules that may name the demo's people: they test the demo itself (its roster, its opening, its round trip).
DEMO_TESTS = {
    "test_demo.py",
    "test_interface_language.py",      # the whole window on the demo, as a user first sees it, in both languages
}
# Still to be moved to the small event (shrink this list; never grow it).
NOT_YET_MOVED = {
    "roster/test_import.py",
}
ALLOWED = DEMO_TESTS | NOT_YET_MOVED

# Methods whose first argument is an attendee id.
ID_TAKING = {"attendee", "seat_of", "seat_label", "seat_one", "seat_one_operation", "item_for_attendee",
             "badge_code", "reissue_badge_code", "check_in_attendee", "mark", "move", "move_operation",
             "delete", "badge_document", "seat_text", "history", "arrival"}


@lru_cache(maxsize=1)
def demo_names() -> frozenset[str]:
    from ceremony.demo import demo_attendees
    return frozenset(p.name for p in demo_attendees())


def _uses_demo_event(tree: ast.AST) -> bool:
    return any(isinstance(node, ast.arg) and node.arg == "demo_event" for node in ast.walk(tree))


def _literal_int(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and type(node.value) is int


def demo_people_named(source: str) -> list[str]:
    """Where a module that uses ``demo_event`` names a demo person by literal id or name ("line: what")."""
    tree = ast.parse(source)
    if not _uses_demo_event(tree):
        return []
    names = demo_names()
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args and _literal_int(node.args[0]):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ID_TAKING:
                found.append(f"{node.lineno}: {name}({node.args[0].value})")
        elif isinstance(node, ast.Subscript) and _literal_int(node.slice):
            value = node.value
            if isinstance(value, ast.Call) and getattr(value.func, "attr", "") == "attendees":
                found.append(f"{node.lineno}: attendees()[{node.slice.value}]")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in names:
            found.append(f"{node.lineno}: {node.value!r}")
    return sorted(found, key=lambda f: int(f.split(":")[0]))


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
        "    assert a.name == '黎振华'\n")
    assert flagged == ["2: attendee(17)", "3: seat_of(1)", "4: attendees()[20]", "5: '黎振华'"]
    assert demo_people_named("def test_x(small_event, cast):\n    small_event.attendee(cast.leader.id)\n") == []
    assert demo_people_named("def test_x(small_event):\n    small_event.attendee(17)\n") == []
