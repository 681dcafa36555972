"""Transition benchmark: frame times inside the map page while the date changes.

A MapView (offscreen, 1400x900) shows the sample's places, fitted, on
1939-08-31; then the date moves to 1939-10-01, 1940-03-13, 1940-08-10 and
1941-09-09, each an animated transition. During each one the page records its
requestAnimationFrame deltas (``mapapp.frameProbe``); they are fetched as JSON
and the median and 95th percentile are printed. Goal (issue 4): p95 <= 33 ms.

    .venv/bin/python bench/transition.py [--runs 1] [--frames DIR]

``--frames DIR`` also saves PNGs of the view mid-transition and at the end
(grabbing a frame costs the page frames: time without it). The page's own
figures are printed too: how long the date change took in JS ("apply") and
the canvas repaints of the fading layers.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _stats import percentile  # noqa: E402 (after the environment is set)

START = "1939-08-31"
TARGETS = ("1939-10-01", "1940-03-13", "1940-08-10", "1941-09-09")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=1, help="times through the four transitions")
    parser.add_argument("--frames", type=Path, default=None, help="save PNG frames here")
    parser.add_argument("--verbose", action="store_true", help="print every frame's delta")
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication, Qt

    from mapapp.app import prepare_environment
    from mapapp.ui.waiting import pause, run_until

    prepare_environment()
    from mapapp.ui.webengine import register_schemes

    if QCoreApplication.instance() is None:
        register_schemes()
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    from mapapp.core.article import open_article
    from mapapp.core.documents import sample_path
    from mapapp.map.payload import place_payload
    from mapapp.ui.application import ensure_application
    from mapapp.ui.mapview import MapView, delete_view

    app = ensure_application()

    def wait(condition, timeout_s: float = 30.0, what: str = "condition") -> None:
        if not run_until(condition, int(timeout_s * 1000), interval_ms=5):
            raise SystemExit(f"timed out waiting for {what}")

    def query(view: MapView, fn: str, *a: Any) -> Any:
        box: list[Any] = []
        view.query_json(fn, *a, callback=box.append)
        wait(lambda: bool(box), 10, fn)
        return box[0]


    article = open_article(str(sample_path()))
    places = place_payload(article.places, article.reading)

    view = MapView()
    view.resize(1400, 900)
    view.show()
    wait(lambda: view.is_ready, 60, "the map page")
    drawn: list[Any] = []
    view.placesDrawn.connect(drawn.append)
    view.bordersDrawn.connect(lambda iso, n: drawn.append(iso))
    view.set_places(places)
    view.fit_places()
    view.set_date(START, animate=False)
    wait(lambda: START in drawn, 60, "the first borders")
    pause(2500)  # the detailed land and the wider canvas (prefetched after ready) are in
    zoom = json.loads(query(view, "getView"))["zoom"] if isinstance(query(view, "getView"), str) else None
    print(f"view 1400x900, {len(places)} places, zoom {zoom}, start {START}")

    # The floor: the same page doing nothing (what the machine gives an idle page).
    query(view, "frameProbe", True)
    pause(1500)
    idle = [float(x) for x in query(view, "frameProbe", False)["deltas"]]
    print(f"idle page: {len(idle)} frames, median {statistics.median(idle):.1f} ms, p95 {percentile(idle, 95):.1f} ms")

    all_deltas: list[float] = []
    all_fading: list[float] = []
    for run in range(args.runs):
        if run:
            view.set_date(START, animate=False)
            pause(500)
        for iso in TARGETS:
            query(view, "frameProbe", True)
            t0 = time.monotonic()
            view.set_date(iso)
            # No polling while it runs (each query is work for the page and the GUI thread).
            if args.frames:
                pause(350)
                args.frames.mkdir(parents=True, exist_ok=True)
                view.grab().save(str(args.frames / f"{iso}-mid.png"))
            pause(1800)
            while query(view, "bordersStatus")["animating"]:
                pause(100)
                if time.monotonic() - t0 > 5:
                    raise SystemExit(f"the transition to {iso} did not end")
            probe = query(view, "frameProbe", False)
            deltas = [float(x) for x in probe["deltas"]]
            fading = [float(x) for x in probe["fading"]]
            all_fading += fading
            if args.verbose:
                print("  deltas:", " ".join(f"{d:.0f}" for d in deltas))
            status = query(view, "bordersStatus")
            tr = status.get("transition") or {}
            if args.frames:
                pause(150)
                view.grab().save(str(args.frames / f"{iso}-end.png"))
            all_deltas += deltas
            print(
                f"{START if iso == TARGETS[0] else '':>10} -> {iso}: {len(deltas):3d} frames, "
                f"median {statistics.median(deltas):5.1f} ms, p95 {percentile(deltas, 95):5.1f} ms, "
                f"max {max(deltas):5.1f} ms  (faded in {tr.get('fadeIn')}, out {tr.get('fadeOut')}, "
                f"swapped {tr.get('swapped')}, changed hands {len(tr.get('changed') or [])}, "
                f"apply {status.get('applyMs', 0):.0f} ms)"
            )
            print(f"{'':14}while fading: {len(fading)} frames, median {statistics.median(fading):.1f} ms, "
                  f"p95 {percentile(fading, 95):.1f} ms")
            paint = tr.get("paintMs") or []
            if paint:
                print(f"{'':14}canvas repaints while fading: {len(paint)}, median {statistics.median(paint):.1f} ms, "
                      f"p95 {percentile(paint, 95):.1f} ms")
    print(f"while fading: {len(all_fading)} frames, median {statistics.median(all_fading):.1f} ms, "
          f"p95 {percentile(all_fading, 95):.1f} ms")
    p95 = percentile(all_deltas, 95)
    print(f"all transitions: {len(all_deltas)} frames, median {statistics.median(all_deltas):.1f} ms, "
          f"p95 {p95:.1f} ms (goal <= 33) {'OK' if p95 <= 33 else 'OVER'}")
    errors = list(view.js_errors)
    delete_view(view)
    app.processEvents()
    if errors:
        raise SystemExit(f"JS errors: {errors}")


if __name__ == "__main__":
    main()
