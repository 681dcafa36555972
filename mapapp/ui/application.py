"""Creating the QApplication the way QtWebEngine needs it, and running the reader."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

APP_NAME = "mapapp"
log = logging.getLogger(__name__)


def ensure_application(*, headless: bool = False) -> QApplication:
    """The process's QApplication, created on first use with the map's URL scheme registered.

    ``headless`` picks the offscreen platform when no display is set, for
    commands such as ``mapapp snapshot`` that never show a window.
    """
    existing = QApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    if headless:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # A command's stderr is for its own one-line errors, not for Qt's and
        # Chromium's notes about missing GPUs and D-Bus (MAPAPP_LOG=debug keeps them).
        if os.environ.get("MAPAPP_LOG", "").lower() != "debug":
            os.environ.setdefault("QT_LOGGING_RULES", "*.warning=false;*.info=false")
            flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
            if "--log-level" not in flags:
                os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = f"{flags} --log-level=3".strip()
    from mapapp.ui.mapview import register_schemes

    register_schemes()
    # WebEngine shares GL contexts between views; Qt wants this before the app exists.
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName("mapapp")
    return app


def run_gui(path: str | None = None, *, page: str | None = None) -> int:
    logging.basicConfig(level=os.environ.get("MAPAPP_LOG", "WARNING").upper())
    if not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
        or sys.platform in ("win32", "darwin")
    ):
        print(
            "mapapp: no display found (DISPLAY is not set); run it on a desktop, "
            "or set QT_QPA_PLATFORM=offscreen for a headless run",
            file=sys.stderr,
        )
        return 2
    app = ensure_application()
    window = start_reader(path, page=page)
    code = app.exec()
    window.dispose()
    return code


def start_reader(path: str | None = None, *, page: str | None = None, settings=None):
    """Show the reader window on ``path`` (default: the bundled sample); return the window.

    The order saves most of a launch: the map view is made first, so that
    Chromium starts and loads the page at once; meanwhile a worker thread
    imports the rest of the window's code and opens the article (Python work
    that holds the interpreter, but not the GUI thread's event loop, which
    Chromium needs); then the window is built around the loading map.
    """
    import threading

    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QWidget

    from mapapp.core.documents import sample_path
    from mapapp.ui.mapview import MapView

    app = ensure_application()
    path = path or str(sample_path())
    # A parent it leaves for the window: a top-level web view would set up a
    # native surface of its own first.
    holder = QWidget()
    view = MapView(holder)
    imported, opened_event = threading.Event(), threading.Event()
    opened: list = []

    def prepare() -> None:
        try:
            from mapapp.ui import mainwindow

            mainwindow.warm_up()
            imported.set()
            if page is None:
                opened.append(mainwindow.open_for_reading(path, None))
        except Exception:  # noqa: BLE001 - the window opens the file again and reports it
            log.debug("opening %s ahead of the window failed", path, exc_info=True)
        finally:
            imported.set()
            opened_event.set()

    def pump_until(event: threading.Event) -> None:
        while not event.is_set():
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
            event.wait(0.002)

    threading.Thread(target=prepare, name="mapapp-start", daemon=True).start()
    pump_until(imported)
    from mapapp.ui.mainwindow import MainWindow

    window = MainWindow(settings, map_view=view)
    holder.deleteLater()
    window.show()
    pump_until(opened_event)
    if opened:
        window.show_opened(path, *opened[0])
    else:
        window.open_path(path, page=page)
    return window
