"""Historical borders as they stood on a date (territories, spheres, fronts).

The data is built by ``geodata/borders/build.py`` into three gzip-compressed
GeoJSON files (territories, spheres of influence, fronts: ``*.geojson.gz``;
a directory of plain ``*.geojson`` files loads too), each feature valid from
``start`` to ``end`` (ISO dates, both inclusive). This module loads them and
answers, for any day in the covered range, what was where.

Examples
--------
>>> import datetime as dt
>>> b = load_borders()
>>> b.territory_at(21.01, 52.23, dt.date(1939, 8, 31)).controller
'Poland'
>>> b.territory_at(21.01, 52.23, dt.date(1939, 10, 5)).controller
'Germany'
>>> b.sphere_at(24.03, 49.84, dt.date(1939, 8, 24)).properties["sphere_of"]
'Soviet Union'
>>> fc = to_geojson(b.on(dt.date(1940, 3, 13)))
>>> sorted({f["properties"]["kind"] for f in fc["features"]})
['sphere', 'territory']
"""

from __future__ import annotations

import bisect
import datetime as dt
import gzip
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from mapapp.core.paths import GEODATA

__all__ = [
    "BorderFeature",
    "BorderState",
    "Borders",
    "dataset_file",
    "load_borders",
    "read_dataset_text",
    "to_geojson",
]

DEFAULT_DIR = GEODATA / "borders"
KINDS = ("territory", "sphere", "front")
# How far offshore a point still belongs to the nearest territory (see Borders.territory_at).
COAST_KM = 10.0
_FILES = {
    "territory": "territories.geojson",
    "sphere": "spheres.geojson",
    "front": "fronts.geojson",
}


def dataset_file(directory: str | Path, filename: str) -> Path:
    """Where ``filename`` (e.g. "territories.geojson") of a borders directory is:
    its gzip-compressed ``<filename>.gz`` (what build.py writes) if present,
    else the plain file (which may not exist either)."""
    base = Path(directory)
    packed = base / f"{filename}.gz"
    return packed if packed.exists() else base / filename


def read_dataset_text(path: Path) -> str:
    """The UTF-8 text of a dataset file, decompressed if it ends in .gz."""
    if path.suffix == ".gz":
        return gzip.decompress(path.read_bytes()).decode("utf-8")
    return path.read_text(encoding="utf-8")


@dataclass(frozen=True, eq=False)
class BorderFeature:
    """One dated feature: a territory, a sphere of influence or a front area.

    ``properties`` holds the GeoJSON properties unchanged (``id``, ``name``,
    ``source``, ``precision_km``, and per kind ``controller``/``status``,
    ``sphere_of`` or ``war``); ``geometry`` is the GeoJSON geometry dict.
    The geometry may come as its JSON text, read when first asked for: most
    uses need only the dates and properties, and reading every geometry was
    most of the loading time.
    """

    kind: str
    start: dt.date
    end: dt.date
    properties: Mapping[str, Any]
    raw_geometry: Mapping[str, Any] | str = field(repr=False)

    @property
    def geometry(self) -> Mapping[str, Any]:
        raw = self.raw_geometry
        if isinstance(raw, str):
            raw = json.loads(raw)
            object.__setattr__(self, "raw_geometry", raw)  # read once
        return raw

    @property
    def id(self) -> str:
        return str(self.properties.get("id", ""))

    @property
    def name(self) -> str:
        return str(self.properties.get("name", ""))

    @property
    def controller(self) -> str | None:
        return self.properties.get("controller")

    @property
    def status(self) -> str | None:
        return self.properties.get("status")

    def valid_on(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class BorderState:
    """Everything valid on one day."""

    date: dt.date
    territories: tuple[BorderFeature, ...]
    spheres: tuple[BorderFeature, ...]
    fronts: tuple[BorderFeature, ...]

    def features(self) -> tuple[BorderFeature, ...]:
        return self.territories + self.spheres + self.fronts


class Borders:
    """The loaded dataset. Use :func:`load_borders` to make one.

    ``on(day)`` is answered from a cache keyed by the elementary date range
    containing ``day`` (between two change dates nothing changes), so after
    the first call for a range it costs a dictionary lookup. Point queries
    build shapely geometries lazily (once per feature) and an STRtree per
    date range.
    """

    def __init__(self, features: Iterable[BorderFeature], first_day: dt.date, last_day: dt.date):
        self._features = tuple(features)
        self.first_day = first_day
        self.last_day = last_day
        cuts = {first_day, last_day + dt.timedelta(days=1)}
        for f in self._features:
            cuts.add(max(f.start, first_day))
            cuts.add(min(f.end + dt.timedelta(days=1), last_day + dt.timedelta(days=1)))
        self._cuts = sorted(c for c in cuts if first_day <= c <= last_day + dt.timedelta(days=1))
        self._states: dict[int, BorderState] = {}
        self._trees: dict[tuple[int, str], Any] = {}
        self._shapes: dict[int, Any] = {}

    # -- dates -------------------------------------------------------------
    def change_dates(self) -> tuple[dt.date, ...]:
        """Days on which something starts or ends (the first day included)."""
        return tuple(self._cuts[:-1])

    def _slot(self, day: dt.date) -> int:
        if not isinstance(day, dt.date):
            raise TypeError(f"expected datetime.date, got {type(day).__name__}")
        if isinstance(day, dt.datetime):
            day = day.date()
        if day < self.first_day or day > self.last_day:
            return -1
        return bisect.bisect_right(self._cuts, day) - 1

    # -- state -------------------------------------------------------------
    def on(self, day: dt.date) -> BorderState:
        """Territories, spheres and fronts valid on ``day``.

        Outside the covered range the state is empty.
        """
        slot = self._slot(day)
        if slot < 0:
            return BorderState(day, (), (), ())
        state = self._states.get(slot)
        if state is None:
            start = self._cuts[slot]
            found = [f for f in self._features if f.valid_on(start)]
            state = BorderState(
                start,
                tuple(f for f in found if f.kind == "territory"),
                tuple(f for f in found if f.kind == "sphere"),
                tuple(f for f in found if f.kind == "front"),
            )
            self._states[slot] = state
        if state.date != day:
            return BorderState(day, state.territories, state.spheres, state.fronts)
        return state

    # -- points --------------------------------------------------------------
    def _shape(self, f: BorderFeature):
        key = id(f)
        g = self._shapes.get(key)
        if g is None:
            from shapely import prepare
            from shapely.geometry import shape

            g = shape(f.geometry)
            prepare(g)
            self._shapes[key] = g
        return g

    def _at(self, kind: str, lon: float, lat: float, day: dt.date) -> list[BorderFeature]:
        from shapely import Point

        return self._at_shape(kind, Point(lon, lat), day)

    def _at_shape(self, kind: str, shape: Any, day: dt.date) -> list[BorderFeature]:
        slot = self._slot(day)
        if slot < 0:
            return []
        state = self.on(day)
        feats = {
            "territory": state.territories,
            "sphere": state.spheres,
            "front": state.fronts,
        }[kind]
        tree = self._trees.get((slot, kind))
        if tree is None:
            from shapely import STRtree

            tree = STRtree([self._shape(f) for f in feats])
            self._trees[(slot, kind)] = tree
        return [feats[i] for i in sorted(tree.query(shape, predicate="intersects"))]

    def _ashore(self, lon: float, lat: float, day: dt.date, km: float) -> tuple[BorderFeature, Any] | None:
        """For a point in no territory (at sea): the nearest territory within ``km``
        and the nearest point of it."""
        import math

        from shapely import Point
        from shapely.ops import nearest_points

        if km <= 0:
            return None
        tree = self._trees.get((self._slot(day), "territory"))
        if tree is None:
            return None
        # Degrees of longitude are the short ones: km in them bounds the search.
        reach = km / (111.32 * max(math.cos(math.radians(lat)), 0.05))
        pt = Point(lon, lat)
        found = tree.query_nearest(pt, max_distance=reach, all_matches=False)
        if not len(found):
            return None
        feature = self.on(day).territories[int(found[0])]
        return feature, nearest_points(self._shape(feature), pt)[0]

    def territory_at(
        self, lon: float, lat: float, day: dt.date, *, coast_km: float = COAST_KM
    ) -> BorderFeature | None:
        """The territory holding the point (lon, lat) on ``day``, or None (the
        open sea, outside the covered box or range).

        A point at sea within ``coast_km`` of a territory belongs to the nearest
        one: the coastline is generalised, so the centre of a harbour town
        (Copenhagen, Sevastopol, Batumi) can fall just offshore.
        """
        hits = self._at("territory", lon, lat, day)
        if hits:
            return hits[0]
        ashore = self._ashore(lon, lat, day, coast_km)
        return ashore[0] if ashore else None

    def sphere_at(
        self, lon: float, lat: float, day: dt.date, *, coast_km: float = COAST_KM
    ) -> BorderFeature | None:
        """The sphere of influence over the point on ``day``, or None. A point at
        sea near a coast is taken ashore first, as in :meth:`territory_at`."""
        hits = self._at("sphere", lon, lat, day)
        if hits:
            return hits[0]
        if self._at("territory", lon, lat, day):
            return None  # on land, outside every sphere
        ashore = self._ashore(lon, lat, day, coast_km)
        if ashore is None:
            return None
        # The nearest point of the land is on its edge: a hair's breadth around it.
        spheres = self._at_shape("sphere", ashore[1].buffer(1e-7), day)
        return spheres[0] if spheres else None

    def fronts_at(self, lon: float, lat: float, day: dt.date) -> list[BorderFeature]:
        """Front areas (occupied ground of an ongoing campaign) over the point."""
        return self._at("front", lon, lat, day)

    def __len__(self) -> int:
        return len(self._features)


def _date(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


_FEATURE_LINE = '{"type":"Feature","properties":'
_GEOMETRY_KEY = ',"geometry":'


def _read_collection(text: str) -> tuple[dict[str, Any], list[tuple[dict[str, Any], Any]]]:
    """A FeatureCollection's top-level members and its (properties, geometry) pairs.

    geodata/borders/build.py writes one feature per line, geometry last: those
    lines are split so that only the properties are parsed now and each
    geometry stays text (see :class:`BorderFeature`). Anything else is parsed
    whole, so any valid GeoJSON file still loads.
    """
    lines = text.split("\n")
    head = lines[0].strip()
    if len(lines) > 2 and head.endswith('"features":[') and lines[1].startswith(_FEATURE_LINE):
        header = json.loads(head + "]}")
        features: list[tuple[dict[str, Any], Any]] = []
        for line in lines[1:]:
            line = line.rstrip().removesuffix(",")
            if not line.startswith(_FEATURE_LINE):
                continue  # the closing "]}"
            cut = line.rfind(_GEOMETRY_KEY)
            if cut < 0 or not line.endswith("}}"):
                f = json.loads(line)
                features.append((f["properties"], f["geometry"]))
                continue
            props = json.loads(line[len(_FEATURE_LINE) : cut])
            features.append((props, line[cut + len(_GEOMETRY_KEY) : -1]))
        return header, features
    fc = json.loads(text)
    return fc, [(f["properties"], f["geometry"]) for f in fc["features"]]


def load_borders(path: str | Path | None = None) -> Borders:
    """Load the dataset from ``path`` (a directory holding territories.geojson.gz,
    spheres.geojson.gz and fronts.geojson.gz, or the same files uncompressed
    without ``.gz``; default geodata/borders/)."""
    base = Path(path) if path is not None else DEFAULT_DIR
    feats: list[BorderFeature] = []
    first = last = None
    for kind in KINDS:
        p = dataset_file(base, _FILES[kind])
        if not p.exists():
            if kind == "territory":
                raise FileNotFoundError(p)
            continue
        header, features = _read_collection(read_dataset_text(p))
        if kind == "territory":
            first = _date(header.get("first_day", "1922-01-01"))
            last = _date(header.get("last_day", "1941-12-31"))
        for props, geometry in features:
            feats.append(
                BorderFeature(
                    kind=kind,
                    start=_date(props["start"]),
                    end=_date(props["end"]),
                    properties=MappingProxyType(dict(props)),
                    raw_geometry=geometry,
                )
            )
    assert first is not None and last is not None
    return Borders(feats, first, last)


def to_geojson(state: BorderState) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of the state; each feature's properties
    carry ``kind`` ("territory", "sphere" or "front")."""
    out = []
    for f in state.features():
        props = {"kind": f.kind, **f.properties}
        out.append({"type": "Feature", "properties": props, "geometry": f.geometry})
    return {"type": "FeatureCollection", "date": state.date.isoformat(), "features": out}
