"""A guard against a reference-count bug in PySide6 6.12 on Python 3.11.

PySide6 6.12 is built against the stable ABI with headers where ``None``,
``True`` and ``False`` are immortal (Python ≥ 3.12), so its void methods
return ``None`` and its signal emits return ``True`` without taking a
reference. On Python 3.11 every such call takes one reference away: measured
here, ``label.setText()`` lowers ``sys.getrefcount(None)`` by one per call,
and after a few thousand calls the interpreter aborts with "deallocating
None". Giving the three singletons a huge reference count makes them
effectively immortal, as they are on 3.12. A no-op on 3.12 and later.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40
_done = False


def keep_singletons_alive() -> None:
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in a release build.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
    _done = True
