"""Turn a ReadingText (plus extra marks such as place mentions) into HTML for QTextBrowser.

Only Qt's rich-text subset is used (h1-h6, p, ul/ol/li, blockquote, table, a, b/i,
sup, small, span and a ``<style>`` block with class selectors). Every piece of
document text is escaped; only http(s) and mailto URLs ever become hrefs.

>>> from mapapp.core.model import Block, Inline, ReadingText, Mark
>>> r = ReadingText("T", "", "Go to Riga.", (Block("paragraph", 0, 11, "p-1"),),
...                 (Inline("link", 6, 10, "Riga"),))
>>> body = to_html(r, [Mark(6, 10, "place:riga", "place", "Riga")])
>>> '<a href="place:riga" class="place" title="Riga">Riga</a>' in body
True
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from html import escape
from urllib.parse import quote

from mapapp.core.markup import CAPTION_SEPARATOR, IMAGE_PREFIX, safe_url
from mapapp.core.model import (
    BACKREF,
    BOLD,
    CAPTION,
    EXTLINK,
    FNREF,
    FOOTNOTE,
    HEADING,
    ITALIC,
    LINK,
    LIST_ITEM,
    META,
    NOTE,
    QUOTE,
    Block,
    Inline,
    Mark,
    ReadingText,
)

__all__ = ["to_html", "wiki_url", "STYLE"]

WIKI_BASE = "https://en.wikipedia.org/wiki/"
_ANCHOR_KINDS = frozenset({LINK, EXTLINK, FNREF, BACKREF})

STYLE = """
body { font-family: Georgia, 'DejaVu Serif', 'Noto Serif', 'Liberation Serif', serif;
       font-size: 12pt; color: #202122; background-color: #ffffff; }
h1 { font-family: 'Linux Libertine', Georgia, 'DejaVu Serif', serif; font-size: 22pt;
     font-weight: normal; margin-top: 4px; margin-bottom: 2px; }
h2 { font-family: 'Linux Libertine', Georgia, 'DejaVu Serif', serif; font-size: 17pt;
     font-weight: normal; margin-top: 22px; margin-bottom: 6px; color: #000000; }
h3 { font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; font-size: 13pt;
     font-weight: bold; margin-top: 16px; margin-bottom: 4px; }
h4, h5, h6 { font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; font-size: 12pt;
     font-weight: bold; margin-top: 12px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 10px;
    line-height: 140%; }
a { color: #3366cc; text-decoration: none; }
a.ext { color: #3366cc; }
a.mention { color: #a0461e; }
.subtitle { font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; font-size: 9pt;
            color: #54595d; margin-bottom: 14px; }
.toc-title { font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; font-size: 10pt;
             font-weight: bold; margin-left: 0px; margin-bottom: 4px; }
.toc { font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; font-size: 10pt;
       margin-top: 0px; margin-bottom: 2px; line-height: 120%; }
.note { font-style: italic; color: #404244; margin-left: 24px; margin-bottom: 8px; }
.caption { font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; font-size: 9pt;
           color: #202122; }
.imgname { font-family: 'DejaVu Sans', 'Noto Sans', Arial, 'Noto Color Emoji', 'Segoe UI Emoji',
           'Apple Color Emoji', sans-serif; font-size: 8pt;
           color: #72777d; }
blockquote { margin-left: 30px; margin-right: 30px; color: #303234; }
li { margin-bottom: 3px; }
.fn { font-size: 9pt; margin-bottom: 3px; line-height: 120%; }
.fnmark { font-size: 8pt; }
.backref { font-weight: bold; }
.meta { font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; font-size: 9pt;
        color: #54595d; margin-top: 10px; margin-bottom: 4px; }
"""


def wiki_url(title: str) -> str:
    """The English Wikipedia URL of a page title (fragment kept)."""
    page, _, fragment = title.partition("#")
    url = WIKI_BASE + quote(page.strip().replace(" ", "_"), safe="/:(),'!*@$;")
    if fragment:
        url += "#" + quote(fragment.strip().replace(" ", "_"), safe="/:(),'.")
    return url


def _attr(value: str) -> str:
    return escape(value, quote=True)


class _Open:
    """One open tag on the stack while rendering a block's inline content."""

    __slots__ = ("key", "close")

    def __init__(self, key: object, close: str) -> None:
        self.key = key
        self.close = close


def _inline_html(
    plain: str, start: int, end: int, inlines: Sequence[Inline], marks: Sequence[Mark]
) -> str:
    """HTML of ``plain[start:end]`` with the inlines and marks inside it, properly nested."""
    if start >= end:
        return ""
    inls = [i for i in inlines if start <= i.start and i.end <= end and i.start < i.end]
    mks: list[Mark] = []
    for m in sorted(marks, key=lambda m: (m.start, -m.end)):
        s, e = max(m.start, start), min(m.end, end)
        if s < e and (not mks or s >= mks[-1].end):
            mks.append(Mark(s, e, m.href, m.css_class, m.title))
    if mks:
        # a mark replaces the internal links it overlaps
        inls = [
            i
            for i in inls
            if i.kind != LINK or not any(m.start < i.end and i.start < m.end for m in mks)
        ]
    if not inls and not mks:
        return escape(plain[start:end], quote=False)
    points = {start, end}
    for i in inls:
        points.add(i.start)
        points.add(i.end)
    for m in mks:
        points.add(m.start)
        points.add(m.end)
    cuts = sorted(points)
    out: list[str] = []
    stack: list[_Open] = []
    named: set[str] = set()
    for p, q in zip(cuts, cuts[1:], strict=False):
        active = [i for i in inls if i.start <= p and q <= i.end]
        want: list[tuple[object, str, str]] = []
        in_anchor = False
        for i in active:
            opening, closing = _tags(i, named)
            if opening is None:
                continue
            if i.kind in _ANCHOR_KINDS:
                if in_anchor:
                    continue
                in_anchor = True
            want.append((id(i), opening, closing))
        if not in_anchor:
            for m in mks:
                if m.start <= p and q <= m.end:
                    opening = (
                        f'<a href="{_attr(m.href)}"'
                        + (f' class="{_attr(m.css_class)}"' if m.css_class else "")
                        + (f' title="{_attr(m.title)}"' if m.title else "")
                        + ">"
                    )
                    want.append((id(m), opening, "</a>"))
                    break
        k = 0
        while k < len(stack) and k < len(want) and stack[k].key == want[k][0]:
            k += 1
        while len(stack) > k:
            out.append(stack.pop().close)
        for key, opening, closing in want[k:]:
            out.append(opening)
            stack.append(_Open(key, closing))
        out.append(escape(plain[p:q], quote=False))
    while stack:
        out.append(stack.pop().close)
    return "".join(out)


def _tags(i: Inline, named: set[str]) -> tuple[str | None, str]:
    if i.kind == BOLD:
        return "<b>", "</b>"
    if i.kind == ITALIC:
        return "<i>", "</i>"
    if i.kind == LINK:
        return f'<a href="{_attr(wiki_url(i.target))}" title="{_attr(i.target)}">', "</a>"
    if i.kind == EXTLINK:
        url = safe_url(i.target)
        if url is None:
            return None, ""
        return f'<a class="ext" href="{_attr(url)}">', "</a>"
    if i.kind == FNREF:
        name = ""
        if i.anchor and i.anchor not in named:
            named.add(i.anchor)
            name = f'<a name="{_attr(i.anchor)}"></a>'
        return f'{name}<sup class="fnmark"><a href="#{_attr(i.target)}">', "</a></sup>"
    if i.kind == BACKREF:
        return f'<a class="backref" href="#{_attr(i.target)}">', "</a>"
    return None, ""


def _toc_html(reading: ReadingText) -> str:
    if not reading.toc:
        return ""
    top = min(e.level for e in reading.toc)
    counters: list[int] = []
    rows = []
    for e in reading.toc:
        depth = max(e.level - top, 0)
        while len(counters) > depth + 1:
            counters.pop()
        while len(counters) < depth + 1:
            counters.append(0)
        counters[depth] += 1
        number = ".".join(str(c) for c in counters)
        rows.append(
            f'<p class="toc" style="margin-left: {depth * 18}px;">'
            f'<a href="#{_attr(e.anchor)}">{number}&nbsp;&nbsp;{escape(e.title, quote=False)}</a></p>'
        )
    return (
        '<table class="tocbox" border="1" cellspacing="0" cellpadding="10" '
        'style="border-color: #a2a9b1; border-style: solid; background-color: #f8f9fa; '
        'margin-bottom: 14px;"><tr><td>'
        '<p class="toc-title">Contents</p>' + "".join(rows) + "</td></tr></table>"
    )


def _anchor(block: Block) -> str:
    return f'<a name="{_attr(block.anchor)}"></a>'


def _caption_cell(
    reading: ReadingText, block: Block, inl: Sequence[Inline], mks: Sequence[Mark]
) -> str:
    text = reading.plain[block.start : block.end]
    if text.startswith(IMAGE_PREFIX):
        sep = text.find(CAPTION_SEPARATOR)
        name_end = block.start + sep if sep >= 0 else block.end
        cap_start = name_end + len(CAPTION_SEPARATOR) if sep >= 0 else block.end
        name = reading.plain[block.start + len(IMAGE_PREFIX) : name_end]
    else:
        name, cap_start = "", block.start
    caption = _inline_html(reading.plain, cap_start, block.end, inl, mks)
    head = f'<span class="imgname">Image: {escape(name, quote=False)}</span>' if name else ""
    body = f'<br/><span class="caption">{caption}</span>' if caption and head else caption
    return f'<td width="50%" valign="top">{_anchor(block)}{head}{body}</td>'


def _captions_html(cells: list[str]) -> str:
    """Consecutive image captions as one bordered table, two boxes a row."""
    rows = []
    for k in range(0, len(cells), 2):
        pair = cells[k : k + 2]
        if len(pair) == 1 and len(cells) > 1:
            pair.append('<td width="50%"></td>')
        rows.append("<tr>" + "".join(pair) + "</tr>")
    return (
        '<table class="thumbs" border="1" cellspacing="0" cellpadding="6" width="100%" '
        'style="border-color: #c8ccd1; border-style: solid; background-color: #f8f9fa; '
        'margin-top: 4px; margin-bottom: 12px;">'
        + "".join(rows)
        + "</table>"
    )


def to_html(reading: ReadingText, marks: Sequence[Mark] = ()) -> str:
    """A complete HTML document for ``reading``, with ``marks`` laid over the text as links."""
    plain = reading.plain
    blocks = reading.blocks
    # Group inlines and marks by block once (both are sorted or sortable by start).
    by_block_inl: list[list[Inline]] = [[] for _ in blocks]
    by_block_mk: list[list[Mark]] = [[] for _ in blocks]
    starts = [b.start for b in blocks]

    for i in reading.inlines:
        k = bisect.bisect_right(starts, i.start) - 1
        if k >= 0 and i.end <= blocks[k].end:
            by_block_inl[k].append(i)
    for m in marks:
        if m.end <= m.start:
            continue
        k = bisect.bisect_right(starts, m.start) - 1
        if k < 0 or m.start >= blocks[k].end:  # starts between blocks: use the next block
            k += 1
        while 0 <= k < len(blocks) and blocks[k].start < m.end:
            by_block_mk[k].append(m)  # clipped to each block it touches: never crosses blocks
            k += 1

    out: list[str] = [
        '<html><head><meta charset="utf-8"/><style type="text/css">',
        STYLE,
        "</style></head><body>",
        f"<h1>{escape(reading.title, quote=False)}</h1>",
    ]
    if reading.subtitle:
        out.append(f'<p class="subtitle">{escape(reading.subtitle, quote=False)}</p>')
    toc_html = _toc_html(reading)
    toc_done = not toc_html
    lists: list[str] = []  # open list tags, innermost last
    open_group = ""  # "quote" or "fn" while a group is open
    captions: list[str] = []  # cells of consecutive image captions

    def close_lists() -> None:
        while lists:
            out.append(f"</{lists.pop()}>")

    def close_group() -> None:
        nonlocal open_group
        if open_group == "quote":
            out.append("</blockquote>")
        elif open_group == "fn":
            out.append("</div>")
        open_group = ""

    for k, b in enumerate(blocks):
        inl, mks = by_block_inl[k], by_block_mk[k]
        if b.kind != LIST_ITEM:
            close_lists()
        if (b.kind != QUOTE and open_group == "quote") or (
            b.kind != FOOTNOTE and open_group == "fn"
        ):
            close_group()
        if b.kind != CAPTION and captions:
            out.append(_captions_html(captions))
            captions.clear()
        if b.kind == HEADING and not toc_done:
            out.append(toc_html)
            toc_done = True
        content = _inline_html(plain, b.start, b.end, inl, mks) if b.kind != CAPTION else ""
        if b.kind == HEADING:
            level = min(max(b.level, 2), 6)
            out.append(f"<h{level}>{_anchor(b)}{content}</h{level}>")
        elif b.kind == LIST_ITEM:
            depth = max(b.level, 1)
            tag = "ol" if b.ordered else "ul"
            while len(lists) > depth:
                out.append(f"</{lists.pop()}>")
            if len(lists) == depth and lists[-1] != tag:
                out.append(f"</{lists.pop()}>")
            while len(lists) < depth:
                out.append(f"<{tag}>")
                lists.append(tag)
            out.append(f"<li>{_anchor(b)}{content}</li>")
        elif b.kind == QUOTE:
            if open_group != "quote":
                out.append("<blockquote>")
                open_group = "quote"
            out.append(f"<p>{_anchor(b)}{content}</p>")
        elif b.kind == CAPTION:
            captions.append(_caption_cell(reading, b, inl, mks))
        elif b.kind == NOTE:
            out.append(f'<p class="note">{_anchor(b)}{content}</p>')
        elif b.kind == FOOTNOTE:
            if open_group != "fn":
                out.append('<div class="footnotes">')
                open_group = "fn"
            out.append(f'<p class="fn">{_anchor(b)}{content}</p>')
        elif b.kind == META:
            out.append(f'<p class="meta">{_anchor(b)}{content}</p>')
        else:
            out.append(f"<p>{_anchor(b)}{content}</p>")
    close_lists()
    close_group()
    if captions:
        out.append(_captions_html(captions))
    if not toc_done:
        out.append(toc_html)
    out.append("</body></html>")
    return "".join(out)
