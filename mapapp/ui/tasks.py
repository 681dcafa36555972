"""Running pure-Python work off the GUI thread and getting the answer back on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as err:  # noqa: BLE001 - every failure goes back to the GUI
            self._deliver(self._relay.failed, err)
        else:
            self._deliver(self._relay.done, result)

    @staticmethod
    def _deliver(signal, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            pass  # the runner was deleted while the job ran (its window closed): nobody to tell


class BackgroundRunner(QObject):
    """Runs jobs in the global thread pool; by default a newer job makes older answers stale.

    The callbacks run on the GUI thread (the relay lives there and the
    connections are queued). Answers from a superseded job are dropped, so a
    slow open can never overwrite the document the user opened after it. With
    ``latest_only=False`` every job's answer is delivered. A runner deleted
    while its jobs run (its window closed, its map view gone) drops their
    answers: each job's relay belongs to the job, not to the runner, so that it
    is never deleted while the job emits on it from its thread (that crashed).
    """

    def __init__(self, parent: QObject | None = None, *, latest_only: bool = True) -> None:
        super().__init__(parent)
        self._latest_only = latest_only
        self._generation = 0
        self._relays: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self._generation += 1
        generation = self._generation
        # No parent: kept alive by the job and by its connections until it has answered.
        relay = _Relay()
        self._relays.add(relay)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            relay.deleteLater()
            if not shiboken6.isValid(self):
                return  # the runner is gone: nobody to tell
            self._relays.discard(relay)
            if generation == self._generation or not self._latest_only:
                callback(value)

        queued = Qt.ConnectionType.QueuedConnection
        relay.done.connect(lambda value: finish(on_done, value), queued)
        relay.failed.connect(lambda err: finish(on_error, err), queued)
        QThreadPool.globalInstance().start(_Job(fn, relay))

    @property
    def busy(self) -> bool:
        return bool(self._relays)
