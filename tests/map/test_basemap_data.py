"""The committed offline base map layers (geodata/basemap/): present, small,
well-formed, and geographically sane where the 1939 lines depend on them."""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import pytest
from shapely.geometry import LineString, Point, shape
from shapely.ops import unary_union

BASEMAP = Path(__file__).resolve().parents[2] / "geodata" / "basemap"
LAYERS = ("land.geojson", "land_low.geojson", "lakes.geojson", "rivers.geojson", "labels.geojson")
BUDGET_BYTES = 3 * 1024 * 1024

NAMED_RIVERS = (
    "Vistula",
    "Narew",
    "Western Bug",
    "San",
    "Neman",
    "Daugava",
    "Dnieper",
    "Danube",
    "Oder",
    "Elbe",
    "Rhine",
    "Volga",
    "Don",
    "Dniester",
    "Prut",
    "Pripyat",
    "Neva",
)


def load(name: str) -> dict:
    return json.loads((BASEMAP / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rivers() -> dict[str, list]:
    out: dict[str, list] = {}
    for f in load("rivers.geojson")["features"]:
        out.setdefault(f["properties"]["name"], []).append(shape(f["geometry"]))
    return out


@pytest.fixture(scope="module")
def land():
    return unary_union([shape(f["geometry"]) for f in load("land.geojson")["features"]])


def km_between(geom, lon: float, lat: float) -> float:
    """Distance in km from (lon, lat) to geom, in a local equirectangular frame."""
    kx = 111.32 * math.cos(math.radians(lat))
    ky = 110.57

    def local(g):
        if isinstance(g, LineString):
            return LineString([((x - lon) * kx, (y - lat) * ky) for x, y in g.coords])
        return unary_union([local(p) for p in g.geoms])

    return local(geom).distance(Point(0, 0))


def test_files_exist_and_parse():
    for name in LAYERS:
        fc = load(name)
        assert fc["type"] == "FeatureCollection", name
        assert fc["features"], name
        for f in fc["features"]:
            geom = shape(f["geometry"])
            assert not geom.is_empty
            assert geom.is_valid, (name, f["properties"])
    for name in ("ATTRIBUTION.md", "README.md", "build.py", "authored_rivers.csv"):
        assert (BASEMAP / name).is_file(), name


def test_within_budget():
    total = sum((BASEMAP / n).stat().st_size for n in LAYERS)
    assert total <= BUDGET_BYTES, total


def test_coordinates_in_the_europe_box_and_rounded():
    for name in LAYERS:
        for f in load(name)["features"]:
            minx, miny, maxx, maxy = shape(f["geometry"]).bounds
            assert -25.0 <= minx and maxx <= 65.0, (name, f["properties"])
            assert 27.0 <= miny and maxy <= 72.0, (name, f["properties"])
    # rounding keeps the files small: spot-check the land layer
    ring = load("land.geojson")["features"][0]["geometry"]["coordinates"][0]
    assert all(len(repr(c).split(".")[-1]) <= 3 for pt in ring[:200] for c in pt)


def test_named_rivers_present_with_rank(rivers):
    for name in NAMED_RIVERS:
        assert name in rivers, name
    for f in load("rivers.geojson")["features"]:
        p = f["properties"]
        assert p["name"] and p["rank"] in (1, 2, 3)
        assert f["geometry"]["type"] == "LineString"


@pytest.mark.parametrize(
    ("river", "town", "lon", "lat"),
    [
        ("Western Bug", "Brest", 23.655, 52.083),
        ("Western Bug", "Wyszków", 21.458, 52.592),
        ("San", "Przemyśl", 22.768, 49.784),
        ("San", "Jarosław", 22.677, 50.016),
        ("Neman", "Kaunas", 23.886, 54.898),
        ("Neman", "Grodno", 23.830, 53.677),
        ("Neman", "Sovetsk (Tilsit)", 21.885, 55.080),
        ("Narew", "Łomża", 22.059, 53.178),
        ("Narew", "Pułtusk", 21.083, 52.703),
        ("Narew", "Ostrołęka", 21.575, 53.084),
    ],
)
def test_authored_rivers_pass_their_towns(rivers, river, town, lon, lat):
    d = km_between(unary_union(rivers[river]), lon, lat)
    assert d < 4.0, f"{river} passes {d:.1f} km from {town}"


@pytest.mark.parametrize(
    ("tributary", "main"),
    [
        ("Narew", "Vistula"),
        ("Western Bug", "Narew"),
        ("San", "Vistula"),
        ("Prut", "Danube"),
        ("Pripyat", "Dnieper"),
    ],
)
def test_tributaries_meet_their_rivers(rivers, tributary, main):
    mouths = [Point(g.coords[-1]) for g in rivers[tributary]]
    target = unary_union(rivers[main])
    assert min(target.distance(m) for m in mouths) < 0.002  # ~200 m after rounding


def test_confluences_are_where_they_belong(rivers):
    narew_mouth = Point(rivers["Narew"][0].coords[-1])
    assert km_between(LineString([narew_mouth.coords[0]] * 2), 20.70, 52.43) < 5  # Nowy Dwór
    bug_mouth = Point(rivers["Western Bug"][0].coords[-1])
    assert km_between(LineString([bug_mouth.coords[0]] * 2), 21.05, 52.52) < 5  # Serock
    san_mouth = Point(rivers["San"][0].coords[-1])
    assert km_between(LineString([san_mouth.coords[0]] * 2), 21.80, 50.68) < 8  # Sandomierz


def test_land_contains_warsaw_not_the_baltic(land):
    assert land.contains(Point(21.01, 52.23))  # Warsaw
    assert land.contains(Point(24.03, 49.84))  # Lviv
    assert not land.contains(Point(20.0, 58.0))  # Baltic Sea
    assert not land.contains(Point(34.0, 43.5))  # Black Sea
    assert not land.contains(Point(29.5, 60.0))  # Gulf of Finland
    assert not land.contains(Point(21.1, 55.25))  # Curonian Lagoon
    assert land.contains(Point(18.80, 54.635))  # Hel peninsula near its tip
    assert land.contains(Point(20.98, 55.30))  # Curonian Spit


def test_lakes_include_the_big_ones_and_no_post_1941_reservoirs():
    names = {f["properties"]["name"] for f in load("lakes.geojson")["features"]}
    for lake in ("Ladoga", "Onega", "Peipus", "Balaton", "Geneva", "Constance"):
        assert lake in names, lake
    for reservoir in ("Kakhovka", "Kremenchuk", "Kuybyshev", "Rybinsk"):
        assert reservoir not in names, reservoir


def test_sea_labels():
    feats = load("labels.geojson")["features"]
    names = {f["properties"]["name"] for f in feats}
    for sea in (
        "Baltic Sea",
        "North Sea",
        "Black Sea",
        "Gulf of Finland",
        "Gulf of Bothnia",
        "Adriatic Sea",
        "Mediterranean Sea",
        "Barents Sea",
        "White Sea",
        "Caspian Sea",
    ):
        assert sea in names, sea
    assert all(f["properties"]["rank"] in (1, 2, 3) for f in feats)


def test_authored_rivers_csv_is_documented():
    with (BASEMAP / "authored_rivers.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {"name", "seq", "lon", "lat", "anchor", "precision_km", "source"} <= set(rows[0])
    by_river: dict[str, list] = {}
    for r in rows:
        by_river.setdefault(r["name"], []).append(r)
        assert float(r["precision_km"]) > 0 and r["source"]
    for name in ("Narew", "Western Bug", "San", "Neman"):
        assert 15 <= len(by_river[name]) <= 50, name


def test_land_low_is_the_land_simplified(land):
    """land_low (drawn up to zoom 5) follows land: the same box, the same shapes, far fewer vertices."""
    low_fc, land_fc = load("land_low.geojson"), load("land.geojson")

    def vertices(fc):
        return sum(len(r) for f in fc["features"] for r in f["geometry"]["coordinates"])

    assert vertices(low_fc) * 2.5 < vertices(land_fc)
    # The bbox is land's own, so the page's bounds are the same with either layer.
    xs = [x for f in land_fc["features"] for r in f["geometry"]["coordinates"] for x, _ in r]
    ys = [y for f in land_fc["features"] for r in f["geometry"]["coordinates"] for _, y in r]
    assert low_fc["bbox"] == [min(xs), min(ys), max(xs), max(ys)]
    low = unary_union([shape(f["geometry"]) for f in low_fc["features"]])
    assert abs(low.area - land.area) < 0.01 * land.area
    assert low.symmetric_difference(land).area < 0.02 * land.area
    # Nowhere more than the simplification tolerance (0.03 deg, ~3 km) off: under a pixel at zoom 5.
    assert low.difference(land.buffer(0.035, quad_segs=2)).area < 1e-4
    big = unary_union([shape(f["geometry"]) for f in land_fc["features"][:60]])  # landmasses, large islands
    assert big.difference(low.buffer(0.035, quad_segs=2)).area < 1e-4
