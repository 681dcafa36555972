"""Screenshot of the whole window on the bundled sample, for the README.

    .venv/bin/python scripts/screenshot.py docs/screenshot.png [--place Brest] [--size 1500x900]

Runs offscreen (no display needed), opens the sample, picks a place as a user
would in the places panel, and writes the window to a PNG.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from mapapp.app import prepare_environment  # noqa: E402

prepare_environment()

from PySide6.QtCore import QPoint, QSettings, QTimer  # noqa: E402
from PySide6.QtGui import QPainter  # noqa: E402

from mapapp.core.atomic import write_atomic  # noqa: E402
from mapapp.core.documents import sample_path  # noqa: E402
from mapapp.ui.application import ensure_application  # noqa: E402
from mapapp.ui.mainwindow import MainWindow  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--file", default=None)
    parser.add_argument("--place", default="Brest")
    parser.add_argument("--size", default="1500x900")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    app = ensure_application()
    # A throwaway settings file: the picture must not depend on the user's saved layout.
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "mapapp.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    window.resize(width, height)
    window.show()

    state = {"places": False, "borders": False}

    def drawn(_count: int) -> None:
        state["places"] = True
        chosen = next((p for p in window.article.places if p.name == args.place), None)
        if chosen is not None:
            window.on_place_chosen(chosen.id)
        maybe_capture()

    def borders(_iso: str, _count: int) -> None:
        # The borders may come later than the places (built on a first run).
        state["borders"] = True
        maybe_capture()

    def maybe_capture() -> None:
        if state["places"] and state["borders"] and not state.get("scheduled"):
            state["scheduled"] = True
            QTimer.singleShot(2500, capture)

    def capture() -> None:
        image = window.grab().toImage()
        # The web view paints through its own surface: draw its frame in explicitly.
        painter = QPainter(image)
        painter.drawPixmap(window.map.mapTo(window, QPoint(0, 0)), window.map.grab())
        painter.end()
        write_atomic(args.out, lambda tmp: image.save(str(tmp), "PNG"))
        print(f"wrote {args.out}")
        app.quit()

    window.placesDrawn.connect(drawn)
    window.map.bordersDrawn.connect(borders)
    window.open_path(args.file or str(sample_path()))
    QTimer.singleShot(90_000, lambda: (print("timed out", file=sys.stderr), app.exit(1)))
    code = app.exec()
    window.dispose()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
