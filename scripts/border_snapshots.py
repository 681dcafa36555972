"""Snapshots of the borders on the dates the sample narrates, for docs/ and the issue.

    .venv/bin/python scripts/border_snapshots.py [--out docs] [--size 1400x1000] [--date 1939-09-01 ...]

Runs offscreen (no display needed). Each image is the map framed on Eastern
Europe with the borders of its date, the date box and the legend, written to
``<out>/borders-<date>.png``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from mapapp.app import prepare_environment  # noqa: E402

prepare_environment()

from PySide6.QtCore import QSize  # noqa: E402

from mapapp.core.atomic import write_atomic  # noqa: E402
from mapapp.ui.application import ensure_application  # noqa: E402
from mapapp.ui.snapshot import render_map_image  # noqa: E402

DATES = ("1939-09-01", "1939-10-01", "1940-03-13", "1940-08-10", "1941-09-09")
# Eastern Europe from the Rhine to Moscow, Lapland to the Black Sea.
VIEW = (54.0, 24.5, 5)
ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=str(ROOT / "docs"))
    parser.add_argument("--size", default="1400x1000")
    parser.add_argument("--date", action="append", help="a date (YYYY-MM-DD); repeatable; default: the five of the issue")
    parser.add_argument("--view", default=None, help=f"lat,lon,zoom (default {','.join(map(str, VIEW))})")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    view = VIEW
    if args.view:
        lat, lon, zoom = args.view.split(",")
        view = (float(lat), float(lon), int(zoom))
    ensure_application()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for date in args.date or DATES:
        image = render_map_image([], size=QSize(width, height), view=view, fit=False, date=date, timeout_ms=60_000)
        target = out / f"borders-{date}.png"
        write_atomic(target, lambda tmp, image=image: image.save(str(tmp), "PNG"))
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
