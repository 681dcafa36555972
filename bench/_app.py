"""The app as a user starts it: open the bundled sample and time what the user sees arrive.

Prints one line of seconds from MAPAPP_BENCH_T0: when the window showed the
map with every place (the launch figure), when the text was shown, when the
map had drawn the borders of the text's first date, and when the page said
it had painted the places; then the number of places.

"Showed" is checked on the window's own pixels, not taken from the page: a
frame the page has painted still travels through Chromium's compositor and
Qt's before it is on screen, and the first frame of a view that was hidden
takes longest. After the page's report, each frame Qt renders for the view is
grabbed, and the first in which the city dots are there (red at the centre of
each city's marker) counts.
"""

import os
import sys
import time

t0 = float(os.environ["MAPAPP_BENCH_T0"])

from mapapp.app import prepare_environment  # noqa: E402

prepare_environment()
from mapapp.ui.application import ensure_application, start_reader  # noqa: E402

app = ensure_application()
window = start_reader()  # as `mapapp` does it

import json  # noqa: E402 (after the launch, which is timed)

import shiboken6  # noqa: E402
from _cpu import tree_cpu_seconds  # noqa: E402 (bench/, this script's folder)
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtQuickWidgets import QQuickWidget  # noqa: E402

seen: dict[str, float] = {}
drawn_count: list[int] = []
frames: list[tuple[float, object]] = []  # (seconds, image) grabbed after the page's report
cities: list[tuple[float, float]] = []  # the city markers' centres in the view
answered: list[bool] = []  # True once the cities' points have come


def note(what: str) -> None:
    seen.setdefault(what, time.time() - t0)
    if {"shown", "text", "borders"} <= seen.keys():
        app.quit()


def grab() -> None:
    if "reported" in seen and "shown" not in seen:
        frames.append((time.time() - t0, tree_cpu_seconds(), window.map.grab().toImage()))
        judge()


def red(image, x: float, y: float) -> bool:
    c = image.pixelColor(round(x), round(y))
    return c.red() - max(c.green(), c.blue()) > 50


def judge() -> None:
    if "shown" in seen or not answered or not cities:
        return
    for at, cpu, image in frames:
        if sum(red(image, x, y) for x, y in cities) >= 0.9 * len(cities):
            seen["shown"] = at
            seen["cpu"] = cpu
            note("shown")
            return


def points(values) -> None:
    cities.extend((v["x"], v["y"]) for v in values or () if v)
    answered.append(True)
    judge()


def drawn(count: int) -> None:
    if "reported" in seen:
        return
    drawn_count.append(count)
    note("reported")
    grab()
    ask_for_cities()


def ask_for_cities() -> None:
    # The window may be given the article after the map has drawn its places:
    # the frames grabbed since wait for the cities' points.
    if window.article is None:
        QTimer.singleShot(5, ask_for_cities)
        return
    if drawn_count[0] != len(window.article.places):
        print(f"the map drew {drawn_count[0]} places, the article has {len(window.article.places)}", file=sys.stderr)
        app.exit(2)
        return
    # One call for all of them: a call per city would keep the page and the
    # GUI thread busy answering while the frame being timed is on its way.
    ids = json.dumps([place.id for place in window.article.places if place.kind == "city"])
    window.map.page().runJavaScript(
        f"JSON.stringify({ids}.map(function (id) {{ return window.mapapp.placePoint(id); }}))",
        0,
        lambda text: points(json.loads(text) if text else []),
    )


# Qt renders the view's frames through a QQuickWidget (the view's focus proxy).
delegate = shiboken6.wrapInstance(shiboken6.getCppPointer(window.map.focusProxy())[0], QQuickWidget)
delegate.quickWindow().afterRendering.connect(lambda: QTimer.singleShot(0, grab))
window.placesDrawn.connect(drawn)  # no event has run since the places were sent
window.articleShown.connect(lambda: note("text"))
window.map.bordersDrawn.connect(lambda iso, n: note("borders") if n else None)
app.exec()
print(f"{seen['shown']:.4f} {seen['text']:.4f} {seen['borders']:.4f} {seen['reported']:.4f} {seen['cpu']:.4f} {drawn_count[0]}")
window.dispose()
sys.exit(0)
