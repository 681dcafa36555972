"""The immutable values that flow through mapapp.

file --load--> Document --render--> ReadingText --geoparse--> Places

Offsets (``start``/``end``) are always indices into ``ReadingText.plain``,
end exclusive, so a mention's text is ``plain[start:end]``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date

# --- documents -----------------------------------------------------------------

MARKUP_WIKITEXT = "wikitext"
MARKUP_PLAIN = "plain"


@dataclass(frozen=True)
class Document:
    """An article as loaded from a file, before rendering."""

    title: str
    body: str
    markup: str  # MARKUP_WIKITEXT or MARKUP_PLAIN
    format: str  # "revision-line", "mediawiki-xml", "wikitext" or "plain"
    page_id: int | None = None
    revision_id: int | None = None
    timestamp: str | None = None  # ISO 8601, as in the source
    user: str | None = None
    comment: str | None = None
    path: str | None = None


# --- rendered text -------------------------------------------------------------

# Block kinds. Narrative blocks are the ones a reader reads as the story;
# footnotes and meta (categories, interlanguage links) are apparatus.
HEADING = "heading"
PARAGRAPH = "paragraph"
LIST_ITEM = "list_item"
QUOTE = "quote"
CAPTION = "caption"  # an image's caption box (the image itself is not available offline)
NOTE = "note"  # hatnotes such as "See also: ..." and "Main article: ..."
FOOTNOTE = "footnote"  # one entry of the reference list
META = "meta"  # categories and interlanguage links listed at the end

APPARATUS_KINDS = frozenset({FOOTNOTE, META})

# Inline kinds.
BOLD = "bold"
ITALIC = "italic"
LINK = "link"  # internal wikilink; target is the linked page title
EXTLINK = "extlink"  # external link; target is the URL
FNREF = "fnref"  # footnote marker like "[3]"; target is the footnote block anchor, anchor is its own id
BACKREF = "backref"  # back-link in a footnote; target is the anchor of an FNREF


@dataclass(frozen=True)
class Block:
    """A block of the rendered text: ``plain[start:end]`` is its text."""

    kind: str
    start: int
    end: int
    anchor: str  # unique within the document, usable as an HTML anchor name
    level: int = 0  # heading level (2..6) or list depth (1..)
    ordered: bool = False  # for list items: numbered (#) rather than bulleted (*)


@dataclass(frozen=True)
class Inline:
    """Inline formatting over ``plain[start:end]``; inlines nest but never cross."""

    kind: str
    start: int
    end: int
    target: str = ""
    anchor: str = ""


@dataclass(frozen=True)
class TocEntry:
    level: int
    title: str
    anchor: str


@dataclass(frozen=True)
class ReadingText:
    """An article rendered for reading, as plain text with stand-off markup.

    Blocks are in order and do not overlap; what lies between two blocks is
    whitespace (a newline). ``plain`` is what the reader reads, so search and
    geoparsing work on it and everything else points into it.
    """

    title: str
    subtitle: str  # e.g. "Revision 221484835 of 24 June 2008, by Colchicum"
    plain: str
    blocks: tuple[Block, ...]
    inlines: tuple[Inline, ...] = ()
    toc: tuple[TocEntry, ...] = ()
    _starts: tuple[int, ...] = field(default=(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(b.start for b in self.blocks))

    def block_at(self, offset: int) -> Block | None:
        """The block holding ``offset``, or None between blocks."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.blocks[i].start <= offset < self.blocks[i].end:
            return self.blocks[i]
        return None

    def is_apparatus(self, offset: int) -> bool:
        """True inside footnotes and the closing lists of categories and languages."""
        block = self.block_at(offset)
        return block is not None and block.kind in APPARATUS_KINDS


@dataclass(frozen=True)
class Mark:
    """Extra inline markup laid over the text when it becomes HTML (mentions, highlights)."""

    start: int
    end: int
    href: str
    css_class: str = ""
    title: str = ""


# --- places --------------------------------------------------------------------

PLACE_KINDS = ("city", "region", "country", "river", "sea", "other")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Place:
    id: str  # stable across runs, e.g. "geonames:629634" or "mapapp:karelian-isthmus"
    name: str
    lat: float
    lon: float
    kind: str  # one of PLACE_KINDS
    mentions: tuple[Mention, ...]
    source: str = ""  # where the coordinates come from, for attribution and popups

    @property
    def first_offset(self) -> int:
        return self.mentions[0].start if self.mentions else 0


# --- dates (found by mapapp.core.timeline) ---------------------------------------
# Here rather than with the code that finds them: an opened article is unpickled
# at launch, and that should not need the date parser.

@dataclass(frozen=True)
class Event:
    """A dated happening; ``plain[start:end]`` is the date expression as written."""

    date: date
    date_to: date
    precision: str  # "day", "month", "season", "year" or "decade"
    label: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int


@dataclass(frozen=True)
class Passage:
    """``plain[start:end]`` is read at ``date_from``..``date_to``."""

    start: int
    end: int
    date_from: date
    date_to: date
    precision: str = "day"
    anchor: str = ""  # the block's anchor (paragraph id)
    own: bool = True  # False when the date is carried over from another passage


@dataclass(frozen=True)
class Timeline:
    events: tuple[Event, ...] = ()
    passages: tuple[Passage, ...] = ()
    _starts: tuple[int, ...] = field(default=(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(p.start for p in self.passages))

    def passage_at(self, offset: int) -> Passage | None:
        """The passage holding ``offset``; between passages the one before (carry forward)."""
        if not self.passages:
            return None
        i = bisect.bisect_right(self._starts, offset) - 1
        return self.passages[max(i, 0)]

    def date_at(self, offset: int) -> tuple[date, date] | None:
        """``(date_from, date_to)`` of the text at ``offset``, None if the text has no dates."""
        p = self.passage_at(offset)
        return None if p is None else (p.date_from, p.date_to)
