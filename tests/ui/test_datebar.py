"""The date control: tick slider, date field, play, previous/next event and border change, keys."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip

from mapapp.ui.datebar import (
    DRAG_DEBOUNCE_MS,
    FIRST_DAY,
    LAST_DAY,
    PLAY_HZ,
    SPEEDS,
    DateBar,
)

D = dt.date


@pytest.fixture
def bar(qtbot):
    widget = DateBar(date=D(1939, 9, 1))
    qtbot.addWidget(widget)
    widget.resize(700, 40)
    widget.show()
    return widget


def test_range_is_1918_to_1941_by_day(bar):
    assert bar.first == FIRST_DAY == D(1918, 1, 1)
    assert bar.last == LAST_DAY == D(1941, 12, 31)
    assert bar.slider.minimum() == 0
    assert bar.slider.maximum() == (LAST_DAY - FIRST_DAY).days
    assert bar.edit.minimumDate() == QDate(1918, 1, 1)
    assert bar.edit.maximumDate() == QDate(1941, 12, 31)
    assert bar.iso() == "1939-09-01"
    assert bar.slider.value() == (D(1939, 9, 1) - FIRST_DAY).days


def test_set_date_from_code_does_not_emit(bar, qtbot):
    with qtbot.assertNotEmitted(bar.dateChanged, wait=DRAG_DEBOUNCE_MS * 3):
        bar.set_date("1940-03-13")
    assert bar.date() == D(1940, 3, 13)
    assert bar.edit.date() == QDate(1940, 3, 13)
    bar.set_date(D(1900, 1, 1))  # clamped
    assert bar.date() == FIRST_DAY


def test_date_field_emits_iso(bar, qtbot):
    with qtbot.waitSignal(bar.dateChanged, timeout=1000) as blocker:
        bar.edit.setDate(QDate(1940, 8, 10))
    assert blocker.args == ["1940-08-10"]
    assert bar.slider.value() == (D(1940, 8, 10) - FIRST_DAY).days


def test_slider_keys_emit_at_once(bar, qtbot):
    bar.slider.setFocus()
    with qtbot.waitSignal(bar.dateChanged, timeout=1000) as blocker:
        QTest.keyClick(bar.slider, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert blocker.args == ["1939-09-02"]  # Shift+Right: a day
    assert bar.edit.date() == QDate(1939, 9, 2)
    with qtbot.waitSignal(bar.dateChanged, timeout=1000) as blocker:
        QTest.keyClick(bar.slider, Qt.Key.Key_Right)
    assert blocker.args == ["1939-10-02"]  # Right: a month


def test_dragging_is_debounced(bar, qtbot):
    got: list[str] = []
    bar.dateChanged.connect(got.append)
    bar.slider.setSliderDown(True)
    start = bar.slider.value()
    for step in range(1, 30):
        bar.slider.setValue(start + step)
    assert got == []  # nothing while the hand moves
    assert bar.edit.date() == QDate(1939, 9, 30)  # but the field follows
    qtbot.waitUntil(lambda: got == ["1939-09-30"], timeout=1000)
    bar.slider.setValue(start + 40)
    bar.slider.setSliderDown(False)  # released: at once
    assert got == ["1939-09-30", "1939-10-11"]


def test_previous_and_next_change(bar, qtbot):
    assert not bar.prev_button.isEnabled() and not bar.next_button.isEnabled()
    changes = [D(1939, 9, 1), D(1939, 9, 28), D(1939, 10, 26), D(1940, 3, 13)]
    bar.set_change_dates(reversed(changes))
    assert bar.change_dates() == tuple(changes)
    assert not bar.prev_button.isEnabled() and bar.next_button.isEnabled()
    with qtbot.waitSignal(bar.dateChanged, timeout=1000) as blocker:
        qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["1939-09-28"]
    bar.set_date("1939-10-01")
    with qtbot.waitSignal(bar.dateChanged, timeout=1000) as blocker:
        qtbot.mouseClick(bar.prev_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["1939-09-28"]
    bar.next_change()
    bar.next_change()
    assert bar.iso() == "1940-03-13"
    assert not bar.next_button.isEnabled()
    bar.next_change()  # nothing further: stays
    assert bar.iso() == "1940-03-13"


def test_takes_the_datasets_change_dates(bar):
    from mapapp.core.borders import load_borders

    borders = load_borders()
    bar.set_change_dates(borders.change_dates())
    bar.set_date("1939-08-31")
    bar.next_change()
    assert bar.date() == D(1939, 9, 1)


def test_bad_range_is_refused(qtbot):
    with pytest.raises(ValueError):
        DateBar(first=D(1941, 1, 1), last=D(1940, 1, 1))


@pytest.mark.webengine
def test_wired_to_the_map_as_in_the_main_window(map_view, qtbot, js):
    """dateChanged -> MapView.set_date, with the change dates from the disk cache."""
    from mapapp.map import border_change_dates

    bar = DateBar(date=D(1939, 8, 31))
    qtbot.addWidget(bar)
    bar.set_change_dates(border_change_dates())
    bar.dateChanged.connect(map_view.set_date)
    with qtbot.waitSignal(map_view.bordersDrawn, timeout=20_000,
                          check_params_cb=lambda date, count: date == "1939-09-01"):
        bar.next_change()
    assert js(map_view, "controllerAt", 54.35, 18.65) == "Germany"  # Danzig, annexed 1 September
    with qtbot.waitSignal(map_view.bordersDrawn, timeout=20_000,
                          check_params_cb=lambda date, count: date == "1939-08-31"):
        bar.edit.setDate(QDate(1939, 8, 31))
    assert js(map_view, "controllerAt", 54.35, 18.65) == "Free City of Danzig"
    assert map_view.js_errors == []


# --- ticks, play, events, keys (issue 4, time controls) ----------------------------------


@dataclass(frozen=True)
class Ev:
    """Stands for mapapp.core.timeline.Event: the three fields the bar needs (+ precision)."""

    date: dt.date
    label: str
    start: int
    precision: str = "day"


EVENTS = [
    Ev(D(1918, 3, 3), "The Treaty of Brest-Litovsk was signed", 273),
    Ev(D(1922, 4, 16), "The Treaty of Rapallo was signed", 5646),
    Ev(D(1926, 1, 1), "Germany was admitted to the League", 9418, "year"),
    Ev(D(1939, 9, 17), "The Soviet Union entered the Polish territories", 32830),
    Ev(D(1939, 9, 17), "A joint military parade in Brest", 33440),
    Ev(D(1940, 3, 12), "The Moscow Peace Treaty was signed", 39225),
    Ev(D(1950, 1, 1), "Outside the range: no tick", 50000),
]
CHANGES = [D(1918, 3, 3), D(1920, 8, 1), D(1939, 9, 28), D(1940, 3, 13)]


@pytest.fixture
def ticked(qtbot):
    widget = DateBar(date=D(1930, 1, 1))
    qtbot.addWidget(widget)
    widget.set_events(EVENTS)
    widget.set_change_dates(CHANGES)
    widget.resize(800, 40)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def record(signal) -> list:
    got: list = []
    signal.connect(lambda *args: got.append(args[0] if len(args) == 1 else args))
    return got


def click(bar, day, kind="event", dx=0):
    point = bar.slider.tick_point(day, kind)
    QTest.mouseClick(bar.slider, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(point.x() + dx, point.y()))


def test_ticks_for_events_and_changes(ticked):
    events = ticked.event_ticks()
    assert [t.day for t in events] == [D(1918, 3, 3), D(1922, 4, 16), D(1926, 1, 1),
                                       D(1939, 9, 17), D(1940, 3, 12)]  # one a day, in range
    parade_day = events[3]
    assert parade_day.starts == (32830, 33440)
    assert parade_day.labels[0].startswith("17 September 1939")
    assert not events[2].strong and events[2].labels[0].startswith("1926")
    assert [t.day for t in ticked.change_ticks()] == CHANGES
    # left to right in date order, inside the slider
    xs = [ticked.tick_x(t.day) for t in events]
    assert xs == sorted(xs) and 0 < xs[0] < xs[-1] < ticked.slider.width()
    ticked.set_events([])
    assert ticked.event_ticks() == ()


def test_ticks_are_drawn_dark_above_and_red_below(ticked):
    image = ticked.slider.grab().toImage()
    rapallo = ticked.slider.tick_point(D(1922, 4, 16), "event")
    ink = image.pixelColor(rapallo)
    assert ink.lightness() < 110, ink.name()
    change = ticked.slider.tick_point(D(1920, 8, 1), "change")
    red = image.pixelColor(change)
    assert red.red() > 150 and red.green() < 110 and red.blue() < 110, red.name()
    blank = image.pixelColor(QPoint(ticked.tick_x(D(1933, 6, 1)), rapallo.y()))
    assert blank.lightness() > 180, blank.name()  # no tick where nothing happened


def test_tooltips_name_the_tick(ticked, qtbot):
    for day, kind, words in [
        (D(1939, 9, 17), "event", ["17 September 1939", "joint military parade", "entered the Polish"]),
        (D(1940, 3, 13), "change", ["Border change: 13 March 1940"]),
    ]:
        point = ticked.slider.tick_point(day, kind)
        help_event = QHelpEvent(QEvent.Type.ToolTip, point, ticked.slider.mapToGlobal(point))
        QApplication.sendEvent(ticked.slider, help_event)
        qtbot.waitUntil(lambda: QToolTip.isVisible(), timeout=1000)
        for word in words:
            assert word in QToolTip.text()
        QToolTip.hideText()
    assert "PageUp" in ticked.prev_event_button.toolTip()
    assert "PageDown" in ticked.next_event_button.toolTip()
    assert "Ctrl+" in ticked.prev_button.toolTip() and "Ctrl+" in ticked.next_button.toolTip()
    assert "Space" in ticked.play_button.toolTip()
    for key in ("Space", "PgUp/PgDn", "Ctrl+", "Home/End", "Shift+"):
        assert key in ticked.slider.toolTip()


def test_clicking_an_event_tick_emits_its_offset_and_date(ticked):
    dates, chosen = record(ticked.dateChanged), record(ticked.eventChosen)
    click(ticked, D(1922, 4, 16))
    assert dates == ["1922-04-16"] and chosen == [5646]
    click(ticked, D(1939, 9, 17), dx=3)  # near enough; the first told of that day
    assert dates[-1] == "1939-09-17" and chosen[-1] == 32830
    assert ticked.slider.hasFocus()


def test_clicking_a_change_tick_goes_there_without_an_event(ticked):
    dates, chosen = record(ticked.dateChanged), record(ticked.eventChosen)
    click(ticked, D(1940, 3, 13), "change")
    assert dates == ["1940-03-13"] and chosen == []
    # Brest-Litovsk day has both: above the track the event, below the change
    click(ticked, D(1918, 3, 3), "change")
    assert dates[-1] == "1918-03-03" and chosen == []
    ticked.set_date("1930-01-01")
    click(ticked, D(1918, 3, 3), "event")
    assert chosen == [273]


def test_clicking_the_bare_track_jumps_there(ticked):
    dates, chosen = record(ticked.dateChanged), record(ticked.eventChosen)
    x = ticked.tick_x(D(1933, 6, 1))
    QTest.mouseClick(ticked.slider, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(x, ticked.slider.tick_point(D(1933, 6, 1)).y()))
    assert len(dates) == 1 and chosen == []
    assert abs((ticked.date() - D(1933, 6, 1)).days) <= 31  # within a pixel's worth of days


def test_previous_and_next_event_buttons(ticked, qtbot):
    dates, chosen = record(ticked.dateChanged), record(ticked.eventChosen)
    assert ticked.prev_event_button.isEnabled() and ticked.next_event_button.isEnabled()
    qtbot.mouseClick(ticked.next_event_button, Qt.MouseButton.LeftButton)
    assert dates == ["1939-09-17"] and chosen == [32830]
    qtbot.mouseClick(ticked.next_event_button, Qt.MouseButton.LeftButton)
    assert dates == ["1939-09-17"] and chosen == [32830, 33440]  # same day, next told
    qtbot.mouseClick(ticked.next_event_button, Qt.MouseButton.LeftButton)
    assert dates[-1] == "1940-03-12" and chosen[-1] == 39225
    assert not ticked.next_event_button.isEnabled()
    qtbot.mouseClick(ticked.prev_event_button, Qt.MouseButton.LeftButton)
    assert chosen[-1] == 33440
    ticked.set_date("1922-04-16")  # from code: counts from the day, before its events
    ticked.previous_event()
    assert chosen[-1] == 273 and ticked.iso() == "1918-03-03"
    assert not ticked.prev_event_button.isEnabled()


def test_play_advances_and_stops_at_the_end(ticked, qtbot):
    ticked.set_date("1941-06-01")
    ticked.speed_box.setCurrentIndex(3)  # 1 year/s: 6 steps to the end
    assert ticked.speed() == pytest.approx(365.25)
    dates, playing = record(ticked.dateChanged), record(ticked.playingChanged)
    qtbot.mouseClick(ticked.play_button, Qt.MouseButton.LeftButton)
    assert ticked.is_playing() and playing == [True]
    assert ticked.play_button.isChecked() and "Pause" in ticked.play_button.toolTip()
    qtbot.waitUntil(lambda: not ticked.is_playing(), timeout=3000)
    assert playing == [True, False]
    assert dates[-1] == "1941-12-31" == ticked.iso()
    assert len(dates) >= 5 and dates == sorted(dates)
    assert D.fromisoformat(dates[0]) - D(1941, 6, 1) == dt.timedelta(days=36)  # speed / 10
    assert not ticked.play_button.isChecked()
    # at the end, play starts over from the first day
    ticked.play()
    assert dates[-1] == "1918-01-01" and ticked.is_playing()
    ticked.pause()


def test_pause_stops(ticked, qtbot):
    dates = record(ticked.dateChanged)
    ticked.set_speed(365.25 / 12)
    ticked.play()
    assert ticked.speed_box.currentText() == "1 mo/s"
    qtbot.waitUntil(lambda: len(dates) >= 2, timeout=2000)
    qtbot.mouseClick(ticked.play_button, Qt.MouseButton.LeftButton)
    assert not ticked.is_playing()
    count, shown = len(dates), ticked.iso()
    qtbot.wait(350)
    assert len(dates) == count and ticked.iso() == shown


def test_speed_changes_the_step(ticked):
    steps = {}
    for index, (label, _days) in enumerate(SPEEDS):
        ticked.set_date("1930-01-01")
        ticked.speed_box.setCurrentIndex(index)
        for _ in range(PLAY_HZ):  # one second of play
            ticked.play_step()
        steps[label] = (ticked.date() - D(1930, 1, 1)).days
    assert steps == {"1 wk/s": 7, "1 mo/s": 30, "6 mo/s": 182, "1 yr/s": 365}


def test_user_moves_pause_play(ticked, qtbot):
    ticked.play()
    _groove, handle = ticked.slider._rects()
    qtbot.mousePress(ticked.slider, Qt.MouseButton.LeftButton, pos=handle.center())
    assert not ticked.is_playing()  # grabbing the handle
    qtbot.mouseRelease(ticked.slider, Qt.MouseButton.LeftButton, pos=handle.center())
    ticked.play()
    ticked.edit.setDate(QDate(1935, 5, 2))  # picking a date
    assert not ticked.is_playing() and ticked.iso() == "1935-05-02"
    ticked.play()
    click(ticked, D(1940, 3, 12))  # a tick
    assert not ticked.is_playing()
    ticked.play()
    ticked.set_date("1925-01-01")  # the text moved the date: play goes on from there
    assert ticked.is_playing()
    ticked.play_step()
    assert D(1925, 1, 1) < ticked.date() < D(1925, 2, 1)
    ticked.pause()


def test_keys(ticked, qtbot):
    dates, chosen, playing = record(ticked.dateChanged), record(ticked.eventChosen), record(ticked.playingChanged)
    ticked.setFocus()
    assert ticked.slider.hasFocus()

    def key(k, mods=Qt.KeyboardModifier.NoModifier, widget=None):
        QTest.keyClick(widget or ticked.slider, k, mods)
        return ticked.iso()

    ticked.set_date("1940-01-31")
    assert key(Qt.Key.Key_Right) == "1940-02-29"  # a month, clamped to its length
    assert key(Qt.Key.Key_Left) == "1940-01-29"
    assert key(Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier) == "1940-01-28"
    assert key(Qt.Key.Key_Up) == "1941-01-28"
    assert key(Qt.Key.Key_Down) == "1940-01-28"
    assert key(Qt.Key.Key_PageDown) == "1940-03-12" and chosen == [39225]
    assert key(Qt.Key.Key_PageUp) == "1939-09-17" and chosen[-1] == 33440
    assert key(Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier) == "1939-09-28"
    assert key(Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier) == "1920-08-01"
    assert key(Qt.Key.Key_End) == "1941-12-31"
    assert key(Qt.Key.Key_Home) == "1918-01-01"
    assert dates[-1] == "1918-01-01" and len(dates) == 11
    key(Qt.Key.Key_Space)
    assert ticked.is_playing()
    key(Qt.Key.Key_Space)
    assert not ticked.is_playing() and playing == [True, False]
    # the same keys on the bar's buttons
    ticked.set_date("1930-01-01")
    assert key(Qt.Key.Key_PageDown, widget=ticked.next_event_button) == "1939-09-17"
    key(Qt.Key.Key_Space, widget=ticked.prev_button)
    assert ticked.is_playing()  # Space plays from any of the bar's buttons
    ticked.pause()


def test_keys_win_over_window_shortcuts(ticked):
    """The bar claims its keys on ShortcutOverride, so a window action on Space or Home
    does not take them while the bar has focus; other keys stay the window's."""
    for widget in (ticked.slider, ticked.next_button):
        for k, mods in [(Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier),
                        (Qt.Key.Key_Home, Qt.KeyboardModifier.NoModifier),
                        (Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)]:
            override = QKeyEvent(QEvent.Type.ShortcutOverride, k, mods)
            override.ignore()
            QApplication.sendEvent(widget, override)
            assert override.isAccepted(), (widget, k)
        other = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
        other.ignore()
        QApplication.sendEvent(widget, other)
        assert not other.isAccepted()
    assert ticked.iso() == "1930-01-01" and not ticked.is_playing()  # claiming is not doing


def test_one_compact_row_with_the_date_on_the_right(ticked):
    assert ticked.sizePolicy().verticalPolicy() == QSizePolicy.Policy.Fixed
    assert ticked.sizeHint().height() <= 44
    assert ticked.height() <= 44
    row = [ticked.play_button, ticked.speed_box, ticked.prev_event_button, ticked.prev_button,
           ticked.slider, ticked.next_button, ticked.next_event_button, ticked.edit]
    xs = [w.geometry().x() for w in row]
    assert xs == sorted(xs)
    assert ticked.edit.geometry().right() <= ticked.width()
    assert ticked.slider.width() > ticked.width() // 2 - 20
    assert ticked.edit.font().bold()


def test_takes_the_samples_events(qtbot, tmp_path):
    from mapapp.core.article import open_article
    from mapapp.core.documents import sample_path

    events = open_article(sample_path()).timeline.events
    bar = DateBar(date=D(1939, 8, 31))
    qtbot.addWidget(bar)
    bar.set_events(events)
    days = {e.date for e in events if FIRST_DAY <= e.date <= LAST_DAY}
    assert {t.day for t in bar.event_ticks()} == days
    chosen = record(bar.eventChosen)
    bar.next_event()
    assert bar.iso() == "1939-09-01" and chosen == [30733]  # the invasion of Poland
    bar.resize(800, 40)
    bar.show()
    qtbot.waitExposed(bar)
    image = bar.grab()
    assert image.save(str(tmp_path / "datebar.png"))
    assert image.width() == 800 and image.height() <= 44
