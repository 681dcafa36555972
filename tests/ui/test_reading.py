"""The reading pane's document made off the GUI thread, as opening and launch make it."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent

from mapapp.core.article import open_article, reading_html
from mapapp.core.documents import sample_path
from mapapp.ui.reading import ReadingPane, prepare_text


def _in_thread(fn):
    box: list = []
    worker = threading.Thread(target=lambda: box.append(fn()))
    worker.start()
    worker.join(60)
    assert box, "the worker thread gave nothing back"
    return box[0]


def test_text_made_in_a_worker_thread_is_the_one_made_here(qapp):
    article = open_article(str(sample_path()))
    html = reading_html(article)
    here = prepare_text(article, html)
    there = _in_thread(lambda: prepare_text(article, html))
    # Handed over to the GUI thread, where the pane lays it out and paints it.
    assert there.document.thread() is QCoreApplication.instance().thread()
    assert there.document.toPlainText() == here.document.toPlainText()
    assert there.spans == here.spans and len(there.spans) > 100
    assert there.block_starts == here.block_starts
    assert there.document.documentMargin() == here.document.documentMargin() == 24


def test_a_new_text_replaces_the_old_document_and_keeps_no_copy(qapp):
    article = open_article(str(sample_path()))
    pane = ReadingPane()
    pane.resize(600, 800)
    try:
        pane.show_article(article, _in_thread(lambda: prepare_text(article)))
        first = pane.document()
        assert pane.toPlainText().startswith(article.document.title)
        assert pane.mention_span(0, 0) is not None
        pane.show_article(article)  # made on the GUI thread this time
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert not shiboken6.isValid(first)  # the pane's old document is gone
        assert pane.toPlainText().startswith(article.document.title)
        # The pane's settings hold for every document it is given.
        assert pane.document().documentMargin() == 24
        assert pane.wordWrapMode() == pane.document().defaultTextOption().wrapMode()
    finally:
        pane.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(pane)
