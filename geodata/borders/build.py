#!/usr/bin/env python3
"""Build the dated historical borders in geodata/borders/.

Run from the repository root:

    .venv/bin/python geodata/borders/build.py [--cache DIR]

Sources (downloaded into a temporary directory, or DIR and re-used):

- npm ``world-atlas@2.0.2``: Natural Earth 4.1.0 admin-0 countries 1:10m (TopoJSON)
- Debian ``qgis-common``: ``world_map.gpkg`` layer ``states_provinces``
  (Natural Earth admin-1 1:10m), fetched with ``apt-get download`` and unpacked
  with ``dpkg-deb -x`` (never installed)
- geodata/basemap/rivers.geojson: the river courses the borders follow
- authored data beside this script: lines/zones.csv (historical lines as zone
  rings), territories.csv, periods.csv, spheres.csv, fronts.csv

Method (see README.md): every modern country border, every zone ring and the
coast are noded into one line arrangement, simplified edge by edge, and
polygonized into faces ("atoms"). Each atom is labelled with its modern
country and the set of authored zones that contain it. periods.csv paints
territories onto atoms by boolean expressions over those labels, row after
row, for date ranges; the atoms of a territory on each date range are
dissolved. Neighbours therefore share one line and territories tile the land
on every date by construction.

Writes territories.geojson.gz, spheres.geojson.gz, fronts.geojson.gz (gzip,
one feature per line inside, byte-identical on a rebuild) and removes any
plain .geojson left from before.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import glob
import gzip
import importlib.util
import json
import re
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import unicodedata
from collections import defaultdict
from pathlib import Path

from shapely import (
    LineString,
    MultiLineString,
    Point,
    Polygon,
    STRtree,
    box,
    from_wkb,
    line_merge,
    make_valid,
    normalize,
    polygonize,
    prepare,
    set_precision,
)
from shapely.geometry.polygon import orient
from shapely.ops import substring, unary_union

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

# Reuse the base map's download and TopoJSON helpers (one implementation).
_spec = importlib.util.spec_from_file_location("basemap_build", ROOT / "geodata/basemap/build.py")
basemap = importlib.util.module_from_spec(_spec)
assert _spec.loader is not None
_spec.loader.exec_module(basemap)

BBOX = basemap.BBOX
FIRST_DAY = dt.date(1918, 3, 3)  # Treaty of Brest-Litovsk: first date the dataset describes
LAST_DAY = dt.date(1941, 12, 31)

GRID = 10.0**-basemap.DECIMALS  # output coordinates: 3 decimals (~100 m)
SIMPLIFY_DEG = 0.004  # ~0.4 km, shared edges simplified once
MIN_FACE_DEG2 = 0.0004  # islets under ~3 km2 are dropped (as in the base map)
SLIVER_DEG2 = 0.003  # thin faces under this area adopt their neighbour's label
QGIS_DEB = "qgis-common"
OUTPUTS = ("territories", "spheres", "fronts")  # each written as <name>.geojson.gz
EXPECTED_SHA256 = {
    "world-atlas-2.0.2.tgz": "032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97",
    # from Debian qgis-common 3.22.16+dfsg-1 (the .deb itself may be rebuilt;
    # the GeoPackage inside is what must not change)
    "world_map.gpkg": "ff5cceefc4b27abea094fa82459d8aef9417023236c326a666978b62ffe85db2",
}


# --------------------------------------------------------------------------
# sources
# --------------------------------------------------------------------------
def fetch(cache: Path) -> dict[str, Path]:
    cache.mkdir(parents=True, exist_ok=True)
    tgz = cache / "world-atlas-2.0.2.tgz"
    if not tgz.exists():
        subprocess.run(
            ["npm", "pack", "world-atlas@2.0.2", "--pack-destination", str(cache)],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    digest = basemap._sha256(tgz)
    print(f"  {tgz.name}  sha256 {digest}")
    if digest != EXPECTED_SHA256[tgz.name]:
        raise SystemExit(f"checksum mismatch for {tgz.name}")
    debs = sorted(glob.glob(str(cache / f"{QGIS_DEB}_*.deb")))
    if not debs:
        subprocess.run(["apt-get", "download", QGIS_DEB], check=True, cwd=cache)
        debs = sorted(glob.glob(str(cache / f"{QGIS_DEB}_*.deb")))
    deb = Path(debs[-1])
    print(f"  {deb.name}  sha256 {basemap._sha256(deb)}")
    out = cache / "x"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    with tarfile.open(tgz) as tf:
        tf.extractall(out / "wa", filter="data")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(out / "deb")], check=True)
    gpkg = out / "deb/usr/share/qgis/resources/data/world_map.gpkg"
    digest = basemap._sha256(gpkg)
    print(f"  world_map.gpkg  sha256 {digest}")
    if digest != EXPECTED_SHA256["world_map.gpkg"]:
        raise SystemExit("world_map.gpkg differs from the one the committed data was built from")
    return {"countries": out / "wa/package/countries-10m.json", "gpkg": gpkg}


def unit_key(name: str) -> str:
    """'Bosnia and Herz.' -> 'Bosnia_and_Herz' (names usable in expressions)."""
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"\W+", "_", ascii_).strip("_")


def read_countries(path: Path) -> dict[str, object]:
    """Natural Earth countries clipped to BBOX, keyed by unit_key(name)."""
    topo = json.loads(path.read_text())
    arcs = basemap.topojson_arcs(topo)
    clip = box(*BBOX)
    out = {}
    for g in topo["objects"]["countries"]["geometries"]:
        if g["type"] == "Polygon":
            plist = [g["arcs"]]
        elif g["type"] == "MultiPolygon":
            plist = g["arcs"]
        else:
            continue
        polys = []
        for rings in plist:
            coords = [basemap.unwrap(basemap.topojson_ring(arcs, r)) for r in rings]
            coords = [c for c in coords if len(c) >= 4]
            if not coords:
                continue
            for k in (-360, 0, 360):
                p = Polygon(
                    [(x + k, y) for x, y in coords[0]],
                    [[(x + k, y) for x, y in h] for h in coords[1:]],
                )
                if p.intersects(clip):
                    polys.extend(basemap.polygons_of(make_valid(p).intersection(clip)))
        if polys:
            out[unit_key(g["properties"]["name"])] = unary_union(polys)
    return out


def read_admin1(gpkg: Path, admin: str) -> dict[str, object]:
    """Admin-1 polygons of one country from the GeoPackage (WKB after the
    GeoPackage binary header)."""
    con = sqlite3.connect(gpkg)
    out = {}
    for name, blob in con.execute(
        "select name, geom from states_provinces where admin = ?", (admin,)
    ):
        flags = blob[3]
        env = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 7]
        out[name] = make_valid(from_wkb(bytes(blob[8 + env :])))
    con.close()
    return out


def read_rivers() -> dict[str, list[LineString]]:
    fc = json.loads((ROOT / "geodata/basemap/rivers.geojson").read_text())
    parts = defaultdict(list)
    for f in fc["features"]:
        parts[f["properties"]["name"]].append(LineString(f["geometry"]["coordinates"]))
    out = {}
    for name, segs in parts.items():
        m = line_merge(MultiLineString(segs))
        # all merged pieces, longest first (a river broken at a reservoir has several)
        out[name] = sorted(basemap.lines_of(m), key=lambda s: -s.length)
    return out


# --------------------------------------------------------------------------
# authored zones
# --------------------------------------------------------------------------
def read_zones(rivers: dict[str, LineString], admin1: dict[str, dict]) -> dict[str, dict]:
    """lines/zones.csv: one row per vertex; a vertex whose ``follow`` names a
    river is joined to the next vertex along that river. lines/index.csv gives
    each zone's source and precision; zones of kind ``admin1`` are Natural
    Earth admin-1 units (``vertices`` = country:unit)."""
    meta = {}
    with (HERE / "lines/index.csv").open(newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            meta[r["zone"]] = r
    verts = defaultdict(list)
    with (HERE / "lines/zones.csv").open(newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["zone"].startswith("#"):
                continue
            verts[r["zone"]].append(r)
    zones = {}
    for name, m in meta.items():
        if m["kind"] == "admin1":
            country, names = m["ref"].split(":")
            wanted = names.split("+")  # several units joined: "Italy:Trieste+Gorizia"
            units = admin1[country]
            own = unary_union([units[u] for u in wanted])
            others = unary_union([g for n, g in units.items() if n not in wanted])
            # Grow the unit into the gaps between admin-1 and admin-0 outlines.
            poly = own.buffer(0.03).difference(others)
            zones[name] = {**m, "polygon": poly, "line": None}
            continue
        rows = verts.get(name)
        if not rows:
            raise SystemExit(f"zone {name} has no vertices")
        coords: list[tuple[float, float]] = []
        snapped: dict[int, tuple[float, float]] = {}
        for i, r in enumerate(rows):
            p = snapped.get(i, (float(r["lon"]), float(r["lat"])))
            if r["follow"]:
                nxt = rows[(i + 1) % len(rows)]
                q = (float(nxt["lon"]), float(nxt["lat"]))
                path = follow_river(rivers, r["follow"], p, q, name)
                # both ends move onto the river: the border is the river
                coords.extend(path[:-1])
                snapped[(i + 1) % len(rows)] = path[-1]
            else:
                coords.append(p)
        if 0 in snapped:
            coords[0] = snapped[0]
        line = LineString(coords + [coords[0]])
        poly = make_valid(Polygon(coords))
        if not poly.is_valid or abs(poly.area - Polygon(coords).buffer(0).area) > 1e-6:
            print(f"  warning: zone {name} ring needed repair")
        zones[name] = {**m, "polygon": poly, "line": line}
    unknown = set(verts) - set(meta)
    if unknown:
        raise SystemExit(f"zones without an index row: {sorted(unknown)}")
    return zones


def follow_river(rivers, river, p, q, zone) -> list[tuple[float, float]]:
    pieces = rivers.get(river)
    if pieces is None:
        raise SystemExit(f"zone {zone}: unknown river {river}")
    # the longest piece that passes within 0.06 deg of both vertices
    for line in pieces:
        a, b = line.project(Point(p)), line.project(Point(q))
        gaps = [line.interpolate(d).distance(Point(end)) for end, d in ((p, a), (q, b))]
        if max(gaps) <= 0.06:
            break
    else:
        line = pieces[0]
        a, b = line.project(Point(p)), line.project(Point(q))
        for end, d in ((p, a), (q, b)):
            gap = line.interpolate(d).distance(Point(end))
            if gap > 0.06:
                raise SystemExit(f"zone {zone}: {end} is {gap * 111:.1f} km from the {river}")
    sub = substring(line, min(a, b), max(a, b))
    pts = list(sub.coords)
    if a > b:
        pts.reverse()
    return pts


# --------------------------------------------------------------------------
# arrangement
# --------------------------------------------------------------------------
def arrangement(units: dict, zones: dict):
    """Faces of the noded, simplified linework of unit outlines and zone
    rings, each labelled (unit, frozenset(zone names))."""
    clip = box(*BBOX)
    lines = [g.boundary for g in units.values()]
    for z in zones.values():
        lines.append(z["polygon"].boundary.intersection(clip.buffer(1)))
    lines.append(clip.boundary)
    noded = unary_union(lines)
    merged = line_merge(noded)
    simple = [s.simplify(SIMPLIFY_DEG) for s in basemap.lines_of(merged)]
    noded = unary_union(simple)
    faces = [f for f in polygonize(basemap.lines_of(noded)).geoms if f.area > 0]
    print(f"  {len(faces)} raw faces")

    unit_names = list(units)
    tree = STRtree([units[n] for n in unit_names])
    for g in units.values():
        prepare(g)
    zone_names = sorted(zones)
    for n in zone_names:
        prepare(zones[n]["polygon"])
    out = []
    for f in faces:
        pt = f.point_on_surface()
        unit = None
        for i in tree.query(pt, predicate="intersects"):
            unit = unit_names[i]
            break
        if unit is None:
            continue  # sea
        zs = frozenset(n for n in zone_names if zones[n]["polygon"].intersects(pt))
        out.append([f, (unit, zs)])
    out = absorb_slivers(out)
    out = drop_islets(out)
    snapped = []
    for f, lab in out:
        g = set_precision(f, GRID)
        if not g.is_empty:
            snapped.append((g, lab))
    out = snapped
    print(f"  {len(out)} land faces, {len({fl[1] for fl in out})} distinct labels")
    return out


def drop_islets(faces):
    """Drop faces under MIN_FACE_DEG2 that touch no other face (islets, as in
    the base map); small faces inside the tiling are kept (no holes)."""
    tree = STRtree([f for f, _ in faces])
    keep = []
    for i, (f, lab) in enumerate(faces):
        if f.area >= MIN_FACE_DEG2:
            keep.append((f, lab))
            continue
        if any(j != i for j in tree.query(f, predicate="intersects")):
            keep.append((f, lab))
    return keep


def absorb_slivers(faces):
    """Thin or tiny faces take the label of the neighbour with which they
    share the longest edge (noding crumbs, admin-0/admin-1 mismatch)."""
    geoms = [f for f, _ in faces]
    tree = STRtree(geoms)
    changed = 0
    for i, (f, lab) in enumerate(faces):
        compact = 4 * 3.14159 * f.area / max(f.length**2, 1e-12)
        if not (f.area < SLIVER_DEG2 * 0.1 or (f.area < SLIVER_DEG2 and compact < 0.15)):
            continue
        best, best_len = None, 0.0
        for j in tree.query(f, predicate="intersects"):
            if j == i or faces[j][1] == lab:
                continue
            shared = f.boundary.intersection(geoms[j].boundary).length
            if shared > best_len:
                best, best_len = j, shared
        if best is not None and best_len > 0.25 * f.length:
            faces[i][1] = faces[best][1]
            changed += 1
    print(f"  {changed} slivers absorbed")
    return faces


# --------------------------------------------------------------------------
# period table
# --------------------------------------------------------------------------
_TOKEN = re.compile(r"\s*(\(|\)|&|\||!|[A-Za-z_][A-Za-z0-9_]*)")


_MACROS: dict[str, str] = {}
_WARNED: set[str] = set()


def expand(expr: str) -> str:
    """Replace $NAME by the parenthesised expression from macros.csv."""
    if not _MACROS:
        for r in read_csv("macros.csv"):
            _MACROS[r["name"]] = r["expr"]
    for _ in range(10):
        if "$" not in expr:
            return expr
        expr = re.sub(r"\$(\w+)", lambda m: "(" + _MACROS[m.group(1)] + ")", expr)
    raise SystemExit(f"macro recursion in {expr!r}")


def compile_expr(expr: str, known: set[str]):
    """'Poland & !GER37 | Lithuania' -> predicate over (unit, zones)."""
    expr = expand(expr)
    toks = []
    pos = 0
    expr = expr.strip()
    while pos < len(expr):
        m = _TOKEN.match(expr, pos)
        if not m:
            raise SystemExit(f"bad expression {expr!r} at {pos}")
        toks.append(m.group(1))
        pos = m.end()
    py = []
    for t in toks:
        if t == "&":
            py.append("and")
        elif t == "|":
            py.append("or")
        elif t == "!":
            py.append("not")
        elif t in "()":
            py.append(t)
        else:
            if t not in known and t not in ("ALL",):
                if t not in _WARNED:
                    print(f"  warning: {t!r} is neither a unit in the box nor a zone")
                    _WARNED.add(t)
            py.append(f"n({t!r})")
    code = compile(" ".join(py), expr, "eval")

    def pred(label):
        unit, zs = label
        return eval(code, {"__builtins__": {}}, {"n": lambda k: k == "ALL" or k == unit or k in zs})

    return pred


def parse_date(s: str, default: dt.date) -> dt.date:
    s = s.strip()
    return dt.date.fromisoformat(s) if s else default


def read_csv(name: str) -> list[dict]:
    with (HERE / name).open(newline="", encoding="utf-8") as fh:
        rows = []
        for r in csv.DictReader(fh):
            first = next(iter(r.values())) or ""
            if first.startswith("#") or not any((v or "").strip() for v in r.values()):
                continue
            rows.append({k: (v or "").strip() for k, v in r.items()})
        return rows


def paint(faces, known):
    """Evaluate periods.csv: for each elementary date range, the territory of
    each label is the last matching row. Returns features (territory, start,
    end, labels) and the territory table."""
    terr = {r["id"]: r for r in read_csv("territories.csv")}
    rows = []
    for r in read_csv("periods.csv"):
        if r["territory"] not in terr:
            raise SystemExit(f"periods.csv: unknown territory {r['territory']}")
        rows.append(
            {
                **r,
                "pred": compile_expr(r["where"], known),
                "s": parse_date(r["start"], FIRST_DAY),
                "e": parse_date(r["end"], LAST_DAY),
            }
        )
    cuts = {FIRST_DAY, LAST_DAY + dt.timedelta(days=1)}
    for r in rows:
        cuts.add(max(r["s"], FIRST_DAY))
        cuts.add(min(r["e"] + dt.timedelta(days=1), LAST_DAY + dt.timedelta(days=1)))
    cuts = sorted(c for c in cuts if FIRST_DAY <= c <= LAST_DAY + dt.timedelta(days=1))
    labels = sorted({lab for _, lab in faces}, key=lambda lab: (lab[0], sorted(lab[1])))
    match = {id(r): {lab for lab in labels if r["pred"](lab)} for r in rows}
    # state per interval: territory -> (labels, sources)
    states = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        who = {}
        src = {}
        for r in rows:
            if r["s"] <= a and r["e"] >= b - dt.timedelta(days=1):
                for lab in match[id(r)]:
                    who[lab] = r["territory"]
                    src[lab] = r["source"]
            elif r["s"] < b and r["e"] >= a:
                raise AssertionError("row not aligned with cuts")
        missing = [lab for lab in labels if lab not in who]
        if missing:
            raise SystemExit(f"{a}: no territory for {missing[:5]} ({len(missing)} labels)")
        by_t = defaultdict(set)
        srcs = defaultdict(set)
        for lab, t in who.items():
            by_t[t].add(lab)
            srcs[t].add(src[lab])
        states.append((a, b - dt.timedelta(days=1), by_t, srcs))
    # merge consecutive intervals where a territory keeps the same labels
    feats = []
    open_: dict[str, dict] = {}
    for a, e, by_t, srcs in states:
        for t in list(open_):
            if t not in by_t or frozenset(by_t[t]) != open_[t]["labels"]:
                feats.append(open_.pop(t))
        for t, labs in by_t.items():
            if t in open_:
                open_[t]["end"] = e
                open_[t]["sources"] |= srcs[t]
            else:
                open_[t] = {
                    "territory": t,
                    "start": a,
                    "end": e,
                    "labels": frozenset(labs),
                    "sources": set(srcs[t]),
                }
    feats.extend(open_.values())
    return feats, terr, [c for c in cuts]


def geometry_for(labels, faces_by_label, cache):
    key = frozenset(labels)
    if key not in cache:
        parts = [g for lab in labels for g in faces_by_label[lab]]
        # faces are already on the output grid: the union stays on it, and
        # set_precision keeps the result valid at that grid
        cache[key] = set_precision(unary_union(parts), GRID)
    return cache[key]


def fc_geometry(geom) -> dict | None:
    # The union's ring order and start points depend on set iteration order
    # (string hashing is seeded per process): normalise, then orient as
    # RFC 7946 wants (exterior counter-clockwise), so rebuilds are byte-identical.
    geom = normalize(geom)
    polys = []
    for p in basemap.polygons_of(geom):
        p = orient(p, 1.0)
        c = basemap.poly_coords(p)
        if c:
            polys.append(c)
    if not polys:
        return None
    if len(polys) == 1:
        return {"type": "Polygon", "coordinates": polys[0]}
    return {"type": "MultiPolygon", "coordinates": polys}


def precision_of(labels, zones) -> float:
    """Coarsest precision of the authored zones that cut these atoms (the
    admin-0 lines are ~1 km)."""
    p = 1.0
    for _unit, zs in labels:
        for z in zs:
            p = max(p, float(zones[z]["precision_km"] or 1))
    return p


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, help="directory for downloaded archives (kept)")
    args = ap.parse_args(argv)
    with basemap.download_dir(args.cache, "borders-") as cache:
        print("fetching sources ...")
        src = fetch(cache)
        units = read_countries(src["countries"])
        print(f"  {len(units)} countries in the box")
        admin1 = {
            c: read_admin1(src["gpkg"], c)
            for c in (
                "Ukraine",
                "Germany",
                "Austria",
                "Italy",
                "Russia",
                "Turkey",
                "Croatia",
                "Georgia",
            )
        }
        rivers = read_rivers()
        zones = read_zones(rivers, admin1)
        print(f"  {len(zones)} authored zones")
        print("arrangement ...")
        faces = arrangement(units, zones)
        known = set(units) | set(zones)
        print("periods ...")
        feats, terr, cuts = paint(faces, known)
        faces_by_label = defaultdict(list)
        for f, lab in faces:
            faces_by_label[lab].append(f)
        cache_g: dict = {}
        out = []
        for ft in sorted(feats, key=lambda f: (f["start"], f["territory"])):
            t = terr[ft["territory"]]
            geom = fc_geometry(geometry_for(ft["labels"], faces_by_label, cache_g))
            if geom is None:
                continue
            out.append(
                {
                    "type": "Feature",
                    "properties": {
                        "id": f"{ft['territory']}@{ft['start'].isoformat()}",
                        "territory": ft["territory"],
                        "name": t["name"],
                        "controller": t["controller"],
                        "status": t["status"],
                        "start": ft["start"].isoformat(),
                        "end": ft["end"].isoformat(),
                        "source": "; ".join(sorted(ft["sources"])),
                        "precision_km": precision_of(ft["labels"], zones),
                    },
                    "geometry": geom,
                }
            )
        meta = {
            "name": "territories",
            "first_day": FIRST_DAY.isoformat(),
            "last_day": LAST_DAY.isoformat(),
            "source": "Natural Earth 4.1.0 admin-0 1:10m (npm world-atlas@2.0.2) and admin-1 "
            "(Debian qgis-common world_map.gpkg), cut by authored historical lines "
            "(geodata/borders/lines/), painted by geodata/borders/periods.csv",
        }
        write_fc_gz("territories", out, meta)
        write_overlays(faces_by_label, known, zones, cache_g)
        total = sum((HERE / f"{n}.geojson.gz").stat().st_size for n in OUTPUTS)
        print(f"total {total:,} bytes (compressed)")
    return 0


def write_fc_gz(name: str, features: list[dict], meta: dict) -> None:
    """<name>.geojson.gz: the base map's compact GeoJSON (one feature per line,
    geometry last; mapapp/core/borders.py relies on it), gzip-compressed with a
    fixed header (mtime 0, the inner file name), so a rebuild is byte-identical.
    The plain <name>.geojson of older builds is removed."""
    head = {"type": "FeatureCollection", **meta}
    text = json.dumps(head, ensure_ascii=False, separators=(",", ":"))[:-1]
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    text += ',"features":[\n' + ",\n".join(lines) + "\n]}\n"
    raw = text.encode("utf-8")
    path = HERE / f"{name}.geojson.gz"
    with path.open("wb") as fh, gzip.GzipFile(
        filename=f"{name}.geojson", mode="wb", fileobj=fh, compresslevel=9, mtime=0
    ) as gz:
        gz.write(raw)
    (HERE / f"{name}.geojson").unlink(missing_ok=True)
    print(f"  wrote {path.name}: {len(features)} features, {len(raw):,} bytes, {path.stat().st_size:,} compressed")


def write_overlays(faces_by_label, known, zones, cache_g) -> None:
    labels = list(faces_by_label)
    for name, props in (
        ("spheres", ("sphere_of", "name", "source")),
        ("fronts", ("war", "name", "source")),
    ):
        out = []
        for i, r in enumerate(read_csv(f"{name}.csv")):
            pred = compile_expr(r["where"], known)
            labs = [lab for lab in labels if pred(lab)]
            if not labs:
                raise SystemExit(f"{name}.csv row {i + 2}: {r['where']!r} matches nothing")
            geom = fc_geometry(geometry_for(labs, faces_by_label, cache_g))
            p = {k: r[k] for k in props}
            p["start"] = parse_date(r["start"], FIRST_DAY).isoformat()
            p["end"] = parse_date(r["end"], LAST_DAY).isoformat()
            p["precision_km"] = precision_of(labs, zones)
            p["id"] = f"{name[:-1]}{i + 1}"
            out.append({"type": "Feature", "properties": p, "geometry": geom})
        write_fc_gz(name, out, {"name": name})


if __name__ == "__main__":
    sys.exit(main())
