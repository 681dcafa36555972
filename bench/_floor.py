"""The floor: a bare QWebEngineView that loads an empty Leaflet page from local files.

Prints the seconds from MAPAPP_BENCH_T0 (set by the parent just before it
started this process) until the Leaflet map exists in the page and is on the
screen; then the seconds until it existed. "On the screen" is checked as for
the app (bench/_app.py): on the pixels of the frames Qt renders for the view,
here the grey of Leaflet's empty map.
"""

import os
import sys
import tempfile
import time
from pathlib import Path

import shiboken6
from _cpu import tree_cpu_seconds  # bench/, this script's folder
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtQuickWidgets import QQuickWidget
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication
from xstatic.pkg import leaflet

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="{base}/leaflet.css"><script src="{base}/leaflet.js"></script>
<style>html,body,#map{{height:100%;margin:0}}</style></head>
<body><div id="map"></div><script>
window.map = L.map('map').setView([52, 20], 4);
</script></body></html>"""
LEAFLET_GREY = "#dddddd"  # .leaflet-container's background


def main() -> None:
    t0 = float(os.environ["MAPAPP_BENCH_T0"])
    app = QApplication(sys.argv[:1])
    base = Path(leaflet.BASE_DIR).as_uri()
    page = Path(tempfile.mkdtemp()) / "empty.html"
    page.write_text(PAGE.format(base=base))
    view = QWebEngineView()
    view.resize(1500, 900)
    view.show()
    seen: dict[str, float] = {}

    def loaded(ok: bool) -> None:
        view.page().runJavaScript("!!(window.map && window.map._loaded)", 0, ready)

    def ready(value) -> None:
        if value:
            seen["ready"] = time.time() - t0
            look()

    def look() -> None:
        if "ready" not in seen or "shown" in seen:
            return
        image = view.grab().toImage()
        if image.pixelColor(image.width() // 2, image.height() // 2).name() == LEAFLET_GREY:
            seen["shown"] = time.time() - t0
            print(f"{seen['shown']:.4f} {seen['ready']:.4f} {tree_cpu_seconds():.4f}")
            app.quit()

    view.loadFinished.connect(loaded)
    view.load(QUrl.fromLocalFile(str(page)))
    # Qt renders the view's frames through a QQuickWidget, made with the page.
    delegate = shiboken6.wrapInstance(shiboken6.getCppPointer(view.focusProxy())[0], QQuickWidget)
    delegate.quickWindow().afterRendering.connect(lambda: QTimer.singleShot(0, look))
    app.exec()
    view.deleteLater()


main()
