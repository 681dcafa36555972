"""The reading pane: the rendered article, with clickable and highlightable place mentions."""

from __future__ import annotations

import logging

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from mapapp.core.article import Article, mention_marks, parse_mention_href
from mapapp.core.html import to_html

log = logging.getLogger(__name__)

EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})
HIGHLIGHT = QColor("#fde68a")
CURRENT = QColor("#f59e0b")


class ReadingPane(QTextBrowser):
    """Shows an Article; emits mentionClicked(place index, mention index).

    Mentions are links ``mention:P/M`` in the HTML. After each load the pane
    finds where each one landed in its QTextDocument, so it can scroll to a
    mention and paint highlights without touching the HTML again.
    """

    mentionClicked = Signal(int, int)
    externalLinkOpened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAcceptDrops(False)
        # Long file names in captions must wrap rather than push a horizontal scroll bar.
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        # The page margin lives here, not in the HTML: Qt adds CSS margins to
        # width="100%" tables, which then overflow into a horizontal scroll bar.
        self.document().setDocumentMargin(24)
        self.anchorClicked.connect(self._on_anchor)
        self._spans: dict[tuple[int, int], tuple[int, int]] = {}
        self.article: Article | None = None

    # --- content --------------------------------------------------------------

    def show_article(self, article: Article) -> None:
        self.article = article
        self.setExtraSelections([])
        self.setHtml(to_html(article.reading, mention_marks(article.places)))
        self._spans = self._index_mentions()

    def _index_mentions(self) -> dict[tuple[int, int], tuple[int, int]]:
        spans: dict[tuple[int, int], tuple[int, int]] = {}
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isAnchor():
                    key = parse_mention_href(fmt.anchorHref())
                    if key is not None:
                        start, end = fragment.position(), fragment.position() + fragment.length()
                        if key in spans:
                            start, end = min(start, spans[key][0]), max(end, spans[key][1])
                        spans[key] = (start, end)
                it += 1
            block = block.next()
        return spans

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
        cursor = QTextCursor(self.document())
        cursor.setPosition(span[0])
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        # A third of the way down reads better than the top edge.
        bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)
        return True

    def mention_visible(self, place_index: int, mention_index: int) -> bool:
        span = self.mention_span(place_index, mention_index)
        if span is None:
            return False
        cursor = QTextCursor(self.document())
        cursor.setPosition(span[0])
        return self.viewport().rect().contains(self.cursorRect(cursor).center())

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
