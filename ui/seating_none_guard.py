"""Work around a PySide6/shiboken 6.12.0 bug on Python < 3.12: every call of a wrapped C++
method that returns void (``item.update()``, ``setPos``, even ``QRectF.adjust``) drops one
reference to ``None``. After a few thousand such calls ``None`` is "deallocated" and the
interpreter aborts (``Fatal Python error: none_dealloc``), usually at exit.

Python 3.12 made ``None`` immortal; here we do the same by giving it a huge reference count
once. It changes nothing else. Remove this when PySide6 is fixed or Python ≥ 3.12 is required.
"""

from __future__ import annotations

import ctypes
import sys

_BOOST = 1 << 40
_done = False


def keep_none_alive() -> None:
    """Make ``None`` effectively immortal (idempotent; a no-op on Python ≥ 3.12)."""
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    ctypes.c_ssize_t.from_address(id(None)).value += _BOOST
    _done = True
