"""Base map benchmark: how long the map page takes to draw its base map at start-up.

Each run is a fresh process holding a bare ``MapView`` (1000x800, shown,
offscreen). Once the view says ``ready`` the page's performance marks are read:
``mapapp-init`` (start of ``mapapp.init``) and ``mapapp-base-drawn`` (when
``drawBase()`` has returned; the land, water and graticule are on their
canvases). The median and 90th percentile of init -> base-drawn are printed,
and, for the page's size and parse time, navigation start -> init.

As in bench/launch.py, the runs share a cache directory filled by an earlier,
untimed run (the page and its data are built once, as for a returning user).

    .venv/bin/python bench/basemap.py [--runs 15]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _child import run_fresh  # noqa: E402
from _stats import percentile  # noqa: E402

INIT, BASE = "mapapp-init", "mapapp-base-drawn"
MARKS_JS = (
    "JSON.stringify(performance.getEntriesByType('mark')"
    ".map(function (m) { return [m.name, m.startTime]; }))"
)


def one() -> None:
    """In the child process: open the page, print its marks as JSON ({name: ms since navigation})."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from mapapp.app import prepare_environment

    prepare_environment()
    from mapapp.ui.application import ensure_application
    from mapapp.ui.mapview import MapView, delete_view
    from mapapp.ui.waiting import run_until

    app = ensure_application()
    view = MapView()
    view.resize(1000, 800)
    view.show()
    ready: list[bool] = []
    view.ready.connect(lambda: ready.append(True))
    if not run_until(lambda: ready, 60_000):
        raise SystemExit("the map page never said ready")
    # "ready" goes out in the task that draws the base map: a script run after
    # it finds drawBase() done.
    marks: list[str] = []
    view.page().runJavaScript(MARKS_JS, 0, marks.append)
    if not run_until(lambda: marks, 10_000):
        raise SystemExit("the marks could not be read")
    errors = list(view.js_errors)
    delete_view(view)
    app.processEvents()
    if errors:
        raise SystemExit(f"JS errors: {errors}")
    print(json.dumps(dict(json.loads(marks[0]))))


def run_child(cache: str) -> dict[str, float]:
    out = run_fresh([__file__, "--one"], cache)
    lines = out.stdout.strip().splitlines()
    if out.returncode != 0 or not lines:
        raise SystemExit(f"a run failed: {out.stderr.strip()[-2000:]}")
    marks = json.loads(lines[-1])
    missing = {INIT, BASE} - set(marks)
    if missing:
        raise SystemExit(f"the page set no {sorted(missing)} mark (marks: {sorted(marks)})")
    return marks


def describe(name: str, values: list[float]) -> str:
    return (
        f"{name}: median {statistics.median(values):.1f} ms  p90 {percentile(values, 90):.1f} ms  "
        f"runs {[round(v, 1) for v in values]}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        one()
        return
    cache = tempfile.mkdtemp(prefix="mapapp-bench-cache-")
    run_child(cache)  # fills the caches (and the OS's file cache)
    base, nav = [], []
    for _ in range(args.runs):
        marks = run_child(cache)
        base.append(marks[BASE] - marks[INIT])
        nav.append(marks[INIT])
    print(f"{args.runs} fresh processes, MapView 1000x800")
    print(describe("init -> base drawn      ", base))
    print(describe("navigation start -> init", nav))


if __name__ == "__main__":
    main()
