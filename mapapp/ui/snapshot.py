"""A still image of the map: File -> Export map snapshot, and ``mapapp snapshot``.

:func:`render_map_image` builds a private :class:`MapView` of exactly the
requested size, shows it without putting it on screen, draws the places,
waits for a composited frame and grabs it.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage

from mapapp.core.errors import MapappError
from mapapp.ui.mapview import MapView, delete_view
from mapapp.ui.waiting import pause, run_until

log = logging.getLogger(__name__)

SETTLE_MS = 400  # grab() is blank until the compositor has produced a frame
MAX_SIZE = 8192


class SnapshotError(MapappError, RuntimeError):
    """The map image could not be made."""


class SnapshotTimeout(SnapshotError, TimeoutError):
    """The map page did not get ready or draw its places in time."""


def _wait(condition: Callable[[], bool], deadline: float, what: str) -> None:
    """Run the event loop until ``condition()`` holds; SnapshotTimeout at ``deadline``."""
    left_ms = max(int((deadline - time.monotonic()) * 1000), 0)
    if not run_until(condition, left_ms, interval_ms=15):
        raise SnapshotTimeout(f"map snapshot: timed out waiting for {what}")


def _wait_for_base_map(mv: MapView, deadline: float) -> None:
    """Until the base map this view needs is drawn (zoomed in: the detailed land, loaded on demand)."""
    box: list[Any] = []
    while True:
        box.clear()
        mv.query_json("status", callback=box.append)
        _wait(lambda: bool(box), deadline, "the map page")
        status = box[0] if isinstance(box[0], dict) else {}
        if not status.get("baseBusy") and not status.get("bordersBusy"):
            return
        if time.monotonic() >= deadline:
            raise SnapshotTimeout("map snapshot: timed out waiting for the detailed base map or the borders")
        pause(25)


def _distinct_colours(image: QImage, limit: int = 4) -> int:
    """How many distinct colours a coarse sample of the image has (stops at ``limit``)."""
    seen: set[int] = set()
    w, h = image.width(), image.height()
    step_x, step_y = max(1, w // 32), max(1, h // 32)
    for y in range(0, h, step_y):
        for x in range(0, w, step_x):
            seen.add(image.pixel(x, y))
            if len(seen) >= limit:
                return len(seen)
    return len(seen)


def render_map_image(
    places_payload: Sequence[dict[str, Any]],
    *,
    size: QSize,
    view: tuple[float, float, int] | None = None,
    fit: bool = True,
    timeout_ms: int = 15000,
    date: str | None = None,
) -> QImage:
    """The map with these places, as a ``size`` image.

    With ``date`` (``YYYY-MM-DD``) the borders of that day are drawn, with
    the date box and the legend.

    ``view`` (lat, lon, zoom) sets the view; otherwise, with ``fit``, the map
    fits the places (or stays on its initial view of Europe when there are none).
    Needs a QApplication (with :func:`register_schemes` called before it).
    Raises :class:`SnapshotTimeout` after ``timeout_ms`` and
    :class:`SnapshotError` for a bad size or an image that stays blank.
    """
    width, height = size.width(), size.height()
    if not (0 < width <= MAX_SIZE and 0 < height <= MAX_SIZE):
        raise SnapshotError(f"map snapshot: size {width}x{height} is not between 1 and {MAX_SIZE}")
    if date is not None:
        try:
            date = dt.date.fromisoformat(str(date)).isoformat()
        except ValueError:
            raise SnapshotError(f"map snapshot: not a date: {date!r}") from None
    deadline = time.monotonic() + timeout_ms / 1000.0
    started = time.monotonic()
    mv = MapView()
    try:
        mv.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        mv.setFixedSize(size)
        mv.show()
        drawn: list[int] = []
        mv.placesDrawn.connect(drawn.append)
        mv.call_js("setExportMode", True)
        if date is not None:
            mv.set_date(date)
        mv.set_places(list(places_payload))
        if view is not None:
            lat, lon, zoom = view
            mv.set_view(lat, lon, zoom)
        elif fit:
            mv.fit_places()
        _wait(lambda: bool(drawn), deadline, "the map page")
        # A round trip through the page: every call above has now run.
        settled: list[Any] = []
        mv.get_view(settled.append)
        _wait(lambda: bool(settled), deadline, "the map view")
        _wait_for_base_map(mv, deadline)
        pause(SETTLE_MS)
        image = mv.grab().toImage()
        while _distinct_colours(image) < 2 and time.monotonic() < deadline:
            pause(100)  # no frame yet
            image = mv.grab().toImage()
        if _distinct_colours(image) < 2:
            raise SnapshotTimeout("map snapshot: the map stayed blank")
        if image.size() != size:
            image = image.scaled(
                size,
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        image = image.convertToFormat(QImage.Format.Format_RGB32)
        log.debug(
            "map snapshot %dx%d in %.0f ms (page ready after %s ms)",
            width,
            height,
            (time.monotonic() - started) * 1000,
            None if mv.ready_after_ms is None else round(mv.ready_after_ms),
        )
        return image
    finally:
        delete_view(mv)
