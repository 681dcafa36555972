"""The reader window driven as a user drives it, on the real QtWebEngine page."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMimeData,
    QPoint,
    QPointF,
    QSettings,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QCloseEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from mapapp.core.documents import sample_path
from mapapp.ui.datebar import DateBar
from mapapp.ui.mainwindow import DEFAULT_DATEBAR_HEIGHT, MainWindow, saved_datebar_height
from mapapp.ui.mapview import delete_view
from mapapp.ui.places_panel import PlacesPanel
from tests.ui.conftest import wait_for

pytestmark = pytest.mark.webengine

LOAD_TIMEOUT = 60_000


def eval_js(view, script: str):
    """Run JS in the map page and return its JSON-decoded result."""
    box: list = []
    view.page().runJavaScript(f"JSON.stringify({script})", 0, box.append)
    wait_for(lambda: bool(box), 10_000, script)
    return json.loads(box[0])


def wait_signal(signal, trigger, timeout_ms: int = LOAD_TIMEOUT) -> list:
    """Call ``trigger`` and run the event loop until ``signal`` fires; its arguments."""
    got: list = []

    def slot(*args):
        got.append(list(args))

    signal.connect(slot)
    try:
        trigger()
        wait_for(lambda: bool(got), timeout_ms, str(signal))
    finally:
        signal.disconnect(slot)
    return got[0]


@pytest.fixture(scope="module")
def window(qapp, tmp_path_factory):
    settings_file = tmp_path_factory.mktemp("settings") / "mapapp.ini"
    win = MainWindow(QSettings(str(settings_file), QSettings.Format.IniFormat))
    win.resize(1400, 850)
    win.show()
    wait_signal(win.placesDrawn, lambda: win.open_path(str(sample_path())))
    yield win
    for box in win.findChildren(QMessageBox):
        box.close()
    delete_view(win.map)
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def place_index(win: MainWindow, name: str) -> int:
    return next(i for i, p in enumerate(win.article.places) if p.name == name)


def test_sample_is_shown_with_places(window):
    article = window.article
    assert article is not None
    assert "Soviet-German relations" in window.windowTitle()
    names = {p.name for p in article.places}
    assert {"Moscow", "Berlin", "Warsaw", "Helsinki", "Kaunas"} <= names
    assert window.places.model.rowCount() == len(article.places)
    text = window.reading.toPlainText()
    for raw in ("[[", "{{", "'''", "<ref"):
        assert raw not in text


def test_a_waiting_text_comes_a_moment_after_its_places(window, qtbot, monkeypatch):
    """A text made after its places (at launch) waits TEXT_AFTER_PLACES_MS after the
    page's report, so that parsing it does not hold back the places' frame."""
    import mapapp.ui.mainwindow as mw

    # Longer here, so that a busy test machine cannot outwait it.
    monkeypatch.setattr(mw, "TEXT_AFTER_PLACES_MS", 1500)
    article = window.article
    shown: list = []
    window.articleShown.connect(lambda: shown.append(True))
    window.show_article(article)  # no text made yet: it waits for the places
    assert window._text_waiting is article
    window.map.placesDrawn.emit(len(article.places))
    assert window._text_waiting is article  # not at once
    qtbot.wait(500)  # the wait timers of the fixture's own opening end meanwhile: they do nothing now
    assert not shown and window._text_waiting is article
    wait_for(lambda: shown, LOAD_TIMEOUT, "the text")
    assert window.reading.toPlainText().startswith(article.document.title)


def test_marker_click_scrolls_text_to_mention(window, qtbot):
    index = place_index(window, "Murmansk")
    place = window.article.places[index]
    bar = window.reading.verticalScrollBar()
    bar.setValue(0)
    assert not window.reading.mention_visible(index, 0)
    # The click is a real mouse click on the marker's pixel in the map view.
    with qtbot.waitSignal(window.map.placeClicked, timeout=10_000) as blocker:
        window.map.set_view(place.lat, place.lon, 6)
        qtbot.wait(800)
        point = eval_js(window.map, f"window.mapapp.placePoint({json.dumps(place.id)})")
        target = window.map.focusProxy() or window.map
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(int(point["x"]), int(point["y"])))
    assert blocker.args == [place.id]
    qtbot.waitUntil(lambda: window.reading.mention_visible(index, 0), timeout=5_000)
    assert bar.value() > 0
    assert window.current_place == index


def test_second_marker_click_steps_to_next_mention(window, qtbot):
    index = next(i for i, p in enumerate(window.article.places) if len(p.mentions) >= 3)
    place = window.article.places[index]
    window.on_marker_clicked(place.id)
    first = window.current_mention
    window.on_marker_clicked(place.id)
    assert window.current_mention != first
    assert window.reading.mention_visible(index, window.current_mention)


def test_mention_click_moves_map_centre(window, qtbot):
    index = place_index(window, "Kazan")
    place = window.article.places[index]
    window.map.set_view(48.0, 2.0, 5)
    qtbot.wait(300)
    window.reading.scroll_to_mention(index, 0)
    start, end = window.reading.mention_span(index, 0)
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(window.reading.document())
    cursor.setPosition(start + 1)
    rect = window.reading.cursorRect(cursor)
    with qtbot.waitSignal(window.reading.mentionClicked, timeout=5_000):
        qtbot.mouseClick(window.reading.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    def centred() -> bool:
        view = eval_js(window.map, "JSON.parse(window.mapapp.getView())")
        return abs(view["lat"] - place.lat) < 0.1 and abs(view["lon"] - place.lon) < 0.1

    qtbot.waitUntil(centred, timeout=10_000)


def test_places_panel_sorts_filters_and_chooses(window, qtbot):
    panel = window.places
    panel.filter.setText("war")
    visible = [window.article.place(pid).name for pid in panel.visible_place_ids()]
    assert "Warsaw" in visible
    assert all("war" in name.lower() for name in visible)
    panel.filter.clear()
    panel.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    counts = [len(window.article.place(pid).mentions) for pid in panel.visible_place_ids()]
    assert counts == sorted(counts, reverse=True)
    panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    names = [window.article.place(pid).name.casefold() for pid in panel.visible_place_ids()]
    assert names == sorted(names)
    warsaw = next(pid for pid in panel.visible_place_ids() if window.article.place(pid).name == "Warsaw")
    panel.placeChosen.emit(warsaw)
    assert window.article.places[window.current_place].name == "Warsaw"


def test_broken_file_keeps_open_document(window, qtbot, tmp_path):
    before = window.article
    bad = tmp_path / "broken.xml"
    bad.write_bytes(b"<mediawiki><page><title>x</title><revision><text>unterminated")
    with qtbot.waitSignal(window.openFailed, timeout=10_000) as blocker:
        window.open_path(str(bad))
    message = blocker.args[0]
    assert "broken.xml" in message and "\n" not in message
    assert window.article is before
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    with qtbot.waitSignal(window.openFailed, timeout=10_000):
        window.open_path(str(binary))
    assert window.article is before
    boxes = window.findChildren(QMessageBox)
    assert boxes, "the user is told"
    for box in boxes:
        box.close()


def test_snapshot_has_requested_size_and_is_not_blank(window, qtbot, tmp_path):
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage

    out = tmp_path / "snap.png"
    assert window.write_snapshot(str(out), QSize(640, 400), (54.0, 24.0, 5))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (640, 400)
    colours = {image.pixel(x, y) for x in range(0, 640, 16) for y in range(0, 400, 16)}
    assert len(colours) > 20


def test_drop_opens_file_and_recent_files_remember_it(window, qtbot, tmp_path):
    doc = tmp_path / "finland.txt"
    doc.write_text(
        "The Winter War\n\nSoviet troops crossed the border near Terijoki and advanced "
        "on Viipuri. Helsinki was bombed on the first day.\n",
        encoding="utf-8",
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(doc))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.placesDrawn, timeout=LOAD_TIMEOUT):
        window.dropEvent(event)
    assert window.article.document.path == str(doc)
    assert {"Helsinki"} <= {p.name for p in window.article.places}
    assert window.recent_files()[0] == str(doc.resolve())
    # Back to the sample for any later test in this module.
    with qtbot.waitSignal(window.placesDrawn, timeout=LOAD_TIMEOUT):
        window.open_path(str(sample_path()))
    assert os.fspath(Path(window.recent_files()[0])) == str(Path(sample_path()).resolve())


@pytest.mark.parametrize(
    "name,content",
    [
        ("empty.txt", b""),
        ("latin.wiki", b"\x00\x00\xfe\xff\x00W\x00a\x00r\x00s\x00a\x00w"),
        ("bad.xml", b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'b'>]><mediawiki/>"),
    ],
)
def test_more_broken_files_are_refused_clearly(window, name, content, tmp_path):
    before = window.article
    path = tmp_path / name
    path.write_bytes(content)
    message = wait_signal(window.openFailed, lambda: window.open_path(str(path)), 10_000)[0]
    assert name in message and "\n" not in message
    assert window.article is before
    for box in window.findChildren(QMessageBox):
        box.close()


def test_huge_file_is_refused_fast(window, tmp_path):
    before = window.article
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    message = wait_signal(window.openFailed, lambda: window.open_path(str(huge)), 5_000)[0]
    assert "MB" in message
    assert window.article is before
    for box in window.findChildren(QMessageBox):
        box.close()


def test_multi_page_export_lets_the_user_pick(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    export = tmp_path / "two.xml"
    page = (
        "<page><title>{t}</title><ns>0</ns><id>{i}</id><revision><id>{i}0</id>"
        "<timestamp>2008-01-01T00:00:00Z</timestamp><contributor><username>A</username>"
        "<id>1</id></contributor><text xml:space='preserve'>{body}</text></revision></page>"
    )
    export.write_text(
        "<mediawiki xmlns='http://www.mediawiki.org/xml/export-0.10/'>"
        + page.format(t="First", i=1, body="The road from [[Riga]] to [[Tallinn]].")
        + page.format(t="Second", i=2, body="The siege of [[Leningrad]] and [[Murmansk]].")
        + "</mediawiki>",
        encoding="utf-8",
    )
    offered = []

    def pick(parent, title, label, items, current, editable):
        offered.extend(items)
        return "Second", True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    wait_signal(window.placesDrawn, lambda: window.open_path(str(export)))
    assert offered == ["First", "Second"]
    assert window.article.document.title == "Second"
    assert {p.name for p in window.article.places} >= {"Murmansk"}
    wait_signal(window.placesDrawn, lambda: window.open_path(str(sample_path())))


def test_hostile_document_runs_nothing(window, tmp_path):
    hostile = tmp_path / "hostile.wiki"
    hostile.write_text(
        "== <script>window.pwned=1</script>Intro ==\n"
        "Troops marched on [[Warsaw]]<img src=x onerror=\"window.pwned=2\">. "
        "[javascript:window.pwned=3 Click here] and <div onclick=\"window.pwned=4\">[[Kaunas]]</div>.\n",
        encoding="utf-8",
    )
    wait_signal(window.placesDrawn, lambda: window.open_path(str(hostile)))
    html = window.reading.toHtml()
    assert "<script" not in html and "onerror" not in html and "javascript:" not in html
    assert {"Warsaw", "Kaunas"} <= {p.name for p in window.article.places}
    assert eval_js(window.map, "typeof window.pwned") == "undefined"
    wait_signal(window.placesDrawn, lambda: window.open_path(str(sample_path())))


def test_no_js_errors_and_no_network(window):
    assert window.map.js_errors == []
    assert window.map.blocked_requests == []


def test_date_bar_moves_the_map_to_that_day(window):
    from PySide6.QtCore import QDate

    window.datebar.edit.setDate(QDate(1940, 3, 13))  # as the user types it

    def drawn(day: str) -> bool:
        return eval_js(window.map, "window.mapapp.bordersStatus()").get("drawnDate") == day

    wait_for(lambda: drawn("1940-03-13"), 20_000, "borders of 13 March 1940")
    # Vyborg went to the Soviet Union with the Moscow Peace; Helsinki stayed Finnish.
    assert eval_js(window.map, "window.mapapp.controllerAt(60.71, 28.75)") == "Soviet Union"
    assert eval_js(window.map, "window.mapapp.controllerAt(60.17, 24.94)") == "Finland"
    window.datebar.edit.setDate(QDate(1939, 8, 1))
    wait_for(lambda: drawn("1939-08-01"), 20_000, "borders of 1 August 1939")
    assert eval_js(window.map, "window.mapapp.controllerAt(60.71, 28.75)") == "Finland"
    assert window.settings.value("map/date") == "1939-08-01"


def text_offset(window, words: str) -> int:
    return window.article.reading.plain.index(words)


def borders_drawn_for_bar(window) -> bool:
    status = eval_js(window.map, "window.mapapp.bordersStatus()")
    return status.get("drawnDate") == window.datebar.iso()


def test_scrolling_moves_the_map_date_to_the_passage(window):
    window.follow_action.setChecked(True)
    for words, low, high in (
        ("invaded its zone of influence", "1939-09-01", "1939-09-30"),
        ("Moscow Peace Treaty", "1939-11-30", "1940-03-31"),
        # The Volksdeutsche section looks back: the map goes back with it.
        ("Ethnic Germans in Soviet Russia of the 1920s", "1920-01-01", "1929-12-31"),
    ):
        window.reading.scroll_to_offset(text_offset(window, words))
        wait_for(
            lambda lo=low, hi=high: lo <= window.datebar.iso() <= hi,
            5_000,
            f"a date for {words} (at {window.datebar.iso()})",
        )
        wait_for(lambda: borders_drawn_for_bar(window), 20_000, "the map to draw that date")
    window.reading.scroll_to_offset(text_offset(window, "invaded its zone of influence"))
    wait_for(lambda: window.datebar.iso().startswith("1939-09"), 5_000, "September 1939")


def test_not_following_keeps_the_date(window):
    window.follow_action.setChecked(False)
    window.datebar.set_date("1925-05-05")
    window.set_map_date("1925-05-05")
    window.reading.scroll_to_offset(text_offset(window, "Moscow Peace Treaty"))
    deadline = []
    QTimer.singleShot(300, lambda: deadline.append(True))
    wait_for(lambda: bool(deadline), 2_000)
    assert window.datebar.iso() == "1925-05-05"
    window.follow_action.setChecked(True)
    wait_for(lambda: window.datebar.iso() >= "1939-11-30", 5_000, "following again")


def test_event_tick_click_scrolls_text_and_sets_date(window, qtbot):
    import datetime as dt

    bar = window.datebar
    window.reading.verticalScrollBar().setValue(0)
    wait_for(lambda: True, 100)
    point = bar.slider.tick_point(dt.date(1926, 4, 24), "event")
    qtbot.mouseClick(bar.slider, Qt.MouseButton.LeftButton, pos=point)
    wait_for(lambda: window.reading.verticalScrollBar().value() > 0, 5_000, "the text to scroll")
    assert bar.iso() == "1926-04-24"
    offset = window.reading.reading_offset()
    assert "1926" in window.article.reading.plain[max(offset - 600, 0): offset + 600]
    wait_for(lambda: borders_drawn_for_bar(window), 20_000, "the map to draw 24 April 1926")


def map_status(window) -> dict:
    return eval_js(window.map, "window.mapapp.status()")


def map_view_now(window) -> dict:
    return json.loads(eval_js(window.map, "window.mapapp.getView()"))


def test_reading_a_passage_emphasises_its_places_and_the_map_fits_them(window):
    from mapapp.map import places_in_range, reading_range

    article = window.article
    window.follow_action.setChecked(True)
    window.reading.verticalScrollBar().setValue(0)
    wait_for(lambda: window.reading.reading_offset() is not None, 2_000)
    # The places the Winter War paragraph names (Finland, the Mannerheim Line...), from the article.
    told = text_offset(window, "Moscow Peace Treaty")
    paragraph = places_in_range(article.places, *reading_range(article.reading, article.timeline, told))
    assert paragraph, "the Winter War paragraph names places"
    window.map.set_view(40.0, -5.0, 6)  # Spain, away from them
    wait_for(lambda: abs(map_view_now(window)["lon"] + 5.0) < 0.5, 5_000, "the view on Spain")

    window.reading.scroll_to_offset(told)

    def expected() -> list[str]:
        offset = window.reading.reading_offset()
        return places_in_range(article.places, *reading_range(article.reading, article.timeline, offset))

    wait_for(lambda: map_status(window)["emphasised"] == expected() and set(paragraph) <= set(expected()),
             5_000, "the Winter War places emphasised")
    assert map_status(window)["lastEmphasis"]["moved"] is True
    wait_for(lambda: map_view_now(window)["lon"] > 10.0, 5_000, "the map to fly east to them")
    assert window.map.js_errors == []


def test_a_border_popup_event_scrolls_the_text_to_it(window):
    window.follow_action.setChecked(False)
    window.datebar.set_date("1940-03-13")
    window.set_map_date("1940-03-13")
    wait_for(lambda: borders_drawn_for_bar(window), 20_000, "the borders of 13 March 1940")
    window.reading.verticalScrollBar().setValue(0)
    wait_for(lambda: window.reading.verticalScrollBar().value() == 0, 2_000)
    assert eval_js(window.map, "window.mapapp.openBorderPopupAt(60.71, 28.75)") is True  # Vyborg
    wait_for(lambda: "Told in the text" in (eval_js(window.map, "window.mapapp.popupText()") or ""),
             5_000, "the event line in the popup")
    eval_js(window.map, "(document.querySelector('.mapapp-border-event').click(), true)")
    plain = window.article.reading.plain

    def near_the_treaty() -> bool:
        offset = window.reading.reading_offset()
        return offset is not None and "Moscow Peace Treaty" in plain[max(offset - 400, 0): offset + 400]

    wait_for(near_the_treaty, 5_000, "the text to scroll to the Moscow Peace Treaty")
    assert window.datebar.iso() == "1940-03-13"
    window.follow_action.setChecked(True)
    assert window.map.js_errors == []


def test_the_last_passages_of_a_short_text_can_be_read(window):
    """A text of a few screens: scrolling to the end makes its last passage the one read,
    and a passage scrolled to is the one read even when the end is near."""
    path = Path(__file__).parents[1] / "core" / "data" / "timeline_winter_war.txt"
    try:
        wait_signal(window.placesDrawn, lambda: window.open_path(str(path)))
        window.follow_action.setChecked(True)
        bar = window.reading.verticalScrollBar()
        # The text is laid out in steps after it is shown: the end is the end once the range stops growing.
        ranges = [-1]
        wait_for(lambda: (ranges.append(bar.maximum()), QTest.qWait(150), ranges[-1] == bar.maximum() > 0)[-1],
                 5_000, "the text's layout")
        bar.setValue(bar.maximum())
        wait_for(lambda: window.datebar.iso().startswith("1941-06"), 5_000, f"June 1941 (at {window.datebar.iso()})")
        window.reading.scroll_to_offset(text_offset(window, "The Red Army reorganised in January"))
        wait_for(lambda: window.datebar.iso().startswith("1940-01"), 5_000, f"January 1940 (at {window.datebar.iso()})")
    finally:
        wait_signal(window.placesDrawn, lambda: window.open_path(str(sample_path())))


def test_a_vague_span_that_holds_the_date_keeps_it(window):
    """"By the end of the year" (September to December 1939) after 30 November 1939 does not
    send the map back to September."""
    path = Path(__file__).parents[1] / "core" / "data" / "timeline_winter_war.txt"
    try:
        wait_signal(window.placesDrawn, lambda: window.open_path(str(path)))
        window.follow_action.setChecked(True)
        window.reading.scroll_to_offset(text_offset(window, "Early on the morning of November 30"))
        wait_for(lambda: window.datebar.iso() == "1939-11-30", 5_000, f"30 Nov 1939 (at {window.datebar.iso()})")
        later = text_offset(window, "During one of the coldest winters")
        assert [d.isoformat() for d in window.article.timeline.date_at(later)] == ["1939-09-01", "1939-12-31"]
        window.reading.scroll_to_offset(later)
        QTest.qWait(400)
        assert window.datebar.iso() == "1939-11-30"
    finally:
        wait_signal(window.placesDrawn, lambda: window.open_path(str(sample_path())))


def test_the_map_size_is_kept_for_the_next_launch(window, tmp_path):
    from mapapp.ui.application import DEFAULT_MAP_SIZE, MAP_SIZE_KEY, saved_map_size

    window.closeEvent(QCloseEvent())
    assert saved_map_size(window.settings) == (window.map.width(), window.map.height())
    other = QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat)
    assert saved_map_size(other) == DEFAULT_MAP_SIZE
    for junk in ("wide", "10x10", "0x0", "800", "99999x600"):
        other.setValue(MAP_SIZE_KEY, junk)
        assert saved_map_size(other) == DEFAULT_MAP_SIZE, junk


@pytest.mark.parametrize(
    ("platform", "flags", "expected"),
    [
        ("offscreen", None, "--disable-gpu"),
        ("offscreen", "--log-level=3", "--log-level=3 --disable-gpu"),
        ("minimal", "", "--disable-gpu"),
        ("offscreen", "--enable-gpu-rasterization", "--enable-gpu-rasterization"),  # the user's say
        ("xcb", None, None),  # a desktop: Chromium uses its GPU as it sees fit
        ("wayland", "--log-level=3", "--log-level=3"),
    ],
)
def test_chromium_composites_in_software_offscreen(monkeypatch, platform, flags, expected):
    from mapapp.ui.application import software_compositing_offscreen

    monkeypatch.setenv("QT_QPA_PLATFORM", platform)
    if flags is None:
        monkeypatch.delenv("QTWEBENGINE_CHROMIUM_FLAGS", raising=False)
    else:
        monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", flags)
    software_compositing_offscreen()
    assert os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS") == expected


def test_launch_steps_that_come_together_are_not_lost(qapp):
    """The launch worker's two steps may both arrive while the GUI thread's first
    wait ends; the second wait must then return at once (it hung once)."""
    import threading
    import time

    from PySide6.QtCore import QThread

    from mapapp.ui.application import _Steps

    steps = _Steps()
    seen_in: list = []
    steps.passed.connect(lambda _step: seen_in.append(QThread.currentThread()))
    worker = threading.Thread(target=lambda: (steps.passed.emit("imported"), steps.passed.emit("opened")))
    worker.start()
    worker.join()
    # A safety net for a regression: without it a lost step would hang the test run.
    # Cancelled after: a late emit on an object already gone would crash later tests.
    guard = threading.Timer(5.0, lambda: steps.passed.emit("opened"))
    guard.start()
    started = time.monotonic()
    try:
        steps.wait("imported")
        steps.wait("opened")
    finally:
        guard.cancel()
        guard.join()
    assert time.monotonic() - started < 4.0
    assert seen_in and all(t is QCoreApplication.instance().thread() for t in seen_in[:2])


def test_start_reader_opens_the_sample_as_mapapp_does(qapp, tmp_path, monkeypatch):
    """The launch path of `mapapp`: the map view first, its places sent before the
    window is built around it (once), the sample shown."""
    from PySide6.QtWidgets import QApplication

    from mapapp.ui.application import start_reader
    from mapapp.ui.mapview import MapView

    sent: list[tuple[str, list]] = []  # the article, and the windows there were then
    show_article = MapView.show_article

    def recording(view, article):
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        sent.append((article.document.title, windows))
        show_article(view, article)

    monkeypatch.setattr(MapView, "show_article", recording)
    settings = QSettings(str(tmp_path / "mapapp.ini"), QSettings.Format.IniFormat)
    win = start_reader(settings=settings)
    try:
        assert [title for title, _ in sent] == [win.article.document.title]
        assert win not in sent[0][1]
        assert win.map.shown_article is win.article
        drawn: list = []
        shown: list = []
        at_drawn: list = []  # (date bar built, places panel built, map size) when the places were drawn
        win.placesDrawn.connect(drawn.append)
        win.placesDrawn.connect(
            lambda _: at_drawn.append(
                (bool(win.findChildren(DateBar)), bool(win.findChildren(PlacesPanel)), win.map.size().toTuple())
            )
        )
        win.articleShown.connect(lambda: shown.append(True))
        wait_for(lambda: win.article is not None and drawn, LOAD_TIMEOUT, "the sample's places on the map")
        assert drawn[-1] == len(win.article.places) > 20
        # The text is laid out after the map page is ready, off the GUI thread.
        wait_for(lambda: shown, LOAD_TIMEOUT, "the sample's text")
        # The date bar and the places panel come after the places and the text,
        # into the room kept for them: the map keeps its size.
        assert at_drawn[0][:2] == (False, False)
        wait_for(lambda: win.findChildren(DateBar) and win.findChildren(PlacesPanel), 5_000, "the panes")
        assert win.map.size().toTuple() == at_drawn[0][2]
        assert len(win.places.visible_place_ids()) == len(win.article.places)
        assert win.datebar.event_ticks()  # the article's events, given to the bar when it came
        # The text's first date was followed before the bar came: the bar starts at the map's date.
        assert win.datebar.iso() == win.settings.value("map/date") == "1918-03-03"
        assert win.map.parent() is not None and win.map.window() is win
        assert win.reading.toPlainText().startswith(win.article.document.title)
        assert win.map.js_errors == [] and win.map.blocked_requests == []
    finally:
        delete_view(win.map)
        win.close()
        win.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


@pytest.mark.parametrize(
    ("saved", "height"),
    [(None, DEFAULT_DATEBAR_HEIGHT), ("38", 38), ("tall", DEFAULT_DATEBAR_HEIGHT), ("0", DEFAULT_DATEBAR_HEIGHT), ("9999", DEFAULT_DATEBAR_HEIGHT)],
)
def test_room_kept_for_the_date_bar_is_its_last_height(tmp_path, saved, height):
    settings = QSettings(str(tmp_path / "mapapp.ini"), QSettings.Format.IniFormat)
    if saved is not None:
        settings.setValue("window/datebar-height", saved)
    assert saved_datebar_height(settings) == height
