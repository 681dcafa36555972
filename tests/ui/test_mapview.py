"""The map widget on the real page in a real (offscreen) QWebEngineView."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt, QUrl
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWebEngineCore import QWebEnginePage

from mapapp.map.assets import PAGE_URL
from mapapp.ui.snapshot import SnapshotError, SnapshotTimeout, render_map_image
from mapapp.ui.webengine import RequestGuard, serve

pytestmark = pytest.mark.webengine

PLACES = [
    {"id": "geonames:756135", "name": "Warsaw", "lat": 52.2298, "lon": 21.0118, "kind": "city", "count": 7,
     "sentence": "Germany invaded Poland and took Warsaw."},
    {"id": "geonames:2950159", "name": "Berlin", "lat": 52.5244, "lon": 13.4105, "kind": "city", "count": 4,
     "sentence": "The pact was signed in Berlin."},
    {"id": "geonames:524901", "name": "Moscow", "lat": 55.7522, "lon": 37.6156, "kind": "city", "count": 5,
     "sentence": "Ribbentrop flew to Moscow."},
    {"id": "mapapp:east-prussia", "name": "East Prussia", "lat": 54.4, "lon": 21.0, "kind": "region", "count": 1,
     "sentence": ""},
]
HOSTILE = {
    "id": "mapapp:hostile",
    "name": '<img src=x onerror="window.__pwned=1">Danzig',
    "lat": 54.35,
    "lon": 18.65,
    "kind": "city",
    "count": 2,
    "sentence": "<script>window.__pwned=2</script> and </script><b onmouseover=window.__pwned=3>x</b>",
}


def raw_js(view, source: str, wait):
    """Evaluate a probe expression in the page (tests only: the app uses js_call)."""
    box: list = []
    view.page().runJavaScript(f"JSON.stringify({source})", 0, box.append)
    wait(lambda: bool(box), 5000, source)
    return json.loads(box[0])


def draw(view, places, qtbot):
    with qtbot.waitSignal(view.placesDrawn, timeout=10_000) as blocker:
        view.set_places(places)
    return blocker.args[0]


# --- the shared view ---------------------------------------------------------------


def test_page_is_ready_without_errors(map_view, js):
    assert map_view.is_ready
    assert map_view.js_errors == []
    assert map_view.ready_after_ms is not None and map_view.ready_after_ms < 15_000
    status = js(map_view, "status")
    assert status["bridge"] is True and status["ready"] is True
    assert status["land"] > 0  # the base map from geodata/basemap is drawn
    assert map_view.page().url().toString() == PAGE_URL


def test_initial_view_is_europe(map_view, qtbot):
    views: list = []
    map_view.get_view(views.append)
    qtbot.waitUntil(lambda: bool(views), timeout=5000)
    lat, lon, zoom = views[0]
    assert 45 < lat < 58 and 10 < lon < 30 and zoom == 4


def test_set_places_draws_every_marker(map_view, qtbot, js):
    assert draw(map_view, PLACES, qtbot) == len(PLACES)
    assert js(map_view, "placeCount") == len(PLACES)
    # Invalid entries (no id, no coordinates) are skipped, not fatal.
    bad = PLACES + [{"id": "", "name": "x", "lat": 1, "lon": 2}, {"id": "y", "name": "y", "lat": None, "lon": 2}]
    assert draw(map_view, bad, qtbot) == len(PLACES)


def test_real_click_on_marker_emits_place_clicked(map_view, qtbot, js):
    draw(map_view, PLACES, qtbot)
    berlin = PLACES[1]
    with qtbot.waitSignal(map_view.viewChanged, timeout=5000):
        map_view.set_view(berlin["lat"], berlin["lon"], 6)
    point = js(map_view, "placePoint", berlin["id"])
    assert abs(point["x"] - 400) < 2 and abs(point["y"] - 300) < 2  # the view's centre
    target = map_view.focusProxy() or map_view
    with qtbot.waitSignal(map_view.placeClicked, timeout=5000) as blocker:
        QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(round(point["x"]), round(point["y"])))
    assert blocker.args == [berlin["id"]]


def test_focus_place_flies_there_and_opens_popup(map_view, qtbot, js):
    draw(map_view, PLACES, qtbot)
    map_view.set_view(50.0, 10.0, 4)
    moscow = PLACES[2]
    map_view.focus_place(moscow["id"], popup=False)

    views: list = []

    def at_moscow() -> bool:
        views.clear()
        map_view.get_view(views.append)
        qtbot.waitUntil(lambda: bool(views), timeout=5000)
        lat, lon, zoom = views[0]
        return abs(lat - moscow["lat"]) < 0.1 and abs(lon - moscow["lon"]) < 0.1 and zoom >= 6

    qtbot.waitUntil(at_moscow, timeout=5000)
    assert js(map_view, "status")["popupOpen"] is False

    warsaw = PLACES[0]
    map_view.focus_place(warsaw["id"])
    qtbot.waitUntil(lambda: js(map_view, "popupText") is not None, timeout=5000)
    text = js(map_view, "popupText")
    assert "Warsaw" in text and "7 mentions" in text and warsaw["sentence"] in text


def test_highlight_places(map_view, qtbot, js):
    draw(map_view, PLACES, qtbot)
    map_view.highlight_places([PLACES[0]["id"], "no-such-place"])
    qtbot.waitUntil(lambda: js(map_view, "status")["highlighted"] == [PLACES[0]["id"]], timeout=5000)
    map_view.highlight_places([])
    qtbot.waitUntil(lambda: js(map_view, "status")["highlighted"] == [], timeout=5000)


def test_fit_places_shows_them_all(map_view, qtbot, js):
    draw(map_view, PLACES, qtbot)
    map_view.set_view(40.0, 0.0, 8)
    map_view.fit_places()
    for place in PLACES:
        point = js(map_view, "placePoint", place["id"])
        assert 0 <= point["x"] <= 800 and 0 <= point["y"] <= 600, place["name"]


def test_the_overview_is_fitted_again_when_the_view_is_laid_out(fresh_map_view, qtbot, js, wait):
    """At launch the places come while the view is still small; the window's
    layout then makes it big, and the overview must fill it (until the user moves)."""
    def zoom_of(view, js):
        return json.loads(js(view, "getView"))["zoom"]

    view = fresh_map_view()
    view.resize(160, 120)
    qtbot.waitUntil(lambda: view.is_ready, timeout=30_000)
    draw(view, PLACES, qtbot)
    view.fit_places()
    small_zoom = zoom_of(view, js)
    view.resize(900, 700)
    wait(lambda: zoom_of(view, js) > small_zoom, 5000, "the overview fitted to the new size")
    for place in PLACES:
        point = js(view, "placePoint", place["id"])
        assert 0 <= point["x"] <= 900 and 0 <= point["y"] <= 700, place["name"]
    # Once the map has been moved, a resize keeps the reader's view.
    view.set_view(48.0, 2.0, 6)
    wait(lambda: zoom_of(view, js) == 6, 5000, "the moved view")
    view.resize(700, 500)
    qtbot.wait(300)
    assert zoom_of(view, js) == 6
    assert view.js_errors == []


def test_places_count_as_drawn_once_painted_at_the_views_size(fresh_map_view, qtbot):
    """The page reports a frame's size; a frame at a stale size (a view being laid
    out) does not count, the one at the view's size does, once per setPlaces."""
    from mapapp.ui.mapview import PLACES_SIZE_WAIT_MS

    view = fresh_map_view()
    qtbot.waitUntil(lambda: view.is_ready, timeout=30_000)
    got: list[int] = []
    view.placesDrawn.connect(got.append)

    def report(width: int, height: int, generation: int) -> None:
        payload = {"count": 3, "width": width, "height": height, "generation": generation}
        view._on_message("places_drawn", json.dumps(payload))

    report(100, 30, 41)
    assert got == []
    report(view.width(), view.height(), 41)
    assert got == [3]
    report(view.width(), view.height(), 41)  # the same places, painted again after a resize
    assert got == [3]
    report(100, 30, 42)  # a size the page never gets past still counts, later
    assert got == [3]
    qtbot.wait(PLACES_SIZE_WAIT_MS + 200)
    assert got == [3, 3]
    # And the real page: its report comes at the view's size.
    with qtbot.waitSignal(view.placesDrawn, timeout=10_000) as blocker:
        view.set_places(PLACES)
    assert blocker.args == [len(PLACES)]


def test_document_text_is_shown_as_text_and_runs_nothing(map_view, qtbot, js, wait):
    draw(map_view, PLACES + [HOSTILE], qtbot)
    map_view.set_view(HOSTILE["lat"], HOSTILE["lon"], 7)
    map_view.focus_place(HOSTILE["id"])
    qtbot.waitUntil(lambda: js(map_view, "popupText") is not None, timeout=5000)
    text = js(map_view, "popupText")
    assert HOSTILE["name"] in text and HOSTILE["sentence"] in text
    assert HOSTILE["name"] in js(map_view, "labelTexts")
    qtbot.wait(200)  # an injected <img onerror> would have fired by now
    assert raw_js(map_view, "typeof window.__pwned", wait) == "undefined"
    assert raw_js(map_view, "document.querySelectorAll('.leaflet-popup-content img, "
                            ".leaflet-popup-content script, .leaflet-popup-content b').length", wait) == 0
    map_view.call_js("setPlaces", [])  # leave the shared view clean


def test_no_network_request_and_no_js_error(map_view):
    # Runs after the others on the shared view: nothing above reached for the network.
    assert map_view.blocked_requests == []
    assert map_view.js_errors == []


# --- views of their own ------------------------------------------------------------


def test_calls_before_ready_are_queued(fresh_map_view, qtbot):
    view = fresh_map_view()
    assert not view.is_ready
    views: list = []
    with qtbot.waitSignal(view.placesDrawn, timeout=30_000) as blocker:
        view.set_places(PLACES[:2])
        view.set_view(55.0, 25.0, 5)
        view.get_view(views.append)
    assert blocker.args == [2]
    qtbot.waitUntil(lambda: bool(views), timeout=5000)
    assert views[0] == pytest.approx((55.0, 25.0, 5))
    assert view.is_ready and view.js_errors == []


def test_queued_calls_run_together_and_past_a_failing_one(fresh_map_view, qtbot, js):
    view = fresh_map_view()
    assert not view.is_ready
    view.call_js("noSuchFunction")  # throws in the page
    with qtbot.waitSignal(view.placesDrawn, timeout=30_000) as blocker:
        view.set_places(PLACES)
        view.fit_places()
    assert blocker.args == [len(PLACES)]
    assert js(view, "placeCount") == len(PLACES)
    qtbot.waitUntil(lambda: any("noSuchFunction" in e for e in view.js_errors), timeout=5000)


def test_js_errors_and_bad_messages(fresh_map_view, qtbot, caplog):
    view = fresh_map_view()
    qtbot.waitUntil(lambda: view.is_ready, timeout=30_000)
    # An error in the page's own script: seen by window.onerror and the console, reported once.
    page_script = ("var s = document.createElement('script'); s.textContent = 'null.boom()';"
                   " document.body.appendChild(s);")
    with qtbot.waitSignal(view.jsError, timeout=5000) as blocker:
        view.page().runJavaScript(page_script, 0)
    assert "boom" in blocker.args[0]
    # An error in code run from outside (muted to "Script error." for window.onerror).
    with qtbot.waitSignal(view.jsError, timeout=5000) as blocker:
        view.page().runJavaScript("setTimeout(function () { undefined.bang(); }, 0);", 0)
    assert "bang" in blocker.args[0]
    qtbot.wait(300)
    assert len(view.js_errors) == 2, view.js_errors  # each reported once, not once per route
    # A message the decoder refuses is logged and dropped.
    with caplog.at_level(logging.WARNING, logger="mapapp.ui.mapview"):
        view._bridge.post("no_such_kind", "{}")
        view._bridge.post("place_clicked", "{not json")
    assert "dropped a message" in caplog.text


def test_callbacks_after_dispose_are_dropped(fresh_map_view, qtbot):
    view = fresh_map_view()
    qtbot.waitUntil(lambda: view.is_ready, timeout=30_000)
    got: list = []
    view.get_view(got.append)
    view.dispose()
    qtbot.wait(300)
    assert got == []
    view.set_places(PLACES)  # ignored, no crash


def test_navigation_stays_on_the_map(map_view, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr("mapapp.ui.webengine.QDesktopServices.openUrl", lambda url: opened.append(url.toString()))
    page = map_view.map_page
    link = QWebEnginePage.NavigationType.NavigationTypeLinkClicked
    typed = QWebEnginePage.NavigationType.NavigationTypeTyped
    assert page.acceptNavigationRequest(QUrl(PAGE_URL), typed, True)
    assert not page.acceptNavigationRequest(QUrl("https://www.naturalearthdata.com/"), link, True)
    assert opened == ["https://www.naturalearthdata.com/"]
    assert not page.acceptNavigationRequest(QUrl("file:///etc/passwd"), link, True)
    assert not page.acceptNavigationRequest(QUrl("mapapp://app/leaflet/leaflet.js"), link, True)
    assert not page.acceptNavigationRequest(QUrl("http://example.org/"), typed, True)
    assert opened == ["https://www.naturalearthdata.com/"]
    # target=_blank: the new "window" only hands the URL to the desktop.
    catcher = page.createWindow(QWebEnginePage.WebWindowType.WebBrowserTab)
    assert not catcher.acceptNavigationRequest(QUrl("https://leafletjs.com/"), link, True)
    assert opened[-1] == "https://leafletjs.com/"


class FakeRequestInfo:
    """Just what RequestGuard reads of a QWebEngineUrlRequestInfo."""

    def __init__(self, url: str) -> None:
        self.url = QUrl(url)
        self.blocked = False

    def requestUrl(self) -> QUrl:  # noqa: N802
        return self.url

    def block(self, value: bool) -> None:
        self.blocked = value


def test_request_guard_blocks_remote_requests():
    guard = RequestGuard()
    for url in ("https://tile.openstreetmap.org/1/1/1.png", "http://example.org/x.js", "wss://x/y"):
        info = FakeRequestInfo(url)
        guard.interceptRequest(info)
        assert info.blocked, url
    local = FakeRequestInfo("mapapp://app/leaflet/leaflet.js")
    guard.interceptRequest(local)
    assert not local.blocked
    assert guard.blocked_requests == [
        "https://tile.openstreetmap.org/1/1/1.png", "http://example.org/x.js", "wss://x/y"
    ]
    online = RequestGuard(allow_online=True)
    info = FakeRequestInfo("https://tile.openstreetmap.org/1/1/1.png")
    online.interceptRequest(info)
    assert not info.blocked and online.blocked_requests == []


def test_scheme_serves_qwebchannel_from_qt(qapp):
    data, mime = serve("/qwebchannel.js")
    assert b"QWebChannel" in data and mime == "text/javascript"
    assert serve("/nope.js") is None


# --- snapshots ---------------------------------------------------------------------


def distinct_colours(image: QImage) -> int:
    return len({image.pixel(x, y) for y in range(0, image.height(), 4) for x in range(0, image.width(), 4)})


def test_render_map_image(qapp):
    image = render_map_image(PLACES, size=QSize(640, 400), fit=True)
    assert (image.width(), image.height()) == (640, 400)
    assert distinct_colours(image) > 50
    zoomed = render_map_image(PLACES, size=QSize(300, 500), view=(52.3, 21.0, 8))
    assert (zoomed.width(), zoomed.height()) == (300, 500)
    assert distinct_colours(zoomed) > 20


def _vertices(layer: dict) -> int:
    return sum(len(ring) for f in layer["features"] for ring in f["geometry"]["coordinates"])


def test_coarse_land_first_detailed_land_when_zoomed_in(fresh_map_view, qtbot, js, wait):
    """The page is ready with the coarse land; zoomed in, the detailed land replaces it (and back)."""
    import mapapp.map.assets as assets

    low_count = len(json.loads(
        (assets.BASEMAP_DIR / "land_low.geojson").read_text(encoding="utf-8"))["features"])
    detail_count = len(json.loads(
        (assets.BASEMAP_DIR / "land.geojson").read_text(encoding="utf-8"))["features"])
    assert low_count < detail_count

    view = fresh_map_view()
    qtbot.waitUntil(lambda: view.is_ready, timeout=30_000)
    status = js(view, "status")
    assert status["land"] == low_count and status["landDetail"] is False and status["baseBusy"] is False
    view.set_view(52.3, 21.0, 8)  # Warsaw and the Narew
    wait(lambda: js(view, "status")["landDetail"], 10_000, "the detailed land")
    status = js(view, "status")
    assert status["land"] == detail_count and status["baseBusy"] is False
    view.set_view(52.3, 21.0, 5)
    status = js(view, "status")
    assert status["land"] == low_count and status["landDetail"] is False
    view.set_view(52.3, 21.0, 7)  # loaded once: drawn at once
    assert js(view, "status")["landDetail"] is True
    assert view.js_errors == [] and view.blocked_requests == []


def test_land_is_painted_after_every_zoom_and_move(fresh_map_view, qtbot, js, wait):
    """The land has a canvas of its own: after each change of view it is painted
    under the land (Warsaw, Kyiv) and not over the sea (the Baltic)."""
    view = fresh_map_view()
    qtbot.waitUntil(lambda: view.is_ready, timeout=30_000)
    for lat, lon, zoom in ((52.2, 21.0, 4), (52.2, 21.0, 6), (50.4, 30.5, 8), (52.2, 21.0, 3), (54.0, 20.0, 5)):
        view.set_view(lat, lon, zoom)
        wait(lambda z=zoom: json.loads(js(view, "getView"))["zoom"] == z, 5000, f"zoom {zoom}")
        qtbot.wait(400)  # the end of the zoom animation and the canvas update
        if zoom < 8:
            assert js(view, "landPaintedAt", 52.23, 21.01) is True, f"Warsaw at zoom {zoom}"
            assert js(view, "landPaintedAt", 55.5, 17.5) is False, f"the Baltic at zoom {zoom}"
        else:
            assert js(view, "landPaintedAt", 50.45, 30.52) is True, f"Kyiv at zoom {zoom}"
    assert view.js_errors == []


VISTULA = (51.82, 21.371)  # a point of the Vistula (geodata/basemap/rivers.geojson), near Dęblin
NAREW = (53.185, 22.07)
LADOGA = (61.0, 31.5)  # inside the lake


def _pixel(view, js, lat: float, lon: float):
    """The colour the view shows at a point, as (r, g, b)."""
    p = js(view, "containerPoint", lat, lon)
    colour = view.grab().toImage().pixelColor(round(p["x"]), round(p["y"]))
    return colour.red(), colour.green(), colour.blue()


def test_lakes_and_rivers_are_painted_and_known(fresh_map_view, qtbot, js, wait):
    """Every lake and river of geodata/basemap is on the map, painted in water's
    colour over the land, and the page knows which is where (what hovering names)."""
    import mapapp.map.assets as assets

    def count(name: str) -> int:
        return len(json.loads((assets.BASEMAP_DIR / f"{name}.geojson").read_text(encoding="utf-8"))["features"])

    view = fresh_map_view()
    qtbot.waitUntil(lambda: view.is_ready, timeout=30_000)
    status = js(view, "status")
    assert (status["lakes"], status["rivers"]) == (count("lakes"), count("rivers"))
    for zoom in (7, 4):
        view.set_view(*VISTULA, zoom)
        qtbot.wait(600)  # the zoom's repaint
        assert js(view, "waterNameAt", *VISTULA) == {"kind": "river", "name": "Vistula"}, zoom
        r, g, b = _pixel(view, js, *VISTULA)
        assert b > r + 40, (zoom, (r, g, b))  # river blue, not the land's cream
    view.set_view(*NAREW, 7)
    assert js(view, "waterNameAt", *NAREW)["name"] == "Narew"
    assert js(view, "waterNameAt", 52.0, 19.0) is None  # dry land
    r, g, b = _pixel(view, js, 52.0, 19.0)
    assert r > b, (r, g, b)
    view.set_view(*LADOGA, 6)
    qtbot.wait(600)
    assert js(view, "waterNameAt", *LADOGA) == {"kind": "lake", "name": "Ladoga"}
    r, g, b = _pixel(view, js, *LADOGA)
    assert b > r + 20, (r, g, b)  # the lake over the land
    assert view.js_errors == []


def test_hovering_a_river_names_it_unless_a_place_is_there(fresh_map_view, qtbot, js, wait):
    view = fresh_map_view()
    qtbot.waitUntil(lambda: view.is_ready, timeout=30_000)
    view.set_view(*VISTULA, 7)
    qtbot.wait(600)
    # Moves go through the window, as the system's do: sent to the widget,
    # they stop reaching Chromium once another view has been clicked.
    window = view.window()

    def point(lat: float, lon: float) -> QPoint:
        p = js(view, "containerPoint", lat, lon)
        return view.mapTo(window, QPoint(round(p["x"]), round(p["y"])))

    def hover(at: QPoint) -> None:
        QTest.mouseMove(window.windowHandle(), at)
        qtbot.wait(80)  # the canvas looks at most every 32 ms

    dry = point(VISTULA[0] + 0.4, VISTULA[1] - 0.6)
    assert js(view, "waterNameAt", VISTULA[0] + 0.4, VISTULA[1] - 0.6) is None
    hover(dry)
    hover(point(*VISTULA))
    wait(lambda: js(view, "waterTipText") == "Vistula", 5000, "the river's name at the pointer")
    hover(dry)
    wait(lambda: js(view, "waterTipText") is None, 5000, "no name off the river")

    place = {"id": "test:deblin", "name": "Dęblin", "lat": VISTULA[0], "lon": VISTULA[1], "kind": "city",
             "count": 3, "sentence": ""}
    draw(view, [place], qtbot)
    hover(point(*VISTULA))
    tip = "(document.querySelector('.mapapp-place-tooltip') || {}).textContent || null"
    wait(lambda: raw_js(view, tip, wait) == "Dęblin", 5000, "the place's own tooltip")
    assert js(view, "waterTipText") is None
    assert view.js_errors == []


def test_detailed_land_is_fetched_soon_after_ready(fresh_map_view, qtbot, wait):
    view = fresh_map_view()
    qtbot.waitUntil(lambda: view.is_ready, timeout=30_000)
    box: list = []
    loaded = "!!(window.MAPAPP_BASEMAP && window.MAPAPP_BASEMAP.land)"
    wait(lambda: (view.page().runJavaScript(loaded, 0, box.append), bool(box) and box[-1] is True)[1],
         10_000, "the detailed land to be prefetched")


def test_snapshot_zoomed_in_waits_for_the_detailed_land(qapp, monkeypatch):
    from mapapp.ui.mapview import MapView

    seen: list = []
    real = MapView.query_json

    def spy(self, fn, *args, callback):
        def record(value):
            if fn == "status":
                seen.append(value)
            callback(value)

        real(self, fn, *args, callback=record)

    monkeypatch.setattr(MapView, "query_json", spy)
    render_map_image(PLACES, size=QSize(300, 300), view=(54.7, 18.6, 9))  # Hel and the Vistula Spit
    assert seen and seen[-1]["landDetail"] is True and seen[-1]["baseBusy"] is False


def test_page_arrives_in_one_request(fresh_map_view, qtbot, monkeypatch):
    """The map page carries its scripts and styles inline: the busy GUI thread answers one request."""
    import mapapp.ui.webengine as webengine

    asked: list[str] = []
    real = webengine.serve
    monkeypatch.setattr(webengine, "serve", lambda path: asked.append(path) or real(path))
    view = fresh_map_view()
    qtbot.waitUntil(lambda: view.is_ready, timeout=30_000)
    assert asked == ["/map.html"]
    assert view.js_errors == []
    data, mime = real("/map.html")
    assert mime == "text/html" and b"//# sourceURL=mapapp://app/qwebchannel.js" in data


def test_render_map_image_errors(qapp):
    with pytest.raises(SnapshotTimeout):
        render_map_image(PLACES, size=QSize(200, 200), timeout_ms=1)
    with pytest.raises(SnapshotError):
        render_map_image(PLACES, size=QSize(0, 200))



def test_online_tiles_are_opt_in(fresh_map_view, qtbot, wait):
    view = fresh_map_view(online_tiles=True)
    qtbot.waitUntil(lambda: view.is_ready, timeout=30_000)
    assert view.page().url().toString() == "mapapp://app/map-online.html"
    # The tile requests get past the guard (they fail here: no network) and are not blocked.
    qtbot.waitUntil(lambda: bool(view._guard.allowed_remote), timeout=10_000)
    assert all(u.startswith("https://tile.openstreetmap.org/") for u in view._guard.allowed_remote)
    assert view.blocked_requests == []
    # With online access turned off again, the guard blocks the next tiles and says so.
    view._guard.allow_online = False
    view.set_view(48.0, 2.0, 7)
    tile7 = "https://tile.openstreetmap.org/7/"
    qtbot.waitUntil(lambda: any(u.startswith(tile7) for u in view.blocked_requests), timeout=10_000)
    assert all(u.startswith("https://tile.openstreetmap.org/") for u in view.blocked_requests)


def test_places_come_back_after_a_reload(fresh_map_view, qtbot, js):
    view = fresh_map_view()
    with qtbot.waitSignal(view.placesDrawn, timeout=30_000):
        view.set_places(PLACES)
    view.highlight_places([PLACES[1]["id"]])
    with qtbot.waitSignal(view.placesDrawn, timeout=30_000) as blocker:
        view.reload()  # as after a renderer crash
    assert blocker.args == [len(PLACES)]
    status = js(view, "status")
    assert status["places"] == len(PLACES) and status["highlighted"] == [PLACES[1]["id"]]
    assert view.js_errors == []


def test_only_a_crashed_renderer_reloads_the_page(fresh_map_view, qtbot):
    """A renderer that exits normally (the view's first process, or at shutdown) is no reason to reload."""
    Status = QWebEnginePage.RenderProcessTerminationStatus
    view = fresh_map_view()
    qtbot.waitUntil(lambda: view.is_ready, timeout=30_000)
    started: list = []
    view.page().loadStarted.connect(lambda: started.append(1))
    # A mark in this document: a reload makes a new one, without it.
    view.page().runJavaScript("window.__before = 1;")
    view.page().renderProcessTerminated.emit(Status.NormalTerminationStatus, 0)
    qtbot.wait(300)
    assert started == [] and view.is_ready
    with qtbot.waitSignal(view.ready, timeout=30_000):
        view.page().renderProcessTerminated.emit(Status.CrashedTerminationStatus, 11)
    # (loadStarted may not come: a reload while the first load is still finishing reuses it.)
    box: list = []
    view.page().runJavaScript("typeof window.__before", 0, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=5_000)
    assert box == ["undefined"]


def test_page_works_without_the_bridge(map_view, qtbot, wait):
    """A page without QWebChannel (a standalone export) draws places and reports nothing."""
    from mapapp.ui.webengine import MapPage

    errors: list = []
    page = MapPage(map_view.page().profile(), None, console_error=lambda *a: errors.append(a))
    try:
        with qtbot.waitSignal(page.loadFinished, timeout=30_000) as blocker:
            page.load(QUrl(PAGE_URL))
        assert blocker.args == [True]
        box: list = []
        page.runJavaScript("JSON.stringify([window.mapapp.setPlaces(" + json.dumps(PLACES) + "),"
                           " window.mapapp.status()])", 0, box.append)
        wait(lambda: bool(box), 5000, "setPlaces")
        count, status = json.loads(box[0])
        assert count == len(PLACES) and status["bridge"] is False and status["land"] > 0
        assert errors == []
    finally:
        page.deleteLater()
        qtbot.wait(50)


def test_moves_wait_until_a_hidden_view_has_a_size(qapp, qtbot):
    from mapapp.ui.mapview import MapView, delete_view

    view = MapView()  # never shown yet: the page has a 0x0 map
    try:
        qtbot.waitUntil(lambda: view.is_ready, timeout=30_000)
        view.set_places(PLACES)
        view.focus_place(PLACES[0]["id"])
        views: list = []
        view.get_view(views.append)
        qtbot.waitUntil(lambda: bool(views), timeout=5000)
        assert views[0][2] == 4  # not moved yet
        view.resize(640, 480)
        view.show()

        def at_warsaw() -> bool:
            views.clear()
            view.get_view(views.append)
            qtbot.waitUntil(lambda: bool(views), timeout=5000)
            lat, lon, _ = views[0]
            return abs(lat - PLACES[0]["lat"]) < 0.1 and abs(lon - PLACES[0]["lon"]) < 0.1

        qtbot.waitUntil(at_warsaw, timeout=5000)
        assert view.js_errors == []
    finally:
        delete_view(view)


def test_a_view_made_at_its_size_lays_the_map_out_before_it_shows(qapp, qtbot, js, wait):
    """The launch's view: made hidden at the size it will have, its page places
    and fits the map at that size meanwhile (Chromium gives a hidden page no
    size), and nothing is laid out, moved or painted again when it shows at that size."""
    from mapapp.ui.mapview import MapView, delete_view

    view = MapView(size=(640, 480))
    try:
        qtbot.waitUntil(lambda: view.is_ready, timeout=30_000)
        assert view.url().query() == "size=640x480"
        assert not view.isVisible()
        view.set_places(PLACES)
        view.fit_places()
        qtbot.wait(2500)  # past the page's own repaint a while after ready (wider canvases)
        hidden = js(view, "status")
        assert (hidden["width"], hidden["height"]) == (640, 480)
        assert hidden["landPaints"] >= 1  # painted while hidden, not at the first frame
        placed = {place["id"]: js(view, "placePoint", place["id"]) for place in PLACES}
        for place in PLACES:
            point = placed[place["id"]]
            assert 0 <= point["x"] <= 640 and 0 <= point["y"] <= 480, place["name"]
        view.show()
        wait(lambda: raw_js(view, "[document.visibilityState, window.innerWidth]", wait) == ["visible", 640],
             5000, "the page shown at the view's size")
        qtbot.wait(200)  # frames painted since
        shown = js(view, "status")
        assert (shown["width"], shown["height"]) == (640, 480)
        assert shown["landPaints"] == hidden["landPaints"]
        for place in PLACES:  # nothing moved
            point, before = js(view, "placePoint", place["id"]), placed[place["id"]]
            assert abs(point["x"] - before["x"]) < 1 and abs(point["y"] - before["y"]) < 1, place["name"]
        # Laid out by the page again, not held at the hint: it follows the view.
        view.resize(500, 400)
        wait(lambda: js(view, "status")["width"] == 500, 5000, "the map at the view's new size")
        assert view.js_errors == []
    finally:
        delete_view(view)


def test_a_launch_view_paints_its_map_once_with_its_places(qapp, qtbot, js, wait):
    """Made for a launch (its places coming), the page paints no map until they
    come, then once, at their fit; given none, it paints after a while anyway."""
    from mapapp.ui.mapview import MapView, delete_view

    view = MapView(size=(640, 480), places_coming=True)
    alone = MapView(size=(640, 480), places_coming=True)
    try:
        # As at a launch: asked before the page is ready, sent in one task when it is.
        view.set_places(PLACES)
        view.fit_places()
        with qtbot.waitSignal(view.placesDrawn, timeout=30_000):
            pass
        assert view.url().query() == "size=640x480&places=1"
        zoom = json.loads(js(view, "getView"))["zoom"]
        # First painted with the places, at their fit (the page starts at zoom 4).
        assert js(view, "status")["firstLandPaint"] == {"zoom": zoom, "places": len(PLACES)}
        assert zoom != 4
        assert js(view, "landPaintedAt", 52.23, 21.01) is True  # Warsaw, on land
        qtbot.waitUntil(lambda: alone.is_ready, timeout=30_000)
        wait(lambda: js(alone, "status")["landPaints"] >= 1, 5000, "the map painted without places")
        assert view.js_errors == [] and alone.js_errors == []
    finally:
        delete_view(view)
        delete_view(alone)


def test_a_change_of_view_paints_the_land_once(map_view, qtbot, js, wait):
    """Leaflet repaints a canvas at the reset of a view and again at its moveend;
    the map's canvases repaint once, at the end of the task that moved them."""
    # Past the page's own early work (it widens its canvases and fetches the detailed land).
    wait(lambda: raw_js(map_view, "!!(window.MAPAPP_BASEMAP && window.MAPAPP_BASEMAP.land)", wait),
         10_000, "the detailed land to be prefetched")
    before = js(map_view, "status")["landPaints"]
    map_view.set_view(50.0, 25.0, 6)
    wait(lambda: json.loads(js(map_view, "getView"))["zoom"] == 6, 5000, "the new view")
    assert js(map_view, "status")["landPaints"] == before + 1
    assert js(map_view, "landPaintedAt", 52.23, 21.01) is True  # Warsaw, on land
    map_view.set_view(52.0, 20.0, 4)
    wait(lambda: json.loads(js(map_view, "getView"))["zoom"] == 4, 5000, "the view back")


def test_place_labels_sit_where_leaflets_own_tooltips_would(map_view, qtbot, js):
    """Labels are placed from their size, measured once per text, not read back
    from the page label by label (each read lays the page out again)."""
    draw(map_view, PLACES, qtbot)
    with qtbot.waitSignal(map_view.viewChanged, timeout=5000):
        map_view.set_view(54.0, 21.8, 5)  # Moscow near the right edge: its label goes left
    placements = js(map_view, "labelPlacements")
    assert {p["side"] for p in placements} == {"left", "right"}, placements
    for p in placements:
        assert abs(p["at"][0] - p["measured"][0]) <= 1 and abs(p["at"][1] - p["measured"][1]) <= 1, p


def test_labels_are_laid_out_once_per_task(map_view, qtbot, js, wait):
    """New places and a fit in one task (as at a launch) lay the labels out once,
    with the view the task ends with, not at each of the fit's zoomend and moveend."""
    draw(map_view, PLACES, qtbot)
    before = js(map_view, "status")["labelLayouts"]
    raw_js(map_view, f"(mapapp.setPlaces({json.dumps(PLACES)}), mapapp.fitPlaces(), 0)", wait)
    assert js(map_view, "status")["labelLayouts"] == before + 1
    assert {p["name"] for p in js(map_view, "labelPlacements")} == {p["name"] for p in PLACES}


def test_none_survives_pyside_void_calls(qapp):
    """PySide6 6.12 drops a reference to None per void call; mapapp.ui shields CPython < 3.12."""
    from PySide6.QtWidgets import QWidget

    import mapapp.ui  # noqa: F401  (applies the shield on import)

    widget = QWidget()
    try:
        for _ in range(300_000):  # well past the None refcount of an unshielded process
            widget.resize(10, 10)
        if sys.version_info < (3, 12):
            assert sys.getrefcount(None) > 2**39
    finally:
        widget.deleteLater()


EXIT_SCRIPT = textwrap.dedent(
    """
    import os
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    from mapapp.ui.mapview import MapView, register_schemes
    register_schemes()
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QSplitter
    app = QApplication([])
    window = QSplitter()
    view = MapView(window)
    window.addWidget(view)
    window.show()
    loop = QEventLoop()
    view.ready.connect(loop.quit)
    QTimer.singleShot(20000, loop.quit)
    loop.exec()
    assert view.is_ready
    view.dispose()  # deleteLater, and no event loop runs after it
    window.deleteLater()
    print("clean", flush=True)
    """
)


def test_process_exits_cleanly_after_dispose(tmp_path):
    """A view left to deleteLater at exit must not crash the process (DESIGN.md)."""
    script = tmp_path / "exit_after_dispose.py"
    script.write_text(EXIT_SCRIPT, encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root))
    done = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True,
                          timeout=60, cwd=root)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "clean" in done.stdout
    assert "WebEnginePage still not deleted" not in done.stderr


# --- the borders of the map's date -------------------------------------------------

LVIV = (49.84, 24.03)
WARSAW = (52.23, 21.01)
KYIV = (50.45, 30.52)


def set_date(view, iso: str, qtbot) -> int:
    with qtbot.waitSignal(view.bordersDrawn, timeout=20_000,
                          check_params_cb=lambda date, count: date == iso) as blocker:
        view.set_date(iso)
    return blocker.args[1]


def test_set_date_draws_the_territories_of_that_day(map_view, qtbot, js):
    import datetime as dt

    from mapapp.core.borders import load_borders

    borders = load_borders()
    count = set_date(map_view, "1939-10-01", qtbot)
    state = borders.on(dt.date(1939, 10, 1))
    assert count == len(state.territories)
    status = js(map_view, "bordersStatus")
    assert status["drawnDate"] == "1939-10-01" and not status["busy"]
    assert status["spheres"] == len(state.spheres) and status["fronts"] == len(state.fronts)
    assert js(map_view, "controllerAt", *LVIV) == "Soviet Union"
    assert js(map_view, "controllerAt", *WARSAW) == "Germany"
    assert js(map_view, "bordersAt", *LVIV)["territory"]["status"] == "occupied"
    assert js(map_view, "dateText") == "1 October 1939"

    set_date(map_view, "1939-08-01", qtbot)
    assert js(map_view, "controllerAt", *LVIV) == "Poland"
    assert js(map_view, "controllerAt", *WARSAW) == "Poland"
    assert js(map_view, "bordersStatus")["spheres"] == 0  # the pact is of 23 August
    assert js(map_view, "dateText") == "1 August 1939"
    set_date(map_view, "1939-08-23", qtbot)
    assert js(map_view, "bordersAt", *LVIV)["spheres"][0]["sphere_of"] == "Soviet Union"
    assert map_view.js_errors == [] and map_view.blocked_requests == []


def test_the_page_agrees_with_the_python_api(map_view, qtbot, js):
    """On dates around the changes, the controller the drawn layers give at a point is the dataset's."""
    import datetime as dt

    from mapapp.core.borders import load_borders

    borders = load_borders()
    points = [LVIV, WARSAW, KYIV, (54.69, 25.28), (60.71, 28.75), (47.0, 28.86), (48.29, 25.94),
              (50.08, 14.42), (48.15, 17.11), (54.35, 18.65), (55.7, 21.14), (59.44, 24.75)]
    for iso in ("1938-03-13", "1939-03-16", "1939-09-01", "1939-09-18", "1939-10-28", "1940-03-13",
                "1940-06-28", "1940-08-10", "1941-07-15"):
        set_date(map_view, iso, qtbot)
        day = dt.date.fromisoformat(iso)
        for lat, lon in points:
            expected = borders.territory_at(lon, lat, day)
            got = js(map_view, "controllerAt", lat, lon)
            assert got == (expected.controller if expected else None), (iso, lat, lon)


def test_date_changes_reuse_the_layers(map_view, qtbot, js):
    set_date(map_view, "1939-10-01", qtbot)
    made = js(map_view, "bordersStatus")["layersMade"]
    set_date(map_view, "1939-08-01", qtbot)
    set_date(map_view, "1939-10-01", qtbot)
    status = js(map_view, "bordersStatus")
    assert status["layersMade"] >= made
    set_date(map_view, "1939-08-01", qtbot)
    assert js(map_view, "bordersStatus")["layersMade"] == status["layersMade"]


def test_popup_names_territory_controller_status_dates_and_source(map_view, qtbot, js, wait):
    import datetime as dt

    from mapapp.core.borders import load_borders

    set_date(map_view, "1939-10-01", qtbot)
    feature = load_borders().territory_at(LVIV[1], LVIV[0], dt.date(1939, 10, 1))
    assert js(map_view, "openBorderPopupAt", *LVIV) is True
    wait(lambda: js(map_view, "popupText"), 5000, "the popup")
    text = js(map_view, "popupText")
    assert feature.name in text
    assert "Soviet Union" in text and "occupied" in text
    assert feature.properties["source"] in text
    start = dt.date.fromisoformat(feature.properties["start"])
    assert f"{start.day} {start:%B %Y}" in text  # valid from (this extent of the territory)
    assert "Sphere of influence" not in text  # the 28 Sep treaty ended the Polish spheres


def test_real_click_on_a_territory_opens_its_popup(map_view, qtbot, js, wait):
    set_date(map_view, "1939-10-01", qtbot)
    map_view.set_view(50.0, 28.0, 5)
    wait(lambda: abs(js(map_view, "getView")["lon"] - 28.0) < 0.5 if isinstance(js(map_view, "getView"), dict)
         else abs(json.loads(js(map_view, "getView"))["lon"] - 28.0) < 0.5, 5000, "the view")
    js(map_view, "highlightPlaces", [])
    point = js(map_view, "containerPoint", *KYIV)
    target = map_view.focusProxy() or map_view
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(round(point["x"]), round(point["y"])))
    wait(lambda: js(map_view, "popupText"), 5000, "the territory popup")
    assert "Soviet Union" in js(map_view, "popupText")


def test_legend_lists_the_controllers_and_status_styles(map_view, qtbot, js):
    map_view.set_view(52.0, 22.0, 5)
    set_date(map_view, "1939-10-01", qtbot)
    texts = js(map_view, "legendTexts")
    assert "Germany" in texts and "Soviet Union" in texts and "Lithuania" in texts
    assert "Poland" not in texts[:10]
    assert any(t.startswith("occupied") for t in texts)
    assert any(t.startswith("sphere of influence") for t in texts)
    set_date(map_view, "1939-08-01", qtbot)
    texts = js(map_view, "legendTexts")
    assert "Poland" in texts
    assert not any(t.startswith("sphere of influence") for t in texts)


def test_a_date_before_the_data_says_so(map_view, qtbot, js):
    set_date(map_view, "1918-01-15", qtbot)
    assert js(map_view, "bordersStatus")["territories"] == 0
    assert js(map_view, "dateText") == "15 January 1918"
    assert js(map_view, "controllerAt", *WARSAW) is None
    assert map_view.js_errors == []


def test_set_date_refuses_a_bad_date(map_view):
    with pytest.raises(ValueError):
        map_view.set_date("1 September 1939")


def test_set_date_before_ready_is_queued(fresh_map_view, qtbot, js):
    view = fresh_map_view()
    assert not view.is_ready
    with qtbot.waitSignal(view.bordersDrawn, timeout=30_000) as blocker:
        view.set_date("1940-08-10")
    assert blocker.args[0] == "1940-08-10" and blocker.args[1] > 0
    assert js(view, "controllerAt", 56.95, 24.11) == "Soviet Union"  # Riga, annexed 5 Aug 1940
    assert view.js_errors == [] and view.blocked_requests == []


def test_snapshot_with_a_date_shows_the_borders(qapp):
    size = QSize(500, 400)
    before = render_map_image([], size=size, view=(52.0, 21.0, 5), fit=False, date="1939-08-01")
    after = render_map_image([], size=size, view=(52.0, 21.0, 5), fit=False, date="1939-10-01")
    plain = render_map_image([], size=size, view=(52.0, 21.0, 5), fit=False)
    assert before.size() == size and after.size() == size
    assert before != after and before != plain
    with pytest.raises(SnapshotError):
        render_map_image([], size=size, date="1939-13-45")


def test_true_survives_pyside_signal_emits(qapp):
    """PySide6 6.12 drops a reference to True per Signal.emit(); mapapp.ui shields True and False too."""
    from PySide6.QtCore import QObject, Signal

    import mapapp.ui  # noqa: F401  (applies the shield on import)

    class Emitter(QObject):
        fired = Signal(str, int)

    emitter = Emitter()
    for _ in range(20_000):  # more than True's reference count in an unshielded process
        emitter.fired.emit("1939-09-01", 1)
    if sys.version_info < (3, 12):
        assert sys.getrefcount(True) > 2**39 and sys.getrefcount(False) > 2**39


# --- animated date changes ---------------------------------------------------------

PROBES = [LVIV, WARSAW, KYIV, (54.35, 18.65), (54.69, 25.28), (53.13, 23.16), (50.06, 19.94), (51.1, 17.03),
          (56.95, 24.11), (59.44, 24.75), (60.71, 28.75), (47.0, 28.86), (48.29, 25.94), (50.08, 14.42)]


def instant(view, iso: str, qtbot) -> None:
    with qtbot.waitSignal(view.bordersDrawn, timeout=20_000, check_params_cb=lambda date, count: date == iso):
        view.set_date(iso, animate=False)


def drawn_state(view, js) -> dict:
    """What is drawn, as a user (and the queries) see it."""
    status = js(view, "bordersStatus")
    return {
        "layers": js(view, "borderLayersOnMap"),
        "controllers": [js(view, "controllerAt", *p) for p in PROBES],
        "counts": (status["territories"], status["spheres"], status["fronts"]),
        "legend": js(view, "legendTexts"),
    }


def wait_until_still(view, js, wait, timeout_ms: int = 2000) -> None:
    wait(lambda: not js(view, "bordersStatus")["animating"], timeout_ms, "the transition to end")


def test_a_date_change_animates_and_ends_in_the_instant_state(map_view, qtbot, js, wait):
    map_view.set_view(52.0, 22.0, 5)
    instant(map_view, "1939-10-01", qtbot)
    expected = drawn_state(map_view, js)
    assert {layer["canvas"] for layer in expected["layers"]} == {"main"}

    instant(map_view, "1939-09-01", qtbot)
    qtbot.wait(200)  # a date change that follows at once would be a quick one
    set_date(map_view, "1939-10-01", qtbot)
    status = js(map_view, "bordersStatus")
    assert status["animating"] is True
    # The page answers for the new date at once; only the pixels are still fading.
    assert js(map_view, "controllerAt", *LVIV) == "Soviet Union"
    fading = [layer for layer in js(map_view, "borderLayersOnMap") if layer["canvas"] == "fading"]
    assert fading and all(layer["key"].startswith(("territory:", "sphere:", "front:")) for layer in fading)
    # Which territories changed hands is worked out on the transition's first frame.
    wait(lambda: js(map_view, "bordersStatus")["transition"]["changed"], 2000, "the changed territories")
    changed = js(map_view, "bordersStatus")["transition"]["changed"]
    assert any(i.startswith("su_occ_pl") for i in changed) and any(i.startswith("de_occ_pl") for i in changed)
    assert 600 <= status["transition"]["duration"] <= 900

    wait_until_still(map_view, js, wait)
    assert drawn_state(map_view, js) == expected
    assert js(map_view, "bordersStatus")["transition"]["frames"] > 5  # it did animate
    assert map_view.js_errors == []


def test_a_new_date_mid_transition_ends_in_the_final_state(map_view, qtbot, js, wait):
    map_view.set_view(54.0, 24.0, 5)
    instant(map_view, "1940-08-10", qtbot)
    expected = drawn_state(map_view, js)

    instant(map_view, "1939-08-31", qtbot)
    qtbot.wait(200)
    set_date(map_view, "1939-10-01", qtbot)
    qtbot.wait(250)
    assert js(map_view, "bordersStatus")["animating"] is True
    set_date(map_view, "1940-08-10", qtbot)  # retargeted mid-way
    assert js(map_view, "bordersStatus")["animating"] is True
    wait_until_still(map_view, js, wait)
    assert drawn_state(map_view, js) == expected
    assert map_view.js_errors == []


def test_instant_mode_is_instant(map_view, qtbot, js):
    instant(map_view, "1939-08-31", qtbot)
    instant(map_view, "1941-09-09", qtbot)
    status = js(map_view, "bordersStatus")
    assert status["animating"] is False and status["drawnDate"] == "1941-09-09"
    layers = js(map_view, "borderLayersOnMap")
    assert len(layers) == status["territories"] + status["spheres"] + status["fronts"]
    assert {layer["canvas"] for layer in layers} == {"main"}
    assert not js(map_view, "status")["bordersBusy"]


def test_dates_in_quick_succession_shorten_the_transition(map_view, qtbot, js, wait):
    instant(map_view, "1939-08-31", qtbot)
    qtbot.wait(200)
    map_view.set_date("1939-09-20")
    map_view.set_date("1939-10-01")  # playback: the next date within 150 ms
    wait(lambda: js(map_view, "bordersStatus")["drawnDate"] == "1939-10-01", 5000, "the last date")
    assert js(map_view, "bordersStatus")["transition"]["duration"] < 200
    wait_until_still(map_view, js, wait, 1500)
    assert js(map_view, "controllerAt", *LVIV) == "Soviet Union"
    assert map_view.js_errors == []


def test_a_transition_looks_like_one(map_view, qtbot, js, wait):
    """Mid-way the map is neither blank nor the old or the new picture; at the end it is the new one."""
    map_view.set_view(52.0, 22.0, 5)
    instant(map_view, "1939-10-01", qtbot)
    qtbot.wait(300)
    after = map_view.grab().toImage()
    instant(map_view, "1939-08-31", qtbot)
    qtbot.wait(300)
    before = map_view.grab().toImage()
    map_view.set_date("1939-10-01")
    wait(lambda: js(map_view, "bordersStatus")["drawnDate"] == "1939-10-01", 5000, "the new date")
    qtbot.wait(300)
    middle = map_view.grab().toImage()
    wait_until_still(map_view, js, wait)
    qtbot.wait(300)
    end = map_view.grab().toImage()
    point = js(map_view, "containerPoint", *LVIV)
    x, y = round(point["x"]), round(point["y"])
    assert middle != before and middle != after
    assert middle.pixelColor(x, y) not in (before.pixelColor(x, y), after.pixelColor(x, y))
    assert end == after
    assert map_view.js_errors == []


# --- the passage being read, and the text's events in border popups ----------------


def test_emphasise_places_marks_them_and_flies_to_fit(map_view, qtbot, js, wait):
    draw(map_view, PLACES, qtbot)
    map_view.highlight_places([PLACES[0]["id"]])  # the chosen place stays chosen
    map_view.set_view(40.0, -5.0, 6)  # Spain: Berlin and Moscow far out of view
    berlin, moscow = PLACES[1], PLACES[2]
    map_view.emphasise_places([berlin["id"], moscow["id"], "no-such-place"], fit=True)
    wait(lambda: js(map_view, "status")["emphasised"] == [berlin["id"], moscow["id"]], 5000, "the emphasis")
    status = js(map_view, "status")
    assert status["highlighted"] == [PLACES[0]["id"]]
    assert status["lastEmphasis"]["moved"] is True

    def both_in_view() -> bool:
        points = [js(map_view, "placePoint", p["id"]) for p in (berlin, moscow)]
        return all(20 <= q["x"] <= 780 and 20 <= q["y"] <= 580 for q in points)

    wait(both_in_view, 5000, "Berlin and Moscow in view")
    wait(lambda: js(map_view, "getView")["zoom"] <= 7 if isinstance(js(map_view, "getView"), dict)
         else json.loads(js(map_view, "getView"))["zoom"] <= 7, 5000, "a zoom of 7 at most")
    labels = raw_js(map_view, "Array.prototype.map.call(document.querySelectorAll("
                              "'.mapapp-place-label-emphasis'), function (n) { return n.textContent; })", wait)
    assert sorted(set(labels)) == ["Berlin", "Moscow"]

    # Already well in view: no move. An empty list clears.
    map_view.emphasise_places([berlin["id"]], fit=True)
    wait(lambda: js(map_view, "status")["emphasised"] == [berlin["id"]], 5000, "Berlin alone")
    assert js(map_view, "status")["lastEmphasis"]["moved"] is False
    map_view.emphasise_places([], fit=True)
    wait(lambda: js(map_view, "status")["emphasised"] == [], 5000, "no emphasis")
    # Leaflet fades removed tooltips out over 200 ms.
    wait(lambda: raw_js(map_view, "document.querySelectorAll('.mapapp-place-label-emphasis').length", wait) == 0,
         5000, "the emphasis labels to go")
    map_view.highlight_places([])
    assert map_view.js_errors == []


def test_emphasis_fit_ignores_places_beyond_the_base_map(map_view, qtbot, js, wait):
    far = {"id": "geonames:5128581", "name": "New York", "lat": 40.71, "lon": -74.0, "kind": "city", "count": 1,
           "sentence": ""}
    draw(map_view, PLACES + [far], qtbot)
    map_view.set_view(52.0, 20.0, 5)
    map_view.emphasise_places([far["id"]], fit=True)
    wait(lambda: js(map_view, "status")["emphasised"] == [far["id"]], 5000, "the emphasis")
    assert js(map_view, "status")["lastEmphasis"]["moved"] is False
    map_view.emphasise_places([])


def test_border_popup_offers_the_event_told_in_the_text(map_view, qtbot, js, wait):
    vyborg = (60.71, 28.75)
    set_date(map_view, "1940-03-13", qtbot)
    map_view.set_events([
        {"date": "1940-03-01", "label": "Something else in March", "start": 10, "precision": "day"},
        {"date": "1940-03-12", "label": "The Moscow Peace Treaty was signed", "start": 39225, "precision": "day"},
        {"date": "1939-11-30", "label": "The Winter War began", "start": 900, "precision": "day"},
    ])
    wait(lambda: js(map_view, "status")["events"] == 3, 5000, "the events")
    assert js(map_view, "openBorderPopupAt", *vyborg) is True
    wait(lambda: js(map_view, "popupText"), 5000, "the popup")
    assert "Told in the text: The Moscow Peace Treaty was signed \u2192" in js(map_view, "popupText")
    with qtbot.waitSignal(map_view.eventChosen, timeout=5000) as blocker:
        raw_js(map_view, "(document.querySelector('.mapapp-border-event').click(), true)", wait)
    assert blocker.args == [39225]

    # Only the same month: that event, as a second choice.
    map_view.set_events([{"date": "1940-03-20", "label": "Later that month", "start": 7, "precision": "day"}])
    assert js(map_view, "openBorderPopupAt", *vyborg) is True
    wait(lambda: "Later that month" in (js(map_view, "popupText") or ""), 5000, "the month match")
    # No matching event: no line.
    map_view.set_events([{"date": "1925-01-01", "label": "Unrelated", "start": 3, "precision": "year"}])
    assert js(map_view, "openBorderPopupAt", *vyborg) is True
    # (the old popup fades out over 200 ms)
    wait(lambda: "Told in the text" not in (js(map_view, "popupText") or "Told in the text"), 5000, "the popup")
    assert "Moscow Peace Treaty" in js(map_view, "popupText")
    map_view.set_events([])
    assert raw_js(map_view, "(document.querySelectorAll('.leaflet-popup-close-button').forEach("
                            "function (b) { b.click(); }), true)", wait) is True
    assert map_view.js_errors == []


def test_legend_folds_on_a_narrow_map_and_unfolds_on_click(fresh_map_view, qtbot, js):
    from tests.ui.conftest import wait_for

    view = fresh_map_view()  # 640 px wide: narrower than the legend's fold width
    wait_for(lambda: view.is_ready, 30_000, "ready")
    set_date(view, "1939-10-01", qtbot)
    assert js(view, "legendIsFolded") is True
    # A click on the title, through the page, unfolds it.
    box: list = []
    view.page().runJavaScript(
        "document.querySelector('.mapapp-legend-title').click(); 1", 0, box.append
    )
    wait_for(lambda: bool(box), 5_000, "the click")
    assert js(view, "legendIsFolded") is False
    view.call_js("setExportMode", True)
    assert js(view, "legendIsFolded") is False
    assert view.js_errors == []


def test_a_country_named_by_the_borders_gets_no_second_label(fresh_map_view, qtbot, js, wait):
    """"Lithuania" the place is not written again next to "LITHUANIA" the state."""
    view = fresh_map_view()
    qtbot.waitUntil(lambda: view.is_ready, timeout=30_000)
    lithuania = {"id": "mapapp:lithuania", "name": "Lithuania", "lat": 55.3, "lon": 23.9, "kind": "country",
                 "count": 3, "sentence": ""}
    view.set_places([*PLACES, lithuania])
    view.set_view(54.5, 22.0, 6)
    wait(lambda: "Lithuania" in js(view, "labelTexts"), 5000, "the place's label without borders")
    view.set_date("1939-08-01", animate=False)
    wait(lambda: js(view, "bordersStatus")["drawnDate"] == "1939-08-01", 20_000, "the borders")
    wait(lambda: "Lithuania" not in js(view, "labelTexts"), 5000, "the place's label to give way")
    assert "Warsaw" in js(view, "labelTexts")
    assert view.js_errors == []


def test_a_right_click_opens_no_browser_menu(map_view, qapp):
    """No back/reload/view-source menu over the map."""
    from PySide6.QtWidgets import QMenu

    def menus():
        return [w for w in qapp.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]

    target = map_view.focusProxy() or map_view
    QTest.mousePress(target, Qt.MouseButton.RightButton, pos=QPoint(120, 120))
    QTest.mouseRelease(target, Qt.MouseButton.RightButton, pos=QPoint(120, 120))
    QTest.qWait(500)  # Chromium asks for the menu after a round trip to the page
    try:
        assert menus() == []
    finally:
        for menu in menus():
            menu.close()
