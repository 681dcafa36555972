"""Blocks in the making: text with stand-off inlines, paragraph splitting, assembly.

A :class:`Draft` collects the text of one block with whitespace collapsed as it
goes, and the inlines over it (nested by construction: they are opened and
closed like tags). :func:`split_long` cuts a long paragraph at sentence ends,
:func:`assemble` joins drafts into a :class:`~mapapp.core.model.ReadingText`.

>>> d = Draft("paragraph")
>>> d.add("  Hello ")
>>> i = d.open("bold")
>>> d.add(" world ")
>>> d.close(i)
>>> d.finish()
'Hello world'
>>> d.inlines
[['bold', 6, 11, '', '']]
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence

from mapapp.core.model import Block, Inline, ReadingText, TocEntry

_WS = re.compile(r"\s+")


class Draft:
    """The text of one block being built, with its inlines (offsets local to the block)."""

    __slots__ = (
        "kind",
        "level",
        "ordered",
        "anchor",
        "parts",
        "length",
        "inlines",
        "_space",
        "text",
    )

    def __init__(self, kind: str, level: int = 0, ordered: bool = False, anchor: str = "") -> None:
        self.kind = kind
        self.level = level
        self.ordered = ordered
        self.anchor = anchor
        self.parts: list[str] = []
        self.length = 0
        self.inlines: list[list] = []  # [kind, start, end, target, anchor]; end -1 while open
        self._space = True  # at start, or the text so far ends in a space
        self.text = ""

    def add(self, s: str) -> None:
        """Append text, collapsing whitespace (never leading, never doubled)."""
        if not s:
            return
        s = _WS.sub(" ", s.replace("\xa0", " "))
        if self._space and s[:1] == " ":
            s = s[1:]
        if not s:
            return
        self.parts.append(s)
        self.length += len(s)
        self._space = s[-1] == " "

    def space(self) -> None:
        self.add(" ")

    def drop_trailing_space(self) -> None:
        if self.length and self._space:
            self.parts[-1] = self.parts[-1][:-1]
            self.length -= 1
            # whitespace is collapsed, so the character before a trailing space is not one
            self._space = self.length == 0

    def open(self, kind: str, target: str = "", anchor: str = "") -> int:
        self.inlines.append([kind, self.length, -1, target, anchor])
        return len(self.inlines) - 1

    def close(self, index: int) -> None:
        item = self.inlines[index]
        end = self.length
        if self._space and end > item[1]:
            end -= 1  # keep a trailing space outside the inline
        item[2] = end

    def extend(self, other: Draft) -> None:
        """Append a finished draft's text and inlines (shifted) to this one."""
        if not other.text:
            return
        off = self.length
        self.parts.append(other.text)
        self.length += len(other.text)
        self.inlines.extend([k, s + off, e + off, t, a] for k, s, e, t, a in other.inlines)
        self._space = other.text[-1] == " "

    def is_empty(self) -> bool:
        return self.length == 0 or not "".join(self.parts).strip()

    def current_text(self) -> str:
        return "".join(self.parts)

    def finish(self) -> str:
        """Join the text, strip the trailing space, drop empty inlines; returns the text."""
        text = "".join(self.parts).rstrip()
        n = len(text)
        kept = []
        for item in self.inlines:
            start, end = item[1], item[2]
            if end < 0:
                end = n
            end = min(end, n)
            if end > start:
                kept.append([item[0], start, end, item[3], item[4]])
        self.inlines = kept
        self.text = text
        self.parts = [text]
        self.length = n
        return text


# --- splitting long paragraphs ----------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?:\[\d+\])*( )")
_ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "capt", "no", "vol", "pp", "p", "ed",
    "eds", "jr", "sr", "vs", "cf", "c", "ca", "approx", "fig", "op", "cit", "ibid", "rev",
    "adm", "maj", "sgt", "prof", "hon", "ft", "mt", "inc", "ltd", "co", "corp", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}  # fmt: skip
TARGET_WORDS = 110
SPLIT_ABOVE = 160


def _boundaries(text: str, inlines: Sequence[list]) -> list[int]:
    """Indices of spaces after a sentence end where a paragraph may break."""
    out = []
    for m in _SENTENCE_END.finditer(text):
        pos = m.start(1)
        nxt = text[pos + 1 : pos + 3].lstrip("\"'“‘(«")
        if not nxt or not (nxt[0].isupper() or nxt[0].isdigit()):
            continue
        word = text[: m.start()].rsplit(" ", 1)[-1].lstrip("(\"'“")
        if m.group(0)[0] == "." and (
            len(word) <= 1
            or word.lower() in _ABBREV
            or "." in word
            or (len(word) <= 2 and word[:1].isupper())
        ):
            continue
        if any(s < pos < e or s == pos for _, s, e, _t, _a in inlines):
            continue
        out.append(pos)
    return out


def split_long(draft: Draft, target: int = TARGET_WORDS, above: int = SPLIT_ABOVE) -> list[Draft]:
    """Cut a finished draft longer than ``above`` words into paragraphs of about ``target`` words."""
    text = draft.text
    total = len(text.split())
    if total <= above:
        return [draft]
    cuts = _boundaries(text, draft.inlines)
    if not cuts:
        return [draft]
    n = math.ceil(total / target)
    goal = total / n
    chosen: list[int] = []
    last = 0
    for pos in cuts:
        words = len(text[last:pos].split())
        rest = len(text[pos:].split())
        if words >= goal * 0.9 and rest >= 30:
            chosen.append(pos)
            last = pos + 1
    if not chosen:
        return [draft]
    pieces: list[Draft] = []
    bounds = [0, *[c + 1 for c in chosen]]
    ends = [*chosen, len(text)]
    for start, end in zip(bounds, ends, strict=True):
        d = Draft(draft.kind, draft.level, draft.ordered)
        d.text = text[start:end]
        d.parts = [d.text]
        d.length = len(d.text)
        d.inlines = [
            [k, s - start, e - start, t, a]
            for k, s, e, t, a in draft.inlines
            if start <= s and e <= end
        ]
        pieces.append(d)
    pieces[0].anchor = draft.anchor
    return pieces


# --- anchors and assembly ---------------------------------------------------------

_SLUG = re.compile(r"[^a-z0-9]+")
_PREFIX = {
    "heading": "sec",
    "paragraph": "p",
    "list_item": "li",
    "quote": "q",
    "caption": "img",
    "note": "note",
    "footnote": "fn",
    "meta": "meta",
}


def slug(text: str) -> str:
    """A readable ASCII slug: "The Winter War" -> "the-winter-war"."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _SLUG.sub("-", ascii_text.lower()).strip("-")[:60].strip("-")


def assemble(title: str, subtitle: str, drafts: Iterable[Draft]) -> ReadingText:
    """Join finished drafts (one block each) into a ReadingText with unique anchors."""
    pieces: list[str] = []
    blocks: list[Block] = []
    inlines: list[Inline] = []
    toc: list[TocEntry] = []
    used: set[str] = set()
    counters: dict[str, int] = {}
    pos = 0
    for d in drafts:
        text = d.text
        if not text:
            continue
        if pieces:
            pieces.append("\n")
            pos += 1
        anchor = d.anchor
        if not anchor:
            prefix = _PREFIX.get(d.kind, "b")
            if d.kind == "heading":
                anchor = f"sec-{slug(text) or 'section'}"
            else:
                counters[prefix] = counters.get(prefix, 0) + 1
                anchor = f"{prefix}-{counters[prefix]}"
        base, k = anchor, 2
        while anchor in used:
            anchor = f"{base}-{k}"
            k += 1
        used.add(anchor)
        blocks.append(Block(d.kind, pos, pos + len(text), anchor, d.level, d.ordered))
        if d.kind == "heading":
            toc.append(TocEntry(d.level, text, anchor))
        for kind, s, e, target, a in d.inlines:
            inlines.append(Inline(kind, pos + s, pos + e, target, a))
        pieces.append(text)
        pos += len(text)
    inlines.sort(key=lambda i: (i.start, -i.end))
    return ReadingText(
        title=title,
        subtitle=subtitle,
        plain="".join(pieces),
        blocks=tuple(blocks),
        inlines=tuple(inlines),
        toc=tuple(toc),
    )
