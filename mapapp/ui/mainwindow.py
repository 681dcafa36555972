"""The main window: reading pane and map side by side, the places panel, menus."""

from __future__ import annotations

import datetime as dt
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mapapp.core.article import Article, open_article, reading_html
from mapapp.core.errors import MapappError
from mapapp.ui.reading import PreparedText, ReadingPane, prepare_text

if TYPE_CHECKING:
    from mapapp.ui.datebar import DateBar
    from mapapp.ui.places_panel import PlacesPanel

log = logging.getLogger(__name__)

MAX_RECENT = 10
DEFAULT_DATE = dt.date(1939, 9, 1)
# The date bar's height when the window last closed: the widget holding its
# place until it is built has it. The default is its height in Qt's default
# style and font; a wrong guess costs one more layout of the map when it comes.
DATEBAR_HEIGHT_KEY = "window/datebar-height"
DEFAULT_DATEBAR_HEIGHT = 41
PLACES_MIN_WIDTH = 270
# How long a new text waits for the map to have drawn its places before it is
# laid out anyway (and, without an article, the map for its first date).
TEXT_WAIT_MS = 1500
# How long after the page says it has painted the places their text waits. The
# page's word comes before its frame has passed through Chromium's compositor
# and Qt's (~100 ms here), and parsing the text holds the interpreter for tens
# of ms, which holds that frame back: measured in bench/launch.py, the places
# reach the screen ~70-110 ms sooner, the text ~75 ms later.
TEXT_AFTER_PLACES_MS = 120
OPEN_FILTER = (
    "Articles (*.txt *.wiki *.mediawiki *.xml *.text);;"
    "MediaWiki export (*.xml);;Wikitext (*.wiki *.mediawiki *.txt);;All files (*)"
)


def saved_datebar_height(settings: QSettings) -> int:
    try:
        height = int(settings.value(DATEBAR_HEIGHT_KEY, DEFAULT_DATEBAR_HEIGHT))
    except (TypeError, ValueError):
        return DEFAULT_DATEBAR_HEIGHT
    return height if 10 <= height <= 400 else DEFAULT_DATEBAR_HEIGHT


def open_for_reading(path: str, page: str | None) -> tuple[Article, PreparedText]:
    """The background half of opening: the article and the reading pane's document."""
    article = open_article(path, page=page)
    return article, prepare_text(article, reading_html(article))


def warm_up() -> None:
    """Import what building the window needs, and make the Qt types it uses.

    PySide6 makes a Qt class's Python type, enums included, on first use, which
    is tens of milliseconds in all for the window's. :func:`start_reader` calls
    this from a worker thread while Chromium starts the map on the GUI thread.
    Not the date bar's nor the places panel's (built once the map has drawn its
    places, see ``MainWindow._build_map_pane``), nor the dialogs'.
    """
    from PySide6 import QtGui, QtWidgets

    import mapapp.map.payload  # noqa: F401
    import mapapp.ui.tasks  # noqa: F401

    for name in ("QTextCharFormat", "QFont", "QKeySequence", "QTextDocument"):
        getattr(QtGui, name)
    for name in ("QSizePolicy", "QTextBrowser", "QStatusBar", "QMenuBar", "QMenu", "QFrame", "QAbstractScrollArea"):
        getattr(QtWidgets, name)


class MainWindow(QMainWindow):
    """Holds the session state (the open article, the chosen place) and wires the panes.

    articleShown fires once the text and the places panel show a new article;
    placesDrawn once the map has drawn its places too.
    """

    articleShown = Signal()
    placesDrawn = Signal(int)
    openFailed = Signal(str)

    def __init__(
        self, settings: QSettings | None = None, parent: QWidget | None = None, *, map_view=None
    ) -> None:
        """``map_view``: a MapView made (and loading its page) before the window, see
        :func:`mapapp.ui.application.start_reader`; by default the window makes its own."""
        super().__init__(parent)
        from mapapp.ui.mapview import MapView

        # The map first: its page loads in Chromium's processes while Python
        # builds the rest of the window.
        self.map = map_view if map_view is not None else MapView(self)
        self.map.setParent(self)
        self.map.setAcceptDrops(False)
        self._text_waiting: Article | None = None  # its text is made once its places are drawn
        self._text_wait = 0  # counts the waits, so that a timer of an earlier one does nothing
        self.map.placesDrawn.connect(self._text_after_places)
        # After the user picks an event, the scroll that follows must not reset the date.
        self._hold_date_until = 0.0
        # After an event chosen on the map, the map stays where the reader is looking.
        self._hold_fit_until = 0.0
        self._emphasised_range: tuple[int, int] | None = None

        from mapapp.ui.tasks import BackgroundRunner

        self.settings = settings if settings is not None else QSettings()
        self.article: Article | None = None
        self.current_place: int | None = None
        self.current_mention = 0
        self.last_error = ""
        self._loader = BackgroundRunner(self)
        self._text_loader = BackgroundRunner(self)

        self.reading = ReadingPane(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.reading)
        splitter.addWidget(self._build_map_pane())
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.splitter = splitter

        # The places panel is built when first used, like the date bar (see
        # _build_map_pane); an empty widget holds the dock's width meanwhile.
        self._places: PlacesPanel | None = None
        self._places_slot: QWidget | None = QWidget(self)
        self._places_slot.setMinimumWidth(PLACES_MIN_WIDTH)
        dock = QDockWidget("Places", self)
        dock.setObjectName("places-dock")
        dock.setWidget(self._places_slot)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.places_dock = dock

        self.reading.mentionClicked.connect(self.on_mention_clicked)
        self.reading.readingOffsetChanged.connect(self.on_reading_moved)
        self.map.placeClicked.connect(self.on_marker_clicked)
        self.map.placesDrawn.connect(self.placesDrawn)
        self.map.eventChosen.connect(self.on_map_event_chosen)
        self.map.jsError.connect(lambda message: log.error("map page: %s", message))

        self._build_menus()
        self.setAcceptDrops(True)
        self.setWindowTitle("mapapp")
        self.resize(1500, 900)
        self.resizeDocks([dock], [290], Qt.Orientation.Horizontal)
        splitter.setSizes([560, 650])
        self._restore_layout()
        self.statusBar().showMessage("Starting…")

    def _build_map_pane(self) -> QWidget:
        """The map under its date bar; the map shows the borders of the bar's date.

        The date bar itself is built when first used (:attr:`datebar`), at a
        launch once the map has drawn the article's places and its text is
        shown, like the places panel: their code and Qt types (the ruler's
        QStyle among them) were work before the window could show, on the
        launch's critical path (the map's places ~35 ms sooner without them,
        bench/launch.py). Until then an empty widget of the bar's height holds
        its place, so that the map keeps its size when the bar comes.
        """
        saved = str(self.settings.value("map/date", DEFAULT_DATE.isoformat()))
        try:
            self._datebar_start = dt.date.fromisoformat(saved)
        except ValueError:
            self._datebar_start = DEFAULT_DATE
        self._datebar: DateBar | None = None
        self._datebar_slot: QWidget | None = QWidget(self)
        self._datebar_slot.setFixedHeight(saved_datebar_height(self.settings))
        # The map gets its first date with the first article's text (its first
        # date), after the places: the borders are the page's biggest load.
        # Without an article (the launch's file failed) it gets it in a moment.
        self._map_dated = False
        QTimer.singleShot(TEXT_WAIT_MS, self, self._date_map_once)
        QTimer.singleShot(TEXT_WAIT_MS, self, self._build_panes)  # without a text
        pane = QWidget(self)
        box = QVBoxLayout(pane)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self._datebar_slot)
        box.addWidget(self.map, 1)
        self._map_pane_box = box
        return pane

    @property
    def datebar(self) -> DateBar:
        """The date bar above the map, built on first use (see :meth:`_build_map_pane`)."""
        if self._datebar is None:
            self._build_datebar()
        return self._datebar

    @property
    def places(self) -> PlacesPanel:
        """The places panel, built on first use (see ``__init__``)."""
        if self._places is None:
            from mapapp.ui.places_panel import PlacesPanel

            panel = self._places = PlacesPanel(self)
            panel.setMinimumWidth(PLACES_MIN_WIDTH)
            panel.placeChosen.connect(self.on_place_chosen)
            if self.article is not None:
                panel.set_places(self.article.places)
            slot, self._places_slot = self._places_slot, None
            self.places_dock.setWidget(panel)
            if slot is not None:
                slot.deleteLater()
        return self._places

    def _build_datebar(self) -> None:
        from mapapp.map import border_change_dates
        from mapapp.ui.datebar import DateBar
        from mapapp.ui.tasks import BackgroundRunner

        bar = self._datebar = DateBar(self, date=self._datebar_start)
        # From the disk cache in a moment; made from the dataset (most of a
        # second) the first time, in the background so the window is not held.
        self._change_dates_loader = BackgroundRunner(self)
        self._change_dates_loader.run(
            border_change_dates,
            bar.set_change_dates,
            lambda err: log.error("the border change dates could not be loaded", exc_info=err),
        )
        bar.dateChanged.connect(self.set_map_date)
        bar.eventChosen.connect(self.on_event_chosen)
        if self.article is not None:
            bar.set_events(self.article.timeline.events if self.article.timeline is not None else ())
        slot, self._datebar_slot = self._datebar_slot, None
        if slot is not None:
            self._map_pane_box.replaceWidget(slot, bar)
            slot.deleteLater()

    def set_map_date(self, iso: str) -> None:
        self._map_dated = True
        self.map.set_date(iso)
        self.settings.setValue("map/date", iso)

    def _date_map_once(self) -> None:
        if not self._map_dated:
            self.set_map_date(self._bar_date().isoformat())

    def _bar_date(self) -> dt.date:
        """The date bar's date; before the bar is built, the date it will start at."""
        return self._datebar.date() if self._datebar is not None else self._datebar_start

    def _build_panes(self) -> None:
        self.datebar  # noqa: B018 - built on first use
        self.places  # noqa: B018

    def _follow_toggled(self, on: bool) -> None:
        self.settings.setValue("map/follow", "true" if on else "false")
        if on:
            self._emphasised_range = None  # fit the passage's places again
            offset = self.reading.reading_offset()
            if offset is not None:
                self.on_reading_moved(offset)

    def on_event_chosen(self, offset: int) -> None:
        """An event tick or previous/next event: scroll the text to where it is told."""
        self._hold_date_until = time.monotonic() + 0.5  # the map keeps the event's date
        self.reading.scroll_to_offset(offset)

    def on_map_event_chosen(self, offset: int) -> None:
        """An event chosen in a border popup: as :meth:`on_event_chosen`, but the map stays put."""
        self._hold_fit_until = time.monotonic() + 1.0
        self.on_event_chosen(offset)

    def emphasise_passage(self, offset: int, *, fit: bool) -> None:
        """Emphasise on the map the places mentioned where the reader is (see
        :func:`mapapp.map.reading_range`); with ``fit`` the map flies to show them.

        Nothing is sent while the reader stays in the same stretch of text.
        """
        from mapapp.map.payload import places_in_range, reading_range

        if self.article is None:
            return
        span = reading_range(self.article.reading, self.article.timeline, offset)
        if span == self._emphasised_range:
            return
        self._emphasised_range = span
        ids = places_in_range(self.article.places, *span) if span is not None else []
        self.map.emphasise_places(ids, fit=fit and time.monotonic() >= self._hold_fit_until)

    def on_reading_moved(self, offset: int) -> None:
        """The places of the passage being read are emphasised; while following, the map
        shows its date and flies to its places."""
        if self.article is None:
            return
        following = self.follow_action.isChecked()
        # The date first: the page applies it before it starts flying to the places.
        if following and time.monotonic() >= self._hold_date_until:
            self._follow_date(offset)
        self.emphasise_passage(offset, fit=following)

    def _follow_date(self, offset: int) -> None:
        timeline = self.article.timeline if self.article is not None else None
        dated = timeline.date_at(offset) if timeline is not None else None
        if dated is None:
            return  # an undated text keeps the date the reader chose
        if dated[0] < self._bar_date() <= dated[1]:
            return  # a vague span ("by the end of the year") that holds the date shown keeps it
        if self._datebar is None:  # the bar will start at the date, clamped to its range as it does
            from mapapp.ui.datebar import FIRST_DAY, LAST_DAY

            if dated[0] != self._datebar_start:
                self._datebar_start = min(max(dated[0], FIRST_DAY), LAST_DAY)
                self.set_map_date(self._datebar_start.isoformat())
            return
        iso = dated[0].isoformat()
        if iso != self.datebar.iso():
            self.datebar.set_date(dated[0])  # clamped to the bar's range
            self.set_map_date(self.datebar.iso())

    # --- menus ------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.open_action = self._action(file_menu, "&Open…", self.choose_file, QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        self.snapshot_action = self._action(
            file_menu, "Export map &snapshot…", self.export_snapshot, QKeySequence("Ctrl+E")
        )
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)
        view_menu = self.menuBar().addMenu("&View")
        view_menu.addAction(self.places_dock.toggleViewAction())
        self._action(view_menu, "&Fit map to places", self.map.fit_places, QKeySequence("Ctrl+0"))
        self.follow_action = self._action(
            view_menu, "Map date &follows the text", self._follow_toggled, QKeySequence("Ctrl+T")
        )
        self.follow_action.setCheckable(True)
        self.follow_action.setChecked(self.settings.value("map/follow", "true") != "false")
        self.follow_action.triggered.disconnect()
        self.follow_action.toggled.connect(self._follow_toggled)
        self._action(view_menu, "Find &place…", self._focus_filter, QKeySequence.StandardKey.Find)

    def _action(self, menu, text, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _focus_filter(self) -> None:
        self.places_dock.show()
        self.places.filter.setFocus()

    # --- recent files -----------------------------------------------------------

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or []]

    def _remember(self, path: str) -> None:
        path = str(Path(path).resolve())
        recent = [path] + [p for p in self.recent_files() if p != path]
        self.settings.setValue("recent", recent[:MAX_RECENT])

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_files()
        if not recent:
            self.recent_menu.addAction("(none)").setEnabled(False)
            return
        for path in recent:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recent_menu.addSeparator()
        self.recent_menu.addAction("Clear list", lambda: self.settings.setValue("recent", []))

    # --- opening ----------------------------------------------------------------

    def choose_file(self) -> None:
        start = str(Path(self.recent_files()[0]).parent) if self.recent_files() else ""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, "Open article", start, OPEN_FILTER)
        if path:
            self.open_path(path)

    def open_path(self, path: str, page: str | None = None) -> None:
        """Open a file in the background; on failure the current article stays."""
        if page is None:
            page = self._choose_page(path)
            if page is False:
                return
        self.statusBar().showMessage(f"Opening {Path(path).name}…")
        self._loader.run(
            lambda: open_for_reading(path, page or None),
            lambda opened: self.show_opened(path, *opened),
            lambda err: self._open_failed(path, err),
        )

    def _choose_page(self, path: str):
        """For an export with several pages ask which one; False when the user cancels."""
        from mapapp.core.documents import list_pages

        try:
            pages = list_pages(path)
        except MapappError:
            return None  # not an export or unreadable: the loader reports it
        except OSError:
            return None
        if len(pages) <= 1:
            return None
        from PySide6.QtWidgets import QInputDialog

        title, ok = QInputDialog.getItem(
            self, "Choose a page", f"{Path(path).name} holds {len(pages)} pages:", pages, 0, False
        )
        return title if ok else False

    def show_opened(self, path: str, article: Article, prepared: PreparedText | None = None) -> None:
        """Show an opened article (see :func:`open_for_reading`) and remember its file."""
        self._remember(path)
        self.show_article(article, prepared)

    def _open_failed(self, path: str, err: BaseException) -> None:
        if isinstance(err, MapappError | OSError):
            message = str(err)
        else:
            log.error("opening %s failed", path, exc_info=err)
            message = f"{Path(path).name}: could not be opened ({type(err).__name__}: {err})"
        self.report_error(message)
        self.openFailed.emit(message)

    def report_error(self, message: str) -> None:
        self.last_error = message
        self.statusBar().showMessage(message, 15000)
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, "mapapp", message, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal, never blocks the event loop

    def show_article(self, article: Article, prepared: PreparedText | None = None) -> None:
        """Show ``article`` in every pane; ``prepared`` is its :func:`prepare_text` when made
        already, otherwise the text is made in the background and shown after the places."""
        self.article = article
        self._emphasised_range = None
        self._hold_date_until = self._hold_fit_until = 0.0  # holds were for the previous text
        if self._datebar is not None:  # otherwise it takes the events when it is built
            self._datebar.pause()
            self._datebar.set_events(article.timeline.events if article.timeline is not None else ())
        self.current_place = None
        self.current_mention = 0
        doc = article.document
        self.setWindowTitle(f"{doc.title} — mapapp")
        if self.map.shown_article is not article:  # at launch the map has it already
            self.map.show_article(article)
        if self._places is not None:  # otherwise it takes the places when it is built
            self._places.set_places(article.places)
        self.statusBar().showMessage(
            f"{len(article.places)} places · {article.reading.subtitle}"
        )
        if prepared is not None:
            self._show_text(prepared)
        else:
            # Parsing the text holds the interpreter for tens of ms (setHtml keeps
            # the GIL), and until the map has drawn the places the GUI thread must
            # be free to answer Chromium (the page, the channel, the calls and
            # messages). The timer is for a page that never draws them.
            self._text_waiting = article
            self._text_wait += 1
            self._prepare_waiting_text_in(TEXT_WAIT_MS)

    def _text_after_places(self, *_) -> None:
        if self._text_waiting is not None:
            self._prepare_waiting_text_in(TEXT_AFTER_PLACES_MS)

    def _prepare_waiting_text_in(self, ms: int) -> None:
        wait = self._text_wait
        QTimer.singleShot(ms, self, lambda: self._prepare_waiting_text(wait))

    def _prepare_waiting_text(self, wait: int) -> None:
        if wait != self._text_wait:
            return  # a timer of an earlier text's wait (another article, or the same one shown again)
        article, self._text_waiting = self._text_waiting, None
        if article is not None and article is self.article:
            self._prepare_text(article)

    def _prepare_text(self, article: Article) -> None:
        self._text_loader.run(
            lambda: prepare_text(article),
            self._show_text,
            lambda err: log.error("the text of %s could not be laid out", article.document.title, exc_info=err),
        )

    def _show_text(self, prepared: PreparedText) -> None:
        if prepared.article is not self.article:
            return  # a newer article was opened meanwhile
        self.reading.show_article(prepared.article, prepared)
        # The opening keeps the overview of all places (fit_places) rather than flying to the first passage's.
        self.emphasise_passage(0, fit=False)
        self.on_reading_moved(0)  # a new text starts the map at its first date
        self._date_map_once()  # an undated text: the date the reader had
        self.articleShown.emit()
        # At a launch, the date bar and the places panel come next (see _build_map_pane).
        QTimer.singleShot(0, self, self._build_panes)

    # --- linking text and map ---------------------------------------------------

    def _place_index(self, place_id: str) -> int | None:
        if self.article is None:
            return None
        for index, place in enumerate(self.article.places):
            if place.id == place_id:
                return index
        return None

    def on_marker_clicked(self, place_id: str) -> None:
        """First click: the first mention; each further click on the same place: the next one."""
        index = self._place_index(place_id)
        if index is None:
            return
        mentions = self.reading.rendered_mentions(index)
        if not mentions:
            return
        if index == self.current_place:
            position = mentions.index(self.current_mention) if self.current_mention in mentions else -1
            self.current_mention = mentions[(position + 1) % len(mentions)]
        else:
            self.current_place = index
            self.current_mention = mentions[0]
        self.reading.highlight_place(index, self.current_mention)
        self.reading.scroll_to_mention(index, self.current_mention)
        self.places.select_place(place_id)
        self.map.highlight_places([place_id])
        count = len(mentions)
        self.statusBar().showMessage(
            f"{self.article.places[index].name}: mention {mentions.index(self.current_mention) + 1} of {count}"
        )

    def on_mention_clicked(self, place_index: int, mention_index: int) -> None:
        if self.article is None or not 0 <= place_index < len(self.article.places):
            return
        place = self.article.places[place_index]
        self.current_place = place_index
        self.current_mention = mention_index
        self.reading.highlight_place(place_index, mention_index)
        self.places.select_place(place.id)
        self.map.highlight_places([place.id])
        self.map.focus_place(place.id, True)

    def on_place_chosen(self, place_id: str) -> None:
        """The panel acts like the marker, and also brings the place into the map's view."""
        self.on_marker_clicked(place_id)
        self.map.focus_place(place_id, True)

    # --- export -----------------------------------------------------------------

    def export_snapshot(self) -> None:
        from mapapp.ui.export import SnapshotSizeDialog

        if self.article is None:
            return
        dialog = SnapshotSizeDialog(self.map.size(), self)
        if dialog.exec() != SnapshotSizeDialog.DialogCode.Accepted:
            return
        size = dialog.chosen_size()
        default = str(Path(self.recent_files()[0]).with_suffix(".png")) if self.recent_files() else "map.png"
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, "Export map snapshot", default, "PNG image (*.png)")
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        self.map.get_view(lambda view: self.write_snapshot(path, size, view))

    def write_snapshot(self, path: str, size, view) -> bool:
        """Render the map at ``size`` around ``view`` (lat, lon, zoom) and save it; True on success."""
        from mapapp.map.payload import place_payload
        from mapapp.ui.export import save_image_atomic
        from mapapp.ui.snapshot import render_map_image

        if self.article is None:
            return False
        try:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                image = render_map_image(
                    place_payload(self.article.places, self.article.reading),
                    size=size,
                    view=view,
                    fit=view is None,
                    date=self.datebar.iso(),
                )
            finally:
                QApplication.restoreOverrideCursor()
            save_image_atomic(image, path)
        except MapappError as err:
            self.report_error(str(err))
            return False
        self.statusBar().showMessage(f"Wrote {path} ({size.width()}×{size.height()})", 10000)
        return True

    # --- drag and drop ----------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if any(url.isLocalFile() for url in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        # After the drop returns: a page dialog must not run inside the drag loop.
        QTimer.singleShot(0, lambda: self.open_path(paths[0]))

    # --- window layout ----------------------------------------------------------

    def _restore_layout(self) -> None:
        for key, restore in (
            ("window/geometry", self.restoreGeometry),
            ("window/state", self.restoreState),
            ("window/splitter", self.splitter.restoreState),
        ):
            value = self.settings.value(key)
            if value is not None:
                restore(value)

    def closeEvent(self, event) -> None:
        import shiboken6

        from mapapp.ui.application import MAP_SIZE_KEY

        if shiboken6.isValid(self.map):  # disposed of already when the app shuts down
            self.settings.setValue(MAP_SIZE_KEY, f"{self.map.width()}x{self.map.height()}")
        if self._datebar is not None:
            self.settings.setValue(DATEBAR_HEIGHT_KEY, self._datebar.height())
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        super().closeEvent(event)

    # --- teardown ---------------------------------------------------------------

    def dispose(self) -> None:
        """Delete the web view before the profile (DESIGN.md: otherwise a segfault at exit),
        and let the background jobs end: a text still being laid out in a worker
        thread when the QApplication goes away takes the process down."""
        from PySide6.QtCore import QThreadPool

        self.map.dispose()
        QThreadPool.globalInstance().waitForDone()
