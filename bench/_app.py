"""The app as a user starts it: open the bundled sample, stop when the map has drawn every place.

Prints the seconds from MAPAPP_BENCH_T0 until then, and the number of places.
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


def drawn(count: int) -> None:
    expected = len(window.article.places) if window.article else -1
    if count == expected:
        print(f"{time.time() - t0:.4f} {count}")
        app.quit()


window.placesDrawn.connect(drawn)  # no event has run since the places were sent
app.exec()
window.dispose()
sys.exit(0)
