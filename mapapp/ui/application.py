"""Creating the QApplication the way QtWebEngine needs it, and running the reader."""

from __future__ import annotations

import logging
import os
import sys

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

    # Before the app exists, as QtWebEngine wants. Imported before it too, so
    # QtWebEngine sets up its shared GL context itself (Qt.AA_ShareOpenGLContexts
    # is only for QtWebEngine loaded after the app; it would also cost the Qt
    # namespace's ~100 enums, made at once, on the launch path).
    register_schemes()
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

    The order saves most of a launch. Python work holds the interpreter, and
    until the map view exists only Python runs; once it exists Chromium starts
    and loads the page in its own processes. So the map view comes first, with
    as little imported before it as can be; meanwhile a worker thread imports
    the rest of the window's code and opens the article, while the GUI thread
    runs the event loop for Chromium; then the window is built around the
    loading map and shows the places. The text is laid out once the page is
    ready (see ``MainWindow.show_article``).
    """
    import threading

    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QWidget

    from mapapp.ui.mapview import MapView

    app = ensure_application()
    # A parent it leaves for the window: a top-level web view would set up a
    # native surface of its own first.
    holder = QWidget()
    view = MapView(holder)
    done = threading.Event()
    opened: dict = {}

    def prepare() -> None:
        try:
            from mapapp.ui.webengine import prepare_page

            prepare_page()  # ready before Chromium asks for it
            from mapapp.core.documents import sample_path
            from mapapp.ui import mainwindow

            opened["path"] = path or str(sample_path())
            mainwindow.warm_up()
            if page is None:
                opened["article"] = mainwindow.open_article(opened["path"])
        except Exception:  # noqa: BLE001 - the window opens the file again and reports it
            log.debug("opening %s ahead of the window failed", path, exc_info=True)
        finally:
            done.set()

    threading.Thread(target=prepare, name="mapapp-start", daemon=True).start()
    while not done.is_set():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        done.wait(0.002)
    from mapapp.core.documents import sample_path
    from mapapp.ui.mainwindow import MainWindow

    path = opened.get("path") or path or str(sample_path())
    window = MainWindow(settings, map_view=view)
    holder.deleteLater()
    window.show()
    if "article" in opened:
        window.show_opened(path, opened["article"])
    else:
        window.open_path(path, page=page)
    return window
