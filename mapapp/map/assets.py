"""The ``mapapp://app/...`` scheme as a pure resolver: a path in, (bytes, MIME type) out.

The Qt scheme handler in ``mapapp.ui.webengine`` is thin glue around
:func:`resolve_asset`; everything it serves is decided here and tested without Qt.
(``qwebchannel.js`` comes from Qt's own resources and is served by the ui layer.)
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import math
import re
import zlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path, PurePosixPath

from mapapp.core.cache import cached, digest, files_fingerprint
from mapapp.core.paths import GEODATA, RESOURCES
from mapapp.map.page_cache import package_identity
from mapapp.map.scheme import (  # noqa: F401 - served here, named there
    BASE_URL,
    BASEMAP_JS_PATH,
    BORDERS_JS_PATH,
    LAND_JS_PATH,
    ONLINE_PAGE_PATH,
    ONLINE_PAGE_URL,
    PAGE_PATH,
    PAGE_URL,
    QWEBCHANNEL_PATH,
    SCHEME,
    SCHEME_HOST,
)

log = logging.getLogger(__name__)

PAGE_RESOURCES = RESOURCES / "map"
BASEMAP_DIR = GEODATA / "basemap"
# data/basemap.js: what the page draws before it says "ready".
BASEMAP_LAYERS = ("land_low", "lakes", "rivers", "labels")
# data/land.js: the detailed land, for when the page is zoomed in.
DETAIL_LAYERS = ("land",)
BORDERS_DIR = GEODATA / "borders"
# Stored gzip-compressed (<file>.gz, what geodata/borders/build.py writes); a
# directory with the plain files is read too (see _border_paths).
BORDER_FILES = {"territories": "territories.geojson", "spheres": "spheres.geojson", "fronts": "fronts.geojson"}

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


def _load_collection(path: Path, what: str, read: Callable[[Path], str]) -> object:
    """The FeatureCollection in ``path``; missing or broken becomes an empty one."""
    try:
        data = json.loads(read(path))
    except FileNotFoundError:
        log.info("%s missing (%s); serving an empty layer", what, path)
        return _EMPTY
    except (OSError, ValueError, EOFError, zlib.error) as exc:  # a broken .gz: any of the last three
        log.warning("%s unreadable (%s): %s", what, path, exc)
        return _EMPTY
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        log.warning("%s is not a FeatureCollection", what)
        return _EMPTY
    return data


def _load_layer(name: str, directory: Path) -> object:
    return _load_collection(
        directory / f"{name}.geojson", f"basemap layer {name}", lambda p: p.read_text(encoding="utf-8")
    )


@functools.cache
def _code_digest() -> str:
    """What the served pages and data depend on besides their inputs: this package's code.

    Read once per process (a few small files), so a code change is a cache miss.
    """
    here = Path(__file__).resolve().parent
    return digest([p.read_bytes() for p in sorted(here.glob("*.py"))])


# How data/basemap.js and data/land.js write each line and ring (decoded by
# decodePart in resources/map/mapapp.js): its points projected as Leaflet
# projects them (Web Mercator, EPSG:3857, as "world" coordinates from 0 to 1,
# what the page multiplies by the zoom's scale), in units of 1/ENCODED_SCALE:
# whole pixels at zoom 12, the map's deepest (within half a pixel there of the
# data's own 3 decimals). Each point is written as its difference from the one
# before, zigzag-signed (0, -1, 1, -2... as 0, 1, 2, 3...), five bits to a
# base64url digit whose sixth bit says that more of the number follows.
# 40% of the size of the numbers written out; the page's JSON.parse copies
# one string per ring instead of making an array and two numbers per point,
# and the page has nothing left to project (which, before its code is
# compiled, took longer than reading the numbers).
ENCODED_SCALE = 2**20
_MAX_LAT = 85.0511287798  # where Web Mercator ends, as in Leaflet
_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def world_xy(lon: float, lat: float) -> tuple[float, float]:
    """Web Mercator "world" coordinates (0..1, y down) of a longitude and latitude.

    >>> world_xy(0.0, 0.0)
    (0.5, 0.5)
    >>> [round(v, 6) for v in world_xy(21.0, 52.23)]
    [0.558333, 0.329275]
    """
    phi = math.radians(max(-_MAX_LAT, min(_MAX_LAT, lat)))
    return 0.5 + lon / 360, 0.5 - math.log(math.tan(math.pi / 4 + phi / 2)) / (2 * math.pi)


def encode_positions(positions: Iterable[Sequence[float]]) -> str:
    """A line or ring (``[[lon, lat], ...]``) as the page reads it (see ``ENCODED_SCALE``).

    >>> encode_positions([[0.0, 0.0], [360 / 2**20, 0.0], [0.0, 0.0]])
    'ggggBggggBCABA'
    """
    out: list[str] = []
    last_x = last_y = 0
    for position in positions:
        wx, wy = world_xy(float(position[0]), float(position[1]))
        x, y = round(wx * ENCODED_SCALE), round(wy * ENCODED_SCALE)
        for delta in (x - last_x, y - last_y):
            n = delta * 2 if delta >= 0 else -delta * 2 - 1
            while n >= 32:
                out.append(_DIGITS[32 | (n & 31)])
                n >>= 5
            out.append(_DIGITS[n])
        last_x, last_y = x, y
    return "".join(out)


def _encode_geometry(geometry: object) -> object:
    """A line or polygon geometry with ``encoded`` strings instead of ``coordinates``.

    Nested as GeoJSON nests the coordinates, one string per line or ring.
    Anything else (points, a broken geometry) is left as it is.
    """
    if not isinstance(geometry, dict):
        return geometry
    depth = {"LineString": 0, "MultiLineString": 1, "Polygon": 1, "MultiPolygon": 2}.get(geometry.get("type"))
    if depth is None:
        return geometry

    def encode(value: object, level: int) -> object:
        if not isinstance(value, list):
            raise TypeError("coordinates are not a list")
        return encode_positions(value) if level == 0 else [encode(v, level - 1) for v in value]

    try:
        encoded = encode(geometry.get("coordinates"), depth)
    except (TypeError, ValueError, IndexError, OverflowError) as exc:
        log.warning("a %s the page cannot draw: %s", geometry.get("type"), exc)
        return geometry
    out = {k: v for k, v in geometry.items() if k != "coordinates"}
    out["encoded"] = encoded
    return out


def _encode_collection(fc: object) -> object:
    """A FeatureCollection as data/basemap.js and data/land.js carry it (see ``ENCODED_SCALE``)."""
    if not isinstance(fc, dict) or not isinstance(fc.get("features"), list):
        return fc
    features = [
        {**f, "geometry": _encode_geometry(f.get("geometry"))} if isinstance(f, dict) else f
        for f in fc["features"]
    ]
    return {**fc, "features": features, "encoded_scale": ENCODED_SCALE}


def _layers_js(names: tuple[str, ...], directory: Path, *, assign: str) -> bytes:
    """JavaScript that sets the named layers of ``directory`` on ``window.MAPAPP_BASEMAP``.

    Each layer is its FeatureCollection with its lines and rings encoded (see
    ``ENCODED_SCALE``). The files are parsed and encoded once; the script is
    kept in the disk cache, keyed by the files' names, sizes and times and by
    this code (the encoding included).
    """
    from mapapp.map.bridge import to_js

    paths = [directory / f"{name}.geojson" for name in names]
    key = digest([assign, str(directory.resolve()), files_fingerprint(paths), _code_digest()])

    def parsed(value: object) -> str:
        # JSON.parse of a string literal: V8 reads that about twice as fast as
        # the same data written as an object literal.
        text = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        return f"JSON.parse({to_js(text)})"

    def build() -> bytes:
        layers = {name: _encode_collection(_load_layer(name, directory)) for name in names}
        if assign == "all":
            return f"window.MAPAPP_BASEMAP = {parsed(layers)};\n".encode()
        parts = ["window.MAPAPP_BASEMAP = window.MAPAPP_BASEMAP || {};\n"]
        parts += [f"window.MAPAPP_BASEMAP[{to_js(n)}] = {parsed(v)};\n" for n, v in layers.items()]
        return "".join(parts).encode()

    return cached("basemap", key, build, dumps=bytes, loads=bytes)


@functools.lru_cache(maxsize=4)
def basemap_js(directory: Path = BASEMAP_DIR) -> bytes:
    """``window.MAPAPP_BASEMAP = JSON.parse("{land_low, lakes, rivers, labels}");`` from ``geodata/basemap``.

    What the page draws before it is ready: the coarse land (``land_low``), lakes,
    rivers and sea labels, their lines and rings encoded (see ``ENCODED_SCALE``).
    Missing or broken layer files become empty FeatureCollections. Cached in
    memory and on disk; call ``clear_caches()`` after the files change within
    one process.
    """
    return _layers_js(BASEMAP_LAYERS, directory, assign="all")


@functools.lru_cache(maxsize=4)
def land_js(directory: Path = BASEMAP_DIR) -> bytes:
    """``window.MAPAPP_BASEMAP["land"] = JSON.parse("{...}");``: the detailed land, loaded when zoomed in."""
    return _layers_js(DETAIL_LAYERS, directory, assign="add")


def _label_and_area(geometry: dict) -> tuple[list[float] | None, float]:
    """Where a feature's name goes (the pole of inaccessibility of its largest
    polygon, [lon, lat]) and its rough area in km² (for ordering a legend)."""
    import math

    from shapely.geometry import shape
    from shapely.ops import polylabel

    try:
        g = shape(geometry)
        polys = list(getattr(g, "geoms", [g]))
        big = max(polys, key=lambda p: p.area)
        pt = polylabel(big, tolerance=0.05)
        km2 = sum(p.area * math.cos(math.radians(p.centroid.y)) for p in polys) * 111.32**2
    except (ValueError, TypeError, AttributeError) as exc:  # empty or broken geometry
        log.debug("no label point: %s", exc)
        return None, 0.0
    return [round(pt.x, 3), round(pt.y, 3)], round(km2)


def _border_paths(directory: Path) -> list[Path]:
    """Every file the border data may be read from (compressed and plain; the
    missing ones count too, so that adding or removing one is a cache miss)."""
    return [directory / n for f in BORDER_FILES.values() for n in (f"{f}.gz", f)]


def _load_border_layer(filename: str, directory: Path) -> dict:
    """One border collection (``<filename>.gz`` or ``<filename>``); missing or
    broken becomes an empty FeatureCollection."""
    from mapapp.core.borders import dataset_file, read_dataset_text

    data = _load_collection(dataset_file(directory, filename), f"border layer {filename}", read_dataset_text)
    assert isinstance(data, dict)
    return data


def _load_borders_data(directory: Path) -> dict:
    """The three border collections as the page uses them.

    Each feature keeps its properties (``kind`` added) and gets ``label``
    ([lon, lat] inside its largest polygon, where the page writes its name)
    and ``area_km2`` (rough, to order the legend).
    A missing or broken file becomes an empty collection.
    """
    out: dict = {"first_day": None, "last_day": None}
    kinds = {"territories": "territory", "spheres": "sphere", "fronts": "front"}
    for name, filename in BORDER_FILES.items():
        fc = _load_border_layer(filename, directory)
        if name == "territories":
            out["first_day"] = fc.get("first_day")
            out["last_day"] = fc.get("last_day")
        features = []
        for f in fc.get("features", []):
            props = dict(f.get("properties") or {})
            geometry = f.get("geometry")
            if not geometry or not props.get("start") or not props.get("end"):
                continue
            props["kind"] = kinds[name]
            props["label"], props["area_km2"] = _label_and_area(geometry)
            features.append({"type": "Feature", "properties": props, "geometry": geometry})
        out[name] = {"type": "FeatureCollection", "features": features}
    return out


@functools.lru_cache(maxsize=4)
def borders_js(directory: Path = BORDERS_DIR) -> bytes:
    """``window.MAPAPP_BORDERS = JSON.parse("{territories, spheres, fronts, first_day, last_day}");``.

    All dated features at once: the page filters them by date itself, so a
    change of date never sends geometry from Python. Built once (labels
    placed with shapely) and kept in the disk cache, keyed by the files'
    names, sizes and times and by this code.
    """
    from mapapp.map.bridge import to_js

    paths = _border_paths(directory)
    key = digest(["borders", str(directory.resolve()), files_fingerprint(paths), _code_digest()])

    def build() -> bytes:
        data = _load_borders_data(directory)
        text = json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        return f"window.MAPAPP_BORDERS = JSON.parse({to_js(text)});\n".encode()

    return cached("borders", key, build, dumps=bytes, loads=bytes)


@functools.lru_cache(maxsize=4)
def border_change_dates(directory: Path = BORDERS_DIR) -> tuple[dt.date, ...]:
    """``Borders.change_dates()`` of the dataset, from the disk cache when it can.

    For the date control at launch: a hit reads a small file instead of the
    12 MB dataset (``load_borders()`` takes ~0.1 s); keyed like
    :func:`borders_js`.
    """
    paths = _border_paths(directory)
    key = digest(["border-dates", str(directory.resolve()), files_fingerprint(paths), _code_digest()])

    def build() -> list[str]:
        from mapapp.core.borders import load_borders

        return [d.isoformat() for d in load_borders(directory).change_dates()]

    isos = cached(
        "borders",
        key,
        build,
        dumps=lambda v: json.dumps(v).encode(),
        loads=lambda b: list(json.loads(b)),
    )
    return tuple(dt.date.fromisoformat(d) for d in isos)


@functools.lru_cache(maxsize=2)
def _page(online_tiles: bool) -> bytes:
    """The built page, from the disk cache when this code and folium built it before.

    Building needs folium, whose import alone takes about a third of a second
    on the app's launch path; the page only changes with the code (and folium).
    """

    def build() -> bytes:
        from mapapp.map.page import build_page

        return build_page(online_tiles=online_tiles).encode("utf-8")

    key = digest(
        [
            package_identity("folium"),
            package_identity("branca"),
            package_identity("jinja2"),
            str(online_tiles),
            _code_digest(),
        ]
    )
    return cached("pages", key, build, dumps=bytes, loads=bytes)


def resolve_asset(path: str) -> tuple[bytes, str] | None:
    """The bytes and MIME type served at ``mapapp://app/<path>``, or None (404).

    Served: ``map.html`` (and ``map-online.html``), ``leaflet/...`` (from
    xstatic-leaflet), ``data/basemap.js``, ``data/land.js``, ``data/borders.js`` and the files of ``resources/map``
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
    if parts == tuple(BASEMAP_JS_PATH.split("/")):
        return basemap_js(), "text/javascript"
    if parts == tuple(LAND_JS_PATH.split("/")):
        return land_js(), "text/javascript"
    if parts == tuple(BORDERS_JS_PATH.split("/")):
        return borders_js(), "text/javascript"
    if parts[0] == "leaflet" and len(parts) > 1:
        return _read_file_under(_leaflet_dir(), parts[1:])
    return _read_file_under(PAGE_RESOURCES, parts)


_SCRIPT_TAG = re.compile(rb'<script src="' + re.escape(BASE_URL.encode()) + rb'([^"<>]+)"></script>')
_STYLE_TAG = re.compile(
    rb'<link rel="stylesheet" href="' + re.escape(BASE_URL.encode()) + rb'([^"<>]+)"\s*/?>'
)
_CSS_URL = re.compile(rb"""url\(\s*(['"]?)(?!['"#/]|[a-zA-Z][a-zA-Z0-9+.-]*:)""")


def inline_assets(html: bytes, fetch: Callable[[str], tuple[bytes, str] | None]) -> bytes:
    """The page with its own scripts and stylesheets (``mapapp://app/...``) written inline.

    One request instead of seven: every request is answered on the GUI thread,
    which is busy while the app starts, and each script would wait for its turn.
    ``fetch(path)`` gives an asset's bytes (as :func:`resolve_asset` does). An
    asset that cannot be fetched, or whose text would end its ``<script>`` or
    ``<style>`` element early, stays an external reference. Relative ``url()``
    in a stylesheet are made relative to the page. Scripts keep their name for
    error reports (``//# sourceURL``).
    """

    def script(m: re.Match[bytes]) -> bytes:
        path = m.group(1).decode()
        found = fetch(path)
        if found is None or re.search(rb"</script|<!--", found[0], re.I):
            return m.group(0)
        return b"<script>" + found[0] + b"\n//# sourceURL=" + (BASE_URL + path).encode() + b"\n</script>"

    def style(m: re.Match[bytes]) -> bytes:
        path = m.group(1).decode()
        found = fetch(path)
        if found is None or re.search(rb"</style", found[0], re.I):
            return m.group(0)
        folder = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
        css = _CSS_URL.sub(lambda u: b"url(" + u.group(1) + folder.encode(), found[0]) if folder else found[0]
        return b"<style>" + css + b"\n/*# sourceURL=" + (BASE_URL + path).encode() + b" */</style>"

    return _STYLE_TAG.sub(style, _SCRIPT_TAG.sub(script, html))


def clear_caches() -> None:
    """Forget the base map and page kept in memory (after their files change)."""
    basemap_js.cache_clear()
    land_js.cache_clear()
    borders_js.cache_clear()
    border_change_dates.cache_clear()
    _page.cache_clear()
