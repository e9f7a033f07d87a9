"""Work around a PySide6/shiboken 6.12.0 bug on Python < 3.12: reference counts of the singletons
``None``, ``True`` and ``False`` are dropped where they should not be — on every call of a wrapped
C++ method that returns void (``item.update()``, ``setPos``, even ``QRectF.adjust``), on every Python
slot Qt calls (its ``None`` result), and on ``Signal(bool).emit(True)``. After a few thousand such
calls the singleton is "deallocated" and the interpreter aborts (``Fatal Python error: none_dealloc``
or ``bool_dealloc``), usually at exit.

Python 3.12 made these objects immortal; here we do the same by giving them a huge reference count
once. It changes nothing else. Remove this when PySide6 is fixed or Python ≥ 3.12 is required.
"""

from __future__ import annotations

import ctypes
import sys

_BOOST = 1 << 40
_done = False


def keep_none_alive() -> None:
    """Make ``None``, ``True`` and ``False`` effectively immortal (idempotent; no-op on Python ≥ 3.12)."""
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _BOOST
    _done = True
