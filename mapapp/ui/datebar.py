"""The map's date control: a day slider, a date field and previous/next border change.

:class:`DateBar` emits ``dateChanged(str)`` (an ISO date) when the user picks a
day: at once from the date field and the buttons, after a short pause while
the slider is dragged (and at once when it is let go). Setting the date from
code (:meth:`DateBar.set_date`) does not emit.

The change dates (the days on which some border changes, e.g.
``Borders.change_dates()``) are given with :meth:`DateBar.set_change_dates`;
the buttons step to the previous / next one.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QDate, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QSlider, QToolButton, QWidget

__all__ = ["DateBar", "FIRST_DAY", "LAST_DAY"]

FIRST_DAY = dt.date(1918, 1, 1)
LAST_DAY = dt.date(1941, 12, 31)
DRAG_DEBOUNCE_MS = 60


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class DateBar(QWidget):
    """A slider from ``first`` to ``last`` (one step a day), a date field and
    buttons for the previous and next border change.

    Signal: ``dateChanged(str)`` with the ISO date the user chose.
    """

    dateChanged = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        first: dt.date = FIRST_DAY,
        last: dt.date = LAST_DAY,
        date: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        if last < first:
            raise ValueError("last day before first day")
        self.first = first
        self.last = last
        self._changes: list[dt.date] = []
        self._date = self._clamp(date or first)
        self._emitted: str | None = None

        self.prev_button = QToolButton(self)
        self.prev_button.setText("\u25c0")
        self.prev_button.setToolTip("Previous border change")
        self.prev_button.setAccessibleName("Previous border change")
        self.prev_button.setAutoRaise(True)
        self.next_button = QToolButton(self)
        self.next_button.setText("\u25b6")
        self.next_button.setToolTip("Next border change")
        self.next_button.setAccessibleName("Next border change")
        self.next_button.setAutoRaise(True)

        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, (last - first).days)
        self.slider.setSingleStep(1)
        self.slider.setPageStep(30)
        self.slider.setAccessibleName("Map date")
        self.slider.setToolTip("The map's date: borders as they stood on this day")

        self.edit = QDateEdit(self)
        self.edit.setDisplayFormat("d MMM yyyy")
        self.edit.setCalendarPopup(True)
        self.edit.setDateRange(_qdate(first), _qdate(last))
        self.edit.setAccessibleName("Map date")
        self.edit.setKeyboardTracking(False)  # typing "1939" emits once, not per digit

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(4)
        layout.addWidget(self.prev_button)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.next_button)
        layout.addWidget(self.edit)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAG_DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)

        self._show(self._date)
        self.slider.valueChanged.connect(self._on_slider)
        self.slider.sliderReleased.connect(self._on_released)
        self.edit.dateChanged.connect(self._on_edit)
        self.prev_button.clicked.connect(self.previous_change)
        self.next_button.clicked.connect(self.next_change)
        self._update_buttons()

    # --- API ------------------------------------------------------------------------

    def date(self) -> dt.date:
        return self._date

    def iso(self) -> str:
        return self._date.isoformat()

    def set_date(self, day: dt.date | str) -> None:
        """Show ``day`` (clamped to the bar's range) without emitting ``dateChanged``."""
        if isinstance(day, str):
            day = dt.date.fromisoformat(day)
        self._timer.stop()
        self._date = self._clamp(day)
        self._emitted = self._date.isoformat()
        self._show(self._date)
        self._update_buttons()

    def set_change_dates(self, dates: Iterable[dt.date]) -> None:
        """The days on which a border changes (e.g. ``Borders.change_dates()``)."""
        self._changes = sorted({d for d in dates if isinstance(d, dt.date)})
        self._update_buttons()

    def change_dates(self) -> tuple[dt.date, ...]:
        return tuple(self._changes)

    def previous_change(self) -> None:
        """Go to the last change before the shown date (if any) and emit."""
        i = bisect.bisect_left(self._changes, self._date)
        if i > 0:
            self._choose(self._changes[i - 1])

    def next_change(self) -> None:
        """Go to the first change after the shown date (if any) and emit."""
        i = bisect.bisect_right(self._changes, self._date)
        if i < len(self._changes):
            self._choose(self._changes[i])

    # --- internals -------------------------------------------------------------------

    def _clamp(self, day: dt.date) -> dt.date:
        return min(max(day, self.first), self.last)

    def _show(self, day: dt.date) -> None:
        with QSignalBlocker(self.slider), QSignalBlocker(self.edit):
            self.slider.setValue((day - self.first).days)
            self.edit.setDate(_qdate(day))

    def _choose(self, day: dt.date) -> None:
        """The user picked ``day``: show it and emit now."""
        self._date = self._clamp(day)
        self._show(self._date)
        self._update_buttons()
        self._timer.stop()
        self._emit()

    def _emit(self) -> None:
        iso = self._date.isoformat()
        if iso != self._emitted:
            self._emitted = iso
            self.dateChanged.emit(iso)

    def _on_slider(self, value: int) -> None:
        self._date = self._clamp(self.first + dt.timedelta(days=int(value)))
        with QSignalBlocker(self.edit):
            self.edit.setDate(_qdate(self._date))
        self._update_buttons()
        if self.slider.isSliderDown():
            self._timer.start()  # dragging: emit when the hand rests a moment
        else:
            self._timer.stop()
            self._emit()

    def _on_released(self) -> None:
        self._timer.stop()
        self._emit()

    def _on_edit(self, q: QDate) -> None:
        if q.isValid():
            self._choose(_pydate(q))

    def _update_buttons(self) -> None:
        has_prev = bool(self._changes) and self._changes[0] < self._date
        has_next = bool(self._changes) and self._changes[-1] > self._date
        self.prev_button.setEnabled(has_prev)
        self.next_button.setEnabled(has_next)
