"""Find the places a rendered text mentions and resolve them with the gazetteer.

``find_places(reading)`` reads only the narrative blocks of a
:class:`~mapapp.core.model.ReadingText` (not footnotes or categories) and
returns :class:`~mapapp.core.model.Place` values, one per place, each with its
mentions (spans of ``reading.plain``), in order of first mention.

Evidence, strongest first:

1. Wikilinks. A link whose target resolves in the gazetteer ("Brest, Belarus",
   "Karelian Isthmus") is a mention at the link's span. A link to a person
   ("Wilhelm von Mirbach") or to an event or organisation ("Treaty of
   Brest-Litovsk", "Battle of ...", "... Pact", "Red Army") is not, and nothing
   inside it is either; a linked person's surname is a person everywhere.
2. Capitalised words and phrases (up to four words, "Gulf of Finland") that
   are a gazetteer name, longest first, unless they are a person (after a
   given name or a title, or a surname seen as a person in the document), a
   common capitalised word (see ``geodata/gazetteer/not_places.txt``), part of
   an event's name ("Treaty of Rapallo", "Moscow Peace Treaty": events are the
   timeline's business, not mentions of the town) or a sentence's first word
   that the text also uses in lower case.
3. A town under ``SMALL_TOWN`` inhabitants needs more: a link to it, a
   preposition before it ("near X") or a historical name only it had
   ("Terijoki"), at one of its mentions at least. So does a surname that is
   also a place name (``eponyms.txt``: "Molotov" was Perm's name in 1940-57),
   and so does a town of under ``BIG_CITY`` inhabitants lying more than
   ``FAR_KM`` from the document's other places ("Jackson", "Lawrence").

4. Not read at all: footnotes and meta blocks, sections such as "References"
   or "Further reading", image file names in captions ("Image: X.jpg"),
   italics (titles of books, newspapers, ships), places of publication
   ("New York: Praeger, 1999"). A town named by an event the document links
   ("Treaty of Versailles") is taken for the event when it stands bare
   ("in violation of Versailles") unless it is linked or cued elsewhere.

Homonyms (Brest in Belarus or in France) are settled by population, kind and
closeness to the document's other places (see :func:`mapapp.core.geoparse_index.score`):
unambiguous places give a box (robust to outliers) that the others are scored against.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from mapapp.core.geoparse_index import (
    GAZETTEER_DIR,
    Box,
    Entry,
    PlaceIndex,
    as_box,
    bias_box,
    box_distance_km,
    default_index,
    normalize,
    score,
)
from mapapp.core.model import HEADING, ITALIC, LINK, Mention, Place, ReadingText

if TYPE_CHECKING:
    from mapapp.core.gazetteer import Gazetteer

SMALL_TOWN = 15000
BIG_CITY = 1_000_000
FAR_KM = 1500.0
MAX_WORDS = 4

# A word: a letter, then letters, digits, apostrophes or hyphens.
_WORD = re.compile(r"[^\W\d_](?:[\w’']|-(?=\w))*")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_CONNECTORS = frozenset({"of", "on", "upon", "am", "an", "der", "de", "la", "nad", "the"})
# lower-case words that may end a name: "the Baltic states", "the Vistula river"
_GENERIC_TAILS = frozenset(
    {"states", "countries", "republics", "sea", "river", "region", "isthmus", "peninsula",
     "gulf", "lake", "mountains", "oblast", "corridor", "line"}
)  # fmt: skip
_PARTICLES = frozenset({"von", "van", "der", "den", "de", "zu", "af", "da", "di"})
_CUES = frozenset(
    {"in", "at", "near", "to", "from", "into", "towards", "toward", "via", "outside", "around",
     "through", "across", "beyond", "reached", "entered", "captured", "occupied", "besieged"}
)  # fmt: skip
_SENTENCE_END = frozenset('.!?:;"“”(')

# Words that make a page title or a phrase an event, a body or a thing rather than a place.
_NONPLACE_WORDS = frozenset(
    """
    treaty treaties pact pacts battle battles siege war wars agreement agreements accord accords
    conference conferences congress army armies party parties revolution revolutions uprising
    uprisings invasion invasions occupation annexation annexations partition partitions bombing
    incident crisis affair purge terror offensive operation campaign front alliance entente
    protocol protocols convention armistice truce declaration committee council government
    ministry ministries commissariat politburo comintern republic's factory works company
    university institute trials trial process navy air force forces fleet corps division
    regiment embassy legation station journal review studies quarterly magazine times press
    project historiography relations policy movement people peoples minister chairman
    commissar secretary revisionism collectivisation collectivization famine famines deportation
    deportations transfer delimitation security requisitions
    """.split()
)
# "<head> of X" names an event after X ("Treaty of Rapallo"); "invasion of Poland" still
# mentions Poland.
_EVENT_HEADS = frozenset(
    """
    treaty peace battle siege congress conference declaration protocol agreement convention
    armistice truce war wars revolution
    """.split()
)


@cache
def _wordlist(name: str) -> frozenset[str]:
    path = GAZETTEER_DIR / name
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.add(line)
    return frozenset(words)


def given_names() -> frozenset[str]:
    return _wordlist("given_names.txt")


def titles() -> frozenset[str]:
    return _wordlist("titles.txt")


def not_places() -> frozenset[str]:
    return _wordlist("not_places.txt")


@cache
def _eponym_keys() -> frozenset[str]:
    return frozenset(normalize(w) for w in _wordlist("eponyms.txt"))


@cache
def _not_place_keys() -> frozenset[str]:
    return frozenset(normalize(w) for w in not_places())


# --- tokens --------------------------------------------------------------------


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    text: str
    cap: bool
    sentence_start: bool
    segment: int  # tokens of one link share a segment; a phrase never crosses segments


@dataclass
class _Candidate:
    start: int
    end: int
    entries: list[Entry]
    linked: bool = False
    cue: bool = False
    citation: bool = False  # "New York: Praeger, 1999", "(London, 1995)"


@dataclass
class _State:
    gazetteer: PlaceIndex
    plain: str
    persons: set[str] = field(default_factory=set)  # normalised surnames
    candidates: list[_Candidate] = field(default_factory=list)
    closed: list[tuple[int, int]] = field(default_factory=list)  # spans not to scan
    open_links: list[tuple[int, int]] = field(default_factory=list)
    keys: dict[str, bool] = field(default_factory=dict)
    italics: list[tuple[int, int]] = field(default_factory=list)
    event_titles: list[str] = field(default_factory=list)  # normalised, padded with spaces

    def has_key(self, key: str) -> bool:
        found = self.keys.get(key)
        if found is None:
            found = self.keys[key] = self.gazetteer.has_key(key)
        return found


# Sections whose lists are bibliography or navigation, not narrative.
_BACK_MATTER_TITLES = frozenset(
    {"references", "notes", "footnotes", "sources", "bibliography", "literature",
     "further reading", "external links", "see also", "citations", "works cited",
     "notes and references", "references and notes", "primary sources", "secondary sources"}
)  # fmt: skip


def _narrative_spans(reading: ReadingText) -> list[tuple[int, int]]:
    """Blocks a reader reads as the story: no apparatus, no back-matter sections."""
    if not reading.blocks:
        return [(0, len(reading.plain))]
    spans = []
    skip_level = 0  # inside a back-matter section of this heading level
    for b in reading.blocks:
        if b.kind == HEADING:
            title = normalize(reading.plain[b.start : b.end])
            if skip_level and b.level > skip_level:
                continue
            skip_level = (b.level or 2) if title in _BACK_MATTER_TITLES else 0
            if skip_level:
                continue
        elif skip_level or reading.is_apparatus(b.start):
            continue
        spans.append((b.start, b.end))
    return spans


def _tokens(
    plain: str, start: int, end: int, links: list[tuple[int, int]], floor: int
) -> list[_Token]:
    """Words of ``plain[start:end]``; ``floor`` is where the block starts (for sentence starts)."""
    out: list[_Token] = []
    li = bisect.bisect_right(links, (start, -1)) - 1  # links are sorted and do not overlap
    li = max(li, 0)
    n_links = len(links)
    for m in _WORD.finditer(plain, start, end):
        text = m.group()
        if text[-1] in "'’":
            text = text[:-1]
        elif text[-2:] in ("'s", "’s"):
            text = text[:-2]
        if not text:
            continue
        s = m.start()
        while li < n_links and links[li][1] <= s:
            li += 1
        segment = li + 1 if li < n_links and links[li][0] <= s else 0
        cap = text[0].isupper()
        sentence_start = False
        if cap:
            j = s - 1
            while j >= floor and plain[j] == " ":
                j -= 1
            sentence_start = j < floor or plain[j] in _SENTENCE_END or plain[j] == "\n"
        out.append(_Token(s, s + len(text), text, cap, sentence_start, segment))
    return out


def _adjacent(plain: str, a: _Token, b: _Token) -> bool:
    """``b`` follows ``a`` separated by exactly one space, in the same link (or none)."""
    return a.segment == b.segment and b.start == a.end + 1 and plain[a.end] == " "


# --- people --------------------------------------------------------------------


def _surname_keys(name: str) -> set[str]:
    """Normalised keys of a person's surname: "Brockdorff-Rantzau" gives it and its parts."""
    keys = {normalize(name)}
    if "-" in name:
        keys.update(normalize(p) for p in name.split("-") if p)
    return {k for k in keys if k}


def _person_from_title(target: str) -> str | None:
    """The surname if ``target`` (a page title or a phrase) names a person, else None."""
    target = re.sub(r"\s*\(.*?\)\s*$", "", target).strip()
    if "," in target:
        head, _, tail = target.partition(",")
        tail_words = tail.split()
        if tail_words and tail_words[0].split("-")[0] in given_names():
            return head.strip()  # "Carr, Edward Hallett"
        target = head.strip()  # "William Strang, 1st Baron Strang"
    words = target.split()
    if len(words) < 2:
        return None
    if not all(w[0].isupper() or w in _PARTICLES for w in words):
        return None
    first = words[0].split("-")[0]
    if first in given_names() or words[0] in titles() or any(w in _PARTICLES for w in words[1:-1]):
        return words[-1]
    return None


def _is_nonplace_title(target: str) -> bool:
    words = normalize(target).split()
    return any(w in _NONPLACE_WORDS for w in words)


# --- passes ----------------------------------------------------------------------


_Link = tuple[int, int, str]  # start, end, target


def _link_people(reading: ReadingText, state: _State, spans: list[tuple[int, int]]) -> list[_Link]:
    """First look at the links: close namespaced ones and people; return the others."""
    rest: list[_Link] = []
    for inline in reading.inlines:
        if inline.kind != LINK or not _inside(spans, inline.start):
            continue
        target = inline.target.split("#", 1)[0].replace("_", " ").strip()
        prefix, colon, _ = target.partition(":")
        if colon and " " not in prefix.strip() and len(prefix) <= 12:
            state.closed.append((inline.start, inline.end))  # Category:, File:, fr: ...
            continue
        if not target:
            continue
        surname = _person_from_title(target)
        if surname is None:
            rest.append((inline.start, inline.end, target))
            continue
        state.persons |= _surname_keys(surname)
        words = reading.plain[inline.start : inline.end].split()
        if len(words) == 1 and words[0][:1].isupper():  # [[Joseph Stalin|Stalin]]
            state.persons |= _surname_keys(_POSSESSIVE.sub("", words[0]))
        state.closed.append((inline.start, inline.end))
    return rest


def _link_places(state: _State, links: list[_Link]) -> None:
    """Then, knowing the document's people: links to places, to events, and the rest."""
    for start, end, target in links:
        key = normalize(target)
        if key in state.persons or key in _eponym_keys() or key in _not_place_keys():
            state.closed.append((start, end))  # [[Stalin]], [[Molotov]], [[Pravda]]
            continue
        entries = state.gazetteer.lookup(target)
        if entries:
            state.candidates.append(_Candidate(start, end, entries, linked=True))
            state.closed.append((start, end))
        elif _is_nonplace_title(target):
            state.closed.append((start, end))
            state.event_titles.append(f" {key} ")
        else:
            state.open_links.append((start, end))


def _person_runs(plain: str, tokens: list[_Token], state: _State) -> set[int]:
    """Find people named in running text; return the indexes of their tokens."""
    given, title_words = given_names(), titles()
    used: set[int] = set()
    n = len(tokens)
    i = 0
    while i < n:
        t = tokens[i]
        is_title = t.text in title_words
        if i + 1 < n and _adjacent(plain, t, tokens[i + 1]):
            pair = f"{t.text} {tokens[i + 1].text}"
            if pair in title_words:  # "Field Marshal", "Prime Minister"
                is_title, i, t = True, i + 1, tokens[i + 1]
        starts = t.cap and (t.text in given or t.text.split("-")[0] in given or is_title)
        particle_next = (
            t.cap
            and i + 2 < n
            and tokens[i + 1].text in _PARTICLES
            and _adjacent(plain, t, tokens[i + 1])
        )
        if not (starts or particle_next):
            i += 1
            continue
        j = i + 1
        last = None
        while j < n and _adjacent(plain, tokens[j - 1], tokens[j]):
            w = tokens[j]
            if w.cap and w.text not in not_places() and w.text not in title_words:
                last = j
            elif w.text not in _PARTICLES:
                break
            j += 1
        if last is None:
            i += 1
            continue
        state.persons |= _surname_keys(tokens[last].text)
        used.update(range(i, last + 1))
        i = last + 1
    return used


def _phrase_pass(
    plain: str,
    tokens: list[_Token],
    person_tokens: set[int],
    state: _State,
    lower_words: set[str],
) -> None:
    nonplace = _not_place_keys()
    n = len(tokens)
    i = 0
    while i < n:
        t = tokens[i]
        if not t.cap or i in person_tokens:
            i += 1
            continue
        # longest phrase first: capitalised words joined by single spaces and connectors
        ends = [i]
        j = i
        caps = 1
        while caps < MAX_WORDS and j + 1 < n and _adjacent(plain, tokens[j], tokens[j + 1]):
            nxt = tokens[j + 1]
            if nxt.cap:
                caps += 1
                ends.append(j + 1)
            elif nxt.text in _GENERIC_TAILS:
                ends.append(j + 1)
                break
            elif nxt.text not in _CONNECTORS:
                break
            j += 1
        first_key = normalize(t.text)
        if len(ends) > 1 and not state.gazetteer.has_prefix(first_key):
            ends = [i]
        match = None
        for k in reversed(ends):
            key = normalize(plain[t.start : tokens[k].end])
            if key and state.has_key(key):
                match = (k, key)
                break
        if match is None:
            i += 1
            continue
        k, key = match
        i_next = k + 1
        if _rejected(plain, tokens, i, k, key, state, nonplace, lower_words):
            i = i_next
            continue
        prev = tokens[i - 1] if i > 0 else None
        cue = prev is not None and prev.text.lower() in _CUES and prev.end < t.start
        state.candidates.append(
            _Candidate(
                t.start,
                tokens[k].end,
                state.gazetteer.candidates(key, key=key),
                cue=cue,
                citation=_CITATION.match(plain, tokens[k].end) is not None,
            )
        )
        i = i_next


def _rejected(
    plain: str,
    tokens: list[_Token],
    i: int,
    k: int,
    key: str,
    state: _State,
    nonplace: frozenset[str],
    lower_words: set[str],
) -> bool:
    t = tokens[i]
    if key in nonplace or key in state.persons:
        return True
    if i == k and t.sentence_start and t.text.lower() in lower_words:
        return True  # "March", "Bug", "Hope" starting a sentence, used as words elsewhere
    # part of a longer name that is not a place: "Moscow Peace Treaty", "Kharkov Locomotive Factory"
    if k + 1 < len(tokens) and _adjacent(plain, tokens[k], tokens[k + 1]):
        nxt = tokens[k + 1]
        if nxt.cap and not state.has_key(normalize(nxt.text)):
            return True
    # the object of an event: "Treaty of Rapallo", "Battle of Moscow"
    if i >= 2 and tokens[i - 1].text == "of" and tokens[i - 2].text.lower() in _EVENT_HEADS:
        return True
    # part of a longer name: "ORP Orzeł"; adjectives ("Soviet Lithuania") and sentence words pass
    if i > 0 and _adjacent(plain, tokens[i - 1], t):
        prev = tokens[i - 1]
        if prev.cap and not (
            prev.text.split("-")[0] in not_places()  # "Soviet", "German-occupied"
            or normalize(prev.text) in state.persons  # "giving Hitler Czechoslovakia"
            or (prev.sentence_start and prev.text.lower() in lower_words)
            or state.has_key(normalize(prev.text))
        ):
            return True
    # titles of books, newspapers, ships
    return _inside(state.italics, t.start)


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """True if ``offset`` lies in one of the sorted, non-overlapping ``spans``."""
    i = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


_FILE_NAME = re.compile(
    r"\b(?:Image|File):[^\n]*?\.(?:jpe?g|png|gif|svg|tiff?|webp|pdf|ogg|ogv|webm)\b", re.I
)
_CITATION = re.compile(r"\s*:\s*[A-Z]|,\s*(?:1[5-9]|20)\d\d\b")


def _resolve(state: _State, bias: Box | Sequence[tuple[float, float]] | None) -> tuple[Place, ...]:
    cands = state.candidates
    # bias: the caller's, else where the document's unambiguous places are
    points: list[tuple[float, float]] = []
    for c in cands:
        if not c.entries:
            continue
        best = c.entries[0]
        unique = len(c.entries) == 1 or score(best) - score(c.entries[1]) > 1.5
        if unique and best.kind != "country":
            points.append((best.lat, best.lon))
    box = as_box(bias) if bias is not None else bias_box(points)

    plain = state.plain
    eponyms = _eponym_keys()
    linked_ids = set()
    strong_ids = set()  # places with a link, a cue or a unique historical name somewhere
    chosen: list[tuple[_Candidate, Entry]] = []
    for c in cands:
        if not c.entries:
            continue
        if not (c.linked or c.cue) and normalize(plain[c.start : c.end]) in eponyms:
            continue  # "Molotov agreed": the man, not the town
        best = max(c.entries, key=lambda e: score(e, box))
        if c.citation and best.kind == "city":
            continue  # a place of publication
        chosen.append((c, best))
        if c.linked:
            linked_ids.add(best.id)
        if c.linked or c.cue or (best.alias and len(c.entries) == 1):
            strong_ids.add(best.id)

    by_id: dict[str, tuple[Entry, list[Mention]]] = {}
    for c, best in chosen:
        weak = not (c.linked or c.cue or best.id in strong_ids)
        if weak and best.kind == "city" and best.population < SMALL_TOWN:
            continue
        if weak and best.kind == "city" and best.population < BIG_CITY and box is not None:
            if box_distance_km(best.lat, best.lon, box) > FAR_KM:
                continue  # "Jackson met ...": a bare name far from the story needs a cue
        if not (c.linked or c.cue or best.id in linked_ids) and _named_event(state, c):
            continue  # "in violation of Versailles": the treaty, not the town
        entry, mentions = by_id.setdefault(best.id, (best, []))
        mentions.append(Mention(c.start, c.end, plain[c.start : c.end]))
    places = []
    for entry, mentions in by_id.values():
        mentions.sort(key=lambda m: m.start)
        places.append(
            Place(
                id=entry.id,
                name=entry.name,
                lat=entry.lat,
                lon=entry.lon,
                kind=entry.kind,
                mentions=tuple(mentions),
                source=entry.source,
            )
        )
    places.sort(key=lambda p: (p.first_offset, p.id))
    return tuple(places)


def _named_event(state: _State, c: _Candidate) -> bool:
    """True if the document links an event named after this mention ("Treaty of Versailles")."""
    key = f" {normalize(state.plain[c.start : c.end])} "
    return any(key in title for title in state.event_titles)


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans without the ones nested in another."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _tokenise(
    plain: str,
    spans: list[tuple[int, int]],
    closed: list[tuple[int, int]],
    links: list[tuple[int, int]],
) -> list[list[_Token]]:
    """Tokens of each narrative span, cut where ``closed`` spans lie."""
    holes = _outermost(sorted(closed))
    out = []
    for block_start, block_end in spans:
        for s, e in _subtract(block_start, block_end, holes):
            out.append(_tokens(plain, s, e, links, block_start))
    return out


def _subtract(start: int, end: int, holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``[start, end)`` minus the sorted, disjoint ``holes``."""
    out = []
    cur = start
    i = max(bisect.bisect_right(holes, (start, start)) - 1, 0)
    while i < len(holes) and holes[i][0] < end:
        hs, he = holes[i]
        if he > cur:
            if hs > cur:
                out.append((cur, hs))
            cur = he
        i += 1
    if cur < end:
        out.append((cur, end))
    return out


def find_places(
    reading: ReadingText,
    geocoder: Gazetteer | PlaceIndex | None = None,
    *,
    bias: Box | Sequence[tuple[float, float]] | None = None,
) -> tuple[Place, ...]:
    """The places mentioned in the narrative of ``reading``, in order of first mention.

    ``geocoder`` is the gazetteer (or its index) to use, the shared one by
    default. ``bias`` (a box ``(min_lon, min_lat, max_lon, max_lat)`` or
    ``(lat, lon)`` points) replaces the region the document's unambiguous
    places would give when homonyms are settled.

    >>> from mapapp.core.model import Block, ReadingText
    >>> text = "In 1940 the Red Army entered Vilna and Kaunas."
    >>> rt = ReadingText("t", "", text, (Block("paragraph", 0, len(text), "p1"),))
    >>> [(p.name, [m.text for m in p.mentions]) for p in find_places(rt)]
    [('Vilnius', ['Vilna']), ('Kaunas', ['Kaunas'])]
    """
    if geocoder is None:
        gaz = default_index()
    elif isinstance(geocoder, PlaceIndex):
        gaz = geocoder
    else:
        gaz = geocoder.index
    plain = reading.plain
    state = _State(gaz, plain)
    state.italics = _outermost(
        sorted((i.start, i.end) for i in reading.inlines if i.kind == ITALIC)
    )
    spans = _narrative_spans(reading)
    links = _link_people(reading, state, spans)
    state.closed.extend(m.span() for m in _FILE_NAME.finditer(plain))
    lower_words = set(re.findall(r"\b[a-z]+\b", plain))
    # people in the running text, so that a surname is a person everywhere ...
    link_spans = sorted((s, e) for s, e, _ in links)
    for toks in _tokenise(plain, spans, state.closed, link_spans):
        _person_runs(plain, toks, state)
    # ... before deciding what the other links and the capitalised words are
    _link_places(state, links)
    for toks in _tokenise(plain, spans, state.closed, sorted(state.open_links)):
        _phrase_pass(plain, toks, _person_runs(plain, toks, state), state, lower_words)
    return _resolve(state, bias)
