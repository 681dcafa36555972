"""MediaWiki XML exports (Special:Export, dumpBackup.php), any schema version.

Elements are matched on their local names, so the export namespace and schema
version (0.3 ... 0.11) do not matter. Of a page with several revisions the
last one in the file is taken (exports list revisions oldest first).

Safety: Python's expat expands internal entities, so a document with a DTD
(``<!DOCTYPE``) or an entity declaration (``<!ENTITY``) is refused before it
is parsed (no billion laughs). MediaWiki never writes either. External
entities are never fetched by ElementTree.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass

_CHUNK = 1 << 20


class ExportError(ValueError):
    """The text is not a usable MediaWiki export; the message completes "<file> ..."."""


@dataclass(frozen=True)
class ExportPage:
    title: str
    ns: int | None
    page_id: int | None
    revision_id: int | None
    timestamp: str | None
    user: str | None
    comment: str | None
    text: str  # "" if the revision has no text (deleted or missing)


def looks_like_xml(text: str) -> bool:
    """True if ``text`` (already stripped of leading whitespace) begins like an XML document."""
    return text.startswith(("<?xml", "<mediawiki", "<!DOCTYPE", "<!ENTITY"))


@functools.lru_cache(maxsize=256)
def _local_str(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _local(tag: object) -> str:
    return _local_str(tag) if isinstance(tag, str) else ""  # comments and PIs have no str tag


def _children(elem: ET.Element) -> dict[str, ET.Element]:
    """Child elements by local name; for repeated names the last one wins."""
    return {_local(c.tag): c for c in elem}


def _text(children: dict[str, ET.Element], name: str) -> str | None:
    c = children.get(name)
    return None if c is None else c.text


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    value = value.strip()
    return int(value) if value.isdigit() and len(value) < 20 else None


def _page(elem: ET.Element, number: int) -> ExportPage:
    page = _children(elem)
    title = " ".join((_text(page, "title") or "").split()) or f"Page {number}"
    revision = page.get("revision")  # the last revision of the page
    user = comment = timestamp = None
    revision_id = None
    text = ""
    if revision is not None:
        rev = _children(revision)
        revision_id = _int(_text(rev, "id"))
        timestamp = (_text(rev, "timestamp") or "").strip() or None
        comment = (_text(rev, "comment") or "").strip() or None
        contributor = rev.get("contributor")
        if contributor is not None:
            who = _children(contributor)
            user = (_text(who, "username") or _text(who, "ip") or "").strip() or None
        text = _text(rev, "text") or ""
    return ExportPage(
        title=title,
        ns=_int(_text(page, "ns")),
        page_id=_int(_text(page, "id")),
        revision_id=revision_id,
        timestamp=timestamp,
        user=user,
        comment=comment,
        text=text,
    )


def iter_pages(text: str) -> Iterator[ExportPage]:
    """The pages of the export in ``text``, in file order.

    Raises ExportError for a DTD or entity declaration, XML that is not well
    formed (e.g. a truncated file) and XML whose root is not ``<mediawiki>``.
    Pages already yielded stay valid if a later part of the file is broken,
    but the error is still raised when the iterator gets there.
    """
    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        raise ExportError(
            "contains a DTD or entity declaration (<!DOCTYPE or <!ENTITY), "
            "which mapapp refuses in XML for safety; MediaWiki exports have none"
        )
    parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(events=("start", "end"))
    root: ET.Element | None = None
    depth = 0
    number = 0
    pos = 0
    try:
        while True:
            chunk = text[pos:pos + _CHUNK]
            pos += _CHUNK
            if chunk:
                parser.feed(chunk)
            else:
                parser.close()
            for event_item in parser.read_events():
                event, elem = event_item[0], event_item[-1]
                if not isinstance(elem, ET.Element):
                    continue
                if event == "start":
                    depth += 1
                    if root is None:
                        root = elem
                        if _local(elem.tag) != "mediawiki":
                            raise ExportError(
                                f"is XML but not a MediaWiki export (its root element is <{_local(elem.tag)}>)"
                            )
                    continue
                depth -= 1
                if depth == 1 and _local(elem.tag) == "page":
                    number += 1
                    yield _page(elem, number)
                    if root is not None:
                        root.remove(elem)  # keep memory flat on big exports
            if not chunk:
                break
    except ET.ParseError as err:
        hint = ""
        if "no element found" in str(err) or "unclosed token" in str(err):
            hint = " (the file looks truncated)"
        raise ExportError(f"is not well-formed XML: {err}{hint}") from err


def parse_pages(text: str) -> list[ExportPage]:
    """All pages of the export in ``text`` (see :func:`iter_pages`)."""
    return list(iter_pages(text))
