"""Headless commands: ``mapapp places FILE`` and ``mapapp snapshot FILE``.

Errors the user can fix (a bad file, a bad size) print one line on stderr and
exit with status 2; nothing prints a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence

from mapapp.core.errors import MapappError

EXIT_USAGE = 2
COMMANDS = ("places", "snapshot", "borders", "timeline", "prepare")


class UsageError(MapappError):
    pass


def parse_size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text)
    if not match:
        raise UsageError(f"size {text!r} is not WIDTHxHEIGHT, e.g. 1600x1000")
    width, height = int(match[1]), int(match[2])
    if not (64 <= width <= 8000 and 64 <= height <= 8000):
        raise UsageError(f"size {width}x{height} is outside 64..8000 pixels per side")
    return width, height


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mapapp", description="Headless mapapp commands.")
    sub = parser.add_subparsers(dest="command", required=True)
    places = sub.add_parser("places", help="list the places a document mentions")
    places.add_argument("file")
    places.add_argument("--json", action="store_true", help="print JSON instead of a table")
    places.add_argument("--page", help="page title, for a MediaWiki export with several pages")
    snap = sub.add_parser("snapshot", help="write a PNG of the document's map")
    snap.add_argument("file")
    snap.add_argument("--out", required=True, help="PNG file to write")
    snap.add_argument("--size", default="1600x1000", help="WIDTHxHEIGHT in pixels")
    snap.add_argument("--page", help="page title, for a MediaWiki export with several pages")
    snap.add_argument("--date", help="draw the borders of this day (YYYY-MM-DD)")
    borders = sub.add_parser("borders", help="the borders, spheres and fronts valid on a date")
    borders.add_argument("--date", required=True, help="YYYY-MM-DD")
    borders.add_argument("--json", action="store_true", help="print GeoJSON instead of a table")
    borders.add_argument("--at", metavar="LAT,LON", help="only what holds this point")
    timeline = sub.add_parser("timeline", help="the dates the text narrates, and its dated passages")
    timeline.add_argument("file")
    timeline.add_argument("--json", action="store_true", help="print JSON instead of a list")
    timeline.add_argument("--page", help="page title, for a MediaWiki export with several pages")
    sub.add_parser(
        "prepare",
        help="build the caches the app reads at launch (the map's data, the sample), "
        "so that the first start is as quick as the next ones",
    )
    return parser


def cmd_prepare(args: argparse.Namespace) -> int:
    import time

    from mapapp.core.article import open_article
    from mapapp.core.documents import sample_path
    from mapapp.map.assets import (
        PAGE_PATH,
        basemap_js,
        border_change_dates,
        borders_js,
        land_js,
        resolve_asset,
    )

    started = time.perf_counter()
    for make in (basemap_js, land_js, borders_js, border_change_dates):
        make()
    resolve_asset(PAGE_PATH)
    open_article(sample_path())
    print(f"mapapp: caches ready ({time.perf_counter() - started:.1f} s)")
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    from mapapp.core.article import open_article
    from mapapp.core.timeline import extract_timeline, to_json

    article = open_article(args.file, page=args.page)
    timeline = extract_timeline(article.reading)
    if args.json:
        json.dump(to_json(timeline), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    for event in timeline.events:
        print(f"{event.date.isoformat()}  {event.label}")
    return 0


def parse_date(text: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"date {text!r} is not YYYY-MM-DD, e.g. 1939-09-17") from None


def parse_point(text: str) -> tuple[float, float]:
    try:
        lat, lon = (float(v) for v in text.split(","))
    except ValueError:
        raise UsageError(f"point {text!r} is not LAT,LON, e.g. 52.23,21.01") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise UsageError(f"point {text!r} is outside the globe")
    return lat, lon


def cmd_borders(args: argparse.Namespace) -> int:
    from mapapp.core.borders import load_borders, to_geojson

    day = parse_date(args.date)
    borders = load_borders()
    if not borders.first_day <= day <= borders.last_day:
        raise UsageError(
            f"{day} is outside the dataset ({borders.first_day} to {borders.last_day})"
        )
    state = borders.on(day)
    collection = to_geojson(state)
    if args.at:
        lat, lon = parse_point(args.at)
        held = [borders.territory_at(lon, lat, day), borders.sphere_at(lon, lat, day)]
        held += borders.fronts_at(lon, lat, day)
        ids = {f.id for f in held if f is not None}
        collection["features"] = [f for f in collection["features"] if f["properties"].get("id") in ids]
    if args.json:
        json.dump(collection, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    for feature in collection["features"]:
        p = feature["properties"]
        who = p.get("controller") or p.get("sphere_of") or p.get("war") or ""
        print(f"{p['kind']:<9} {p.get('name', ''):<40} {who:<16} {p.get('status', ''):<12} {p['start']} – {p['end']}")
    return 0


def places_json(article) -> list[dict]:
    return [
        {
            "id": place.id,
            "name": place.name,
            "lat": round(place.lat, 5),
            "lon": round(place.lon, 5),
            "kind": place.kind,
            "source": place.source,
            "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in place.mentions],
        }
        for place in article.places
    ]


def cmd_places(args: argparse.Namespace) -> int:
    from mapapp.core.article import open_article

    article = open_article(args.file, page=args.page)
    if args.json:
        json.dump(places_json(article), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    width = max((len(p.name) for p in article.places), default=4)
    for place in article.places:
        print(
            f"{place.name:<{width}}  {place.kind:<7} {place.lat:8.3f} {place.lon:8.3f}"
            f"  {len(place.mentions):3d} mention(s)"
        )
    return 0


def cmd_snapshot(args: argparse.Namespace) -> int:
    from mapapp.core.article import open_article

    width, height = parse_size(args.size)
    date = parse_date(args.date).isoformat() if args.date else None
    article = open_article(args.file, page=args.page)
    # Qt only now: the places command must work without a display stack.
    from mapapp.ui.export import export_snapshot_headless

    export_snapshot_headless(article, args.out, width, height, date=date)
    print(f"wrote {args.out} ({width}x{height}, {len(article.places)} places)")
    return 0


def main(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(list(argv))
    try:
        commands = {
            "places": cmd_places,
            "snapshot": cmd_snapshot,
            "borders": cmd_borders,
            "timeline": cmd_timeline,
            "prepare": cmd_prepare,
        }
        return commands[args.command](args)
    except BrokenPipeError:
        # The reader went away (``mapapp places … | head``): not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except MapappError as err:
        print(f"mapapp: {err}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as err:
        print(f"mapapp: {err.strerror or err}: {err.filename or ''}".rstrip(": "), file=sys.stderr)
        return EXIT_USAGE
