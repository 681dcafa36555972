"""mapapp.core.borders: API, data schema, topology (no gaps, no overlaps)."""

from __future__ import annotations

import datetime as dt
import json
from itertools import combinations

import numpy as np
import pytest
from shapely import STRtree, points
from shapely.geometry import shape
from shapely.ops import unary_union

from mapapp.core.borders import BorderState, load_borders, to_geojson
from mapapp.core.paths import GEODATA

BORDERS = GEODATA / "borders"
STATUSES = {
    "sovereign", "annexed", "occupied", "puppet", "lease", "free city", "mandate",
    "plebiscite", "demilitarised zone", "protectorate",
}  # fmt: skip


@pytest.fixture(scope="module")
def borders():
    return load_borders()


@pytest.fixture(scope="module")
def land_points():
    """A deterministic grid of points on the base map's land in the
    composed area, away from the coast (>= 3 km)."""
    fc = json.loads((GEODATA / "basemap" / "land.geojson").read_text())
    land = unary_union([shape(f["geometry"]) for f in fc["features"]])
    inner = land.buffer(-0.03)
    xs = [x / 4 + 0.0625 for x in range(-100, 260)]  # every 0.25 deg, off the vertices
    ys = [y / 4 + 0.0625 for y in range(110, 288)]
    pts = points([(x, y) for x in xs for y in ys])
    tree = STRtree(pts)
    idx = tree.query(inner, predicate="contains")
    return pts[sorted(idx)]


# -- files -------------------------------------------------------------------
OUTPUTS = ("territories.geojson.gz", "spheres.geojson.gz", "fronts.geojson.gz")


def test_files_within_budget():
    """The committed output (gzip-compressed) is 10 MB or less in total."""
    total = sum((BORDERS / n).stat().st_size for n in OUTPUTS)
    assert total <= 10 * 1024 * 1024


def test_outputs_are_stored_compressed_and_deterministic():
    """build.py writes only the .gz files, with a fixed gzip header (mtime 0 and
    the inner file name), so that a rebuild is byte-identical."""
    import gzip

    for n in OUTPUTS:
        raw = (BORDERS / n).read_bytes()
        assert raw[:4] == b"\x1f\x8b\x08\x08", n  # gzip, deflate, FNAME set
        assert raw[4:8] == b"\x00\x00\x00\x00", n  # mtime 0
        assert raw[10:].split(b"\x00", 1)[0] == n.removesuffix(".gz").encode()
        assert not (BORDERS / n.removesuffix(".gz")).exists(), "plain file left beside the .gz"
        text = gzip.decompress(raw).decode("utf-8")
        assert text.split("\n", 2)[1].startswith('{"type":"Feature","properties":')  # one feature a line


def test_a_directory_of_plain_geojson_still_loads(tmp_path, borders):
    """A user-supplied directory with uncompressed files loads the same."""
    import gzip

    for n in OUTPUTS:
        (tmp_path / n.removesuffix(".gz")).write_bytes(gzip.decompress((BORDERS / n).read_bytes()))
    plain = load_borders(tmp_path)
    assert len(plain) == len(borders)
    assert plain.change_dates() == borders.change_dates()
    day = dt.date(1939, 10, 1)
    assert plain.territory_at(21.01, 52.23, day).id == borders.territory_at(21.01, 52.23, day).id


def test_territory_schema(borders):
    terr = [f for f in borders._features if f.kind == "territory"]
    assert len(terr) > 50
    ids = set()
    for f in terr:
        p = f.properties
        for key in ("id", "name", "controller", "status", "start", "end", "source", "precision_km"):
            assert key in p, (p.get("id"), key)
        assert p["status"] in STATUSES, p
        assert p["source"], p["id"]
        assert isinstance(p["precision_km"], int | float) and p["precision_km"] > 0
        assert f.start <= f.end
        assert p["id"] not in ids
        ids.add(p["id"])
        assert f.geometry["type"] in ("Polygon", "MultiPolygon")


def test_sphere_and_front_schema(borders):
    spheres = [f for f in borders._features if f.kind == "sphere"]
    fronts = [f for f in borders._features if f.kind == "front"]
    assert spheres and fronts
    for f in spheres:
        assert f.properties["sphere_of"] in ("Germany", "Soviet Union")
        assert f.properties["source"]
    for f in fronts:
        assert f.properties["war"] and f.properties["source"]


# -- API ---------------------------------------------------------------------
def test_on_returns_state_for_dates_and_empty_outside(borders):
    s = borders.on(dt.date(1939, 9, 1))
    assert isinstance(s, BorderState)
    assert s.date == dt.date(1939, 9, 1)
    assert s.territories and s.spheres
    assert not borders.on(dt.date(1900, 1, 1)).territories
    assert not borders.on(dt.date(1950, 1, 1)).territories
    with pytest.raises(TypeError):
        borders.on("1939-09-01")


def test_change_dates_include_the_key_events(borders):
    days = set(borders.change_dates())
    for d in ("1938-03-13", "1938-10-01", "1939-03-15", "1939-03-23", "1939-08-23",
              "1939-09-01", "1939-09-17" if False else "1939-09-18", "1939-09-28",
              "1939-10-26", "1939-10-28", "1940-03-13", "1940-06-15", "1940-06-28",
              "1940-08-03", "1940-08-06"):  # fmt: skip
        assert dt.date.fromisoformat(d) in days, d
    assert list(borders.change_dates()) == sorted(days)


def test_range_starts_at_brest_litovsk(borders):
    """The data runs from the Treaty of Brest-Litovsk (3 Mar 1918) to 31 Dec
    1941, and the changes of 1918-1921 are dated."""
    assert borders.first_day == dt.date(1918, 3, 3)
    assert borders.last_day == dt.date(1941, 12, 31)
    assert borders.on(dt.date(1918, 3, 3)).territories
    assert not borders.on(dt.date(1918, 3, 2)).territories
    days = set(borders.change_dates())
    for d in ("1918-03-03", "1918-04-29", "1918-10-28", "1918-11-11", "1918-11-22",
              "1918-12-01", "1919-01-06", "1919-04-21", "1919-07-17", "1919-08-08",
              "1920-01-10", "1920-05-07", "1920-06-15", "1920-08-01", "1920-08-26",
              "1920-10-09", "1920-11-15", "1921-11-14", "1922-12-30"):  # fmt: skip
        assert dt.date.fromisoformat(d) in days, d


def test_state_constant_between_change_dates(borders):
    a = borders.on(dt.date(1939, 10, 28))
    b = borders.on(dt.date(1939, 11, 1))
    assert [f.id for f in a.territories] == [f.id for f in b.territories]


def test_to_geojson_kinds(borders):
    fc = to_geojson(borders.on(dt.date(1939, 9, 10)))
    assert fc["type"] == "FeatureCollection"
    kinds = {f["properties"]["kind"] for f in fc["features"]}
    assert kinds == {"territory", "sphere", "front"}
    json.dumps(fc)  # serialisable


def test_points_at_sea_and_outside_range(borders):
    assert borders.territory_at(19.5, 55.5, dt.date(1939, 9, 1)) is None  # Baltic
    assert borders.territory_at(21.0, 52.2, dt.date(1950, 1, 1)) is None
    assert borders.sphere_at(21.0, 52.2, dt.date(1939, 9, 1)) is not None


def test_one_controller_colour_key_per_state(borders):
    for d in borders.change_dates():
        names = [f.id for f in borders.on(d).territories]
        assert len(names) == len(set(names))


# -- topology ----------------------------------------------------------------
def test_territories_tile_the_land_on_every_change_date(borders, land_points):
    """Every land point (3 km or more from the coast) lies in exactly one
    territory on every date where something changes."""
    assert len(land_points) > 2000
    tree = STRtree(land_points)
    for d in borders.change_dates():
        counts = np.zeros(len(land_points), dtype=int)
        for f in borders.on(d).territories:
            counts[tree.query(borders._shape(f), predicate="intersects")] += 1
        missing = land_points[counts == 0]
        double = land_points[counts > 1]
        assert len(missing) <= 5, (d, missing[:5])
        assert not len(double), (d, double[:5])


def test_territories_cover_the_base_map_land(borders):
    """The union of the territories is the base map's land (both Natural
    Earth 1:10m) to within 0.1 % of its area."""
    fc = json.loads((GEODATA / "basemap" / "land.geojson").read_text())
    land = unary_union([shape(f["geometry"]) for f in fc["features"]])
    for d in (dt.date(1925, 1, 1), dt.date(1939, 9, 1), dt.date(1941, 12, 1)):
        union = unary_union([borders._shape(f) for f in borders.on(d).territories])
        assert land.symmetric_difference(union).area < 0.001 * land.area, d


def test_no_overlaps_on_change_dates(borders):
    """Pairwise overlaps between territories are slivers at most (rounding
    of shared edges to 3 decimals): under 0.5 km2 each."""
    for d in borders.change_dates()[::3] + (dt.date(1939, 10, 1), dt.date(1940, 8, 10)):
        terr = borders.on(d).territories
        geoms = [borders._shape(f) for f in terr]
        tree = STRtree(geoms)
        left, right = tree.query(geoms, predicate="intersects")
        for i, j in zip(left, right, strict=True):
            if i < j:
                area = geoms[i].intersection(geoms[j]).area
                assert area < 5e-5, (d, terr[i].id, terr[j].id, area)


def test_spheres_do_not_overlap_each_other(borders):
    for d in (dt.date(1939, 8, 24), dt.date(1939, 10, 1)):
        sph = borders.on(d).spheres
        for a, b in combinations(sph, 2):
            inter = borders._shape(a).intersection(borders._shape(b)).area
            assert inter < 5e-5, (d, a.id, b.id)


def test_neighbours_share_the_demarcation_line(borders):
    """Along the 1939 German-Soviet line the two occupiers' areas meet on
    one line: the boundary between them is long and there is no gap."""
    d = dt.date(1940, 1, 1)
    terr = borders.on(d).territories
    ger = unary_union([borders._shape(f) for f in terr if f.controller == "Germany"])
    sov = unary_union([borders._shape(f) for f in terr if f.controller == "Soviet Union"])
    shared = ger.boundary.intersection(sov.boundary).length
    assert shared > 8  # degrees of line: East Prussia - Bug - San
    assert ger.intersection(sov).area < 1e-4


def test_docstring_examples():
    import doctest

    import mapapp.core.borders as mod

    result = doctest.testmod(mod)
    assert result.failed == 0 and result.attempted > 0


def test_authored_tables_are_documented():
    """Every authored zone states its source and precision; every period row
    names its source; every territory has a known status."""
    import csv

    with (BORDERS / "lines" / "index.csv").open(encoding="utf-8") as fh:
        zones = list(csv.DictReader(fh))
    assert len(zones) > 40
    for z in zones:
        assert z["source"] and float(z["precision_km"]) > 0, z["zone"]
    with (BORDERS / "lines" / "zones.csv").open(encoding="utf-8") as fh:
        used = {r["zone"] for r in csv.DictReader(fh)}
    assert used <= {z["zone"] for z in zones}
    with (BORDERS / "periods.csv").open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if not r["where"].startswith("#")]
    assert len(rows) > 100
    assert all(r["source"] for r in rows)
    with (BORDERS / "territories.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            assert r["status"] in STATUSES, r


def test_a_harbour_town_just_offshore_belongs_to_the_nearest_territory():
    """The generalised coastline puts some harbour towns' centres in the sea."""
    import datetime as dt

    from mapapp.core.borders import load_borders

    b = load_borders()
    copenhagen = b.territory_at(12.568, 55.676, dt.date(1940, 5, 1))
    assert copenhagen is not None and copenhagen.controller == "Germany"
    assert b.territory_at(33.52, 44.6, dt.date(1941, 12, 1)).controller == "Soviet Union"  # Sevastopol
    assert b.territory_at(12.568, 55.676, dt.date(1940, 5, 1), coast_km=0) in (None, copenhagen)
    assert b.territory_at(19.5, 56.0, dt.date(1939, 9, 1)) is None  # the open Baltic
    hel = b.sphere_at(18.8, 54.6, dt.date(1939, 9, 20))
    assert hel is not None and hel.properties["sphere_of"] == "Germany"


def test_the_fast_reader_reads_what_a_json_parser_reads():
    """load_borders parses geometries lazily from the one-feature-per-line files;
    the result must be the files' content exactly, and other layouts must load too."""
    import json

    from mapapp.core.borders import DEFAULT_DIR, _read_collection, read_dataset_text

    for name in OUTPUTS:
        text = read_dataset_text(DEFAULT_DIR / name)
        whole = json.loads(text)
        header, features = _read_collection(text)
        assert header["name"] == whole["name"]
        assert len(features) == len(whole["features"])
        for (props, geometry), f in zip(features, whole["features"], strict=True):
            assert props == f["properties"]
            assert (json.loads(geometry) if isinstance(geometry, str) else geometry) == f["geometry"]
        pretty = json.dumps(whole, indent=1)  # another layout: parsed whole
        header2, features2 = _read_collection(pretty)
        assert len(features2) == len(whole["features"]) and header2["name"] == whole["name"]
