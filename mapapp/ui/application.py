"""Creating the QApplication the way QtWebEngine needs it, and running the reader."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QEventLoop, QObject, Signal, Slot
from PySide6.QtWidgets import QApplication

APP_NAME = "mapapp"
# Where the window keeps the map's size ("WIDTHxHEIGHT") when it closes: the
# next launch makes the map at that size before the window exists.
MAP_SIZE_KEY = "window/map-size"
# The map's size in the window's default layout (1500x900, the places dock 290
# wide, the text and map split 560:650). A wrong guess costs one more layout of
# the map when the window shows, nothing else.
DEFAULT_MAP_SIZE = (645, 818)
NO_GPU_FLAG = "--disable-gpu"  # see software_compositing_offscreen
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
    software_compositing_offscreen()
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


def software_compositing_offscreen() -> None:
    """Set QTWEBENGINE_CHROMIUM_FLAGS for this process as :func:`offscreen_chromium_flags` says."""
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    wanted = offscreen_chromium_flags(os.environ.get("QT_QPA_PLATFORM", ""), flags)
    if wanted != flags:
        os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = wanted


def offscreen_chromium_flags(platform: str, flags: str) -> str:
    """Chromium's flags on Qt platform ``platform``: on the offscreen one, software compositing.

    There is no GPU for it there: its GPU thread tries OpenGL and Vulkan, fails
    and falls back to software compositing, and meanwhile the page's first
    canvas waits for a GPU channel (~50 ms of the launch, measured). Started
    without the GPU it draws the same pixels. Flags that name the GPU are the
    user's choice and are left as they are; on a desktop nothing changes.
    """
    if platform.split(":", 1)[0] not in ("offscreen", "minimal") or "gpu" in flags:
        return flags
    return f"{flags} {NO_GPU_FLAG}".strip()


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
    as little imported before it as can be, at the size it will have in the
    window. Meanwhile a worker thread prepares the page, opens the article,
    then imports the window's code, while the GUI thread runs the event loop
    for Chromium. The places go to the page as soon as the article is open:
    the page lays the map out at the view's size although the view is hidden
    (the size is in its URL), places them, fits the view and paints, while the
    window is built around it: a page with nothing left to do when its view
    shows is on the screen in ~50-90 ms, one that still has to lay out and
    paint the map took ~250 ms (measured offscreen). The text is laid out
    after the map has painted the places (see ``MainWindow.show_article``).
    """
    import threading

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    from mapapp.ui.mapview import MapView

    ensure_application()
    settings = settings if settings is not None else QSettings()
    # A parent it leaves for the window: a top-level web view would set up a
    # native surface of its own first.
    holder = QWidget()
    # Unless the user must first pick a page of an export, the places go to the
    # page as soon as the article is open: it paints its map once, with them.
    view = MapView(holder, size=saved_map_size(settings), places_coming=page is None)
    steps = _Steps()
    opened: dict = {}

    def prepare() -> None:
        try:
            from mapapp.ui.webengine import prepare_page

            prepare_page()  # ready before Chromium asks for it
        except Exception:  # noqa: BLE001 - served (or refused, with the reason) when asked
            log.debug("preparing the map page failed", exc_info=True)
        try:
            from mapapp.core.article import open_article
            from mapapp.core.documents import sample_path

            opened["path"] = path or str(sample_path())
            if page is None:
                opened["article"] = open_article(opened["path"])
        except Exception:  # noqa: BLE001 - the window opens the file again and reports it
            log.debug("opening %s ahead of the window failed", path, exc_info=True)
        finally:
            steps.passed.emit("opened")
        try:
            from mapapp.ui import mainwindow

            mainwindow.warm_up()
        except Exception:  # noqa: BLE001 - the GUI thread imports it again and shows why
            log.debug("preparing the window failed", exc_info=True)
        finally:
            steps.passed.emit("imported")

    threading.Thread(target=prepare, name="mapapp-start", daemon=True).start()
    steps.wait("opened")
    if "article" in opened:
        # The page places them, fits the view and paints while the window is built.
        view.show_article(opened["article"])
    steps.wait("imported")
    from mapapp.ui.mainwindow import MainWindow

    window = MainWindow(settings, map_view=view)
    holder.deleteLater()
    window.show()
    from mapapp.core.documents import sample_path

    path = opened.get("path") or path or str(sample_path())
    if "article" in opened:
        window.show_opened(path, opened["article"])
    else:
        window.open_path(path, page=page)
    return window


class _Steps(QObject):
    """The launch worker's milestones, for the GUI thread to wait for.

    The GUI thread waits in Qt's event loop, where Chromium's work on it is
    done at once; ``passed`` is emitted in the worker and received here, in the
    GUI thread (a queued call), so a step is recorded before the loop is woken
    and none is lost when two come while the first wait ends.
    """

    passed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._reached: set[str] = set()
        self._loop = QEventLoop(self)
        self.passed.connect(self._reach)

    @Slot(str)
    def _reach(self, step: str) -> None:
        self._reached.add(step)
        self._loop.quit()

    def wait(self, step: str) -> None:
        while step not in self._reached:
            self._loop.exec()


def saved_map_size(settings) -> tuple[int, int]:
    """The map's size in the window when it was last closed (see ``MAP_SIZE_KEY``),
    or in the default window; an unusable value gives the default."""
    value = settings.value(MAP_SIZE_KEY)
    try:
        width, height = (int(v) for v in str(value).split("x"))
    except (TypeError, ValueError):
        return DEFAULT_MAP_SIZE
    if not (100 <= width <= 20_000 and 100 <= height <= 20_000):
        return DEFAULT_MAP_SIZE
    return width, height
