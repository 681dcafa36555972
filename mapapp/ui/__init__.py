"""PySide6 widgets: the reading pane, the map view, the JS bridge, background tasks.

Import the submodules directly (``mapapp.ui.mapview``...); importing this package
does not import Qt. It does one thing first: :func:`shield_none`.
"""

from __future__ import annotations

import sys

_SHIELD = 1 << 40


def shield_none() -> bool:
    """Keep CPython < 3.12 alive under PySide6 6.12's missing ``Py_INCREF(Py_None)``.

    PySide6 6.12 (abi3 wheels) returns ``None`` from void methods (``resize``,
    ``processEvents``, ``sendPostedEvents``, ``deleteLater``...) and from methods
    answering ``None`` (``parent()``) without taking a new reference. From
    Python 3.12 on ``None`` is immortal and nothing happens; on 3.10/3.11 every
    such call takes one reference away from ``None`` until the interpreter
    aborts with "Fatal Python error: none_dealloc" (a few tens of thousands of
    calls: minutes of a GUI session, one long test run). As 3.12 does, give
    ``None`` a reference count it cannot run out of. Returns True if applied.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    import ctypes

    # ``Signal.emit()`` of a Python-declared signal returns ``True`` the same
    # way (one reference to True lost per emit: a few thousand map moves, then
    # "Fatal Python error: bool_dealloc"), so True and False are shielded too.
    shielded = False
    for obj in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(obj))
        # Only where ob_refcnt is where it is in a release build (it is the first field).
        if abs(refcount.value - sys.getrefcount(obj)) > 4:
            continue
        if refcount.value < _SHIELD:
            refcount.value += _SHIELD
        shielded = True
    return shielded


shield_none()
