"""An area package's public names, imported on first use (PEP 562 module ``__getattr__``).

An area's ``__init__`` lists where each public name lives; ``from ceremony.printing import Document``
imports ``ceremony.printing.pdf.draw`` then, not every module of the area. Opening the window pays only
for what its first page uses (issue: start-up within 4× a bare window).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from importlib import import_module
from typing import Any


def lazy_exports(package: str, homes: Mapping[str, Sequence[str]]) -> tuple[list[str], Callable[[str], Any]]:
    """(``__all__``, ``__getattr__``) for ``package`` whose names live in the modules ``homes`` names.

    ``homes`` maps a module path relative to the package ("pdf.draw") to the names it provides; a name
    equal to the module's own last part ("names" in "names") is the module itself; "public=own" gives a
    module's name another public name.
    """
    where = {name.partition("=")[0]: (module, name.partition("=")[2] or name)
             for module, names in homes.items() for name in names}
    namespace = import_module(package).__dict__

    def __getattr__(name: str) -> Any:  # noqa: N807 - the module hook's name
        if name not in where:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module_path, own = where[name]
        module = import_module(f"{package}.{module_path}")
        is_module = module_path.rsplit(".", 1)[-1] == own and not hasattr(module, own)
        value = module if is_module else getattr(module, own)
        # A public name never equals one of the package's modules unless it *is* that module: importing
        # the module would set the package attribute to it (tests/test_layering.py checks this).
        namespace[name] = value          # later look-ups are plain attribute reads
        return value

    return sorted(where), __getattr__
