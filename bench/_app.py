"""The app as a user starts it: open the bundled sample, stop when the map has drawn every place.

Prints the seconds from MAPAPP_BENCH_T0 until then, and the number of places.
"""

import os
import sys
import time

t0 = float(os.environ["MAPAPP_BENCH_T0"])

from mapapp.app import prepare_environment  # noqa: E402

prepare_environment()
from mapapp.core.documents import sample_path  # noqa: E402
from mapapp.ui.application import ensure_application  # noqa: E402
from mapapp.ui.mainwindow import MainWindow  # noqa: E402

app = ensure_application()
window = MainWindow()
window.show()


def drawn(count: int) -> None:
    expected = len(window.article.places) if window.article else -1
    if count == expected:
        print(f"{time.time() - t0:.4f} {count}")
        app.quit()


window.placesDrawn.connect(drawn)
window.open_path(str(sample_path()))
app.exec()
window.dispose()
sys.exit(0)
