"""The app as a user starts it: open the bundled sample and time what the user sees arrive.

Prints one line of seconds from MAPAPP_BENCH_T0: when the map had drawn every
place (the launch figure), when the text was shown, and when the map had drawn
the borders of the text's first date; then the number of places.
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
seen: dict[str, float] = {}
drawn_count: list[int] = []


def note(what: str) -> None:
    seen.setdefault(what, time.time() - t0)
    if len(seen) == 3:
        app.quit()


def drawn(count: int) -> None:
    if window.article is not None and count == len(window.article.places):
        drawn_count.append(count)
        note("places")


window.placesDrawn.connect(drawn)  # no event has run since the places were sent
window.articleShown.connect(lambda: note("text"))
window.map.bordersDrawn.connect(lambda iso, n: note("borders") if n else None)
app.exec()
print(f"{seen['places']:.4f} {seen['text']:.4f} {seen['borders']:.4f} {drawn_count[0]}")
window.dispose()
sys.exit(0)
