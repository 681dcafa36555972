"""The offline gazetteer: real GeoNames-derived index plus the authored table."""

from __future__ import annotations

import csv
import gzip
import socket
import time

import pytest
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from mapapp.core.gazetteer import (
    GAZETTEER_DIR,
    KINDS,
    Gazetteer,
    bias_box,
    default_gazetteer,
    normalize,
)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer().load()


def test_is_a_geopy_geocoder(gaz):
    assert isinstance(gaz, Geocoder)
    loc = gaz.geocode("Moscow")
    assert isinstance(loc, Location)
    assert loc.raw["id"] == "geonames:524901"
    assert loc.raw["kind"] == "city" and loc.raw["country"] == "RU"
    assert loc.raw["source"] == "GeoNames 524901"
    assert loc.raw["population"] > 10_000_000
    assert abs(loc.latitude - 55.75) < 0.1 and abs(loc.longitude - 37.62) < 0.1


def test_unknown_name_is_none(gaz):
    assert gaz.geocode("Qwxzzy") is None
    assert gaz.geocode("") is None
    assert gaz.geocode("Qwxzzy", exactly_one=False) is None


def test_never_uses_the_network(gaz, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the gazetteer opened a socket")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    fresh = Gazetteer()
    assert fresh.geocode("Wilno").raw["name"] == "Vilnius"


@pytest.mark.parametrize(
    ("old", "modern", "country"),
    [
        ("Vilna", "Vilnius", "LT"),
        ("Wilno", "Vilnius", "LT"),
        ("Reval", "Tallinn", "EE"),
        ("Königsberg", "Kaliningrad", "RU"),
        ("Koenigsberg", "Kaliningrad", "RU"),
        ("Danzig", "Gdańsk", "PL"),
        ("Memel", "Klaipėda", "LT"),
        ("Lemberg", "Lviv", "UA"),
        ("Lwów", "Lviv", "UA"),
        ("Brest-Litovsk", "Brest", "BY"),
        ("Leningrad", "Saint Petersburg", "RU"),
        ("Petrograd", "Saint Petersburg", "RU"),
        ("Stalingrad", "Volgograd", "RU"),
        ("Helsingfors", "Helsinki", "FI"),
        ("Kovno", "Kaunas", "LT"),
        ("Kharkov", "Kharkiv", "UA"),
        ("Breslau", "Wrocław", "PL"),
        ("Tiflis", "Tbilisi", "GE"),
        ("Viipuri", "Vyborg", "RU"),
        ("Czernowitz", "Chernivtsi", "UA"),
        ("Kishinev", "Chisinau", "MD"),
        ("Odessa", "Odesa", "UA"),  # not Odessa, Texas
        ("Hangö", "Hanko", "FI"),
        ("Sverdlovsk", "Yekaterinburg", "RU"),
    ],
)
def test_historical_names_resolve(gaz, old, modern, country):
    loc = gaz.geocode(old)
    assert loc is not None, old
    assert (loc.raw["name"], loc.raw["country"]) == (modern, country)
    assert loc.raw["alias"] is True


def test_terijoki_is_the_finnish_zelenogorsk(gaz):
    loc = gaz.geocode("Terijoki")
    assert loc.raw["name"] == "Zelenogorsk"
    assert abs(loc.latitude - 60.2) < 0.1 and abs(loc.longitude - 29.7) < 0.1


def test_homonyms_population_and_bias(gaz):
    brest = gaz.geocode("Brest")
    assert brest.raw["country"] == "BY" and abs(brest.latitude - 52.1) < 0.1
    assert gaz.geocode("Kazan").raw["country"] == "RU"
    both = gaz.geocode("Zelenogorsk", exactly_one=False)
    assert {round(loc.longitude) for loc in both} >= {30, 95}
    # Without a bias the larger Siberian town wins; near Leningrad and Helsinki, the Finnish one.
    assert round(gaz.geocode("Zelenogorsk").longitude) == 95
    near = gaz.geocode("Zelenogorsk", bias=[(59.94, 30.31), (60.17, 24.94), (59.44, 24.75)])
    assert round(near.longitude) == 30
    # a box works too: (min_lon, min_lat, max_lon, max_lat)
    assert round(gaz.geocode("Zelenogorsk", bias=(20.0, 55.0, 35.0, 65.0)).longitude) == 30
    # a bias towards France moves Brest west
    assert gaz.geocode("Brest", bias=(-5.0, 43.0, 8.0, 51.0)).raw["country"] == "FR"


def test_filters_and_qualifiers(gaz):
    assert gaz.geocode("Brest", country_codes="FR").raw["country"] == "FR"
    assert gaz.geocode("Brest, Belarus").raw["country"] == "BY"
    assert gaz.geocode("Brest (France)").raw["country"] == "FR"
    assert gaz.geocode("Fili (Moscow)").raw["country"] == "RU"
    assert gaz.geocode("Kingdom of Italy (1861–1946)").raw["id"] == "mapapp:italy"
    # a qualifier that is no place makes the query fail instead of guessing
    assert gaz.geocode("Carr, Edward Hallett") is None
    assert gaz.geocode("Moscow", kinds=["river"]) is None
    assert gaz.geocode("Volga", kinds={"river"}).raw["id"] == "mapapp:volga"


@pytest.mark.parametrize(
    ("name", "ident", "kind"),
    [
        ("Germany", "mapapp:germany", "country"),
        ("Soviet Union", "mapapp:soviet-union", "country"),
        ("USSR", "mapapp:soviet-union", "country"),
        ("Czechoslovakia", "mapapp:czechoslovakia", "country"),
        ("Yugoslavia", "mapapp:yugoslavia", "country"),
        ("Byelorussia", "mapapp:belarus", "region"),
        ("Karelian Isthmus", "mapapp:karelian-isthmus", "region"),
        ("Northern Bukovina", "mapapp:northern-bukovina", "region"),
        ("Bessarabia", "mapapp:bessarabia", "region"),
        ("East Prussia", "mapapp:east-prussia", "region"),
        ("the Rhineland", "mapapp:rhineland", "region"),
        ("Polish Corridor", "mapapp:polish-corridor", "region"),
        ("Baltic states", "mapapp:baltic-states", "region"),
        ("Niemen", "mapapp:neman", "river"),
        ("Western Bug", "mapapp:western-bug", "river"),
        ("Daugava", "mapapp:daugava", "river"),
        ("Dniester", "mapapp:dniester", "river"),
        ("Gulf of Finland", "mapapp:gulf-of-finland", "sea"),
        ("Black Sea", "mapapp:black-sea", "sea"),
    ],
)
def test_authored_features(gaz, name, ident, kind):
    loc = gaz.geocode(name)
    assert loc is not None, name
    assert (loc.raw["id"], loc.raw["kind"]) == (ident, kind)
    assert loc.raw["source"]


def test_countries_beyond_the_table_come_from_geonames(gaz):
    loc = gaz.geocode("Mexico")
    assert loc.raw["kind"] == "country" and loc.raw["country"] == "MX"
    assert loc.raw["source"].startswith("GeoNames")


def test_countries_outrank_homonymous_towns(gaz):
    # "Georgia" is also a village or two; the country (here a region of the USSR) comes first
    assert gaz.candidates("Poland")[0].id == "mapapp:poland"
    assert gaz.candidates("Georgia")[0].id == "mapapp:georgia"


def test_candidates_accent_and_case_insensitive(gaz):
    a = [e.id for e in gaz.candidates("GDANSK")]
    b = [e.id for e in gaz.candidates("Gdańsk")]
    assert a == b and a[0] == "geonames:3099434"
    assert normalize("Brześć-Litewski") == "brzesc litewski"
    assert normalize("St. Petersburg") == "st petersburg"
    assert gaz.geocode("St. Petersburg").raw["name"] == "Saint Petersburg"


def test_reverse_is_not_offered(gaz):
    with pytest.raises(NotImplementedError):
        gaz.reverse((52.0, 21.0))


def test_bias_box_ignores_outliers():
    pts = [(52.2, 21.0), (52.5, 13.4), (55.75, 37.6), (59.4, 24.7), (54.9, 23.9)] * 3
    pts.append((38.9, -77.0))  # Washington
    box = bias_box(pts, margin=0)
    assert box[0] > 0  # min lon still in Europe


# --- the data -----------------------------------------------------------------------


def test_feature_table_is_well_formed():
    with open(GAZETTEER_DIR / "features.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(r for r in f if not r.startswith("#")))
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert r["kind"] in KINDS, r
        assert -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180, r
        assert r["source"].strip(), r


def test_index_is_compact_and_has_no_junk():
    sizes = sum((GAZETTEER_DIR / f).stat().st_size for f in ("places.tsv.gz", "names.tsv.gz"))
    assert sizes < 5_000_000
    names = gzip.decompress((GAZETTEER_DIR / "names.tsv.gz").read_bytes()).decode("utf-8")
    keys = [line.split("\t", 1)[0] for line in names.splitlines()]
    assert keys == sorted(keys)
    # Latin script only (a few main names keep letters such as "ə")
    assert sum(not k.isascii() for k in keys) < len(keys) / 200
    assert "vno" not in keys  # Vilnius' airport code
    assert "wilno" in keys


def test_attribution_credits_geonames():
    text = (GAZETTEER_DIR / "ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "GeoNames" in text and "CC BY 4.0" in text


def test_loads_fast():
    best = min(_timed_load() for _ in range(3))
    assert best < 0.25, f"loading took {best * 1000:.0f} ms"  # ~65 ms here; slack for CI


def _timed_load() -> float:
    g = Gazetteer()
    t = time.perf_counter()
    g.load()
    return time.perf_counter() - t
