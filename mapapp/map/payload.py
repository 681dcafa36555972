"""Places as the JSON the map page draws."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from mapapp.core.model import LIST_ITEM, PARAGRAPH, QUOTE, Mention, Place, ReadingText

SENTENCE_LIMIT = 200

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) and
# whitespace, when the next sentence starts with a capital, a digit or an opening
# quote. Single capitals before the dot ("J. Stalin", "U.S.") do not end one.
_END = re.compile(r"(?<![\s.][A-Z])(?<!\b[A-Z])[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff])")
_ABBREVIATIONS = ("Mr.", "Mrs.", "Dr.", "St.", "Gen.", "Col.", "Lt.", "No.", "Vol.", "vs.", "e.g.", "i.e.", "c.", "ca.")


def _sentence_ends(text: str) -> list[int]:
    """Offsets just after each sentence end (start of the next sentence) in ``text``."""
    ends = []
    for m in _END.finditer(text):
        before = text[: m.start() + 1]
        if before.endswith(_ABBREVIATIONS):
            continue
        ends.append(m.end())
    return ends


def _clip(text: str, limit: int, focus_start: int, focus_end: int) -> str:
    """``text`` cut to about ``limit`` characters at word boundaries, keeping the focus span."""
    if len(text) <= limit:
        return text
    span = focus_end - focus_start
    room = max(limit - span, 0)
    start = max(0, focus_start - room // 2)
    end = min(len(text), start + max(limit, span))
    start = max(0, end - max(limit, span))
    if start > 0:
        space = text.find(" ", start, focus_start)
        start = space + 1 if space != -1 else start
    if end < len(text):
        space = text.rfind(" ", focus_end, end)
        end = space if space != -1 else end
    out = text[start:end].strip()
    if start > 0:
        out = "\u2026" + out
    if end < len(text):
        out = out.rstrip(",;:") + "\u2026"
    return out


def first_sentence(reading: ReadingText, start: int, end: int, limit: int = SENTENCE_LIMIT) -> str:
    """The sentence of ``reading.plain`` holding ``[start, end)``, trimmed to about ``limit`` chars.

    The sentence never leaves the block (paragraph, list item...) holding the span.

    >>> from mapapp.core.model import Block, ReadingText
    >>> text = "It began. The army crossed into Poland on 1 September. Then war."
    >>> r = ReadingText("t", "", text, (Block("paragraph", 0, len(text), "p1"),))
    >>> first_sentence(r, text.index("Poland"), text.index("Poland") + 6)
    'The army crossed into Poland on 1 September.'
    """
    plain = reading.plain
    if not (0 <= start <= end <= len(plain)):
        return ""
    block = reading.block_at(start)
    lo, hi = (block.start, block.end) if block is not None else (0, len(plain))
    # Without a block, stay within the line.
    if block is None:
        lo = plain.rfind("\n", 0, start) + 1
        nl = plain.find("\n", end)
        hi = nl if nl != -1 else len(plain)
    text = plain[lo:hi]
    rel_start, rel_end = start - lo, min(end, hi) - lo
    s, e = 0, len(text)
    for cut in _sentence_ends(text):
        if cut <= rel_start:
            s = cut
        elif cut >= rel_end:
            e = cut
            break
    sentence = text[s:e]
    stripped = sentence.strip()
    lead = len(sentence) - len(sentence.lstrip())
    return _clip(stripped, limit, max(rel_start - s - lead, 0), max(rel_end - s - lead, 0))


NARRATIVE_KINDS = frozenset({PARAGRAPH, LIST_ITEM, QUOTE})


def first_mention(place: Place, reading: ReadingText) -> Mention | None:
    """The place's first mention in the story (paragraphs, list items, quotes).

    An image caption, a footnote or a heading says less about the place than
    the narrative does; they count only when the place is mentioned nowhere else.
    """
    if not place.mentions:
        return None
    ordered = sorted(place.mentions, key=lambda m: m.start)
    for mention in ordered:
        block = reading.block_at(mention.start)
        if block is not None and block.kind in NARRATIVE_KINDS:
            return mention
    return ordered[0]


def place_payload(places: Sequence[Place], reading: ReadingText | None) -> list[dict[str, Any]]:
    """JSON-ready dicts for ``mapapp.setPlaces``: id, name, lat, lon, kind, count, sentence.

    ``sentence`` is the sentence of the first mention (see :func:`first_mention`),
    empty without a reading text.
    """
    out: list[dict[str, Any]] = []
    for place in places:
        sentence = ""
        first = first_mention(place, reading) if reading is not None else None
        if first is not None:
            sentence = first_sentence(reading, first.start, first.end)
        out.append(
            {
                "id": place.id,
                "name": place.name,
                "lat": float(place.lat),
                "lon": float(place.lon),
                "kind": place.kind,
                "count": len(place.mentions),
                "sentence": sentence,
            }
        )
    return out


def event_payload(events: Sequence[Any]) -> list[dict[str, Any]]:
    """JSON-ready dicts for ``mapapp.setEvents``: date (ISO), label, start, precision.

    ``events`` are :class:`mapapp.core.timeline.Event` values (anything with
    ``date``, ``label``, ``start`` and optionally ``precision``).
    """
    return [
        {
            "date": event.date.isoformat(),
            "label": str(event.label),
            "start": int(event.start),
            "precision": str(getattr(event, "precision", "day") or "day"),
        }
        for event in events
    ]


def reading_range(reading: ReadingText | None, timeline: Any, offset: int) -> tuple[int, int] | None:
    """The stretch of text being read at ``offset``: its paragraph joined with its dated passage.

    Passages are sentences or paragraphs; a sentence alone often names no place,
    so the block (paragraph) holding ``offset`` is taken with it. Without either,
    None.
    """
    spans: list[tuple[int, int]] = []
    passage = timeline.passage_at(offset) if timeline is not None else None
    if passage is not None:
        spans.append((passage.start, passage.end))
    block = reading.block_at(offset) if reading is not None else None
    if block is None and reading is not None and reading.blocks:
        # Between blocks: the next one (what the eye line is about to read).
        following = [b for b in reading.blocks if b.start >= offset]
        block = following[0] if following else reading.blocks[-1]
    if block is not None:
        spans.append((block.start, block.end))
    if not spans:
        return None
    return min(s for s, _ in spans), max(e for _, e in spans)


def places_in_range(places: Sequence[Place], start: int, end: int) -> list[str]:
    """The ids of the places with a mention starting in ``[start, end)``, in order of first mention there."""
    found: list[tuple[int, str]] = []
    for place in places:
        first = min((m.start for m in place.mentions if start <= m.start < end), default=None)
        if first is not None:
            found.append((first, place.id))
    return [place_id for _, place_id in sorted(found)]
