"""An offline gazetteer: GeoNames places plus an authored table, as a geopy geocoder.

:class:`Gazetteer` is a :class:`geopy.geocoders.base.Geocoder`, so online
services plug in the same way; it never goes online itself. The data and the
name lookups live in :mod:`mapapp.core.geoparse_index` (re-exported here).

>>> gaz = default_gazetteer()
>>> gaz.geocode("Wilno").address
'Vilnius, LT'
>>> [e.country for e in gaz.candidates("Brest")][:2]
['BY', 'FR']
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from geopy.adapters import BaseSyncAdapter
from geopy.exc import GeocoderServiceError
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from mapapp.core.geoparse_index import (
    GAZETTEER_DIR,
    KINDS,
    Box,
    Entry,
    PlaceIndex,
    as_box,
    bias_box,
    box_distance_km,
    default_index,
    distance_km,
    normalize,
    score,
)

__all__ = [
    "GAZETTEER_DIR",
    "KINDS",
    "Box",
    "Entry",
    "Gazetteer",
    "PlaceIndex",
    "as_box",
    "bias_box",
    "box_distance_km",
    "default_gazetteer",
    "distance_km",
    "normalize",
    "score",
]


class _OfflineAdapter(BaseSyncAdapter):
    """A geopy adapter that refuses every request: this geocoder never goes online."""

    def __init__(self, *, proxies=None, ssl_context=None):
        super().__init__(proxies=proxies, ssl_context=ssl_context)

    def get_json(self, url, *, timeout, headers):
        raise GeocoderServiceError(f"offline gazetteer: no network access ({url})")

    def get_text(self, url, *, timeout, headers):
        raise GeocoderServiceError(f"offline gazetteer: no network access ({url})")


class Gazetteer(Geocoder):
    """An offline geocoder over GeoNames places and the authored feature table.

    Parameters
    ----------
    directory
        Where the data files live (see :mod:`mapapp.core.geoparse_index`).
    index
        An index to share instead (its data is then loaded once for both).

    Besides geopy's ``geocode`` it offers the index's lookups: ``candidates``
    (exact name, accent- and case-insensitive, best first), ``lookup`` (with
    kinds, countries, a bias and "Brest, Belarus" qualifiers), ``has_key``,
    ``has_prefix`` and ``country_code``.

    >>> gaz = Gazetteer()
    >>> loc = gaz.geocode("Terijoki")
    >>> loc.address, round(loc.latitude, 1), round(loc.longitude, 1), loc.raw["kind"]
    ('Zelenogorsk, RU', 60.2, 29.7, 'city')
    """

    def __init__(
        self, directory: Path | str = GAZETTEER_DIR, *, index: PlaceIndex | None = None
    ) -> None:
        super().__init__(adapter_factory=_OfflineAdapter)
        self.index = index if index is not None else PlaceIndex(directory)

    # -- the index's lookups --

    def load(self) -> Gazetteer:
        """Read the data files now (otherwise done on the first lookup)."""
        self.index.load()
        return self

    def has_key(self, key: str) -> bool:
        return self.index.has_key(key)

    def has_prefix(self, key: str) -> bool:
        return self.index.has_prefix(key)

    def candidates(self, name: str, *, key: str | None = None) -> list[Entry]:
        return self.index.candidates(name, key=key)

    def country_code(self, name: str) -> str | None:
        return self.index.country_code(name)

    def lookup(
        self,
        query: str,
        *,
        kinds: Iterable[str] | None = None,
        country_codes: Iterable[str] | str | None = None,
        bias: Box | Sequence[tuple[float, float]] | None = None,
    ) -> list[Entry]:
        return self.index.lookup(query, kinds=kinds, country_codes=country_codes, bias=bias)

    # -- geopy interface --

    @staticmethod
    def to_location(entry: Entry) -> Location:
        """``entry`` as a geopy Location; ``raw`` has id, name, kind, country, population, source."""
        address = f"{entry.name}, {entry.country}" if entry.country else entry.name
        raw = {
            "id": entry.id,
            "name": entry.name,
            "kind": entry.kind,
            "country": entry.country,
            "population": entry.population,
            "source": entry.source,
            "alias": entry.alias,
        }
        return Location(address, (entry.lat, entry.lon), raw)

    def geocode(
        self,
        query: str,
        exactly_one: bool = True,
        *,
        kinds: Iterable[str] | None = None,
        country_codes: Iterable[str] | str | None = None,
        bias: Box | Sequence[tuple[float, float]] | None = None,
        limit: int | None = None,
        timeout: object = None,
    ) -> Location | list[Location] | None:
        """Resolve a place name offline (geopy's ``geocode``).

        Returns the best :class:`geopy.location.Location` (or all of them, best
        first, with ``exactly_one=False``), or None. ``raw`` holds id, kind,
        country, population and source. ``timeout`` is accepted for geopy's
        callers (``RateLimiter``) and ignored: nothing here waits on a network.
        """
        found = self.lookup(query, kinds=kinds, country_codes=country_codes, bias=bias)
        if not found:
            return None
        if exactly_one:
            return self.to_location(found[0])
        if limit is not None:
            found = found[:limit]
        return [self.to_location(e) for e in found]

    def reverse(self, query, *, exactly_one: bool = True, **kwargs):
        raise NotImplementedError("the offline gazetteer does not reverse-geocode")


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The shared gazetteer over the committed data, sharing :func:`default_index`."""
    return Gazetteer(index=default_index())
