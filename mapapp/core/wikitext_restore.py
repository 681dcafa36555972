"""Restore the line structure of wikitext whose line breaks were flattened to spaces.

A revision dump on one line keeps ``==Heading==`` and ``* item`` inline. This
module puts line breaks back before headings (and after them) and before list
markers, but only in top-level running text: whatever lies inside templates,
links, tags (``<ref>``) or comments is left alone, so ``|a==b`` in a template
parameter or ``Document # 603`` inside a footnote stays as it was.

>>> restore_lines("intro ==History== The past. *[[A]] (1918) *[[B]]")
'intro\\n==History==\\nThe past.\\n*[[A]] (1918)\\n*[[B]]'
"""

from __future__ import annotations

import re

_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?(?:</\1\s*>|\Z)", re.S | re.I)
_LONE_SCRIPT = re.compile(r"</?(?:script|style)\b[^>]*>", re.I)

_MASK = "\x01"
# A heading standing alone between whitespace: ==Title== or == Title ==.
_HEADING = re.compile(
    r"(?<!\S)(={2,6})(?!=)([^=\n]{0,200}?[^=\s][^=\n]{0,200}?)(?<!=)\1(?!=)(?=\s|$)"
)
# A list marker run preceded by whitespace and followed by the item text.
_LIST = re.compile(r"(?<=\s)([*#]+)(?=\s*[^\s*#])")
# What may end a line that is followed by a list item.
_LINE_END_CHARS = set(".:;!?)\"'" + _MASK)


def clean_source(text: str) -> str:
    """Drop comments and script/style elements (with their contents) from wikitext."""
    text = _COMMENT.sub("", text)
    text = _SCRIPT.sub("", text)
    return _LONE_SCRIPT.sub("", text)


def looks_flattened(text: str) -> bool:
    """True when wikitext of some size has (almost) no line breaks left."""
    stripped = text.strip()
    return len(stripped) > 200 and stripped.count("\n") <= len(stripped) // 5000


_NESTING = re.compile(
    r"\{\{|\}\}|\[\[|\]\]|<ref\b[^>]*?/\s*>|<(ref|blockquote|nowiki|pre|math|gallery|table)\b[^>]*>"
    r"|</(ref|blockquote|nowiki|pre|math|gallery|table)\s*>",
    re.I,
)


def _masked(text: str) -> str:
    """``text`` with templates, links and tag elements overwritten by a mask character.

    A light bracket-depth scan (much cheaper than a full parse): ``{{``/``[[`` and
    opening tags raise the depth, their closers lower it; everything at depth > 0
    and the brackets themselves are masked.
    """
    spans: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for m in _NESTING.finditer(text):
        tok = m.group(0)
        if tok in ("{{", "[[") or m.group(1):
            if depth == 0:
                start = m.start()
            depth += 1
        elif tok in ("}}", "]]") or m.group(2):
            if depth > 0:
                depth -= 1
                if depth == 0:
                    spans.append((start, m.end()))
        else:  # self-closing <ref/>
            if depth == 0:
                spans.append((m.start(), m.end()))
    if depth > 0:
        spans.append((start, len(text)))
    if not spans:
        return text
    out: list[str] = []
    last = 0
    for a, b in spans:
        out.append(text[last:a])
        out.append(_MASK * (b - a))
        last = b
    out.append(text[last:])
    return "".join(out)


_TABLE_OPEN = re.compile(r"(?<!\S)\{\|")
_TABLE_CLOSE = re.compile(r"(?<!\S)\|\}")
_TABLE_MARK = re.compile(r"(?<=\s)(?:\|[-+}]|\|(?!\|)|!(?!!))")
_ATTRS = re.compile(r"^\s*(?:[\w-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s|]+)\s*)+$")


def _table_spans(masked: str) -> list[tuple[int, int]]:
    """Top-level ``{| … |}`` spans (not nested) in the masked text."""
    spans = []
    pos = 0
    while True:
        m = _TABLE_OPEN.search(masked, pos)
        if not m:
            return spans
        end = _TABLE_CLOSE.search(masked, m.end())
        if not end:
            return spans
        spans.append((m.start(), end.end()))
        pos = end.end()


def _table_breaks(masked: str, a: int, b: int) -> list[int]:
    """Line starts inside a flattened table: rows, captions, cells, the closing ``|}``."""
    out = [a]
    last = a
    for m in _TABLE_MARK.finditer(masked, a + 2, b):
        if m.group(0) == "|" and _ATTRS.match(masked[last + 1 : m.start()]):
            continue  # "| style="…" | text": the second bar ends the cell's attributes
        out.append(m.start())
        last = m.start()
    return out


def restore_lines(text: str) -> str:
    """Put line breaks back before/after headings and before list markers (top level only)."""
    masked = _masked(text)
    breaks: dict[int, str] = {}  # position -> what to put there instead of the whitespace run
    heading_ends: set[int] = set()
    for m in _HEADING.finditer(masked):
        breaks[m.start()] = "\n"
        breaks[m.end()] = "\n"
        heading_ends.add(m.end())
    for a, b in _table_spans(masked):
        for pos in _table_breaks(masked, a, b):
            breaks[pos] = "\n"
        breaks[b] = "\n"
    in_list_since = -1  # position where the current run of list items started
    for m in _LIST.finditer(masked):
        pos = m.start()
        marker = m.group(1)
        after = masked[m.end() : m.end() + 3].lstrip()
        if marker.endswith("#") and after[:1].isdigit():
            continue  # "No. # 5", not a numbered item
        before = masked[:pos].rstrip()
        prev_break = max(
            masked.rfind("\n", 0, pos), max((h for h in heading_ends if h <= pos), default=-1)
        )
        plausible = (
            not before
            or len(before) in heading_ends
            or len(before) == prev_break
            or (in_list_since >= 0 and in_list_since > prev_break)
            or before[-1] in _LINE_END_CHARS
        )
        if not plausible:
            continue
        breaks[pos] = "\n"
        in_list_since = pos
    if not breaks:
        return text
    out: list[str] = []
    last = 0
    for pos in sorted(breaks):
        # Replace the whitespace around the break point with one newline.
        left = pos
        while left > last and text[left - 1] in " \t":
            left -= 1
        if left > last or not out:
            out.append(text[last:left])
            out.append("\n")
        last = pos
        while last < len(text) and text[last] in " \t":
            last += 1
    out.append(text[last:])
    return "".join(out).strip("\n")
