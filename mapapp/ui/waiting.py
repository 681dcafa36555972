"""Waiting for the page without blocking Qt: run the event loop until something holds."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer


def run_until(condition: Callable[[], object], timeout_ms: int, interval_ms: int = 10) -> bool:
    """Run the event loop until ``condition()`` is true or ``timeout_ms`` pass; whether it held."""
    deadline = time.monotonic() + timeout_ms / 1000
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(interval_ms)
    timer.timeout.connect(lambda: (condition() or time.monotonic() >= deadline) and loop.quit())
    timer.start()
    if not condition():
        loop.exec()
    timer.stop()
    return bool(condition())


def pause(ms: int) -> None:
    """Let the event loop run for ``ms`` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
