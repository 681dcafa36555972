"""Regular expressions compiled when first used.

The date and timeline modules hold large patterns. Importing them is on the
app's launch path (a cached timeline is unpickled), where none is used, and
compiling them all there cost tens of milliseconds.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["lazy_compile"]


class _LazyPattern:
    __slots__ = ("_args", "_rx")

    def __init__(self, args: tuple[Any, ...]) -> None:
        self._args = args
        self._rx: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._rx is None:
            self._rx = re.compile(*self._args)
        return getattr(self._rx, name)


def lazy_compile(pattern: str, flags: int = 0) -> Any:
    """``re.compile(pattern, flags)``, done at the first use of the result."""
    return _LazyPattern((pattern, flags))
