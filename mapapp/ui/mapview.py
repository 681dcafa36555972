"""The map widget: a QWebEngineView on the offline Leaflet page, with a typed bridge.

Python -> JS goes through :func:`mapapp.map.js_call` only; JS -> Python through
one QWebChannel object ``bridge`` whose single slot ``post(kind, payload)``
hands the message to :func:`mapapp.map.decode_message`; each message kind is
re-emitted as its own Qt signal.

Calls made before the page said "ready" are queued and replayed; callbacks
that arrive after the view is gone are dropped.
"""

from __future__ import annotations

import atexit
import datetime as dt
import logging
import time
import weakref
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal, Slot
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from mapapp.map.bridge import (
    BordersDrawn,
    EventChosen,
    JsError,
    MessageError,
    PlaceClicked,
    PlacesDrawn,
    Ready,
    ViewChanged,
    decode_message,
    js_batch,
    js_call,
)
from mapapp.map.scheme import ONLINE_PAGE_URL, PAGE_URL, SCHEME
from mapapp.ui.webengine import MapPage, RequestGuard, SchemeHandler, register_schemes

if TYPE_CHECKING:
    from mapapp.core.article import Article

__all__ = ["Bridge", "MapView", "delete_view", "register_schemes"]

log = logging.getLogger(__name__)

View = tuple[float, float, int]
# How long a places report painted at another size than the view's waits for
# one at the view's size before it is passed on (see MapView._on_places_drawn).
PLACES_SIZE_WAIT_MS = 500


class Bridge(QObject):
    """The one object the page sees. Its one slot only forwards (kind, payload)."""

    message = Signal(str, str)

    @Slot(str, str)
    def post(self, kind: str, payload: str) -> None:
        self.message.emit(str(kind), str(payload))


class _Alive:
    """Shared flag: False once the view is being disposed or destroyed."""

    __slots__ = ("ok",)

    def __init__(self) -> None:
        self.ok = True

    def kill(self, *_: Any) -> None:
        self.ok = False


class MapView(QWebEngineView):
    """The Leaflet map.

    Signals: ``ready()``, ``placeClicked(str)``, ``placesDrawn(int)`` (painted, see
    ``_on_places_drawn``),
    ``bordersDrawn(str, int)`` (ISO date, territories drawn),
    ``viewChanged(float, float, int)`` (lat, lon, zoom), ``eventChosen(int)``
    (the plain-text offset of an event chosen in a border popup) and ``jsError(str)``.
    """

    ready = Signal()
    placeClicked = Signal(str)
    placesDrawn = Signal(int)
    bordersDrawn = Signal(str, int)
    viewChanged = Signal(float, float, int)
    eventChosen = Signal(int)
    jsError = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        online_tiles: bool = False,
        size: tuple[int, int] | None = None,
        places_coming: bool = False,
    ) -> None:
        """``size``: the view's size from the start, for a view made before the
        window it goes into is shown (see :func:`mapapp.ui.application.start_reader`).
        ``places_coming``: places will be set as soon as the page is ready, so it
        paints its map once, with them (or after a while without)."""
        super().__init__(parent)
        if size is not None:
            # Chromium takes the page widget's size when the page is set, and a
            # hidden widget's children are laid out only when it is shown: given
            # later, the map would be laid out at 100x30 first, then again.
            self.resize(*size)
            self.layout().activate()
        self._alive = _Alive()
        self.destroyed.connect(self._alive.kill)
        _live_views.add(self)
        self._is_ready = False
        self._ever_ready = False
        self._places_reported = 0  # the generation of the page's last places_drawn passed on
        self._pending: list[tuple[str, Callable[[Any], None] | None]] = []
        self._state_calls: dict[str, str] = {}  # replayed if the page ever reloads
        self._recent_errors: dict[str, float] = {}
        self.js_errors: list[str] = []
        self.online_tiles = online_tiles
        self.shown_article: Article | None = None  # whose places and events the map has
        self.load_started_at = 0.0
        self.ready_after_ms: float | None = None

        # Children are deleted in creation order; the page must go before the
        # profile, so the profile gets its parent after the page exists.
        profile = QWebEngineProfile()  # no storage name: off the record
        self._scheme_handler = SchemeHandler(profile)
        profile.installUrlSchemeHandler(SCHEME.encode(), self._scheme_handler)
        self._guard = RequestGuard(profile, allow_online=online_tiles)
        profile.setUrlRequestInterceptor(self._guard)
        page = MapPage(profile, self, console_error=self._on_console_error)
        profile.setParent(self)
        # mapapp: is a local scheme, so its page cannot reach the network at all
        # unless this is on; the CSP and the request guard stand behind it.
        attrs = QWebEngineSettings.WebAttribute
        settings = page.settings()
        settings.setAttribute(attrs.LocalContentCanAccessRemoteUrls, online_tiles)
        settings.setAttribute(attrs.LocalContentCanAccessFileUrls, False)
        settings.setAttribute(attrs.JavascriptCanOpenWindows, False)
        settings.setAttribute(attrs.PluginsEnabled, False)
        self._profile = profile
        self._page = page

        channel = QWebChannel(page)
        self._bridge = Bridge(channel)
        self._bridge.message.connect(self._on_message)
        channel.registerObject("bridge", self._bridge)
        page.setWebChannel(channel)
        self._channel = channel

        page.loadStarted.connect(self._on_load_started)
        page.loadFinished.connect(self._on_load_finished)
        page.renderProcessTerminated.connect(self._on_render_process_terminated)
        self.setPage(page)
        url = ONLINE_PAGE_URL if online_tiles else PAGE_URL
        if size is not None:
            self.layout().activate()  # the page's widget, made by setPage
            # Chromium gives a hidden page no size at all: the page lays the
            # map out at this one until its window shows (holdSizeHint).
            url += f"?size={size[0]}x{size[1]}"
        if places_coming:
            url += "&places=1" if "?" in url else "?places=1"
        self.load(QUrl(url))

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt API)
        # No browser menu (back, reload, view source) over the map. An override
        # rather than a context menu policy: the policy's enum is the Qt
        # namespace, whose ~100 enums PySide makes at once on the launch path.
        event.accept()

    # --- state -----------------------------------------------------------------

    @property
    def is_ready(self) -> bool:
        return self._is_ready

    @property
    def blocked_requests(self) -> list[str]:
        """The remote (http/https/...) requests the profile blocked, as URL strings."""
        return self._guard.blocked_requests

    @property
    def map_page(self) -> MapPage:
        return self._page

    # --- the map API -----------------------------------------------------------

    def show_article(self, article: Article) -> None:
        """An article's places and events, the map fitted to show the places."""
        from mapapp.map.payload import event_payload, place_payload

        events = article.timeline.events if article.timeline is not None else ()
        self.set_places(place_payload(article.places, article.reading))
        self.set_events(event_payload(events))
        self.fit_places()
        self.shown_article = article

    def set_places(self, payload: Sequence[dict[str, Any]]) -> None:
        """Draw these places (dicts from :func:`mapapp.map.place_payload`), replacing the old ones."""
        code = js_call("setPlaces", list(payload))
        self.shown_article = None
        self._state_calls["setPlaces"] = code
        self._state_calls.pop("highlightPlaces", None)
        self._state_calls.pop("emphasisePlaces", None)
        self._run(code)

    def set_date(self, iso: str, *, animate: bool = True) -> None:
        """Draw the borders as they stood on ``iso`` (``YYYY-MM-DD``).

        The page fetches the dated borders once (the first call) and filters
        them itself; ``bordersDrawn(iso, count)`` follows. A change from a drawn
        date is animated in the page (the changing territories cross-fade, land
        that changed hands pulses; ``bordersStatus().animating`` meanwhile), with
        ``animate=False`` it is drawn at once. Either way the page's queries
        (``controllerAt``...) answer for the new date as soon as it is drawn.
        Queued before ready and replayed (at once) after a reload, like the places.
        """
        day = dt.date.fromisoformat(str(iso))  # ValueError for a bad date
        self._state_calls["setDate"] = js_call("setDate", day.isoformat(), {"animate": False})
        self._run(js_call("setDate", day.isoformat(), {"animate": bool(animate)}))

    def focus_place(self, place_id: str, popup: bool = True) -> None:
        """Fly to a place and (by default) open its popup."""
        self._run(js_call("focusPlace", place_id, bool(popup)))

    def highlight_places(self, ids: Sequence[str]) -> None:
        """Emphasise these places and dim the others; an empty list resets."""
        code = js_call("highlightPlaces", list(ids))
        self._state_calls["highlightPlaces"] = code
        self._run(code)

    def emphasise_places(self, ids: Sequence[str], *, fit: bool = False) -> None:
        """Emphasise the places of the passage being read (the others dim slightly); [] clears.

        Distinct from :meth:`highlight_places` (the place the user chose), which
        stays as it is. With ``fit`` the map flies gently to show them, unless
        they are all comfortably in view already.
        """
        ids = [str(i) for i in ids]
        self._state_calls["emphasisePlaces"] = js_call("emphasisePlaces", ids, {"fit": False})
        self._run(js_call("emphasisePlaces", ids, {"fit": bool(fit)}))

    def set_events(self, events: Sequence[dict[str, Any]]) -> None:
        """Tell the page the text's events (dicts from :func:`mapapp.map.event_payload`).

        A border popup whose change matches one offers "Told in the text: ..."; a
        click there emits ``eventChosen(start)``.
        """
        code = js_call("setEvents", list(events))
        self._state_calls["setEvents"] = code
        self._run(code)

    def fit_places(self) -> None:
        """Zoom the map to show all places."""
        self._run(js_call("fitPlaces"))

    def set_view(self, lat: float, lon: float, zoom: int) -> None:
        self._run(js_call("setView", float(lat), float(lon), int(zoom)))

    def get_view(self, callback: Callable[[View | None], None]) -> None:
        """Call ``callback((lat, lon, zoom))`` with the current view (None if it cannot be read)."""

        def decode(value: Any) -> View | None:
            import json

            try:
                data = json.loads(value)
                return float(data["lat"]), float(data["lon"]), int(round(data["zoom"]))
            except (TypeError, ValueError, KeyError):
                log.warning("getView returned %r", value)
                return None

        self._run(js_call("getView"), lambda value: callback(decode(value)))

    def call_js(self, fn: str, *args: Any, callback: Callable[[Any], None] | None = None) -> None:
        """Call ``window.mapapp.<fn>(*args)``; ``callback`` gets the raw result."""
        self._run(js_call(fn, *args), callback)

    def query_json(self, fn: str, *args: Any, callback: Callable[[Any], None]) -> None:
        """Call ``window.mapapp.<fn>(*args)``; ``callback`` gets its result (an object, array...).

        The result crosses as ``JSON.stringify`` text and is decoded here (None if it cannot be).
        """

        def decode(value: Any) -> Any:
            import json

            try:
                return json.loads(value)
            except (TypeError, ValueError):
                return None

        self._run(js_call(fn, *args, as_json=True), lambda value: callback(decode(value)))

    def dispose(self) -> None:
        """Stop talking to the page and schedule deletion (view, then page, then profile)."""
        self._alive.kill()
        self._pending.clear()
        self._is_ready = False
        if shiboken6.isValid(self):
            self.deleteLater()

    # --- internals ---------------------------------------------------------------

    def _run(self, code: str, callback: Callable[[Any], None] | None = None) -> None:
        if not self._alive.ok:
            return
        if not self._is_ready:
            self._pending.append((code, callback))
            return
        self._exec(code, callback)

    def _exec(self, code: str, callback: Callable[[Any], None] | None) -> None:
        if callback is None:
            self._page.runJavaScript(code, 0)
            return
        alive = self._alive

        def done(result: Any) -> None:
            if alive.ok:
                callback(result)

        self._page.runJavaScript(code, 0, done)

    def _on_load_started(self) -> None:
        self._is_ready = False
        self._places_reported = 0  # a new page numbers its reports from 1 again
        self.load_started_at = time.monotonic()

    def _on_load_finished(self, ok: bool) -> None:
        if not ok and self._alive.ok:
            log.error("the map page did not load")
            self._emit_js_error("the map page did not load", "", 0)

    def _on_render_process_terminated(self, status: Any, code: int) -> None:
        if not self._alive.ok:
            return
        if status == QWebEnginePage.RenderProcessTerminationStatus.NormalTerminationStatus:
            # Not a crash: the process the view started with (before the map page
            # got a process of its own) exiting, or the app shutting down. A
            # reload here would load and draw the whole map a second time.
            log.debug("a renderer process of the map view exited normally (%d)", code)
            return
        log.error("map renderer process ended (%s, %d); reloading", status, code)
        self._is_ready = False
        self.reload()

    def _on_message(self, kind: str, payload: str) -> None:
        if not self._alive.ok:
            return
        try:
            msg = decode_message(kind, payload)
        except MessageError as exc:
            log.warning("dropped a message from the map page: %s", exc)
            return
        if isinstance(msg, Ready):
            self._became_ready()
        elif isinstance(msg, PlaceClicked):
            self.placeClicked.emit(msg.place_id)
        elif isinstance(msg, PlacesDrawn):
            self._on_places_drawn(msg)
        elif isinstance(msg, BordersDrawn):
            self.bordersDrawn.emit(msg.date, msg.territories)
        elif isinstance(msg, ViewChanged):
            self.viewChanged.emit(msg.lat, msg.lon, msg.zoom)
        elif isinstance(msg, EventChosen):
            self.eventChosen.emit(msg.start)
        elif isinstance(msg, JsError):
            self._emit_js_error(msg.message, msg.source, msg.line)

    def _on_places_drawn(self, msg: PlacesDrawn) -> None:
        # Once per setPlaces, when the frame was painted at the view's size
        # (the page reports again after each new size; see reportWhenPainted).
        # A hidden view paints nothing: its report is the page's fallback.
        if msg.generation and msg.generation == self._places_reported:
            return
        at_size = (msg.width, msg.height) == (self.width(), self.height())
        if at_size or not self.isVisible() or not msg.width:
            self._places_reported = msg.generation
            self.placesDrawn.emit(msg.count)
        elif self._alive.ok:
            # Should the page never see the view's size (a platform's scaling),
            # the report at the size it has stands after a while.
            from PySide6.QtCore import QTimer

            QTimer.singleShot(PLACES_SIZE_WAIT_MS, self, lambda: self._places_drawn_anyway(msg))

    def _places_drawn_anyway(self, msg: PlacesDrawn) -> None:
        if self._alive.ok and msg.generation != self._places_reported:
            self._places_reported = msg.generation
            self.placesDrawn.emit(msg.count)

    def _became_ready(self) -> None:
        # Each page posts "ready" once. A second one while still ready is a new
        # page whose loadStarted never came (a reload before the previous load
        # had finished): it needs the state replayed like any reload.
        if self._is_ready:
            log.debug("map page ready again without a new load")
        self._is_ready = True
        self.ready_after_ms = (time.monotonic() - self.load_started_at) * 1000.0
        log.debug("map page ready after %.0f ms", self.ready_after_ms)
        pending, self._pending = self._pending, []
        if self._ever_ready:  # a reload: bring back the places before newer calls
            pending = [(code, None) for code in self._state_calls.values()] + pending
        self._ever_ready = True
        # Calls without a callback go together, in order (js_batch).
        batch: list[str] = []
        for code, callback in [*pending, ("", None)]:
            if callback is None and code:
                batch.append(code)
                continue
            if batch:
                self._exec(js_batch(batch), None)
                batch = []
            if code:
                self._exec(code, callback)
        self.ready.emit()

    def _on_console_error(self, message: str, source: str, line: int) -> None:
        if self._alive.ok:
            self._emit_js_error(message, source, line)

    def _emit_js_error(self, message: str, source: str, line: int) -> None:
        # The same error arrives twice: as a console message and through the bridge.
        key = message.removeprefix("Uncaught ").strip()
        now = time.monotonic()
        self._recent_errors = {k: t for k, t in self._recent_errors.items() if now - t < 5.0}
        if key in self._recent_errors:
            return
        self._recent_errors[key] = now
        text = f"{message} ({source}:{line})" if source else message
        log.error("map page error: %s", text)
        self.js_errors.append(text)
        self.jsError.emit(text)


_live_views: weakref.WeakSet[MapView] = weakref.WeakSet()


@atexit.register
def _delete_remaining_views() -> None:
    """At interpreter exit, delete the map views still alive while the QApplication is.

    A view whose ``deleteLater()`` never ran (no event loop after it) would
    otherwise outlive QtWebEngine's shutdown: "Release of profile requested but
    WebEnginePage still not deleted", then a segfault. atexit handlers run before
    the QApplication is torn down, and no Qt event handler is running then, so
    deleting synchronously is safe.
    """
    if QCoreApplication.instance() is None:
        return
    from PySide6.QtCore import QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for view in list(_live_views):
        if shiboken6.isValid(view):
            view._alive.kill()
            shiboken6.delete(view)  # the page, then the profile, go with it
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def delete_view(view: QWebEngineView | None) -> None:
    """Dispose of a web view now: deleteLater, then process the deferred deletes.

    DESIGN.md: a view (and its profile) left to the interpreter's exit segfaults.
    Inside a running event loop the deletion may finish when control returns to it.
    """
    if view is None or not shiboken6.isValid(view):
        return
    from PySide6.QtCore import QEvent

    view.hide()
    if isinstance(view, MapView):
        view.dispose()
    else:
        view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
