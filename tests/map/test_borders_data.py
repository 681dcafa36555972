"""data/borders.js: the dated borders as the map page gets them (built once, cached, not inlined)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from mapapp.core.borders import load_borders, read_dataset_text
from mapapp.map import resolve_asset
from mapapp.map.assets import BORDERS_DIR, BORDERS_JS_PATH, PAGE_RESOURCES, borders_js, clear_caches

PREFIX = "window.MAPAPP_BORDERS = "


def borders_of(data: bytes) -> dict:
    text = data.decode()
    assert text.startswith(PREFIX + "JSON.parse(") and text.rstrip().endswith(");")
    inner = text[len(PREFIX + "JSON.parse("):].rstrip().removesuffix(";").removesuffix(")")
    return json.loads(json.loads(inner))


@pytest.fixture(scope="module")
def data() -> dict:
    return borders_of(borders_js())


def test_served_at_data_borders_js():
    found = resolve_asset(BORDERS_JS_PATH)
    assert found is not None
    body, mime = found
    assert mime == "text/javascript"
    assert body == borders_js()


def test_every_feature_of_the_dataset_is_there(data):
    for name in ("territories", "spheres", "fronts"):
        on_disk = json.loads(read_dataset_text(BORDERS_DIR / f"{name}.geojson.gz"))
        served = data[name]["features"]
        assert len(served) == len(on_disk["features"]) > 0
        assert [f["properties"]["id"] for f in served] == [f["properties"]["id"] for f in on_disk["features"]]
    assert data["first_day"] == "1918-03-03" and data["last_day"] == "1941-12-31"


def test_features_carry_what_the_page_filters_and_shows(data):
    kinds = {"territories": "territory", "spheres": "sphere", "fronts": "front"}
    for name, kind in kinds.items():
        for f in data[name]["features"]:
            p = f["properties"]
            assert p["kind"] == kind
            start, end = dt.date.fromisoformat(p["start"]), dt.date.fromisoformat(p["end"])
            assert start <= end
            assert p["source"] and p["name"]
            assert f["geometry"]["type"] in ("Polygon", "MultiPolygon")
            assert p["area_km2"] > 0
            if kind == "territory":
                assert p["controller"] and p["status"] and p["territory"]
            if kind == "sphere":
                assert p["sphere_of"]


def test_label_points_lie_inside_their_feature(data):
    from shapely.geometry import Point, shape

    for f in data["territories"]["features"]:
        lon, lat = f["properties"]["label"]
        assert shape(f["geometry"]).buffer(0.01).contains(Point(lon, lat)), f["properties"]["id"]


def test_a_dates_features_match_the_python_api(data):
    """What the page's filter (start <= date <= end, as ISO strings) selects is Borders.on(date)."""
    borders = load_borders()
    for day in ("1922-01-01", "1939-08-23", "1939-09-27", "1939-10-01", "1940-03-13", "1941-12-31"):
        state = borders.on(dt.date.fromisoformat(day))
        for name, feats in (("territories", state.territories), ("spheres", state.spheres), ("fronts", state.fronts)):
            page = {f["properties"]["id"] for f in data[name]["features"]
                    if f["properties"]["start"] <= day <= f["properties"]["end"]}
            assert page == {f.id for f in feats}, (day, name)


def test_is_cached_in_memory_and_on_disk(tmp_path, monkeypatch):
    import mapapp.map.assets as assets

    assert borders_js() is borders_js()
    monkeypatch.setenv("MAPAPP_CACHE_DIR", str(tmp_path / "cache"))
    clear_caches()
    first = borders_js()
    builds: list[str] = []
    real = assets._load_borders_data
    monkeypatch.setattr(assets, "_load_borders_data", lambda d: builds.append(str(d)) or real(d))
    clear_caches()  # a new process: only the disk cache is left
    assert borders_js() == first and builds == []
    clear_caches()


def test_missing_files_become_empty(tmp_path):
    clear_caches()
    data = borders_of(borders_js(tmp_path))
    assert data["territories"]["features"] == [] and data["fronts"]["features"] == []
    clear_caches()


def test_not_part_of_the_page():
    """The page stays small and quick: the borders are fetched after "ready", not inlined."""
    page = resolve_asset("map.html")[0]
    assert b"MAPAPP_BORDERS" not in page
    script = (PAGE_RESOURCES / "mapapp.js").read_text(encoding="utf-8")
    assert "mapapp://app/" + BORDERS_JS_PATH in script


def test_change_dates_for_the_date_control_are_the_datasets(tmp_path, monkeypatch):
    from mapapp.map.assets import border_change_dates

    monkeypatch.setenv("MAPAPP_CACHE_DIR", str(tmp_path / "cache"))
    clear_caches()
    dates = border_change_dates()
    assert dates == load_borders().change_dates()
    assert dt.date(1939, 9, 1) in dates and dt.date(1940, 3, 13) in dates
    clear_caches()
    import mapapp.core.borders as core_borders

    monkeypatch.setattr(core_borders, "load_borders", lambda *a, **k: pytest.fail("not from the cache"))
    assert border_change_dates() == dates  # a relaunch: from the disk cache
    clear_caches()


def test_plain_geojson_directory_and_broken_gz(tmp_path, monkeypatch):
    """The committed files are .geojson.gz; a directory of plain .geojson is
    served the same, and a broken .gz becomes an empty layer."""
    import gzip

    monkeypatch.setenv("MAPAPP_CACHE_DIR", str(tmp_path / "cache"))
    clear_caches()
    plain = tmp_path / "plain"
    plain.mkdir()
    for name in ("territories", "spheres", "fronts"):
        raw = (BORDERS_DIR / f"{name}.geojson.gz").read_bytes()
        (plain / f"{name}.geojson").write_bytes(gzip.decompress(raw))
    assert borders_of(borders_js(plain)) == borders_of(borders_js())
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "fronts.geojson.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    (broken / "spheres.geojson.gz").write_bytes(gzip.compress(b'{"type": "Feat'))
    data = borders_of(borders_js(broken))
    assert data["fronts"]["features"] == [] and data["spheres"]["features"] == []
    clear_caches()
