"""Render a Document into a ReadingText: plain text for reading with stand-off markup.

>>> from mapapp.core.model import Document
>>> doc = Document("T", "'''Bold''' [[Warsaw]]s.", "wikitext", "wikitext", revision_id=7)
>>> r = render(doc)
>>> r.plain, r.subtitle
('Bold Warsaws.', 'Revision 7')
>>> [(i.kind, r.plain[i.start:i.end], i.target) for i in r.inlines]
[('bold', 'Bold', ''), ('link', 'Warsaws', 'Warsaw')]
"""

from __future__ import annotations

import re
from datetime import datetime

from mapapp.core.model import MARKUP_WIKITEXT, PARAGRAPH, Document, ReadingText
from mapapp.core.wikitext_draft import Draft, assemble, split_long
from mapapp.core.wikitext_render import render_wikitext

__all__ = ["render", "subtitle_of"]

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")


def _date(timestamp: str) -> str:
    try:
        dt = datetime.fromisoformat(timestamp.strip().replace("Z", "+00:00"))
    except ValueError:
        return timestamp.strip()
    return f"{dt.day} {_MONTHS[dt.month - 1]} {dt.year}"


def subtitle_of(doc: Document) -> str:
    """ "Revision 221484835 · 24 June 2008 · Colchicum", with whatever parts are known."""
    parts = []
    if doc.revision_id is not None:
        parts.append(f"Revision {doc.revision_id}")
    if doc.timestamp:
        parts.append(_date(doc.timestamp))
    if doc.user:
        parts.append(doc.user.strip())
    return " · ".join(p for p in parts if p)


def _plain_drafts(body: str) -> list[Draft]:
    drafts: list[Draft] = []
    for chunk in _BLANK_LINE.split(body.replace("\r\n", "\n")):
        d = Draft(PARAGRAPH)
        d.add(chunk)
        if d.finish():
            drafts.extend(split_long(d))
    return drafts


def render(doc: Document) -> ReadingText:
    """Render ``doc`` (wikitext or plain text) for reading."""
    if doc.markup == MARKUP_WIKITEXT:
        flattened = True if doc.format == "revision-line" else None
        drafts = render_wikitext(doc.title, doc.body, flattened)
    else:
        drafts = _plain_drafts(doc.body)
    return assemble(doc.title, subtitle_of(doc), drafts)
