"""An opened article: the document, its rendered text and its places, built in one step."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from mapapp.core.model import Document, Mark, Place, ReadingText, Timeline

MENTION_SCHEME = "mention"


@dataclass(frozen=True)
class Article:
    document: Document
    reading: ReadingText
    places: tuple[Place, ...]
    timeline: Timeline | None = None

    def place(self, place_id: str) -> Place | None:
        for place in self.places:
            if place.id == place_id:
                return place
        return None


def build_article(document: Document, geocoder=None) -> Article:
    """Render ``document`` and find its places (the geocoder defaults to the offline gazetteer)."""
    from mapapp.core.geoparse import find_places
    from mapapp.core.render import render
    from mapapp.core.timeline import extract_timeline

    reading = render(document)
    places = tuple(find_places(reading, geocoder))
    return Article(document, reading, places, extract_timeline(reading))


def open_article(
    path: str | Path, *, page: str | None = None, geocoder=None, use_cache: bool = True
) -> Article:
    """Load ``path`` and build its article; raises DocumentError for files that cannot be read.

    With the default offline gazetteer the result is cached on disk, keyed by
    the file's bytes and the pipeline's code and data, so reopening an
    article costs a file read and an unpickle.
    """
    from mapapp.core.documents import MAX_BYTES, load_document

    def build() -> Article:
        return build_article(load_document(path, page=page), geocoder)

    if geocoder is not None or not use_cache:
        return build()
    try:
        if Path(path).stat().st_size > MAX_BYTES:
            return build()  # the loader explains why the file is refused
        data = Path(path).read_bytes()
    except OSError:
        return build()
    from mapapp.core.cache import cached, digest

    key = digest([pipeline_version(), str(Path(path).resolve()), page or "", data])
    return cached("articles", key, build)


@functools.lru_cache(maxsize=1)
def pipeline_version() -> str:
    """Identity of the code and data that turn a file into an Article."""
    from mapapp import __version__
    from mapapp.core.cache import digest, files_fingerprint
    from mapapp.core.paths import GEODATA

    core = Path(__file__).resolve().parent
    sources = [p.read_bytes() for p in sorted(core.glob("*.py"))]
    return digest([__version__, *sources, files_fingerprint((GEODATA / "gazetteer").glob("*"))])


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


def reading_html(article: Article) -> str:
    """The article as the reading pane shows it: its HTML with every mention a link.

    Pure work, so the app makes it off the GUI thread, next to opening the file.
    """
    from mapapp.core.html import to_html

    return to_html(article.reading, mention_marks(article.places))
