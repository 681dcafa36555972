"""A day slider with a painted ruler: the text's events above the track, border changes below.

:class:`TickSlider` is a horizontal :class:`QSlider` whose value is the number of
days since ``first``. On top of the style's groove and handle it paints

* the text's **events** as dark ticks above the track (events dated to a day or
  a month full height; those dated only to a season, year or decade shorter and
  paler),
* **border changes** as short red ticks below the track,
* faint year marks with year labels under the track.

Hovering a tick shows what it is ("17 September 1939  The Soviet Union ...",
"Border change: 13 March 1940"); clicking within :data:`TICK_SLOP_PX` of one
emits :attr:`TickSlider.tickClicked` with the :class:`Tick` (the upper half of the
bar picks events, the lower half border changes). A click on the bare track
jumps there and lets the handle be dragged on. :meth:`TickSlider.tick_x` gives
a day's pixel column (also for tests).
"""

from __future__ import annotations

import bisect
import datetime as dt
import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QSizePolicy,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QStylePainter,
    QToolTip,
    QWidget,
)

__all__ = [
    "CHANGE",
    "CHANGE_COLOR",
    "EVENT",
    "TICK_SLOP_PX",
    "Tick",
    "TickSlider",
    "event_ticks",
    "format_day",
    "format_span",
]

EVENT = "event"
CHANGE = "change"
TICK_SLOP_PX = 4  # a click this close to a tick takes the tick
TOOLTIP_SLOP_PX = 2  # a tooltip lists the ticks this close
CHANGE_COLOR = QColor("#d32f2f")
MAX_TOOLTIP_LINES = 8
PRECISE = frozenset({"day", "month"})

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)


def format_day(day: dt.date) -> str:
    """``13 March 1940`` (English, whatever the locale)."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def format_span(first: dt.date, last: dt.date | None = None, precision: str = "day") -> str:
    """How a date written to ``precision`` reads: ``17 September 1939``, ``May 1933``, ``1920s``."""
    last = last or first
    if precision == "decade" and last.year - first.year == 9 and first.year % 10 == 0:
        return f"{first.year}s"
    if precision in ("year", "decade"):
        return str(first.year) if first.year == last.year else f"{first.year}\u2013{last.year}"
    if precision in ("month", "season"):
        a = MONTHS[first.month - 1]
        b = MONTHS[last.month - 1]
        if (first.year, first.month) == (last.year, last.month):
            return f"{a} {first.year}"
        if first.year == last.year:
            return f"{a}\u2013{b} {first.year}"
        return f"{a} {first.year} \u2013 {b} {last.year}"
    if first == last:
        return format_day(first)
    if first.year == last.year:
        return f"{first.day} {MONTHS[first.month - 1]} \u2013 {format_day(last)}"
    return f"{format_day(first)} \u2013 {format_day(last)}"


@dataclass(frozen=True)
class Tick:
    """One mark on the ruler: all the events (or the border change) of one day.

    ``labels`` are tooltip lines (for events "<when>: <label>", one per event
    that day, in text order), ``starts`` the events' text offsets in the same
    order (empty for a border change), ``strong`` whether some event of the day
    is dated to the day or month.
    """

    day: dt.date
    kind: str
    labels: tuple[str, ...] = ()
    starts: tuple[int, ...] = ()
    strong: bool = True

    @property
    def start(self) -> int | None:
        """The text offset of the day's first event (None for a border change)."""
        return self.starts[0] if self.starts else None


def event_ticks(events: Iterable[Any]) -> list[Tick]:
    """Group events (objects with ``.date``, ``.label``, ``.start``) into one tick a day.

    ``.date_to`` and ``.precision`` are used when present (as on
    :class:`mapapp.core.timeline.Event`) to say how the date was written.
    """
    by_day: dict[dt.date, list[Any]] = {}
    for event in events:
        day = getattr(event, "date", None)
        if isinstance(day, dt.datetime):
            day = day.date()
        if isinstance(day, dt.date):
            by_day.setdefault(day, []).append(event)
    ticks = []
    for day in sorted(by_day):
        group = sorted(by_day[day], key=lambda e: int(getattr(e, "start", 0)))
        labels = []
        strong = False
        for e in group:
            precision = str(getattr(e, "precision", "day") or "day")
            strong = strong or precision in PRECISE
            when = format_span(day, getattr(e, "date_to", None) or day, precision)
            labels.append(f"{when}\u2003{str(getattr(e, 'label', '') or '').strip()}".rstrip())
        ticks.append(
            Tick(day, EVENT, tuple(labels), tuple(int(getattr(e, "start", 0)) for e in group), strong)
        )
    return ticks


class TickSlider(QSlider):
    """A horizontal day slider from ``first`` to ``last`` with event and border-change ticks."""

    tickClicked = Signal(object)  # the Tick clicked

    def __init__(self, first: dt.date, last: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.first = first
        self.last = last
        self.setRange(0, (last - first).days)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._ticks: dict[str, list[Tick]] = {EVENT: [], CHANGE: []}
        self._days: dict[str, list[dt.date]] = {EVENT: [], CHANGE: []}
        self._hover: Tick | None = None
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.72, 6.5))
        self._small = small
        self.setFixedHeight(self.sizeHint().height())

    # --- content ------------------------------------------------------------------

    def set_event_ticks(self, ticks: Sequence[Tick]) -> None:
        self._set(EVENT, ticks)

    def set_change_days(self, days: Iterable[dt.date]) -> None:
        self._set(CHANGE, [Tick(d, CHANGE, (f"Border change: {format_day(d)}",)) for d in sorted(set(days))])

    def ticks(self, kind: str) -> tuple[Tick, ...]:
        """The ticks of ``kind`` (:data:`EVENT` or :data:`CHANGE`) inside the range, by day."""
        return tuple(self._ticks[kind])

    def _set(self, kind: str, ticks: Iterable[Tick]) -> None:
        inside = sorted((t for t in ticks if self.first <= t.day <= self.last), key=lambda t: t.day)
        self._ticks[kind] = inside
        self._days[kind] = [t.day for t in inside]
        self._hover = None
        self.update()

    # --- geometry -----------------------------------------------------------------

    def sizeHint(self):  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        small = QFontMetrics(self._small).height()
        # events band + groove/handle + change band + year labels
        hint.setHeight(max(hint.height(), 15) + 10 + small + 4)
        return hint

    def minimumSizeHint(self):  # noqa: N802
        hint = super().minimumSizeHint()
        hint.setHeight(self.sizeHint().height())
        return hint

    def _option(self) -> QStyleOptionSlider:
        opt = QStyleOptionSlider()
        self.initStyleOption(opt)
        return opt

    def _rects(self, opt: QStyleOptionSlider | None = None) -> tuple[QRect, QRect]:
        opt = opt or self._option()
        style = self.style()
        groove = style.subControlRect(QStyle.ComplexControl.CC_Slider, opt, QStyle.SubControl.SC_SliderGroove, self)
        handle = style.subControlRect(QStyle.ComplexControl.CC_Slider, opt, QStyle.SubControl.SC_SliderHandle, self)
        return groove, handle

    def _xf(self, day: dt.date, groove: QRect, handle: QRect) -> float:
        """The exact column of ``day``'s handle centre (as QSlider places the handle)."""
        span = max(groove.width() - handle.width(), 1)
        value = (day - self.first).days
        return groove.x() + handle.width() / 2 + span * value / max(self.maximum(), 1)

    def tick_x(self, day: dt.date) -> int:
        """The pixel column (widget coordinates) where ``day`` sits on the ruler."""
        groove, handle = self._rects()
        return round(self._xf(day, groove, handle))

    def tick_point(self, day: dt.date, kind: str = EVENT) -> QPoint:
        """A point to click for the tick of ``kind`` on ``day`` (inside its band)."""
        groove, _ = self._rects()
        y = groove.top() - 4 if kind == EVENT else groove.bottom() + 3
        return QPoint(self.tick_x(day), y)

    def day_at(self, x: int) -> dt.date:
        groove, handle = self._rects()
        span = max(groove.width() - handle.width(), 1)
        value = QStyle.sliderValueFromPosition(
            self.minimum(), self.maximum(), x - groove.x() - handle.width() // 2, span
        )
        return self.first + dt.timedelta(days=value)

    def ticks_near(self, pos: QPoint, kind: str | None = None, slop: float = TICK_SLOP_PX) -> list[Tick]:
        """Ticks within ``slop`` px of ``pos``'s column, nearest first.

        ``kind`` None: the band under ``pos`` decides (above the groove's centre
        line events, below it border changes), the other kind if that band has
        none there.
        """
        groove, handle = self._rects()
        if kind is None:
            preferred = EVENT if pos.y() < groove.center().y() + 0.5 else CHANGE
            other = CHANGE if preferred == EVENT else EVENT
            return self.ticks_near(pos, preferred, slop) or self.ticks_near(pos, other, slop)
        days = self._days[kind]
        if not days:
            return []
        lo = self.day_at(int(pos.x() - slop - 1))
        hi = self.day_at(int(pos.x() + slop + 1))
        i, j = bisect.bisect_left(days, lo), bisect.bisect_right(days, hi)
        near = []
        for tick in self._ticks[kind][i:j]:
            distance = abs(self._xf(tick.day, groove, handle) - pos.x())
            if distance <= slop:
                near.append((distance, tick.day, tick))
        near.sort(key=lambda item: (item[0], item[1]))
        return [tick for _, _, tick in near]

    # --- mouse ----------------------------------------------------------------------

    def _on_handle(self, pos: QPoint) -> bool:
        hit = self.style().hitTestComplexControl(
            QStyle.ComplexControl.CC_Slider, self._option(), pos, self
        )
        return hit == QStyle.SubControl.SC_SliderHandle

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position().toPoint()
        if event.button() != Qt.MouseButton.LeftButton or self._on_handle(pos):
            super().mousePressEvent(event)
            return
        near = self.ticks_near(pos)
        if near:
            event.accept()
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.tickClicked.emit(near[0])
            return
        # The bare track: jump there, then let QSlider start dragging the handle now under the mouse.
        self.setValue((self.day_at(pos.x()) - self.first).days)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if not self.isSliderDown():
            near = self.ticks_near(event.position().toPoint())
            hover = near[0] if near else None
            if hover != self._hover:
                self._hover = hover
                self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802
        if self._hover is not None:
            self._hover = None
            self.update()
        super().leaveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            near = self.ticks_near(event.pos())
            if near:
                # the click's target, then its close neighbours of the same kind
                around = self.ticks_near(event.pos(), near[0].kind, TOOLTIP_SLOP_PX)
                shown = [near[0]] + [t for t in around if t is not near[0]]
                QToolTip.showText(event.globalPos(), tooltip_html(shown), self)
                return True
        return super().event(event)

    # --- painting -------------------------------------------------------------------

    def paintEvent(self, event: QEvent) -> None:  # noqa: N802
        painter = QStylePainter(self)
        opt = self._option()
        groove, handle = self._rects(opt)
        cc = QStyle.ComplexControl.CC_Slider

        groove_opt = QStyleOptionSlider(opt)
        groove_opt.subControls = QStyle.SubControl.SC_SliderGroove
        painter.drawComplexControl(cc, groove_opt)

        self._paint_years(painter, groove, handle)
        self._paint_ticks(painter, groove, handle)

        handle_opt = QStyleOptionSlider(opt)
        handle_opt.subControls = QStyle.SubControl.SC_SliderHandle
        painter.drawComplexControl(cc, handle_opt)
        painter.end()

    def _paint_years(self, painter: QPainter, groove: QRect, handle: QRect) -> None:
        metrics = QFontMetrics(self._small)
        years = range(self.first.year + (self.first != dt.date(self.first.year, 1, 1)), self.last.year + 1)
        if not years:
            return
        per_year = (groove.width() - handle.width()) / max((self.last - self.first).days / 365.25, 1)
        every = next(
            (n for n in (1, 2, 5, 10, 20, 50) if per_year * n >= metrics.horizontalAdvance("8888") + 8), 100
        )
        mark = QColor(self.palette().color(self.foregroundRole()))
        mark.setAlpha(70)
        text = QColor(self.palette().color(self.foregroundRole()))
        text.setAlpha(150)
        top = groove.bottom() + 2
        painter.setFont(self._small)
        for year in years:
            x = round(self._xf(dt.date(year, 1, 1), groove, handle))
            labelled = year % every == 0
            painter.setPen(QPen(mark, 1))
            painter.drawLine(x, top + 5, x, top + (8 if labelled else 6))
            if labelled:
                painter.setPen(text)
                width = metrics.horizontalAdvance(str(year))
                left = min(max(x - width / 2, 0), self.width() - width)
                box = QRectF(left, top + 7, width, metrics.height())
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(year))

    def _paint_ticks(self, painter: QPainter, groove: QRect, handle: QRect) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        ink = QColor(self.palette().color(self.foregroundRole()))
        pale = QColor(ink)
        pale.setAlpha(95)
        top = max(groove.top() - 10, 0)
        bottom = groove.top() - 2
        weak_top = bottom - 5
        for tick in self._ticks[EVENT]:  # pale first, so the precise ones draw over them
            if not tick.strong:
                x = round(self._xf(tick.day, groove, handle))
                painter.setPen(QPen(pale, 1))
                painter.drawLine(x, weak_top, x, bottom)
        painter.setPen(QPen(ink, 1))
        for tick in self._ticks[EVENT]:
            if tick.strong:
                x = round(self._xf(tick.day, groove, handle))
                painter.drawLine(x, top, x, bottom)
        change_top = groove.bottom() + 2
        painter.setPen(QPen(CHANGE_COLOR, 1))
        for tick in self._ticks[CHANGE]:
            x = round(self._xf(tick.day, groove, handle))
            painter.drawLine(x, change_top, x, change_top + 3)
        if self._hover is not None:
            x = round(self._xf(self._hover.day, groove, handle))
            color = self.palette().color(self.palette().ColorRole.Highlight)
            painter.setPen(QPen(color, 3))
            if self._hover.kind == EVENT:
                painter.drawLine(x, top, x, bottom)
            else:
                painter.drawLine(x, change_top, x, change_top + 4)


def tooltip_html(ticks: Sequence[Tick]) -> str:
    """The tooltip for the ticks under the mouse, ``ticks[0]`` the one a click takes.

    A table in date order, the click's target in bold; at most
    :data:`MAX_TOOLTIP_LINES` rows (the nearest), then how many more there are.
    """
    target = ticks[0]
    rows: list[tuple[dt.date, int, bool, str, str]] = []
    for tick in ticks:
        for i, label in enumerate(tick.labels):
            if tick.kind == EVENT:
                when, _, what = label.partition("\u2003")
            else:
                when, what = "", label  # "Border change: 13 March 1940"
            rows.append((tick.day, i, tick is target and i == 0, when, what))
    more = max(len(rows) - MAX_TOOLTIP_LINES, 0)
    rows = sorted(rows[:MAX_TOOLTIP_LINES], key=lambda r: (r[0], r[1]))
    cells = []
    for _, _, bold, when, what in rows:
        what = html.escape(what)
        if target.kind == CHANGE:
            when = f"<span style='color:{CHANGE_COLOR.name()}'>\u25ae</span>"
        elif not bold:
            when = f"<span style='color:#555'>{html.escape(when)}</span>"
        else:
            when = html.escape(when)
        if bold:
            when, what = f"<b>{when}</b>", f"<b>{what}</b>"
        cells.append(f"<tr><td style='white-space:nowrap'>{when}&nbsp;&nbsp;</td><td>{what}</td></tr>")
    if more:
        cells.append(f"<tr><td></td><td><i>\u2026 and {more} more nearby</i></td></tr>")
    hint = "Click to go there and read it" if target.kind == EVENT else "Click to go there"
    return (
        "<table cellspacing=0 cellpadding=0 style='white-space:nowrap'>" + "".join(cells) + "</table>"
        + f"<div style='color:gray'>{hint}</div>"
    )
