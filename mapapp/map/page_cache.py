"""The map page as it is served (scripts, styles and data inline), kept from one launch to the next.

Inlining reads and joins half a megabyte of scripts and data and needs the
modules that build the page, while at launch the page is the first thing
Chromium asks for. The copy on disk is served while its stamp holds: the
name, size and time of every file the page is made from, the packages that
make it, and what the caller adds (the Qt that serves ``qwebchannel.js``).
Checking it costs some stat calls and one read: no hashing, no unpickling.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable
from pathlib import Path

from mapapp.core.cache import cache_dir, store
from mapapp.core.paths import GEODATA, RESOURCES

STAMP_VERSION = "1"
# The code that builds and inlines the page, its own scripts and styles, and the base map data.
INPUT_DIRS = (Path(__file__).resolve().parent, RESOURCES / "map", GEODATA / "basemap")
# What renders the page's template (Leaflet's own files are stamped one by one).
PACKAGES = ("folium", "branca", "jinja2")


def package_identity(name: str) -> str:
    """A cheap identity of an installed package: where it is and when it was installed.

    (``importlib.metadata.version`` scans every installed distribution: tens of ms.)
    """
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        spec = None
    origin = spec.origin if spec is not None else None
    if not origin:
        return f"{name}:missing"
    try:
        st = os.stat(origin)
    except OSError:
        return f"{name}:{origin}:unreadable"
    return f"{name}:{origin}:{st.st_size}:{st.st_mtime_ns}"


def _leaflet_files() -> list[str]:
    spec = importlib.util.find_spec("xstatic.pkg.leaflet")
    if spec is None or not spec.origin:
        return ["leaflet:missing"]
    return _dir_stamp(Path(spec.origin).parent / "data")


def _dir_stamp(directory: Path) -> list[str]:
    out = []
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError:
        return [f"{directory}:missing"]
    for entry in entries:
        if entry.name.startswith(".") or entry.name == "__pycache__":
            continue
        try:
            st = entry.stat()
        except OSError:
            out.append(f"{entry.path}:unreadable")
            continue
        if entry.is_dir():
            out.extend(_dir_stamp(Path(entry.path)))
        else:
            out.append(f"{entry.path}:{st.st_size}:{st.st_mtime_ns}")
    return out


def page_stamp(name: str, identity: str = "") -> bytes:
    """One line naming everything the page ``name`` is made from, as it is now."""
    parts = [f"mapapp page {STAMP_VERSION}", name, identity]
    for directory in INPUT_DIRS:
        parts.extend(_dir_stamp(directory))
    parts.extend(_leaflet_files())
    parts.extend(package_identity(p) for p in PACKAGES)
    return "\t".join(p.replace("\n", " ").replace("\t", " ") for p in parts).encode(
        "utf-8", "replace"
    )


def cached_page(name: str, build: Callable[[], bytes | None], identity: str = "") -> bytes | None:
    """The page ``name``: from the disk cache while its stamp holds, else ``build()``'s, then stored.

    A cache that cannot be read or written only costs the building.
    """
    stamp = page_stamp(name, identity)
    path = cache_dir() / "pages" / f"served-{name}"
    try:
        with open(path, "rb") as fh:
            head, sep, body = fh.read().partition(b"\n")
    except OSError:
        head, sep, body = b"", b"", b""
    if sep and head == stamp and body:
        return body
    page = build()
    if page is not None:
        store(path, stamp + b"\n" + page)
    return page
