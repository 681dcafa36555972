"""Fixtures for the Qt tests: a shared real MapView and synchronous helpers around it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

READY_TIMEOUT_MS = 30_000


def wait_for(condition: Callable[[], Any], timeout_ms: int = 10_000, what: str = "condition") -> None:
    """Run the Qt event loop until ``condition()`` is true; fail the test after ``timeout_ms``."""
    from mapapp.ui.waiting import run_until

    if not run_until(condition, timeout_ms):
        pytest.fail(f"timed out after {timeout_ms} ms waiting for {what}")


def js_query(view, fn: str, *args: Any, timeout_ms: int = 10_000) -> Any:
    """``window.mapapp.<fn>(*args)`` in the view's page, returned decoded (via JSON)."""
    box: list[Any] = []
    view.query_json(fn, *args, callback=box.append)
    wait_for(lambda: bool(box), timeout_ms, f"mapapp.{fn}")
    return box[0]


def make_map_view(width: int = 800, height: int = 600):
    """A shown (offscreen) MapView of this size, ready to take calls."""
    from mapapp.ui.mapview import MapView

    view = MapView()
    view.resize(width, height)
    view.show()
    wait_for(lambda: view.is_ready, READY_TIMEOUT_MS, "the map page to say ready")
    return view


@pytest.fixture(scope="module")
def map_view(qapp):
    """One ready MapView shared by a test module, deleted properly afterwards."""
    from mapapp.ui.mapview import delete_view

    view = make_map_view()
    yield view
    delete_view(view)


@pytest.fixture
def fresh_map_view(qapp):
    """A MapView of its own for one test (not waited for: the test decides)."""
    from mapapp.ui.mapview import MapView, delete_view

    views: list[MapView] = []

    def make(**kwargs) -> MapView:
        view = MapView(**kwargs)
        view.resize(640, 480)
        view.show()
        views.append(view)
        return view

    yield make
    for view in views:
        delete_view(view)


@pytest.fixture
def js():
    """``js(view, fn, *args)``: call ``window.mapapp.<fn>`` and get its decoded result."""
    return js_query


@pytest.fixture
def wait():
    """``wait(condition, timeout_ms=..., what=...)``: spin the event loop until it holds."""
    return wait_for
