"""Dates from the text: the events a text narrates and the date of every passage.

``extract_timeline(reading)`` reads the rendered plain text and returns a
:class:`Timeline`:

``events``
    Every dated happening the narrative tells, in text order. ``start`` and
    ``end`` are the offsets of the *date expression* in ``reading.plain``
    (``sentence_start``/``sentence_end`` give its sentence); ``date`` and
    ``date_to`` are the first and last day the expression covers (equal for
    one day; a month, season, year, decade or range spans more), and
    ``precision`` says how it was written. ``label`` is a short text from the
    sentence: the clause the date belongs to, footnote markers and
    parentheses removed, clipped at a word boundary to about 80 characters.
``passages``
    Stretches of the narrative with the date the reader is at there. Every
    paragraph, list item, quote and caption of the narrative is covered by
    one or more passages, each with ``date_from``/``date_to``.

The rules, in short:

* **What is read.** Paragraphs, list items and quotes. Footnotes, categories,
  hatnotes ("See also: ...") and the blocks under closing sections
  (References, Notes, Sources, Bibliography, Further reading, External links,
  See also) are apparatus and skipped entirely. Headings only set the year
  for partial dates that follow ("Invasion of Poland (1939)"). Captions are
  illustrations whose dates often belong to the picture (file names, "poster
  of 1938"): they give no events and no dates; a caption takes the date of
  the narrative it sits in (the next passage of its section, captions
  standing at the head of sections, else the previous one).
* **Forms** are those of :mod:`mapapp.core.dates_text`. A date without a
  year ("On September 17", "in mid-February", "by the end of June") takes
  the year of the narrative context: a list or range ending in a year ("on
  September 24, October 2 and October 3, 1939"), else the latest dated
  statement before it, same paragraph first, then the preceding ones; when
  that context is a day or month late in the year and the month named is
  seven or more months earlier, the narrative has moved into the next year
  ("On December 14 ... On January 7"); when it is early in the year and the
  month named is ten or more months later, the text looks back weeks ("in early
  January ... on December 14" is the December before). A day or month after
  "every year on" is a recurrence, not an event. Relative dates ("the following night",
  "two days later", "the same year") move from the context; "a week after
  <event>" from the event its words name, found among the events told
  before. Vague ones ("a few months later") are not resolved.
* **Strong and weak dates.** A date drives the narrative when it is written
  as a time: with a day or month, after a temporal preposition ("in 1925",
  "since 1926", "by the end of June"), at the start of a sentence, or as a
  decade. A year used as an attribute ("the 1932 Non-Aggression Pact", "the
  Lausanne Conference of 1932", "(1936-1939)") is weak: it is no event and
  dates a passage only when its block has nothing stronger (list items like
  "Nikolay Krestinsky (1921-1930)"). Dates in parentheses never move
  passages; they are events when precise (day or month) or when the
  parentheses hold words of their own ("(Germany was admitted to the League
  in 1926)"). A relative date next to an explicit one repeats it ("on
  September 18, the day after ...", "A week after signing the pact, on
  September 1, 1939") and is dropped. Within one sentence a later date more
  than two years from the sentence's first one does not change the year
  that later partial dates take ("... in the carriage of the armistice of
  11 November 1918. It came into force on 25 June" stays in 1940).
* **Asides.** A sentence about the sources (published, historians,
  archives, memoirs, "until today") whose date lies more than a year outside
  the span the rest of the narrative covers is an aside: no event, no
  passage date ("the documents were captured in 1945 and published").
  A sentence whose date lies more than a year outside the span of the
  anchors before and after it ("cooperation ..., which ended before the
  invasion on June 22, 1941" between 1920 and 1921) keeps its event but does
  not move the passage; such strays are removed worst first, and a block's
  first anchor (its topic) is never removed, nor a sentence that opens with
  its date ("In the mid-1930s France had built ..." looks back on purpose).
* **Passages.** A block's first passage starts at the block and takes the
  date of the block's first anchor (the first day-precise date of a
  sentence, else its first strong date; but a month the sentence opens with
  ("In early May ..., and Bilbao fell on 19 June"), and after a leading "After
  <date>," clause the later date of the main clause). A later sentence with a different
  anchor starts a new passage, so long paragraphs are split where a new date
  is introduced, and a paragraph that looks back ("Ethnic Germans in Soviet
  Russia of the 1920s ...") moves back. A block with no date keeps the last
  date; blocks before the first date take the first date.
  :meth:`Timeline.date_at` answers for any offset: inside a passage its
  dates, between passages (headings, reference sections) the passage before,
  before the first passage the first one; None only for a text without dates.

>>> from mapapp.core.model import Document
>>> from mapapp.core.render import render
>>> text = "On 3 March 1918 the treaty was signed. The next day it was published.\\n\\nNothing happened."
>>> tl = extract_timeline(render(Document("T", text, "plain", "plain")))
>>> [(e.date.isoformat(), e.label) for e in tl.events]
[('1918-03-03', 'The treaty was signed'), ('1918-03-04', 'It was published')]
>>> [(p.date_from.isoformat(), p.date_to.isoformat()) for p in tl.passages]
[('1918-03-03', '1918-03-03'), ('1918-03-04', '1918-03-04'), ('1918-03-04', '1918-03-04')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from mapapp.core.dates_text import (
    Found,
    Span,
    find_dates,
    month_span,
    season_span,
    shift,
    year_span,
)
from mapapp.core.model import (
    CAPTION,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    QUOTE,
    Block,
    Event,
    Passage,
    ReadingText,
    Timeline,
)
from mapapp.core.patterns import lazy_compile

__all__ = ["Event", "Passage", "Timeline", "extract_timeline", "to_json"]

LABEL_CHARS = 80


def to_json(timeline: Timeline) -> dict[str, Any]:
    """The ``mapapp timeline FILE --json`` document."""
    return {
        "events": [
            {"date": e.date.isoformat(), "label": e.label, "start": e.start, "end": e.end}
            for e in timeline.events
        ],
        "passages": [
            {
                "start": p.start,
                "end": p.end,
                "date_from": p.date_from.isoformat(),
                "date_to": p.date_to.isoformat(),
            }
            for p in timeline.passages
        ],
    }


# --- reading the narrative ------------------------------------------------------------

_NARRATIVE = frozenset({PARAGRAPH, LIST_ITEM, QUOTE})
_CLOSING_SECTIONS = lazy_compile(
    r"(?i)^\s*(?:references|notes|footnotes|citations|sources|bibliography|literature|"
    r"further\s+reading|external\s+links|see\s+also|works\s+cited|notes\s+and\s+references)\s*$"
)
_ABBREV = frozenset(
    "mr mrs ms dr st gen col lt capt sgt adm maj prof rev sr jr no nos vol pp p c ca cf e.g i.e "
    "u.s u.k u.s.s.r vs jan feb mar apr jun jul aug sep sept oct nov dec approx fr ft mt "
    "fig gov sen rep corp inc ltd co bros".split()
)  # fmt: skip
_SENTENCE_END = lazy_compile(
    r"[.!?]+[\"'”’)\]]*(?:\[[^\]\n]{1,24}\])*\s+(?=[\"“‘(\[]?[A-Z0-9]|[-–—•*]\s+\S)"
)  # a dash or bullet after a full stop starts the next item of a list run into a paragraph
_OPENER = lazy_compile(
    r"[\s\"'“‘(*•–—-]*(?:(?:in|on|by|during|throughout|through|from|since|until|at|around|"
    r"between|after|before|early|late|towards?)\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
_RECURRING = lazy_compile(
    r"(?i)\b(?:every|each)\s+(?:year|month|week)\s+(?:on|in)\s+(?:the\s+)?$|"
    r"\b(?:annually|yearly|anniversary)\s+(?:on|in|of)\s+(?:the\s+)?$"
)
# A leading "After ..." clause ("After the preliminary peace of October 12, ...") sets the
# scene; when the main clause carries a later day, that is the sentence's date.
_LEADING_CLAUSE = lazy_compile(
    r"[\s\"'“‘(]*(?:after|following)\b",
    re.IGNORECASE,
)
_CUE = lazy_compile(
    r"(?i)\b(?:publish|publication|"
    r"historian|historiograph|scholar|archive|memoir|until\s+today|to\s+this\s+day|nowadays|"
    r"in\s+retrospect)"
)
_STRONG_BEFORE = lazy_compile(
    r"(?i)\b(?:in|on|by|since|from|until|till|through|throughout|during|after|before|between|"
    r"around|about|circa|c\.|ca\.|as\s+of|as\s+early\s+as|as\s+late\s+as|beginning|starting|at|years?|"
    r"late|early|towards?)\s*$"
)
_PAREN = lazy_compile(r"[()]")
_SUBJECT_VERB = lazy_compile(
    r"\s+(?:was|were|is|saw|brought|had|began|ended|proved|marked|opened|closed|became)\b"
)
_OPENS_WITH_PREPOSITION = lazy_compile(r"(?i)(?:from|between)\s")
_DAYLIKE = ("full", "partial_day", "range")
_STOP = frozenset(
    "after before having been with that this from their there which while when were into over "
    "under about also only more most some such than then they them these those what where "
    "would could should being".split()
)  # fmt: skip


@dataclass
class _Mention:
    found: Found
    span: Span | None
    sentence: int
    strong: bool
    in_parens: bool
    cue: bool
    dropped: bool = False
    aside: bool = False
    spike: bool = False
    paren: tuple[int, int] | None = None
    paren_words: bool = False
    opens: bool = False  # the sentence opens with this date ("In the mid-1930s France ...")

    @property
    def start(self) -> int:
        return self.found.start

    @property
    def end(self) -> int:
        return self.found.end

    @property
    def usable(self) -> bool:
        return self.span is not None and not self.dropped and not self.aside

    @property
    def is_event(self) -> bool:
        return self.usable and self.strong and self.found.kind != "same_time"

    @property
    def is_told(self) -> bool:
        """An event worth listing: in parentheses only when precise or with words of its own."""
        if not self.is_event or self.span is None:
            return False
        return not self.in_parens or self.span.precision in ("day", "month") or self.paren_words

    @property
    def anchors(self) -> bool:
        return self.is_event and not self.in_parens and not self.spike


@dataclass
class _Sentence:
    start: int
    end: int
    block: int
    cue: bool
    mentions: list[_Mention] = field(default_factory=list)
    anchor: _Mention | None = None


def _blocks(reading: ReadingText) -> list[tuple[Block, str]]:
    """The blocks that are read, with their role: "text", "caption" or "heading"."""
    out: list[tuple[Block, str]] = []
    closing = False
    for block in reading.blocks:
        if block.kind == HEADING:
            text = reading.plain[block.start : block.end]
            if block.level <= 2 or not closing:
                closing = bool(_CLOSING_SECTIONS.match(text))
            if not closing:
                out.append((block, "heading"))
        elif closing:
            continue
        elif block.kind in _NARRATIVE:
            out.append((block, "text"))
        elif block.kind == CAPTION:
            out.append((block, "caption"))
    return out


def _sentences(plain: str, start: int, end: int, block: int) -> list[_Sentence]:
    out: list[_Sentence] = []
    s = start
    for m in _SENTENCE_END.finditer(plain, start, end):
        word = re.search(r"(\S+?)[.!?]*$", plain[max(s, m.start() - 12) : m.start() + 1])
        token = word.group(1).lower().strip("\"'“‘(") if word else ""
        if token in _ABBREV or (len(token) == 1 and token.isalpha()):
            continue
        out.append(_Sentence(s, m.end(), block, False))
        s = m.end()
    if s < end:
        out.append(_Sentence(s, end, block, False))
    for sent in out:
        sent.cue = bool(_CUE.search(plain, sent.start, sent.end))
    return out


def _paren_spans(plain: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    stack: list[int] = []
    for m in _PAREN.finditer(plain, start, end):
        if m.group() == "(":
            stack.append(m.start())
        elif stack:
            o = stack.pop()
            if not stack:
                spans.append((o, m.end()))
    return spans


def _inside(spans: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    return next(((a, b) for a, b in spans if a < offset < b), None)


def _strong(m: Found, plain: str, sentence_start: int) -> bool:
    if m.kind in _DAYLIKE or m.kind in (
        "month",
        "decade",
        "partial_month",
        "partial_season",
        "relative",
    ):
        return True
    if m.kind == "same_time":
        return False
    if _OPENS_WITH_PREPOSITION.match(plain, m.start):
        return True  # "from 1643 to 1648", "between 1926 and 1933"
    prefix = plain[max(sentence_start, m.start - 40) : m.start]
    if m.start - sentence_start <= 40 and not prefix.strip(" \t\n\"'“‘"):
        return True  # the sentence opens with the date
    return bool(_STRONG_BEFORE.search(prefix))


def _year_from_context(ctx: Span | None, month: int) -> int | None:
    if ctx is None:
        return None
    year = ctx.last.year
    if ctx.precision in ("day", "month", "season"):
        if ctx.last.month - month >= 7:
            year += 1  # "On December 14 ... On January 7": the next year
        elif month - ctx.last.month >= 10 and ctx.precision != "season":
            year -= 1  # "in early January ... on December 14": a look back of weeks
    return year


def _words(text: str) -> set[str]:
    """Word stems (first six letters) for matching "after the assassination" to "assassinated"."""
    return {w.lower()[:6] for w in re.findall(r"[A-Za-z][\w-]{3,}", text)}


def _referenced(
    plain: str, f: Found, events: list[_Mention], sentences: list[_Sentence]
) -> Span | None:
    """The date of the event named after "a week after ...", found among earlier events."""
    stop = re.search(r"[,.;:]", plain[f.end : f.end + 100])
    phrase = plain[f.end : f.end + (stop.start() if stop else 100)]
    words = [w for w in re.findall(r"[A-Za-z][\w-]{3,}", phrase) if w.lower() not in _STOP]
    if not words:
        return None
    best, best_score = None, 0
    cache: dict[int, set[str]] = {}
    for ev in reversed(events[-80:]):
        k = ev.sentence
        if k not in cache:
            cache[k] = _words(plain[sentences[k].start : sentences[k].end])
        score = sum(2 if w[0].isupper() else 1 for w in words if w.lower()[:6] in cache[k])
        if score > best_score:
            best, best_score = ev, score
    return best.span if best else None


_APPOSITION = lazy_compile(r"\s*,\s*\Z")
_RESTATED = lazy_compile(r"\s*,?\s*(?:on|in|at|by)?\s*\Z", re.IGNORECASE)
_RESTATED_AFTER_PHRASE = lazy_compile(r"[^,.;]*,\s*(?:on|in|at|by)?\s*\Z", re.IGNORECASE)


def _resolve(
    f: Found,
    ctx: Span | None,
    plain: str,
    events: list[_Mention],
    sentences: list[_Sentence],
) -> Span | None:
    if f.span is not None:
        return f.span
    if f.kind == "partial_day":
        year = f.tail_year or _year_from_context(ctx, f.month)
        if year is None:
            return None
        month_to = f.month_to or f.month
        try:
            first = date(year, f.month, f.day)
            last = date(year + (month_to < f.month), month_to, f.day_to) if f.day_to else first
        except ValueError:
            return None
        return Span(first, last, "day")
    if f.kind == "partial_month":
        year = _year_from_context(ctx, f.month)
        return None if year is None else month_span(year, f.month, f.mod)
    if f.kind == "partial_season":
        if ctx is None:
            return None
        s = season_span(ctx.last.year, f.unit, f.mod)
        if ctx.precision in ("day", "month", "season") and s.last < ctx.first:
            s = season_span(ctx.last.year + 1, f.unit, f.mod)
        return s
    if f.kind == "relative":
        if f.vague:
            return None
        ref = _referenced(plain, f, events, sentences) if f.refers else None
        ref = ref or ctx
        if ref is None:
            return None
        if f.mod:  # "by the end of the year", "in the middle of that month"
            if f.unit == "year" and ref.precision != "decade":
                return year_span(ref.first.year, f.mod)
            if f.unit == "month" and ref.precision in ("day", "month"):
                return month_span(ref.first.year, ref.first.month, f.mod)
            return None
        return shift(ref, f.unit, f.amount, f.exact)
    if f.kind == "same_time":
        return ctx
    return None


def _is_explicit(f: Found) -> bool:
    return f.kind not in ("relative", "same_time")


def extract_timeline(reading: ReadingText) -> Timeline:
    """The events and dated passages of ``reading`` (see the module notes for the rules)."""
    plain = reading.plain
    roles = _blocks(reading)
    sentences: list[_Sentence] = []
    block_sentences: list[tuple[int, int]] = []  # per role entry: sentence index range
    mentions: list[_Mention] = []
    events: list[_Mention] = []
    ctx: Span | None = None
    sentence_ctx: dict[int, Span] = {}

    for bi, (block, role) in enumerate(roles):
        if role == "caption":
            block_sentences.append((len(sentences), len(sentences)))
            continue
        if role == "heading":
            block_sentences.append((len(sentences), len(sentences)))
            for f in find_dates(plain, block.start, block.end):
                if f.span is not None and f.kind in ("year", "yrange", "range", "month", "season"):
                    ctx = Span(
                        date(f.span.first.year, 1, 1), date(f.span.first.year, 12, 31), "year"
                    )
                    break
            continue
        first_sentence = len(sentences)
        sents = _sentences(plain, block.start, block.end, bi)
        sentences.extend(sents)
        block_sentences.append((first_sentence, len(sentences)))
        found = find_dates(plain, block.start, block.end)
        if not found:
            continue
        parens = (
            _paren_spans(plain, block.start, block.end)
            if "(" in plain[block.start : block.end]
            else []
        )
        si = first_sentence
        for i, f in enumerate(found):
            while si + 1 < len(sentences) and sentences[si].end <= f.start:
                si += 1
            sent = sentences[si]
            paren = _inside(parens, f.start) if parens else None
            m = _Mention(f, None, si, _strong(f, plain, sent.start), paren is not None, sent.cue)
            m.opens = bool(_OPENER.fullmatch(plain, sent.start, f.start))
            if f.kind in ("partial_day", "partial_month") and _RECURRING.search(
                plain, max(sent.start, f.start - 40), f.start
            ):
                m.dropped = True  # "commemorated every year on 15 August" is no event
            if paren is not None:
                m.paren = paren
                inner = plain[paren[0] + 1 : f.start] + " " + plain[f.end : paren[1] - 1]
                m.paren_words = len(_clean(inner).split()) >= 3
            if f.kind == "relative":
                prev = found[i - 1] if i else None
                nxt = found[i + 1] if i + 1 < len(found) else None
                if (
                    prev is not None
                    and prev.end > sent.start
                    and _APPOSITION.match(plain[prev.end : f.start])
                ):
                    m.dropped = True
                elif nxt is not None and nxt.start < sent.end and _is_explicit(nxt):
                    between = plain[f.end : nxt.start]
                    pattern = _RESTATED_AFTER_PHRASE if f.refers else _RESTATED
                    if pattern.fullmatch(between):
                        m.dropped = True
            if not m.dropped:
                m.span = _resolve(f, ctx, plain, events, sentences)
            mentions.append(m)
            sent.mentions.append(m)
            if m.is_event:
                events.append(m)
                if not m.in_parens and not m.cue and m.span is not None:
                    # Within a sentence, a far-off later date is an aside ("signed on
                    # 22 June 1940, in the carriage of the armistice of 11 November 1918").
                    lead = sentence_ctx.get(si)
                    if lead is None:
                        sentence_ctx[si] = m.span
                        ctx = m.span
                    elif m.span.gap_days(lead) <= 2 * 365:
                        ctx = m.span

    _mark_asides(mentions)
    anchored = _anchor_sentences(sentences, plain)
    _mark_spikes(anchored)
    passages = _passages(reading, roles, sentences, block_sentences)
    out_events = tuple(_event(plain, m, sentences[m.sentence]) for m in mentions if m.is_told)
    return Timeline(out_events, passages)


def _mark_asides(mentions: list[_Mention]) -> None:
    core = [m.span for m in mentions if m.is_event and not m.cue and not m.in_parens and m.span]
    if not core:
        return
    lo = min(s.first for s in core) - timedelta(days=366)
    hi = max(s.last for s in core) + timedelta(days=366)
    for m in mentions:
        if m.cue and m.span is not None and (m.span.last < lo or m.span.first > hi):
            m.aside = True


def _anchor_sentences(sentences: list[_Sentence], plain: str) -> list[_Sentence]:
    anchored = []
    for sent in sentences:
        candidates = [m for m in sent.mentions if m.anchors]
        if not candidates:
            continue
        daylike = [m for m in candidates if m.span is not None and m.span.precision == "day"]
        pool = daylike or candidates
        first = candidates[0]
        sent.anchor = pool[0]
        if (
            first.opens
            and first.span is not None
            and first.span.precision == "month"
            and sent.anchor.span is not None
            and sent.anchor.span.gap_days(first.span) > 0
        ):
            # "In early May fighting broke out ..., and Bilbao fell on 19 June": the
            # sentence is read at the month it opens with.
            sent.anchor = first
        if len(pool) > 1 and _LEADING_CLAUSE.match(plain, sent.start):
            lead = pool[0]
            comma = plain.find(",", lead.end, sent.end)
            main = [
                m
                for m in pool[1:]
                if comma >= 0
                and m.start > comma
                and m.span is not None
                and lead.span is not None
                and m.span.first > lead.span.last
            ]
            if main:
                sent.anchor = main[0]
        anchored.append(sent)
    return anchored


def _mark_spikes(anchored: list[_Sentence]) -> None:
    """Drop, one at a time, the anchor lying furthest outside its neighbours' dates.

    Greedy, worst first, so that one stray date does not make its neighbours
    look stray too. A block's first anchor is its topic and stays.
    """
    alive = [s for s in anchored if s.anchor is not None and s.anchor.span is not None]
    leads = {id(s) for k, s in enumerate(alive) if k == 0 or alive[k - 1].block != s.block}
    # A sentence that opens with its date turns the narrative there ("In the 1920s ...").
    leads |= {id(s) for s in alive if s.anchor is not None and s.anchor.opens}
    while len(alive) >= 3:
        spans = [s.anchor.span for s in alive]  # type: ignore[union-attr]
        worst, worst_gap = -1, 366
        for i in range(1, len(spans) - 1):
            if id(alive[i]) in leads:
                continue
            a, b = spans[i - 1], spans[i + 1]
            hull = Span(min(a.first, b.first), max(a.last, b.last), "day")
            gap = spans[i].gap_days(hull)
            if gap > worst_gap:
                worst, worst_gap = i, gap
        if worst < 0:
            return
        sent = alive.pop(worst)
        assert sent.anchor is not None
        sent.anchor.spike = True
        sent.anchor = None


def _passages(
    reading: ReadingText,
    roles: list[tuple[Block, str]],
    sentences: list[_Sentence],
    block_sentences: list[tuple[int, int]],
) -> tuple[Passage, ...]:
    # Raw passages: (start, end, span or None, anchor, is_caption, block index)
    raw: list[tuple[int, int, Span | None, str, bool, int]] = []
    for bi, (block, role) in enumerate(roles):
        if role == "heading":
            continue
        if role == "caption":
            raw.append((block.start, block.end, None, block.anchor, True, bi))
            continue
        lo, hi = block_sentences[bi]
        sents = sentences[lo:hi]
        pieces: list[tuple[int, Span]] = []
        for sent in sents:
            if sent.anchor is None or sent.anchor.span is None:
                continue
            span = sent.anchor.span
            if pieces and pieces[-1][1] == span:
                continue
            pieces.append((sent.start if pieces else block.start, span))
        if not pieces:
            fallback = next(
                (
                    m
                    for s in sents
                    for m in s.mentions
                    if m.usable and not m.spike and m.found.kind != "same_time"
                ),
                None,
            )
            if fallback is not None and fallback.span is not None:
                pieces.append((block.start, fallback.span))
        if not pieces:
            raw.append((block.start, block.end, None, block.anchor, False, bi))
            continue
        for k, (start, span) in enumerate(pieces):
            end = pieces[k + 1][0] if k + 1 < len(pieces) else block.end
            raw.append((start, end, span, block.anchor, False, bi))

    spans: list[Span | None] = [r[2] for r in raw]
    own = [s is not None for s in spans]
    # Captions: the next text passage of the same section, if any.
    for i, (_, _, _, _, is_caption, bi) in enumerate(raw):
        if not is_caption:
            continue
        for j in range(i + 1, len(raw)):
            if _heading_between(roles, bi, raw[j][5]):
                break
            if not raw[j][4] and raw[j][2] is not None:
                spans[i] = raw[j][2]
                break
            if not raw[j][4]:
                break
    # Carry forward, and the first date backwards.
    first = next((s for s in spans if s is not None), None)
    if first is None:
        return ()
    last = first
    out = []
    for i, (start, end, _, anchor, _, _) in enumerate(raw):
        span = spans[i]
        if span is None:
            span = last
        elif not raw[i][4]:
            last = span
        out.append(Passage(start, end, span.first, span.last, span.precision, anchor, own[i]))
    return tuple(out)


def _heading_between(roles: list[tuple[Block, str]], a: int, b: int) -> bool:
    return any(roles[k][1] == "heading" for k in range(a + 1, b + 1))


# --- labels ---------------------------------------------------------------------------

_MARKERS = lazy_compile(r"\[[^\]\n]{1,24}\]")
_PARENS = lazy_compile(r"\s*\([^()]*\)")
_APPOSITIVE = lazy_compile(r",\s+(?:\w+ing|\w+ed|which|who|whose|where|whom)\b[^,]*,(?=\s)")
_LEADING_PARTICIPLE = lazy_compile(r"^(?:\w+ing|Having|Following|After)\b[^,]{0,120},\s+")
_TRAILING_WORDS = frozenset(
    "and but or then on in by at from until since during of around about after before "
    "through throughout to".split()
)
_LEADING = lazy_compile(
    r"^[\s,;:–—.\"'“”’-]*(?:(?:and|but|or|then|also|already)\b[\s,]*)*", re.IGNORECASE
)
_CLAUSE_START = lazy_compile(
    r"(?:^|[,;:]|\b(?:and|but|while|then|when))\s*(?:(?:also|already|finally|only)\s+)?"
    r"(?:(?:on|in|by|from|since|at|during|until|after|before|around|about|as\s+of|"
    r"at\s+noon|at\s+dawn|shortly\s+after|shortly\s+before)\s+"
    r"(?:the\s+(?:night|morning|evening|eve|afternoon|day|years?|period)\s+(?:of\s+)?)?)?\Z",
    re.IGNORECASE,
)


def _clean(text: str) -> str:
    text = _MARKERS.sub("", text)
    for _ in range(2):
        text = _PARENS.sub("", text)
    text = text.replace("(", "").replace(")", "")
    text = _APPOSITIVE.sub("", text)
    text = " ".join(text.split())
    text = _LEADING.sub("", text)
    text = _LEADING.sub("", _LEADING_PARTICIPLE.sub("", text))
    return _strip_trailing(text)


def _strip_trailing(text: str) -> str:
    """Drop the connectives a cut leaves at the end: "... was signed on", "..., and"."""
    while True:
        text = text.rstrip(" \t\n.,;:–—-")
        head, _, last = text.rpartition(" ")
        if last.lower() == "of" and head.lower().endswith(" as"):
            text = head[:-3]  # "as of"
        elif last.lower() in _TRAILING_WORDS:
            text = head
        else:
            return text


def _clip(text: str, limit: int = LABEL_CHARS) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:-–") + "…"


def _event(plain: str, m: _Mention, sent: _Sentence) -> Event:
    assert m.span is not None
    return Event(
        m.span.first,
        m.span.last,
        m.span.precision,
        _label(plain, m, sent),
        m.start,
        m.end,
        sent.start,
        sent.end,
    )


def _label(plain: str, m: _Mention, sent: _Sentence) -> str:
    if m.paren is not None and m.paren_words:
        lo, hi = m.paren
        label = _clean(plain[lo + 1 : m.start] + " " + plain[m.end : hi - 1])
        if re.match(
            r"(?i)(?:which|who|that)\b", label
        ):  # "Mein Kampf (which first appeared in 1926)"
            outer = _clean(plain[max(sent.start, lo - 80) : lo])
            outer = outer[outer.find(" ") + 1 :] if lo - 80 > sent.start else outer
            label = f"{outer} {label}"
        return _clip(label[:1].upper() + label[1:])
    cuts = [x for x in sent.mentions if x.is_event and (x is m or x.paren is None)]
    k = cuts.index(m)
    before_start = cuts[k - 1].end if k else sent.start
    after_end = cuts[k + 1].start if k + 1 < len(cuts) else sent.end
    if m.paren is not None:  # a bare date in parentheses: the words around the parentheses
        before_start, after_end = max(before_start, sent.start), min(after_end, sent.end)
        before = plain[before_start : m.paren[0]]
        after = plain[m.paren[1] : after_end]
        label = _clean(before) if len(_clean(before).split()) >= 2 else _clean(after)
        return _clip(
            label[:1].upper() + label[1:] if label else _clean(plain[sent.start : sent.end])
        )
    before = plain[before_start : m.start]
    after = plain[m.end : after_end]
    if m.found.refers:  # "A week after <the event>, ...": the clause after the comma
        comma = after.find(", ")
        after = after[comma + 2 :] if comma >= 0 else after
    elif (
        not plain[sent.start : m.start].strip()
        and plain[m.start : m.start + 4].lower() == "the "
        and _SUBJECT_VERB.match(plain, m.end)
    ):
        # The date is the subject: "The winter of 1846-47 was exceptionally severe."
        after = plain[sent.start : sent.end]
    at_clause_start = bool(_CLAUSE_START.search(plain[sent.start : m.start][-60:]))
    options = (after, before) if at_clause_start else (before, after)
    for text in options:
        label = _clean(text)
        if len(label) > 200 and text is before:
            # A long run-up to a date at the end: its last clause names the event
            # ("... between the seizure of power and the German invasion of the USSR on ...").
            tail = _LEADING.sub("", re.split(r";\s+|\s+between\s+", label)[-1])
            if len(tail.split()) >= 3:
                label = tail
        if len(label.split()) >= 2:
            break
    else:
        label = _clean(plain[sent.start : sent.end])
    if k and label.lower().startswith("by ") and len(label.split()) <= 6:
        # "Poland was invaded on 1 September by Germany and on 17 September by the Soviet Union"
        head = _clean(plain[sent.start : cuts[0].start])
        if head and len(head) <= LABEL_CHARS:
            label = f"{head} {label}"
    label = label[:1].upper() + label[1:]
    return _clip(label)
