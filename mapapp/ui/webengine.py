"""QtWebEngine glue for the map page: the ``mapapp:`` scheme, the request guard, the page.

Thin on purpose: what the scheme serves is decided by the pure
:func:`mapapp.map.resolve_asset`; which requests are blocked by
:func:`is_remote_url`.

The page stays offline three ways: ``mapapp:`` is a LocalScheme, so its page
cannot load remote URLs unless the view turns on
``LocalContentCanAccessRemoteUrls`` (only with online tiles); the page's
Content-Security-Policy names ``mapapp:`` (and the OSM tile server with online
tiles) as the only sources, and reports violations as console errors (which
fail the tests); and :class:`RequestGuard` blocks any remote request that still
gets through, recording it in ``blocked_requests``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QFile, QIODevice, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from mapapp.map.scheme import (
    BORDERS_JS_PATH,
    LAND_JS_PATH,
    ONLINE_PAGE_PATH,
    PAGE_PATH,
    QWEBCHANNEL_PATH,
    SCHEME,
    SCHEME_HOST,
)

log = logging.getLogger(__name__)
js_log = logging.getLogger("mapapp.map.js")

QWEBCHANNEL_RESOURCE = ":/qtwebchannel/qwebchannel.js"
REMOTE_SCHEMES = frozenset({"http", "https", "ws", "wss", "ftp"})
# Served from a worker thread (see SchemeHandler): made from the data on first use.
BACKGROUND_PATHS = frozenset({BORDERS_JS_PATH, LAND_JS_PATH})

_registered = False


def register_schemes() -> None:
    """Register the ``mapapp`` URL scheme. Must run before the QApplication exists.

    Safe to call more than once.
    """
    global _registered
    if _registered:
        return
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        log.warning("register_schemes() called after the QApplication exists; mapapp: URLs may fail")
    scheme = QWebEngineUrlScheme(SCHEME.encode())
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setDefaultPort(QWebEngineUrlScheme.SpecialPort.PortUnspecified.value)
    scheme.setFlags(
        QWebEngineUrlScheme.Flag.SecureScheme
        | QWebEngineUrlScheme.Flag.LocalScheme
        | QWebEngineUrlScheme.Flag.LocalAccessAllowed
        | QWebEngineUrlScheme.Flag.CorsEnabled
        | QWebEngineUrlScheme.Flag.FetchApiAllowed
    )
    QWebEngineUrlScheme.registerScheme(scheme)
    _registered = True


def _qwebchannel_js() -> bytes | None:
    f = QFile(QWEBCHANNEL_RESOURCE)
    if not f.open(QIODevice.OpenModeFlag.ReadOnly):
        return None
    try:
        return bytes(f.readAll().data())
    finally:
        f.close()


def serve(path: str) -> tuple[bytes, str] | None:
    """What ``mapapp://app/<path>`` answers: :func:`resolve_asset` plus Qt's qwebchannel.js.

    The map page comes with its scripts and stylesheets inline
    (:func:`mapapp.map.assets.inline_assets`), built once per process.
    """
    name = path.split("?", 1)[0].split("#", 1)[0].lstrip("/")
    if name == QWEBCHANNEL_PATH:
        data = _qwebchannel_js()
        return (data, "text/javascript") if data is not None else None
    if name in (PAGE_PATH, ONLINE_PAGE_PATH):
        return prepare_page(name)
    from mapapp.map.assets import resolve_asset

    return resolve_asset(path)


def prepare_page(name: str = PAGE_PATH) -> tuple[bytes, str] | None:
    """The map page with its assets inline, built once per process (thread-safe).

    Launch calls it from a worker thread while Chromium starts, so that the
    GUI thread hands the page over at once when it is asked for.
    """
    with _page_lock:
        if name not in _pages:
            _pages[name] = _inlined_page(name)
        return _pages[name]


def clear_caches() -> None:
    """Forget the pages and data kept in memory (after resources/ or geodata/ change)."""
    from mapapp.map.assets import clear_caches as clear_asset_caches

    with _page_lock:
        _pages.clear()
    clear_asset_caches()


_page_lock = threading.Lock()
_pages: dict[str, tuple[bytes, str] | None] = {}


def _inlined_page(name: str) -> tuple[bytes, str] | None:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    from mapapp.map.page_cache import cached_page

    def build() -> bytes | None:
        from mapapp.map.assets import inline_assets, resolve_asset

        found = resolve_asset(name)
        return inline_assets(found[0], serve) if found is not None else None

    # qwebchannel.js, inlined too, comes with Qt.
    page = cached_page(name, build, identity=f"PySide6 {pyside_version} Qt {qVersion()}")
    return (page, "text/html") if page is not None else None


class SchemeHandler(QWebEngineUrlSchemeHandler):
    """Answers ``mapapp://app/...`` from :func:`serve`; 404 for anything else.

    The big data scripts (:data:`BACKGROUND_PATHS`) are made in a worker thread
    and answered when ready: the first time, after an install or a change of
    the data, building the borders takes seconds, and the window must not
    freeze meanwhile (the map shows without them until they come).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = None  # made at the first data request: not on the launch path

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 (Qt API)
        url = job.requestUrl()
        method = bytes(job.requestMethod().data())
        if method not in (b"GET", b"HEAD") or url.host() != SCHEME_HOST:
            job.fail(QWebEngineUrlRequestJob.Error.RequestDenied)
            return
        path = url.path()
        if path.lstrip("/") in BACKGROUND_PATHS:
            self._serve_in_background(job, path)
            return
        try:
            found = serve(path)
        except Exception:  # a broken asset must not take the app down
            log.exception("serving %s failed", url.toString())
            job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)
            return
        self._reply(job, path, found)

    def _serve_in_background(self, job: QWebEngineUrlRequestJob, path: str) -> None:
        # The job is Chromium's: it is deleted if the page goes away first.
        alive = [True]
        job.destroyed.connect(lambda *_: alive.clear())

        def done(found: tuple[bytes, str] | None) -> None:
            if alive and shiboken6.isValid(job):
                self._reply(job, path, found)

        def failed(err: BaseException) -> None:
            log.error("serving %s failed", path, exc_info=err)
            if alive and shiboken6.isValid(job):
                job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)

        if self._runner is None:
            from mapapp.ui.tasks import BackgroundRunner

            self._runner = BackgroundRunner(self, latest_only=False)
        self._runner.run(lambda: serve(path), done, failed)

    def _reply(self, job: QWebEngineUrlRequestJob, path: str, found: tuple[bytes, str] | None) -> None:
        if found is None:
            log.debug("404 %s", path)
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        data, mime = found
        buf = QBuffer(job)  # owned by the job: lives exactly as long as the reply
        buf.setData(QByteArray(data))
        buf.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(mime.encode(), buf)


def is_remote_url(url: QUrl | str) -> bool:
    """True for URLs that would leave the machine (http, https, ws, ftp...)."""
    scheme = (url.scheme() if isinstance(url, QUrl) else QUrl(url).scheme()).lower()
    return scheme in REMOTE_SCHEMES


class RequestGuard(QWebEngineUrlRequestInterceptor):
    """Blocks every remote request unless online tiles are allowed; remembers what it blocked."""

    def __init__(self, parent: QObject | None = None, *, allow_online: bool = False) -> None:
        super().__init__(parent)
        self.allow_online = allow_online
        self.blocked_requests: list[str] = []
        self.allowed_remote: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802 (Qt API)
        url = info.requestUrl()
        if not is_remote_url(url):
            return
        text = url.toString()
        if self.allow_online:
            self.allowed_remote.append(text)
            return
        self.blocked_requests.append(text)
        log.warning("blocked network request: %s", text)
        info.block(True)


class MapPage(QWebEnginePage):
    """The map page: stays on the map, opens web links outside, logs the console.

    ``console_error`` is called with each JS error-level console message.
    """

    def __init__(
        self,
        profile: QWebEngineProfile,
        parent: QObject | None = None,
        *,
        console_error: Callable[[str, str, int], None] | None = None,
    ) -> None:
        super().__init__(profile, parent)
        self._console_error = console_error
        self.opened_externally: list[str] = []

    @staticmethod
    def is_own_page(url: QUrl) -> bool:
        return (
            url.scheme() == SCHEME
            and url.host() == SCHEME_HOST
            and url.path().lstrip("/") in (PAGE_PATH, ONLINE_PAGE_PATH)
        )

    def acceptNavigationRequest(  # noqa: N802 (Qt API)
        self, url: QUrl | str, type: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        url = QUrl(url)
        if self.is_own_page(url):
            return True
        if is_remote_url(url) and url.scheme() in ("http", "https"):
            if type == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
                self.open_external(url)
        else:
            log.warning("refused navigation to %s", url.toString())
        return False

    def open_external(self, url: QUrl) -> None:
        self.opened_externally.append(url.toString())
        QDesktopServices.openUrl(url)

    def createWindow(self, type: QWebEnginePage.WebWindowType) -> QWebEnginePage | None:  # noqa: N802
        # target=_blank links: a throwaway page catches the URL and hands it to the desktop.
        return _ExternalLinkCatcher(self)

    def javaScriptConsoleMessage(  # noqa: N802 (Qt API)
        self,
        level: QWebEnginePage.JavaScriptConsoleMessageLevel,
        message: str,
        line: int,
        source: str,
    ) -> None:
        Level = QWebEnginePage.JavaScriptConsoleMessageLevel
        if level == Level.ErrorMessageLevel:
            js_log.error("%s (%s:%d)", message, source, line)
            if self._console_error is not None:
                self._console_error(message, source, line)
        elif level == Level.WarningMessageLevel:
            js_log.warning("%s (%s:%d)", message, source, line)
        else:
            js_log.debug("%s (%s:%d)", message, source, line)


class _ExternalLinkCatcher(QWebEnginePage):
    def __init__(self, owner: MapPage) -> None:
        super().__init__(owner.profile(), owner)
        self._owner = owner

    def acceptNavigationRequest(self, url, type, is_main_frame) -> bool:  # noqa: N802
        url = QUrl(url)
        if url.scheme() in ("http", "https"):
            self._owner.open_external(url)
        self.deleteLater()
        return False
