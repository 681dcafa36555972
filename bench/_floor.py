"""The floor: a bare QWebEngineView that loads an empty Leaflet page from local files.

Prints the seconds from MAPAPP_BENCH_T0 (set by the parent just before it
started this process) until the Leaflet map exists in the page.
"""

import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication
from xstatic.pkg import leaflet

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="{base}/leaflet.css"><script src="{base}/leaflet.js"></script>
<style>html,body,#map{{height:100%;margin:0}}</style></head>
<body><div id="map"></div><script>
window.map = L.map('map').setView([52, 20], 4);
</script></body></html>"""


def main() -> None:
    t0 = float(os.environ["MAPAPP_BENCH_T0"])
    app = QApplication(sys.argv[:1])
    base = Path(leaflet.BASE_DIR).as_uri()
    page = Path(tempfile.mkdtemp()) / "empty.html"
    page.write_text(PAGE.format(base=base))
    view = QWebEngineView()
    view.resize(1500, 900)
    view.show()

    def loaded(ok: bool) -> None:
        view.page().runJavaScript("!!(window.map && window.map._loaded)", 0, finished)

    def finished(ready) -> None:
        elapsed = time.time() - t0
        print(f"{elapsed:.4f}" if ready else "nan")
        app.quit()

    view.loadFinished.connect(loaded)
    view.load(QUrl.fromLocalFile(str(page)))
    app.exec()
    view.deleteLater()


main()
