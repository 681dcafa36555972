"""The reading pane: the rendered article, with clickable and highlightable place mentions."""

from __future__ import annotations

import bisect
import logging
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QTextBrowser, QTextEdit, QWidget

from mapapp.core.article import Article, parse_mention_href, reading_html

log = logging.getLogger(__name__)

EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})
# While the reader scrolls, the offset goes out at once and then at most this often.
SCROLL_THROTTLE_MS = 60
HIGHLIGHT = QColor("#fde68a")
CURRENT = QColor("#f59e0b")
# Long file names in captions must wrap rather than push a horizontal scroll bar.
WRAP_MODE = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
# The page margin lives in the document, not in the HTML: Qt adds CSS margins
# to width="100%" tables, which then overflow into a horizontal scroll bar.
DOCUMENT_MARGIN = 24


@dataclass
class PreparedText:
    """An article's reading HTML parsed into a QTextDocument, and where its parts landed.

    ``spans`` maps (place index, mention index) to the mention's (start, end) in
    the document; ``block_starts`` pairs each block's document position with its
    plain-text offset, in order.
    """

    article: Article
    document: QTextDocument
    spans: dict[tuple[int, int], tuple[int, int]]
    block_starts: list[tuple[int, int]]


def prepare_text(article: Article, html: str | None = None) -> PreparedText:
    """The reading pane's document for ``article``; safe to call from a worker thread.

    Parsing the HTML takes tens of milliseconds for a long article. QTextDocument
    is reentrant, so it is built where the article is opened, off the GUI
    thread, and handed to the GUI thread's pane ready to lay out.
    """
    document = QTextDocument()
    document.setDocumentMargin(DOCUMENT_MARGIN)
    document.setDefaultFont(QApplication.font("QTextBrowser"))
    option = document.defaultTextOption()
    option.setWrapMode(WRAP_MODE)
    document.setDefaultTextOption(option)
    document.setHtml(html if html is not None else reading_html(article))
    spans, block_starts = _index_document(document, article)
    app = QApplication.instance()
    if app is not None:
        document.moveToThread(app.thread())  # no-op on the GUI thread
    return PreparedText(article, document, spans, block_starts)


def _index_document(
    document: QTextDocument, article: Article
) -> tuple[dict[tuple[int, int], tuple[int, int]], list[tuple[int, int]]]:
    """Find where mentions and block anchors landed in the document."""
    block_start = {b.anchor: b.start for b in article.reading.blocks}
    starts: list[tuple[int, int]] = []
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            for name in fmt.anchorNames():
                if name in block_start:
                    starts.append((fragment.position(), block_start[name]))
            if fmt.isAnchor():
                key = parse_mention_href(fmt.anchorHref())
                if key is not None:
                    start, end = fragment.position(), fragment.position() + fragment.length()
                    if key in spans:
                        start, end = min(start, spans[key][0]), max(end, spans[key][1])
                    spans[key] = (start, end)
            it += 1
        block = block.next()
    starts.sort()
    return spans, starts


class ReadingPane(QTextBrowser):
    """Shows an Article; emits mentionClicked(place index, mention index).

    Mentions are links ``mention:P/M`` in the HTML. After each load the pane
    finds where each one landed in its QTextDocument, so it can scroll to a
    mention and paint highlights without touching the HTML again.
    """

    mentionClicked = Signal(int, int)
    externalLinkOpened = Signal(str)
    # The plain-text offset of the passage the reader is at: at the first move
    # of a scroll, then at most every SCROLL_THROTTLE_MS, and once more when it stops.
    readingOffsetChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAcceptDrops(False)
        self.setWordWrapMode(WRAP_MODE)
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self.anchorClicked.connect(self._on_anchor)
        self._spans: dict[tuple[int, int], tuple[int, int]] = {}
        # (QTextDocument position, plain offset) of each block's start, in order.
        self._block_starts: list[tuple[int, int]] = []
        self.article: Article | None = None
        self._document: QTextDocument | None = None  # the one show_article gave, owned here
        # A throttle, not a debounce: the map answers the first move of a scroll
        # at once instead of waiting for the scrolling to pause.
        self._scroll_throttle = QTimer(self)
        self._scroll_throttle.setSingleShot(True)
        self._scroll_throttle.setInterval(SCROLL_THROTTLE_MS)
        self._scroll_throttle.timeout.connect(self._throttle_ended)
        self._scrolled_since = False
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # --- content --------------------------------------------------------------

    def show_article(self, article: Article, prepared: PreparedText | None = None) -> None:
        """Show ``article``; ``prepared`` is its :func:`prepare_text` when made already."""
        if prepared is None or prepared.article is not article:
            prepared = prepare_text(article)
        self.article = article
        self.setExtraSelections([])
        # A new document starts at the top: no reading offset from the old text's layout meanwhile.
        self._block_starts = []
        self._scroll_throttle.stop()
        self._scrolled_since = False
        document = prepared.document
        if document.defaultFont() != self.font():
            document.setDefaultFont(self.font())
        document.setParent(self)
        self.setDocument(document)
        # The pane's first document belongs to Qt's text control, which deletes
        # it when replaced; the ones given here belong to the pane.
        old, self._document = self._document, document
        if old is not None and old is not document:
            old.deleteLater()
        self._spans = prepared.spans
        self._block_starts = prepared.block_starts

    def reading_offset(self) -> int | None:
        """Plain-text offset at the reader's eye line (see :meth:`_eye_line`): the
        start of the line there, or at the very end of the text its last line's end."""
        if not self._block_starts:
            return None
        bar = self.verticalScrollBar()
        if 0 < bar.maximum() <= bar.value():
            viewport = self.viewport()
            point = QPoint(viewport.width() - 8, viewport.height() - 8)
        else:
            point = QPoint(8, self._eye_line())
        position = self.cursorForPosition(point).position()
        i = max(bisect.bisect_right(self._block_starts, (position, 1 << 62)) - 1, 0)
        doc_start, plain_start = self._block_starts[i]
        # Within a block the document's characters follow the plain text's one to one.
        return plain_start + max(position - doc_start, 0)

    def _on_scrolled(self, _value: int) -> None:
        if self._scroll_throttle.isActive():
            self._scrolled_since = True  # sent when the interval ends
            return
        self._scrolled_since = False
        self._emit_reading_offset()
        self._scroll_throttle.start()

    def _throttle_ended(self) -> None:
        if self._scrolled_since:
            self._scrolled_since = False
            self._emit_reading_offset()
            self._scroll_throttle.start()

    def _emit_reading_offset(self) -> None:
        offset = self.reading_offset()
        if offset is not None:
            self.readingOffsetChanged.emit(offset)

    def scroll_to_offset(self, offset: int) -> bool:
        """Bring the block holding plain ``offset`` to the eye line."""
        if not self._block_starts:
            return False
        plain_starts = [p for _, p in self._block_starts]
        i = max(bisect.bisect_right(plain_starts, offset) - 1, 0)
        doc_start, plain_start = self._block_starts[i]
        self._bring_to_eye_line(doc_start + offset - plain_start)
        return True

    def _eye_line(self) -> int:
        """Where the reader reads, in viewport pixels (see :meth:`_eye_line_at`)."""
        return self._eye_line_at(self.verticalScrollBar().value())

    def _eye_line_at(self, value: int) -> int:
        """The eye line when the text is scrolled to ``value``: a third of the way down.

        At the ends it slides: to the top at the very start, and down to the
        bottom over the last screenful, so that the opening lines and the
        closing passages, which never reach a third of the way down, can be
        the ones being read.
        """
        height = self.viewport().height()
        third = height // 3
        top = self.verticalScrollBar().maximum()
        margin = 8
        start = min(max(value, margin), third)
        slide = max(height - third, 1)
        remaining = top - value
        if top <= 0 or remaining >= slide:
            return start
        end = third + round((height - margin - third) * (1 - remaining / slide))
        return max(start, end)

    def _cursor_at(self, position: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(max(position, 0), self.document().characterCount() - 1))
        return cursor

    def _bring_to_eye_line(self, position: int) -> None:
        """Scroll so that the eye line falls on ``position`` (as near as the ends allow)."""
        bar = self.verticalScrollBar()
        target = bar.value() + self.cursorRect(self._cursor_at(position)).top()
        # value + eye line grows with value: the least value that reaches the target.
        low, high = bar.minimum(), bar.maximum()
        while low < high:
            mid = (low + high) // 2
            if mid + self._eye_line_at(mid) < target:
                low = mid + 1
            else:
                high = mid
        bar.setValue(low)

    def mention_span(self, place_index: int, mention_index: int) -> tuple[int, int] | None:
        """Where a mention sits in the QTextDocument, or None if it was not rendered."""
        return self._spans.get((place_index, mention_index))

    def rendered_mentions(self, place_index: int) -> list[int]:
        return sorted(m for (p, m) in self._spans if p == place_index)

    # --- navigation -----------------------------------------------------------

    def scroll_to_mention(self, place_index: int, mention_index: int) -> bool:
        span = self.mention_span(place_index, mention_index)
        if span is None:
            return False
        self._bring_to_eye_line(span[0])
        return True

    def mention_visible(self, place_index: int, mention_index: int) -> bool:
        span = self.mention_span(place_index, mention_index)
        if span is None:
            return False
        return self.viewport().rect().contains(self.cursorRect(self._cursor_at(span[0])).center())

    def highlight_place(self, place_index: int | None, current: int | None = None) -> None:
        """Paint every mention of a place, the current one stronger; None clears."""
        selections = []
        if place_index is not None:
            for mention_index in self.rendered_mentions(place_index):
                start, end = self._spans[(place_index, mention_index)]
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.document())
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                fmt = QTextCharFormat()
                fmt.setBackground(CURRENT if mention_index == current else HIGHLIGHT)
                selection.format = fmt
                selections.append(selection)
        self.setExtraSelections(selections)

    # --- links ----------------------------------------------------------------

    def _on_anchor(self, url: QUrl) -> None:
        key = parse_mention_href(url.toString())
        if key is not None:
            self.mentionClicked.emit(*key)
            return
        if url.scheme() in EXTERNAL_SCHEMES:
            # Never navigate the pane; the system browser is the place for the web.
            QDesktopServices.openUrl(url)
            self.externalLinkOpened.emit(url.toString())
            return
        if not url.scheme() and url.hasFragment():
            self.scrollToAnchor(url.fragment())
            return
        log.info("ignored link %s", url.toString())
