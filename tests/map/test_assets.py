"""The pure resolver behind the mapapp:// scheme."""

from __future__ import annotations

import json

import pytest

from mapapp.map import resolve_asset
from mapapp.map.assets import BASEMAP_LAYERS, basemap_js


def basemap_of(data: bytes) -> dict:
    text = data.decode()
    prefix = "window.MAPAPP_BASEMAP = "
    assert text.startswith(prefix) and text.rstrip().endswith(";")
    return json.loads(text[len(prefix):].rstrip().rstrip(";"))


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
    assert set(layers) == set(BASEMAP_LAYERS)
    for name, layer in layers.items():
        assert layer["type"] == "FeatureCollection", name
        assert isinstance(layer["features"], list)


def test_missing_or_broken_layers_become_empty(tmp_path):
    (tmp_path / "land.geojson").write_text(
        json.dumps({"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {"name": "</script><b>\u2028"},
             "geometry": {"type": "Point", "coordinates": [1, 2]}}]}),
        encoding="utf-8",
    )
    (tmp_path / "lakes.geojson").write_text("{not json", encoding="utf-8")
    (tmp_path / "rivers.geojson").write_text('{"type": "Feature"}', encoding="utf-8")
    data = basemap_js(tmp_path)
    assert b"</script" not in data and "\u2028".encode() not in data
    layers = basemap_of(data)
    assert layers["land"]["features"][0]["properties"]["name"] == "</script><b>\u2028"
    for name in ("lakes", "rivers", "labels"):
        assert layers[name] == {"type": "FeatureCollection", "features": []}


def test_basemap_is_cached():
    assert basemap_js() is basemap_js()
