"""The errors the core raises for bad input; each carries a one-line message for the user."""

from __future__ import annotations


class MapappError(Exception):
    """Base of every error mapapp reports to the user instead of a traceback."""


class DocumentError(MapappError, ValueError):
    """A file could not be opened as a document (unreadable, binary, empty, too big, malformed)."""
