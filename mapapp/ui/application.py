"""Creating the QApplication the way QtWebEngine needs it, and running the reader."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

APP_NAME = "mapapp"


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
    from mapapp.core.documents import sample_path
    from mapapp.ui.mainwindow import MainWindow

    window = MainWindow()
    window.show()
    window.open_path(path or str(sample_path()), page=page)
    code = app.exec()
    window.dispose()
    return code
