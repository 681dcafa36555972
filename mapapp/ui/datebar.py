"""The map's time control: play, a day slider with the text's events and the border changes, a date field.

One compact row (it sits above the map)::

    [>] [1 mo/s v]  [|<] [<]  ====|=|==||====O====|====  [>] [>|]  [ 1 Sep 1939 v]

:class:`DateBar` emits ``dateChanged(str)`` (an ISO date) when the user picks a
day: at once from the date field, the buttons, the keys and the ticks, after a
short pause while the slider is dragged (and at once when it is let go), and at
every step while playing. Setting the date from code (:meth:`DateBar.set_date`)
does not emit.

The slider (:class:`mapapp.ui.ticks.TickSlider`) marks the text's events
(:meth:`DateBar.set_events`, e.g. ``article.timeline.events``) as dark ticks
above its track and the border changes (:meth:`DateBar.set_change_dates`, e.g.
``Borders.change_dates()``) as red ticks below it. Clicking an event tick goes
to its date and emits ``eventChosen(int)`` with the event's offset in the text
(so the window can scroll the text there); the previous / next event buttons
and keys do the same. Clicking a border-change tick goes to that day.

Play advances the date by the chosen speed (:data:`SPEEDS`, in days per
second) in :data:`PLAY_HZ` steps a second, stops at the end of the range and
pauses as soon as the user moves the date; ``playingChanged(bool)`` follows it.

Keys, while the bar has focus (the slider or its buttons):
Space play / pause; Left / Right one month; Shift+Left / Shift+Right one day;
Up / Down one year; PageUp / PageDown previous / next event; Ctrl+Left /
Ctrl+Right previous / next border change; Home / End the first / last day.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QObject,
    QPointF,
    QSignalBlocker,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPainterPath, QPalette, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from mapapp.ui.ticks import CHANGE, CHANGE_COLOR, EVENT, Tick, TickSlider, event_ticks

__all__ = ["DateBar", "FIRST_DAY", "LAST_DAY", "PLAY_HZ", "SPEEDS", "add_months"]

FIRST_DAY = dt.date(1918, 1, 1)
LAST_DAY = dt.date(1941, 12, 31)
DRAG_DEBOUNCE_MS = 60
PLAY_HZ = 10
# (label, days per second); the default is the second.
SPEEDS: tuple[tuple[str, float], ...] = (
    ("1 wk/s", 7.0),
    ("1 mo/s", 365.25 / 12),
    ("6 mo/s", 365.25 / 2),
    ("1 yr/s", 365.25),
)
SPEED_NAMES = ("1 week a second", "1 month a second", "6 months a second", "1 year a second")
DEFAULT_SPEED = 1

KEYS_HELP = (
    "Space play/pause \u00b7 \u2190/\u2192 a month \u00b7 Shift+\u2190/\u2192 a day \u00b7 "
    "\u2191/\u2193 a year \u00b7 PgUp/PgDn previous/next event \u00b7 "
    "Ctrl+\u2190/\u2192 previous/next border change \u00b7 Home/End first/last day"
)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by ``months`` calendar months, the day clamped to the month's length.

    >>> add_months(dt.date(1940, 1, 31), 1)
    datetime.date(1940, 2, 29)
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    year = min(max(year, dt.MINYEAR), dt.MAXYEAR)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _icon(shape: str, mark: QColor | None, ink: QColor, size: int = 16) -> QIcon:
    """A small painted icon: ``play``, ``pause``, ``prev`` or ``next`` (a triangle and a bar
    in ``mark``'s colour, as the ticks on the slider are drawn)."""
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        s = float(size)
        if shape == "play":
            path = QPainterPath(QPointF(s * 0.28, s * 0.18))
            path.lineTo(s * 0.84, s * 0.5)
            path.lineTo(s * 0.28, s * 0.82)
            path.closeSubpath()
            p.fillPath(path, ink)
        elif shape == "pause":
            p.setBrush(ink)
            p.drawRoundedRect(s * 0.24, s * 0.2, s * 0.18, s * 0.6, 1, 1)
            p.drawRoundedRect(s * 0.58, s * 0.2, s * 0.18, s * 0.6, 1, 1)
        else:
            forward = shape == "next"
            tip, base = (s * 0.66, s * 0.18) if forward else (s * 0.34, s * 0.82)
            path = QPainterPath(QPointF(base, s * 0.22))
            path.lineTo(tip, s * 0.5)
            path.lineTo(base, s * 0.78)
            path.closeSubpath()
            p.fillPath(path, ink)
            p.setBrush(mark or ink)
            bar_x = s * 0.70 if forward else s * 0.14
            p.drawRect(bar_x, s * 0.16, s * 0.16, s * 0.68)
        p.end()
        icon.addPixmap(pixmap)
    return icon


class DateBar(QWidget):
    """Play, speed, previous/next event and border change, a tick slider and a date field.

    Signals: ``dateChanged(str)`` the ISO date the user chose (or play reached);
    ``eventChosen(int)`` the text offset of an event the user went to;
    ``playingChanged(bool)``.
    """

    dateChanged = Signal(str)
    eventChosen = Signal(int)
    playingChanged = Signal(bool)

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
        # Events in (date, text offset) order, for previous/next.
        self._events: list[tuple[dt.date, int]] = []
        self._event_at: tuple[dt.date, int] | None = None  # the event last gone to
        self._date = self._clamp(date or first)
        self._emitted: str | None = None
        self._speed = SPEEDS[DEFAULT_SPEED][1]
        self._play_pos = 0.0  # days since first, fractional while playing

        ink = self.palette().color(QPalette.ColorRole.ButtonText)
        self._play_icon = _icon("play", None, ink)
        self._pause_icon = _icon("pause", None, ink)

        self.play_button = self._button("Play", _icon("play", None, ink))
        self.play_button.setCheckable(True)
        self.speed_box = QComboBox(self)
        for (label, days), name in zip(SPEEDS, SPEED_NAMES, strict=True):
            self.speed_box.addItem(label, days)
            self.speed_box.setItemData(self.speed_box.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
            self.speed_box.setItemData(self.speed_box.count() - 1, name, Qt.ItemDataRole.AccessibleTextRole)
        self.speed_box.setCurrentIndex(DEFAULT_SPEED)
        self.speed_box.setToolTip("Play speed: how much time passes each second")
        self.speed_box.setAccessibleName("Play speed")
        self.speed_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.speed_box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.prev_event_button = self._button("Previous event in the text (PageUp)", _icon("prev", ink, ink))
        self.prev_button = self._button("Previous border change (Ctrl+\u2190)", _icon("prev", CHANGE_COLOR, ink))
        self.next_button = self._button("Next border change (Ctrl+\u2192)", _icon("next", CHANGE_COLOR, ink))
        self.next_event_button = self._button("Next event in the text (PageDown)", _icon("next", ink, ink))

        self.slider = TickSlider(first, last, self)
        self.slider.setSingleStep(1)
        self.slider.setPageStep(30)
        self.slider.setAccessibleName("Map date")
        self.slider.setToolTip(
            "The map's date: borders as they stood on this day.\n"
            "Dark ticks above: the text's events; red ticks below: border changes. Click one to go there.\n"
            + KEYS_HELP
        )

        self.edit = QDateEdit(self)
        self.edit.setDisplayFormat("d MMM yyyy")
        self.edit.setCalendarPopup(True)
        self.edit.setDateRange(_qdate(first), _qdate(last))
        self.edit.setAccessibleName("Map date")
        self.edit.setToolTip("The map's date: type or pick a day")
        self.edit.setKeyboardTracking(False)  # typing "1939" emits once, not per digit
        bold = self.edit.font()
        bold.setBold(True)
        self.edit.setFont(bold)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 1, 6, 1)
        layout.setSpacing(2)
        layout.addWidget(self.play_button)
        layout.addWidget(self.speed_box)
        layout.addSpacing(6)
        layout.addWidget(self.prev_event_button)
        layout.addWidget(self.prev_button)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.next_button)
        layout.addWidget(self.next_event_button)
        layout.addSpacing(4)
        layout.addWidget(self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.slider)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAG_DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.play_timer = QTimer(self)
        self.play_timer.setInterval(1000 // PLAY_HZ)
        self.play_timer.timeout.connect(self.play_step)

        self._show(self._date)
        self.slider.valueChanged.connect(self._on_slider)
        self.slider.sliderPressed.connect(self.pause)
        self.slider.sliderReleased.connect(self._on_released)
        self.slider.tickClicked.connect(self._on_tick)
        self.edit.dateChanged.connect(self._on_edit)
        self.prev_button.clicked.connect(self.previous_change)
        self.next_button.clicked.connect(self.next_change)
        self.prev_event_button.clicked.connect(self.previous_event)
        self.next_event_button.clicked.connect(self.next_event)
        self.play_button.clicked.connect(lambda _checked=False: self.toggle_play())
        self.speed_box.currentIndexChanged.connect(self._on_speed)
        for widget in (self.slider, self.play_button, self.prev_event_button, self.prev_button,
                       self.next_button, self.next_event_button):
            widget.installEventFilter(self)
        self._update_buttons()
        self._update_play_button()

    def _button(self, tip: str, icon: QIcon) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon)
        button.setIconSize(QSize(16, 16))
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    # --- API: the date ------------------------------------------------------------

    def date(self) -> dt.date:
        return self._date

    def iso(self) -> str:
        return self._date.isoformat()

    def set_date(self, day: dt.date | str) -> None:
        """Show ``day`` (clamped to the bar's range) without emitting ``dateChanged``.

        While playing, play goes on from there.
        """
        if isinstance(day, str):
            day = dt.date.fromisoformat(day)
        self._timer.stop()
        self._date = self._clamp(day)
        self._emitted = self._date.isoformat()
        self._show(self._date)
        self._update_buttons()

    # --- API: border changes ------------------------------------------------------

    def set_change_dates(self, dates: Iterable[dt.date]) -> None:
        """The days on which a border changes (e.g. ``Borders.change_dates()``): red ticks, Ctrl+arrows."""
        self._changes = sorted({d for d in dates if isinstance(d, dt.date)})
        self.slider.set_change_days(self._changes)
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

    # --- API: the text's events ---------------------------------------------------

    def set_events(self, events: Iterable[Any]) -> None:
        """The text's events: objects with ``.date`` (datetime.date), ``.label`` and
        ``.start`` (an offset in the text), e.g. ``article.timeline.events``; ``()`` clears."""
        ticks = event_ticks(events)
        self.slider.set_event_ticks(ticks)
        self._events = sorted(
            (t.day, s) for t in ticks for s in t.starts if self.first <= t.day <= self.last
        )
        self._event_at = None
        self._update_buttons()

    def event_ticks(self) -> tuple[Tick, ...]:
        """The event ticks shown (one a day, inside the range)."""
        return self.slider.ticks(EVENT)

    def change_ticks(self) -> tuple[Tick, ...]:
        return self.slider.ticks(CHANGE)

    def previous_event(self) -> None:
        """Go to the event told before the shown one (by date, then text order) and emit."""
        i = bisect.bisect_left(self._events, self._event_ref(before=True))
        if i > 0:
            self._choose_event(*self._events[i - 1])

    def next_event(self) -> None:
        """Go to the next event (by date, then text order) and emit, with ``eventChosen``."""
        i = bisect.bisect_right(self._events, self._event_ref(before=False))
        if i < len(self._events):
            self._choose_event(*self._events[i])

    def tick_x(self, day: dt.date) -> int:
        """The pixel column of ``day`` on the slider, in the slider's coordinates."""
        return self.slider.tick_x(day)

    # --- API: play ------------------------------------------------------------------

    def is_playing(self) -> bool:
        return self.play_timer.isActive()

    def play(self) -> None:
        """Advance the date at the chosen speed (from the start if at the end)."""
        if self.is_playing():
            return
        self._timer.stop()
        if self._date >= self.last:
            self._set_user_date(self.first)
        self._play_pos = float((self._date - self.first).days)
        self.play_timer.start()
        self._update_play_button()
        self.playingChanged.emit(True)

    def pause(self) -> None:
        if not self.is_playing():
            return
        self.play_timer.stop()
        self._update_play_button()
        self.playingChanged.emit(False)

    def toggle_play(self) -> None:
        if self.is_playing():
            self.pause()
        else:
            self.play()

    def speed(self) -> float:
        """Days per second while playing."""
        return self._speed

    def set_speed(self, days_per_second: float) -> None:
        """Set the play speed; one of :data:`SPEEDS` selects its entry in the box."""
        self._speed = float(days_per_second)
        for i, (_, days) in enumerate(SPEEDS):
            if abs(days - self._speed) < 1e-9:
                with QSignalBlocker(self.speed_box):
                    self.speed_box.setCurrentIndex(i)

    def play_step(self) -> None:
        """One step of play: ``speed / PLAY_HZ`` days on; the end of the range stops it."""
        shown = (self._date - self.first).days
        if abs(self._play_pos - shown) >= 1:  # the date was set meanwhile (set_date): go on from there
            self._play_pos = float(shown)
        self._play_pos = min(self._play_pos + self._speed / PLAY_HZ, float(self.slider.maximum()))
        day = self.first + dt.timedelta(days=int(self._play_pos + 1e-6))  # 10 x 0.7 is 7
        if day != self._date:
            self._date = day
            self._show(day)
            self._update_buttons()
            self._emit()
        if self._date >= self.last:
            self.pause()

    # --- internals -------------------------------------------------------------------

    def _clamp(self, day: dt.date) -> dt.date:
        return min(max(day, self.first), self.last)

    def _show(self, day: dt.date) -> None:
        with QSignalBlocker(self.slider), QSignalBlocker(self.edit):
            self.slider.setValue((day - self.first).days)
            self.edit.setDate(_qdate(day))

    def _set_user_date(self, day: dt.date) -> None:
        self._date = self._clamp(day)
        self._event_at = None
        self._show(self._date)
        self._update_buttons()
        self._timer.stop()
        self._emit()

    def _choose(self, day: dt.date) -> None:
        """The user picked ``day``: pause, show it and emit now."""
        self.pause()
        self._set_user_date(day)

    def _choose_event(self, day: dt.date, start: int) -> None:
        self._choose(day)
        self._event_at = (day, start)
        self._update_buttons()
        self.eventChosen.emit(start)

    def _event_ref(self, *, before: bool) -> tuple[dt.date, int]:
        """Where previous/next count from: the event last gone to, else the shown day."""
        if self._event_at is not None and self._event_at[0] == self._date:
            return self._event_at
        return (self._date, -1) if before else (self._date, 1 << 62)

    def _emit(self) -> None:
        iso = self._date.isoformat()
        if iso != self._emitted:
            self._emitted = iso
            self.dateChanged.emit(iso)

    def _on_slider(self, value: int) -> None:
        self.pause()
        self._date = self._clamp(self.first + dt.timedelta(days=int(value)))
        self._event_at = None
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

    def _on_tick(self, tick: Tick) -> None:
        if tick.kind == EVENT and tick.start is not None:
            self._choose_event(tick.day, tick.start)
        else:
            self._choose(tick.day)

    def _on_speed(self, index: int) -> None:
        if 0 <= index < len(SPEEDS):
            self._speed = SPEEDS[index][1]

    def _update_buttons(self) -> None:
        has_prev = bool(self._changes) and self._changes[0] < self._date
        has_next = bool(self._changes) and self._changes[-1] > self._date
        self.prev_button.setEnabled(has_prev)
        self.next_button.setEnabled(has_next)
        events = self._events
        self.prev_event_button.setEnabled(
            bool(events) and events[0] < self._event_ref(before=True)
        )
        self.next_event_button.setEnabled(
            bool(events) and events[-1] > self._event_ref(before=False)
        )

    def _update_play_button(self) -> None:
        playing = self.is_playing()
        with QSignalBlocker(self.play_button):
            self.play_button.setChecked(playing)
        self.play_button.setIcon(self._pause_icon if playing else self._play_icon)
        self.play_button.setToolTip("Pause (Space)" if playing else "Play: the date moves on at the chosen speed (Space)")
        self.play_button.setAccessibleName("Pause" if playing else "Play")

    # --- keys ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(event, QKeyEvent):
            action = self._key_action(event)
            if action is not None:
                event.accept()  # on ShortcutOverride: the key is ours, not a window shortcut's
                if kind == QEvent.Type.KeyPress:
                    action()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        action = self._key_action(event)
        if action is None:
            super().keyPressEvent(event)
        else:
            action()

    def _key_action(self, event: QKeyEvent) -> Callable[[], None] | None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        none = mods == Qt.KeyboardModifier.NoModifier
        ctrl = mods == Qt.KeyboardModifier.ControlModifier
        shift = mods == Qt.KeyboardModifier.ShiftModifier
        K = Qt.Key
        table: dict[tuple[Qt.Key, bool], Callable[[], None]] = {
            (K.Key_Space, none): self.toggle_play,
            (K.Key_Left, none): lambda: self._choose(add_months(self._date, -1)),
            (K.Key_Right, none): lambda: self._choose(add_months(self._date, 1)),
            (K.Key_Left, shift): lambda: self._choose(self._date - dt.timedelta(days=1)),
            (K.Key_Right, shift): lambda: self._choose(self._date + dt.timedelta(days=1)),
            (K.Key_Down, none): lambda: self._choose(add_months(self._date, -12)),
            (K.Key_Up, none): lambda: self._choose(add_months(self._date, 12)),
            (K.Key_PageUp, none): self.previous_event,
            (K.Key_PageDown, none): self.next_event,
            (K.Key_Left, ctrl): self.previous_change,
            (K.Key_Right, ctrl): self.next_change,
            (K.Key_Home, none): lambda: self._choose(self.first),
            (K.Key_End, none): lambda: self._choose(self.last),
        }
        for (k, ok), action in table.items():
            if key == k and ok:
                return action
        return None
