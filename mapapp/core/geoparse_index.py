"""The place-name index under the gazetteer: GeoNames places and the authored table.

This module holds the data and the lookups; :mod:`mapapp.core.gazetteer`
wraps it as a geopy geocoder. The geoparser uses the index directly, so the
launch path does not import geopy (whose import alone costs ~0.1 s).

Data files under ``geodata/gazetteer/``:

- ``places.tsv.gz`` and ``names.tsv.gz``, derived from GeoNames' cities500 by
  ``geodata/gazetteer/build.py`` (populated places with their Latin-script
  alternate and historical names); ``countries.tsv`` (countries, marked at
  their capital);
- ``features.csv``, authored: countries and historical states, regions, rivers,
  seas and lines that a list of towns lacks, each with its source.

Nothing here touches the network. Loading decompresses two small gzip files
into two strings; a name is found by binary search in the sorted name index
(one string, one line per name) and a place's line is parsed only when asked
for, so start-up stays cheap.

>>> index = default_index()
>>> [(e.name, e.country) for e in index.candidates("Brest")][:2]
[('Brest', 'BY'), ('Brest', 'FR')]
>>> index.candidates("Wilno")[0].name
'Vilnius'
"""

from __future__ import annotations

import csv
import gzip
import math
import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from mapapp.core.paths import GEODATA

GAZETTEER_DIR = GEODATA / "gazetteer"

KINDS = ("city", "region", "country", "river", "sea", "other")

# A bias: a box ``(min_lon, min_lat, max_lon, max_lat)`` or points ``[(lat, lon), ...]``.
Box = tuple[float, float, float, float]

# --- names -----------------------------------------------------------------------

_FOLD = str.maketrans(
    {
        "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
        "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "ħ": "h", "Ħ": "H",
        "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
    }
)  # fmt: skip
_APOSTROPHES = re.compile(r"['’`ʻʼ‘]")
_NON_WORD = re.compile(r"[\W_]+")


@lru_cache(maxsize=65536)
def normalize(name: str) -> str:
    """The lookup key of a name: no accents, case-folded, punctuation as single spaces.

    >>> normalize("Brześć-Litewski"), normalize("St. Petersburg"), normalize("Königsberg")
    ('brzesc litewski', 'st petersburg', 'konigsberg')
    """
    s = unicodedata.normalize("NFKD", name).translate(_FOLD)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    s = _APOSTROPHES.sub("", s)
    return _NON_WORD.sub(" ", s).strip()


# --- entries ---------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One place of the gazetteer.

    ``alias`` is True when the name it was found by is not its main name (a
    historical or foreign name such as "Wilno" for Vilnius).
    """

    id: str  # "geonames:<id>" or "mapapp:<slug>"
    name: str
    lat: float
    lon: float
    kind: str
    country: str  # ISO 3166 alpha-2 ("" for seas, historical states...)
    population: int
    source: str
    alias: bool = False

    @property
    def authored(self) -> bool:
        return self.id.startswith("mapapp:")


_KIND_BONUS = {"country": 7.0, "region": 6.5, "sea": 6.5, "river": 6.0, "other": 6.0, "city": 0.0}


def box_distance_km(lat: float, lon: float, box: Box) -> float:
    min_lon, min_lat, max_lon, max_lat = box
    dlat = max(min_lat - lat, 0.0, lat - max_lat)
    dlon = max(min_lon - lon, 0.0, lon - max_lon)
    return 111.2 * math.hypot(dlat, dlon * math.cos(math.radians(lat)))


def distance_km(a: Entry, b: Entry) -> float:
    """Great-circle distance between two entries, in kilometres."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dl = math.radians(b.lon - a.lon)
    c = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return 6371.0 * math.acos(max(-1.0, min(1.0, c)))


def bias_box(points: Iterable[tuple[float, float]], margin: float = 5.0) -> Box | None:
    """A robust box around ``(lat, lon)`` points: their 10th..90th percentiles, widened.

    Outliers (a passing mention of Washington in a text about Poland) do not
    stretch it.
    """
    pts = list(points)
    if not pts:
        return None
    lats = sorted(p[0] for p in pts)
    lons = sorted(p[1] for p in pts)
    lo = int(0.1 * (len(pts) - 1))
    hi = int(math.ceil(0.9 * (len(pts) - 1)))
    return (lons[lo] - margin, lats[lo] - margin, lons[hi] + margin, lats[hi] + margin)


def as_box(bias: Box | Sequence[tuple[float, float]] | None) -> Box | None:
    """A bias as a box: a box stays one, ``(lat, lon)`` points become :func:`bias_box`."""
    if bias is None:
        return None
    seq = list(bias)
    if len(seq) == 4 and all(isinstance(v, (int, float)) for v in seq):
        return (float(seq[0]), float(seq[1]), float(seq[2]), float(seq[3]))
    return bias_box(seq)  # type: ignore[arg-type]


def score(entry: Entry, bias: Box | Sequence[tuple[float, float]] | None = None) -> float:
    """How likely ``entry`` is the place meant, all else unknown.

    log10 of the population; a kind bonus (authored countries, regions, rivers
    and seas outrank homonymous towns); -0.8 for a match on an alternate name
    (Odessa, Texas is called so; Odesa only used to be); and up to +1.5 for
    lying in, or within a few hundred kilometres of, the ``bias`` box.
    """
    s = math.log10(entry.population + 10) + _KIND_BONUS.get(entry.kind, 0.0)
    if entry.alias:
        s -= 0.8
    box = as_box(bias)
    if box is not None:
        s += 1.5 * math.exp(-box_distance_km(entry.lat, entry.lon, box) / 500.0)
    return s


# --- the index -------------------------------------------------------------------------

_YEARS = re.compile(r"[\d\s\u2013\u2014-]+")
_QUALIFIED = re.compile(r"^(?P<base>.+?)\s*(?:\((?P<paren>[^)]*)\)|,\s*(?P<comma>[^,()]+))\s*$")


class PlaceIndex:
    """Places by name: GeoNames towns, GeoNames countries and the authored features.

    Parameters
    ----------
    directory
        Where ``places.tsv.gz``, ``names.tsv.gz``, ``countries.tsv`` and
        ``features.csv`` live.

    The data is read on first use (``load()`` forces it); loading is thread-safe.
    """

    def __init__(self, directory: Path | str = GAZETTEER_DIR) -> None:
        self.directory = Path(directory)
        self._lock = threading.Lock()
        self._loaded = False
        self._places = ""
        self._names = ""
        self._features: dict[str, Entry] = {}
        self._feature_names: dict[str, list[tuple[str, bool]]] = {}
        self._country_names: dict[str, str] = {}
        self._feature_prefixes: set[str] = set()
        self._row_cache: dict[int, Entry] = {}

    # -- loading --

    def load(self) -> PlaceIndex:
        """Read the data files now (otherwise done on the first lookup)."""
        if self._loaded:
            return self
        with self._lock:
            if self._loaded:
                return self
            d = self.directory
            self._places = gzip.decompress((d / "places.tsv.gz").read_bytes()).decode("utf-8")
            self._names = gzip.decompress((d / "names.tsv.gz").read_bytes()).decode("utf-8")
            self._load_features(d / "features.csv")
            self._load_countries(d / "countries.tsv")
            self._loaded = True
        return self

    def _load_features(self, path: Path) -> None:
        with open(path, encoding="utf-8", newline="") as f:
            for rec in csv.DictReader(row for row in f if not row.startswith("#")):
                entry = Entry(
                    id="mapapp:" + rec["id"],
                    name=rec["name"],
                    lat=float(rec["lat"]),
                    lon=float(rec["lon"]),
                    kind=rec["kind"],
                    country=rec["country"] or "",
                    population=int(rec["population"] or 0),
                    source=rec["source"],
                )
                if entry.kind not in KINDS:
                    raise ValueError(f"{path}: unknown kind {entry.kind!r} for {entry.name}")
                self._features[entry.id] = entry
                names = [(rec["name"], False)] + [
                    (a.strip(), True) for a in rec["aliases"].split("|") if a.strip()
                ]
                for name, alias in names:
                    key = normalize(name)
                    words = key.split()
                    for n in range(1, len(words)):
                        self._feature_prefixes.add(" ".join(words[:n]))
                    refs = self._feature_names.setdefault(key, [])
                    if all(r[0] != entry.id for r in refs):
                        refs.append((entry.id, alias))
                    if entry.kind == "country" and entry.country:
                        self._country_names.setdefault(key, entry.country)
                        self._country_names.setdefault(entry.country.casefold(), entry.country)

    def _load_countries(self, path: Path) -> None:
        """GeoNames countries the authored table lacks, marked at their capital."""
        authored = {
            e.country
            for e in self._features.values()
            if e.country and e.kind in ("country", "region")
        }
        for line in path.read_text(encoding="utf-8").splitlines():
            code, name, gid, lat, lon, pop = line.split("\t")
            key = normalize(name)
            self._country_names.setdefault(key, code)
            self._country_names.setdefault(code.casefold(), code)
            if code in authored or not lat:
                continue
            entry = Entry(
                id=f"geonames:{gid}",
                name=name,
                lat=float(lat),
                lon=float(lon),
                kind="country",
                country=code,
                population=int(pop or 0),
                source=f"GeoNames {gid} (marker at the capital)",
            )
            self._features[entry.id] = entry
            refs = self._feature_names.setdefault(key, [])
            refs.append((entry.id, False))
            words = key.split()
            for n in range(1, len(words)):
                self._feature_prefixes.add(" ".join(words[:n]))

    def _row(self, offset: int) -> Entry:
        entry = self._row_cache.get(offset)
        if entry is None:
            line = self._places[offset : self._places.index("\n", offset)]
            gid, name, lat, lon, cc, pop, kind = line.split("\t")
            entry = Entry(
                id=f"geonames:{gid}",
                name=name,
                lat=float(lat),
                lon=float(lon),
                kind=kind,
                country=cc,
                population=int(pop),
                source=f"GeoNames {gid}",
            )
            self._row_cache[offset] = entry
        return entry

    def _seek(self, probe: str) -> tuple[int, int]:
        """Start and end of the first line of the name index that is >= ``probe``."""
        text = self._names
        lo, hi = 0, len(text)
        while lo < hi:
            mid = (lo + hi) // 2
            start = text.rfind("\n", 0, mid) + 1
            end = text.find("\n", start)
            if end < 0:
                end = len(text)
            if text[start:end] < probe:
                lo = end + 1
            else:
                hi = start
        end = text.find("\n", lo)
        return lo, (len(text) if end < 0 else end)

    def _index_line(self, probe: str) -> str | None:
        start, end = self._seek(probe)
        if start < len(self._names) and self._names.startswith(probe, start):
            return self._names[start:end]
        return None

    # -- lookups --

    def has_key(self, key: str) -> bool:
        """True if some place is called by the normalised name ``key``."""
        self.load()
        if key in self._feature_names:
            return True
        return self._index_line(key + "\t") is not None

    def has_prefix(self, key: str) -> bool:
        """True if some name starts with ``key`` followed by a space (a longer name may follow)."""
        self.load()
        if key in self._feature_prefixes:
            return True
        return self._index_line(key + " ") is not None

    def candidates(self, name: str, *, key: str | None = None) -> list[Entry]:
        """Every place called ``name`` (exact name, accent- and case-insensitive), best first.

        The order is by :func:`score` without a bias; ``alias`` marks matches on
        an alternate name.
        """
        self.load()
        key = normalize(name) if key is None else key
        if not key:
            return []
        found: list[Entry] = []
        for fid, alias in self._feature_names.get(key, ()):
            found.append(replace(self._features[fid], alias=alias))
        probe = key + "\t"
        line = self._index_line(probe)
        if line is not None:
            for ref in line[len(probe) :].split(","):
                alias = ref.endswith("a")
                entry = self._row(int(ref[:-1] if alias else ref))
                found.append(replace(entry, alias=True) if alias else entry)
        found.sort(key=lambda e: -score(e))
        return found

    def country_code(self, name: str) -> str | None:
        """The ISO code of a country named ``name`` ("Belarus" -> "BY"), or None."""
        self.load()
        return self._country_names.get(normalize(name))

    def lookup(
        self,
        query: str,
        *,
        kinds: Iterable[str] | None = None,
        country_codes: Iterable[str] | str | None = None,
        bias: Box | Sequence[tuple[float, float]] | None = None,
    ) -> list[Entry]:
        """Places matching ``query``, best first.

        ``query`` may carry a country qualifier as page titles do:
        "Brest, Belarus" or "Brest (Belarus)". A qualifier that is not a
        known country makes the query fail rather than guess.
        """
        query = query.strip()
        cands = self.candidates(query)
        if not cands:
            cands = self._qualified(query)
        if kinds is not None:
            wanted = set(kinds)
            cands = [e for e in cands if e.kind in wanted]
        if country_codes is not None:
            codes = {country_codes} if isinstance(country_codes, str) else set(country_codes)
            codes = {c.upper() for c in codes}
            cands = [e for e in cands if e.country in codes]
        if bias is not None:
            box = as_box(bias)
            cands.sort(key=lambda e: -score(e, box))
        return cands

    def _qualified(self, query: str) -> list[Entry]:
        """Read a page-title style qualifier: "Brest, Belarus", "Fili (Moscow)", "X (1939)"."""
        m = _QUALIFIED.match(query)
        if not m:
            return []
        base = m.group("base")
        qualifier = (m.group("paren") or m.group("comma") or "").strip()
        if _YEARS.fullmatch(qualifier):
            return self.candidates(base)
        cc = self.country_code(qualifier)
        if cc is not None:
            return [e for e in self.candidates(base) if e.country == cc]
        around = self.candidates(qualifier)
        if around:
            ref = around[0]
            return [e for e in self.candidates(base) if distance_km(e, ref) <= 150.0]
        return []


@lru_cache(maxsize=1)
def default_index() -> PlaceIndex:
    """The shared index over the committed data (loaded on first lookup)."""
    return PlaceIndex()
