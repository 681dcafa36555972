"""The date control: slider, date field, previous/next border change."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from mapapp.ui.datebar import DRAG_DEBOUNCE_MS, FIRST_DAY, LAST_DAY, DateBar

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
        QTest.keyClick(bar.slider, Qt.Key.Key_Right)
    assert blocker.args == ["1939-09-02"]
    assert bar.edit.date() == QDate(1939, 9, 2)


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
