"""The pure resolver behind the mapapp:// scheme."""

from __future__ import annotations

import json
import math
import re

import pytest

from mapapp.map import resolve_asset
from mapapp.map.assets import (
    BASEMAP_DIR,
    BASEMAP_LAYERS,
    DETAIL_LAYERS,
    ENCODED_SCALE,
    basemap_js,
    clear_caches,
    encode_positions,
    inline_assets,
    land_js,
)

DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
# Half a pixel at zoom 12 (what the encoding rounds to), in degrees of longitude;
# a degree of latitude is longer on the map, so this bounds both.
ENCODED_TOLERANCE_DEG = 360 / ENCODED_SCALE / 2 + 1e-9
LINE_DEPTH = {"LineString": 0, "MultiLineString": 1, "Polygon": 1, "MultiPolygon": 2}


def decode_positions(text: str, scale: int = ENCODED_SCALE) -> list[list[float]]:
    """An encoded line or ring back to [[lon, lat], ...]: what the page's decodePart reads, unprojected."""
    numbers, value, shift = [], 0, 0
    for char in text:
        digit = DIGITS.index(char)
        value |= (digit & 31) << shift
        if digit & 32:
            shift += 5
            continue
        numbers.append((value >> 1) ^ -(value & 1))
        value = shift = 0
    assert shift == 0 and len(numbers) % 2 == 0, text[-8:]
    out, x, y = [], 0, 0
    for dx, dy in zip(numbers[::2], numbers[1::2], strict=True):
        x, y = x + dx, y + dy
        lon = (x / scale - 0.5) * 360
        lat = math.degrees(2 * math.atan(math.exp((0.5 - y / scale) * 2 * math.pi)) - math.pi / 2)
        out.append([lon, lat])
    return out


def decoded(layer: dict) -> dict:
    """A served layer as plain GeoJSON again (coordinates instead of encoded strings)."""
    assert layer.get("encoded_scale") == ENCODED_SCALE

    def walk(value, depth):
        return decode_positions(value) if depth == 0 else [walk(v, depth - 1) for v in value]

    features = []
    for f in layer["features"]:
        g = dict(f["geometry"])
        if g["type"] in LINE_DEPTH:
            assert "coordinates" not in g, "lines and rings are sent encoded"
            g["coordinates"] = walk(g.pop("encoded"), LINE_DEPTH[g["type"]])
        features.append({**f, "geometry": g})
    out = {k: v for k, v in layer.items() if k != "encoded_scale"}
    out["features"] = features
    return out


def assert_close(got, want, where: str) -> None:
    if want and isinstance(want[0], (int, float)):
        assert len(got) == len(want) == 2, where
        assert abs(got[0] - want[0]) <= ENCODED_TOLERANCE_DEG, (where, got, want)
        assert abs(got[1] - want[1]) <= ENCODED_TOLERANCE_DEG, (where, got, want)
        return
    assert len(got) == len(want), where
    for i, (g, w) in enumerate(zip(got, want, strict=True)):
        assert_close(g, w, f"{where}[{i}]")


def parsed_of(expression: str):
    """The value of ``JSON.parse("<JSON text>")`` (how the base map scripts write their data)."""
    assert expression.startswith("JSON.parse(") and expression.endswith(")"), expression[:80]
    return json.loads(json.loads(expression[len("JSON.parse("):-1]))


def basemap_of(data: bytes) -> dict:
    text = data.decode()
    prefix = "window.MAPAPP_BASEMAP = "
    assert text.startswith(prefix) and text.rstrip().endswith(";")
    return parsed_of(text[len(prefix):].rstrip().rstrip(";"))


def detail_of(data: bytes) -> dict:
    """The layers data/land.js adds to window.MAPAPP_BASEMAP, as {name: layer}."""
    lines = data.decode().splitlines()
    assert lines[0] == "window.MAPAPP_BASEMAP = window.MAPAPP_BASEMAP || {};"
    out = {}
    for line in lines[1:]:
        head, _, value = line.partition("] = ")
        assert head.startswith("window.MAPAPP_BASEMAP[") and value.endswith(";"), line[:80]
        out[json.loads(head[len("window.MAPAPP_BASEMAP["):])] = parsed_of(value[:-1])
    return out


@pytest.mark.parametrize(
    ("path", "mime", "needle"),
    [
        ("leaflet/leaflet.js", "text/javascript", b"Leaflet"),
        ("/leaflet/leaflet.js", "text/javascript", b"Leaflet"),
        ("leaflet/leaflet.css", "text/css", b".leaflet-container"),
        ("leaflet/images/layers.png", "image/png", b"\x89PNG"),
        ("leaflet/images/marker-icon.png", "image/png", b"\x89PNG"),
        ("mapapp.js", "text/javascript", b"window.mapapp"),
        ("mapapp.css", "text/css", b".leaflet-container"),
        ("map.html", "text/html", b"<!DOCTYPE html>"),
        ("map-online.html", "text/html", b"tile.openstreetmap.org"),
        ("data/basemap.js", "text/javascript", b"window.MAPAPP_BASEMAP"),
        ("data/land.js", "text/javascript", b"window.MAPAPP_BASEMAP"),
    ],
)
def test_serves(path, mime, needle):
    found = resolve_asset(path)
    assert found is not None, path
    data, got_mime = found
    assert got_mime == mime
    assert needle in data[:200_000]


@pytest.mark.parametrize(
    "path",
    [
        "",
        "/",
        "../pyproject.toml",
        "leaflet/../../../../etc/passwd",
        "leaflet/images/../../../leaflet/__init__.py",
        "/etc/passwd",
        "//etc/passwd",
        "..",
        "leaflet/..",
        "leaflet\\..\\..\\x",
        "C:/Windows/win.ini",
        "file:///etc/passwd",
        ".hidden",
        "leaflet/",
        "leaflet",
        "leaflet/images",
        "nothing.js",
        "data/land.geojson",
        "data/../mapapp.js",
        "mapapp.js\x00.png",
        "qwebchannel.js",  # the ui layer serves this one from Qt's resources
    ],
)
def test_refuses(path):
    assert resolve_asset(path) is None


def test_query_and_fragment_are_ignored():
    assert resolve_asset("mapapp.js?v=2") == resolve_asset("mapapp.js")


def test_basemap_has_the_four_layers():
    layers = basemap_of(resolve_asset("data/basemap.js")[0])
    assert set(layers) == set(BASEMAP_LAYERS) == {"land_low", "lakes", "rivers", "labels"}
    for name, layer in layers.items():
        assert layer["type"] == "FeatureCollection", name
        assert isinstance(layer["features"], list)
    assert layers["land_low"]["features"], "the coarse land is drawn before the page is ready"


def test_detailed_land_is_served_apart():
    layers = detail_of(resolve_asset("data/land.js")[0])
    assert set(layers) == set(DETAIL_LAYERS) == {"land"}
    land, low = decoded(layers["land"]), decoded(basemap_of(resolve_asset("data/basemap.js")[0])["land_low"])
    assert land["type"] == "FeatureCollection" and land["features"]
    vertices = [sum(len(r) for f in fc["features"] for r in f["geometry"]["coordinates"]) for fc in (land, low)]
    assert vertices[1] * 2 < vertices[0]  # the coarse land is much lighter
    # Both cover the same box, so the map's bounds do not move with the swap.
    assert low["bbox"] == [-25.0, 27.0, 65.0, 72.0]


@pytest.mark.parametrize("name", BASEMAP_LAYERS + DETAIL_LAYERS)
def test_served_layers_are_the_geodata_files(name):
    """Decoded, each served layer has the file's features, properties and points (to half a pixel at zoom 12)."""
    served = basemap_of(basemap_js()) if name in BASEMAP_LAYERS else detail_of(land_js())
    layer = served[name]
    source = json.loads((BASEMAP_DIR / f"{name}.geojson").read_text(encoding="utf-8"))
    assert {k: v for k, v in layer.items() if k not in ("features", "encoded_scale")} == {
        k: v for k, v in source.items() if k != "features"}  # bbox and all
    plain = decoded(layer)
    assert len(plain["features"]) == len(source["features"]) > 0
    for i, (got, want) in enumerate(zip(plain["features"], source["features"], strict=True)):
        assert got["properties"] == want["properties"], i
        assert got["geometry"]["type"] == want["geometry"]["type"], i
        assert_close(got["geometry"]["coordinates"], want["geometry"]["coordinates"], f"{name} feature {i}")


def test_the_first_data_is_small():
    """data/basemap.js is inlined into the page, which Chromium reads before the map can start."""
    assert len(basemap_js()) < 180_000  # 340 KB with the coordinates written out


@pytest.mark.parametrize(
    "line",
    [
        [],
        [[0.0, 0.0]],
        [[21.0118, 52.2298], [21.0119, 52.2298], [-24.99, 27.0], [64.99, 71.99], [21.0118, 52.2298]],
        [[-180.0, -85.0], [180.0, 85.0], [0.0, 0.0]],
        [[13.4105, 52.5244]] * 3,  # repeated points: zero steps
    ],
)
def test_encoded_positions_decode_to_the_same_points(line):
    assert_close(decode_positions(encode_positions(line)), line, "line")
    assert re.fullmatch(r"[A-Za-z0-9_-]*", encode_positions(line))  # nothing to escape in JSON or HTML


def test_missing_or_broken_layers_become_empty(tmp_path):
    hostile = json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "</script><b>\u2028"},
         "geometry": {"type": "Point", "coordinates": [1, 2]}}]})
    (tmp_path / "land_low.geojson").write_text(hostile, encoding="utf-8")
    (tmp_path / "land.geojson").write_text(hostile, encoding="utf-8")
    (tmp_path / "lakes.geojson").write_text("{not json", encoding="utf-8")
    (tmp_path / "rivers.geojson").write_text('{"type": "Feature"}', encoding="utf-8")
    odd = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": "x"}},
        {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[1, "y"]]]}},
        {"type": "Feature", "properties": {}, "geometry": None}]}
    (tmp_path / "labels.geojson").write_text(json.dumps(odd), encoding="utf-8")
    data = basemap_js(tmp_path)
    assert b"</script" not in data and "\u2028".encode() not in data
    layers = basemap_of(data)
    assert layers["land_low"]["features"][0]["properties"]["name"] == "</script><b>\u2028"
    for name in ("lakes", "rivers"):
        assert layers[name] == {"type": "FeatureCollection", "features": [], "encoded_scale": ENCODED_SCALE}
    # Geometries that cannot be encoded go as they came (the page draws nothing of them).
    assert [f["geometry"] for f in layers["labels"]["features"]] == [f["geometry"] for f in odd["features"]]
    detail = land_js(tmp_path)
    assert b"</script" not in detail and "\u2028".encode() not in detail
    assert detail_of(detail)["land"]["features"][0]["properties"]["name"] == "</script><b>\u2028"
    (tmp_path / "land.geojson").unlink()
    clear_caches()
    assert detail_of(land_js(tmp_path))["land"] == {"type": "FeatureCollection", "features": [], "encoded_scale": ENCODED_SCALE}


def test_basemap_is_cached():
    assert basemap_js() is basemap_js()
    assert land_js() is land_js()


def test_basemap_scripts_come_from_the_disk_cache(tmp_path, monkeypatch):
    """A relaunch serves the scripts without parsing the GeoJSON again; a changed file is re-read."""
    import mapapp.map.assets as assets

    monkeypatch.setenv("MAPAPP_CACHE_DIR", str(tmp_path / "cache"))
    data_dir = tmp_path / "basemap"
    data_dir.mkdir()
    for name in BASEMAP_LAYERS:
        (data_dir / f"{name}.geojson").write_text('{"type": "FeatureCollection", "features": []}')
    clear_caches()
    first = basemap_js(data_dir)
    loads: list[str] = []
    real = assets._load_layer
    monkeypatch.setattr(assets, "_load_layer", lambda name, d: loads.append(name) or real(name, d))
    clear_caches()  # a new process: only the disk cache is left
    assert basemap_js(data_dir) == first and loads == []
    (data_dir / "labels.geojson").write_text('{"type": "FeatureCollection", "features": [], "x": 1}')
    clear_caches()
    basemap_js(data_dir)
    assert sorted(loads) == sorted(BASEMAP_LAYERS)
    clear_caches()


def test_page_is_served_from_memory_after_the_first_request():
    first = resolve_asset("map.html")
    assert resolve_asset("map.html")[0] is first[0]


def test_inline_assets_writes_the_pages_own_assets_inline():
    page = resolve_asset("map.html")[0]
    inlined = inline_assets(page, resolve_asset)
    # Everything the resolver serves is inline; qwebchannel.js (served by the ui layer) stays a reference.
    assert re.findall(rb'<script src="([^"]+)"', inlined) == [b"mapapp://app/qwebchannel.js"]
    assert b"<link " not in inlined
    for path in ("mapapp.js", "leaflet/leaflet.js", "data/basemap.js", "leaflet/leaflet.css", "mapapp.css"):
        if path != "leaflet/leaflet.css":  # its url()s are rewritten, below
            assert resolve_asset(path)[0] in inlined, path
        assert b"sourceURL=mapapp://app/" + path.encode() in inlined, path
    # In the order the page named them, and before the inline script that uses them.
    order = [inlined.index(resolve_asset(p)[0]) for p in ("mapapp.js", "leaflet/leaflet.js", "data/basemap.js")]
    assert order == sorted(order) and order[-1] < inlined.index(b"window.mapapp.init(")
    # leaflet.css's relative images now resolve from the page.
    assert b"url(leaflet/images/layers.png)" in inlined and b"url(images/" not in inlined
    assert inlined.index(b"Content-Security-Policy") < inlined.index(b"<script")


def test_inline_assets_keeps_what_it_cannot_inline():
    page = (b'<head><script src="mapapp://app/a.js"></script><script src="mapapp://app/b.js"></script>'
            b'<script src="mapapp://app/c.js"></script><link rel="stylesheet" href="mapapp://app/d.css"/>'
            b'<link rel="stylesheet" href="mapapp://app/x/e.css"/></head>')
    assets = {
        "a.js": b"var s = '</SCRIPT><b>';",  # would end the element early
        "b.js": b"var ok = 1;",
        "d.css": b"p{} </style><script>",
        "x/e.css": b"a{background:url(i.png)} b{background:url('data:image/png;base64,AA')} i{background:url(#v)}",
    }
    out = inline_assets(page, lambda p: (assets[p], "") if p in assets else None)
    assert b'<script src="mapapp://app/a.js"></script>' in out
    assert b"<script>var ok = 1;\n//# sourceURL=mapapp://app/b.js\n</script>" in out
    assert b'<script src="mapapp://app/c.js"></script>' in out  # not found: left to the browser (a 404)
    assert b'<link rel="stylesheet" href="mapapp://app/d.css"/>' in out
    assert b"url(x/i.png)" in out and b"url('data:image" in out and b"url(#v)" in out
