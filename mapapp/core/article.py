"""An opened article: the document, its rendered text and its places, built in one step."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mapapp.core.model import Document, Mark, Place, ReadingText

MENTION_SCHEME = "mention"


@dataclass(frozen=True)
class Article:
    document: Document
    reading: ReadingText
    places: tuple[Place, ...]

    def place(self, place_id: str) -> Place | None:
        for place in self.places:
            if place.id == place_id:
                return place
        return None


def build_article(document: Document, geocoder=None) -> Article:
    """Render ``document`` and find its places (the geocoder defaults to the offline gazetteer)."""
    from mapapp.core.geoparse import find_places
    from mapapp.core.render import render

    reading = render(document)
    return Article(document, reading, tuple(find_places(reading, geocoder)))


def open_article(path: str | Path, *, page: str | None = None, geocoder=None) -> Article:
    """Load ``path`` and build its article; raises DocumentError for files that cannot be read."""
    from mapapp.core.documents import load_document

    return build_article(load_document(path, page=page), geocoder)


def mention_href(place_index: int, mention_index: int) -> str:
    return f"{MENTION_SCHEME}:{place_index}/{mention_index}"


def parse_mention_href(href: str) -> tuple[int, int] | None:
    """The (place index, mention index) a mention link points at, or None for other links."""
    scheme, _, rest = href.partition(":")
    if scheme != MENTION_SCHEME:
        return None
    place, _, mention = rest.partition("/")
    if not (place.isdigit() and mention.isdigit()):
        return None
    return int(place), int(mention)


def mention_marks(places: tuple[Place, ...]) -> list[Mark]:
    """One clickable mark per mention, in text order, for the reading pane's HTML."""
    marks = [
        Mark(m.start, m.end, mention_href(i, k), "mention", place.name)
        for i, place in enumerate(places)
        for k, m in enumerate(place.mentions)
    ]
    marks.sort(key=lambda mark: mark.start)
    return marks
