"""The ``mapapp://app/...`` scheme as a pure resolver: a path in, (bytes, MIME type) out.

The Qt scheme handler in ``mapapp.ui.webengine`` is thin glue around
:func:`resolve_asset`; everything it serves is decided here and tested without Qt.
(``qwebchannel.js`` comes from Qt's own resources and is served by the ui layer.)
"""

from __future__ import annotations

import functools
import json
import logging
from pathlib import Path, PurePosixPath

from mapapp.core.paths import GEODATA, RESOURCES

log = logging.getLogger(__name__)

SCHEME = "mapapp"
SCHEME_HOST = "app"
BASE_URL = f"{SCHEME}://{SCHEME_HOST}/"
PAGE_PATH = "map.html"
ONLINE_PAGE_PATH = "map-online.html"  # the same page with the online OSM tile layer
PAGE_URL = BASE_URL + PAGE_PATH
ONLINE_PAGE_URL = BASE_URL + ONLINE_PAGE_PATH
QWEBCHANNEL_PATH = "qwebchannel.js"  # served by the ui layer from Qt's resources

PAGE_RESOURCES = RESOURCES / "map"
BASEMAP_DIR = GEODATA / "basemap"
BASEMAP_LAYERS = ("land", "lakes", "rivers", "labels")

MIME_TYPES = {
    ".js": "text/javascript",
    ".css": "text/css",
    ".html": "text/html",
    ".png": "image/png",
    ".svg": "image/svg+xml",
    ".json": "application/json",
    ".map": "application/json",
}

_EMPTY = {"type": "FeatureCollection", "features": []}


def _leaflet_dir() -> Path:
    import xstatic.pkg.leaflet as xleaflet

    return Path(xleaflet.BASE_DIR)


def _mime(path: Path) -> str | None:
    return MIME_TYPES.get(path.suffix.lower())


def _safe_parts(path: str) -> tuple[str, ...] | None:
    """The parts of a relative URL path, or None if it tries to leave its directory."""
    if not isinstance(path, str) or "\\" in path or "\x00" in path or ":" in path:
        return None
    path = path.split("?", 1)[0].split("#", 1)[0].lstrip("/")
    if not path:
        return None
    parts = PurePosixPath(path).parts
    if any(p in ("..", ".", "") or p.startswith(".") for p in parts):
        return None
    return tuple(parts)


def _read_file_under(base: Path, parts: tuple[str, ...]) -> tuple[bytes, str] | None:
    target = base.joinpath(*parts)
    try:
        resolved = target.resolve(strict=True)
        if not resolved.is_relative_to(base.resolve()) or not resolved.is_file():
            return None
    except (OSError, RuntimeError):
        return None
    mime = _mime(resolved)
    if mime is None:
        return None
    return resolved.read_bytes(), mime


def _load_layer(name: str, directory: Path) -> object:
    path = directory / f"{name}.geojson"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        log.info("basemap layer %s missing (%s); serving an empty layer", name, path)
        return _EMPTY
    except (OSError, ValueError) as exc:
        log.warning("basemap layer %s unreadable (%s): %s", name, path, exc)
        return _EMPTY
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        log.warning("basemap layer %s is not a FeatureCollection", name)
        return _EMPTY
    return data


@functools.lru_cache(maxsize=4)
def basemap_js(directory: Path = BASEMAP_DIR) -> bytes:
    """``window.MAPAPP_BASEMAP = {land, lakes, rivers, labels};`` from ``geodata/basemap``.

    Missing or broken layer files become empty FeatureCollections. Cached in memory;
    call ``basemap_js.cache_clear()`` after the files change.
    """
    from mapapp.map.bridge import to_js

    layers = {name: _load_layer(name, directory) for name in BASEMAP_LAYERS}
    return f"window.MAPAPP_BASEMAP = {to_js(layers)};\n".encode()


def _page(online_tiles: bool) -> bytes:
    # Rebuilt on each request: it takes a few ms and stays in step with the code.
    from mapapp.map.page import build_page

    return build_page(online_tiles=online_tiles).encode("utf-8")


def resolve_asset(path: str) -> tuple[bytes, str] | None:
    """The bytes and MIME type served at ``mapapp://app/<path>``, or None (404).

    Served: ``map.html`` (and ``map-online.html``), ``leaflet/...`` (from
    xstatic-leaflet), ``data/basemap.js`` and the files of ``resources/map``
    (``mapapp.js``, ``mapapp.css``). Paths trying to leave those directories
    (``..``, absolute, backslashes, hidden files) are refused.

    >>> resolve_asset("leaflet/leaflet.css")[1]
    'text/css'
    >>> resolve_asset("leaflet/../../secret") is None
    True
    """
    parts = _safe_parts(path)
    if parts is None:
        return None
    if parts == (PAGE_PATH,):
        return _page(False), "text/html"
    if parts == (ONLINE_PAGE_PATH,):
        return _page(True), "text/html"
    if parts == ("data", "basemap.js"):
        return basemap_js(), "text/javascript"
    if parts[0] == "leaflet" and len(parts) > 1:
        return _read_file_under(_leaflet_dir(), parts[1:])
    return _read_file_under(PAGE_RESOURCES, parts)


def clear_caches() -> None:
    """Forget the cached base map (after the files of geodata/basemap change)."""
    basemap_js.cache_clear()
