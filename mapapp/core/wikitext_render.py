"""Walk parsed wikitext (mwparserfromhell) and build the blocks of a ReadingText.

Headings, list items, quotes, hatnotes and image captions become blocks; bold,
italic, links and footnote markers become inlines; ``<ref>`` contents become
numbered footnotes placed where ``{{reflist}}`` / ``<references/>`` stands (or at
the end under "Notes"); categories and interlanguage links are collected and
listed at the end.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import mwparserfromhell
from mwparserfromhell.nodes import (
    Argument,
    Comment,
    ExternalLink,
    Heading,
    HTMLEntity,
    Tag,
    Template,
    Text,
    Wikilink,
)

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
    PARAGRAPH,
    QUOTE,
)
from mapapp.core.wikitext_draft import Draft, split_long
from mapapp.core.wikitext_langs import is_interlanguage, native_name
from mapapp.core.wikitext_restore import clean_source, looks_flattened, restore_lines
from mapapp.core.wikitext_templates import render_template

# Raw markup that must never reach the reader: leftovers the parser did not consume.
_STRAY = re.compile(
    r"\[\[|\]\]|\{\{|\}\}|\{\||\|\}|'{2,}|</?[a-zA-Z!][^<>]*>|</|<(?=[a-zA-Z/])|={2,}|-{4,}|__[A-Z]+__"
)
# [javascript:... label] and friends: not parsed as links; keep only the label, as text.
_BAD_EXTLINK = re.compile(
    r"\[\s*(?:javascript|vbscript|data|file|about|blob)\s*:[^\s\]]*\s*([^\]]*)\]", re.I
)
_NEWLINES = re.compile(r"(\n[ \t]*(?:\n[ \t]*)*)")
_TRAIL = re.compile(r"[a-z]+")
_MONTH_DAY = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}$"
    r"|^\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)$"
)
_IMAGE_OPTION = re.compile(
    r"^(?:thumb|thumbnail|frame|framed|frameless|border|left|right|center|centre|none|upright"
    r"|baseline|middle|sub|super|text-top|text-bottom|top|bottom)$"
    r"|^upright\s*=?\s*[\d.]*$|^\d*\s*(?:x\s*\d+\s*)?px$"
    r"|^(?:alt|link|page|class|lang|thumb|thumbnail|upright|loop|start|end)\s*=",
    re.I,
)
_DROP_TAGS = {"script", "style", "gallery", "math", "timeline", "imagemap", "templatedata",
              "graph", "maplink", "mapframe", "score", "syntaxhighlight", "source",
              "hiero", "chem", "ce", "inputbox", "categorytree", "noinclude"}  # fmt: skip
_BLOCK_TAGS = {"p", "div", "center", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl"}
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


class _Note:
    __slots__ = ("number", "markers", "draft")

    def __init__(self, number: int) -> None:
        self.number = number
        self.markers: list[str] = []
        self.draft: Draft | None = None


_REFLIST_SLOT = object()


def clean_text(s: str) -> str:
    """Text with leftover raw markup (stray brackets, quotes, tags) removed."""
    if "[" in s and ":" in s:
        s = _BAD_EXTLINK.sub(r"\1", s)
    return _STRAY.sub("", s) if ("[" in s or "]" in s or "{" in s or "}" in s or "'" in s
                                 or "<" in s or "=" in s or "--" in s or "__" in s) else s  # fmt: skip


class WikitextRenderer:
    """One rendering of one document; call :meth:`render` once."""

    def __init__(self, title: str) -> None:
        self.title = title
        self.blocks: list = []  # Draft or _REFLIST_SLOT
        self.cur: Draft | None = None
        self.para_kind = PARAGRAPH
        self.inline_only = False
        self.link_depth = 0
        self.in_ref = False
        self.pending_captions: list[Draft] = []
        self.notes: list[_Note] = []
        self.named_notes: dict[str, _Note] = {}
        self.categories: list[str] = []
        self.languages: list[tuple[str, str]] = []
        self._date_link: tuple[int, int] | None = None  # (id(draft), length) after "June 5"

    # --- output -------------------------------------------------------------------

    def out(self) -> Draft:
        if self.cur is None:
            self.cur = Draft(self.para_kind)
        return self.cur

    def flush(self) -> None:
        """End the current block (if any) and emit captions waiting for a block boundary."""
        d, self.cur = self.cur, None
        if d is not None and d.length and not d.is_empty():
            d.finish()
            if d.kind in (PARAGRAPH, QUOTE):
                self.blocks.extend(split_long(d))
            else:
                self.blocks.append(d)
        if self.pending_captions:
            self.blocks.extend(self.pending_captions)
            self.pending_captions = []

    def block(self, kind: str, level: int = 0, ordered: bool = False) -> Draft:
        """Start a block of ``kind`` (ending the current one); in inline-only mode, stay inline."""
        if self.inline_only:
            out = self.out()
            out.space()
            return out
        self.flush()
        self.cur = Draft(kind, level, ordered)
        return self.cur

    def end_block(self) -> None:
        if not self.inline_only:
            self.flush()

    def render_into(self, draft: Draft, nodes: Sequence) -> Draft:
        """Walk ``nodes`` into ``draft`` inline-only, then finish it."""
        saved = (self.cur, self.inline_only, self.para_kind)
        self.cur, self.inline_only = draft, True
        try:
            self.walk(nodes)
        finally:
            self.cur, self.inline_only, self.para_kind = saved
        draft.finish()
        return draft

    def reference_list(self) -> None:
        if self.inline_only or _REFLIST_SLOT in self.blocks:
            return
        self.flush()
        self.blocks.append(_REFLIST_SLOT)

    # --- walking ------------------------------------------------------------------

    def walk(self, nodes: Sequence) -> None:
        i, n = 0, len(nodes)
        skip = 0  # characters of the next Text node already used as a link trail
        while i < n:
            node = nodes[i]
            if isinstance(node, Text):
                value = node.value[skip:] if skip else node.value
                skip = 0
                self.text(value)
            elif isinstance(node, Wikilink):
                trail = ""
                if i + 1 < n and isinstance(nodes[i + 1], Text):
                    m = _TRAIL.match(nodes[i + 1].value)
                    if m:
                        trail = m.group(0)
                self.wikilink(node, trail)
                skip = len(trail)
            elif isinstance(node, Tag):
                if node.wiki_markup and str(node.tag).lower() in ("li", "dt", "dd"):
                    j = i
                    markers = []
                    while (
                        j < n
                        and isinstance(nodes[j], Tag)
                        and nodes[j].wiki_markup
                        and str(nodes[j].tag).lower() in ("li", "dt", "dd")
                    ):
                        markers.append(str(nodes[j].wiki_markup))
                        j += 1
                    self.list_item(markers, str(nodes[j - 1].tag).lower())
                    i = j
                    continue
                self.tag(node)
            elif isinstance(node, Template):
                render_template(self, node)
            elif isinstance(node, ExternalLink):
                self.extlink(node)
            elif isinstance(node, Heading):
                self.heading(node)
            elif isinstance(node, HTMLEntity):
                try:
                    self.out().add(node.normalize())
                except (ValueError, OverflowError):
                    pass
            elif isinstance(node, Argument):
                if node.default is not None:
                    self.walk(node.default.nodes)
            elif isinstance(node, Comment):
                pass
            i += 1

    def text(self, s: str) -> None:
        if not s:
            return
        if self.inline_only or "\n" not in s:
            self.out().add(clean_text(s))
            return
        for part in _NEWLINES.split(s):
            if not part:
                continue
            if part[0] == "\n":
                cur = self.cur
                if part.count("\n") >= 2 or (cur is not None and cur.kind in (LIST_ITEM, NOTE)):
                    self.flush()
                elif cur is not None:
                    cur.space()
            else:
                self.out().add(clean_text(part))

    def list_item(self, markers: list[str], last_tag: str) -> None:
        if self.inline_only:
            self.out().space()
            return
        if last_tag == "li":
            depth = sum(len(m) for m in markers)
            self.block(LIST_ITEM, depth, markers[-1].endswith("#"))
        else:
            self.block(PARAGRAPH)

    def heading(self, node: Heading) -> None:
        if self.inline_only:
            self.out().space()
            self.walk(node.title.nodes)
            self.out().space()
            return
        self.flush()
        level = min(max(int(node.level), 2), 6)
        d = self.render_into(Draft(HEADING, level), node.title.nodes)
        if d.text:
            self.blocks.append(d)
        self.flush()

    # --- links --------------------------------------------------------------------

    def link_target(self, title: str) -> str:
        """A page title as a link target: trimmed, spaces for underscores, first letter upper."""
        t = re.sub(r"[\s_]+", " ", title).strip().lstrip(":").strip()
        if t.startswith("#"):
            return f"{self.title}{t}"
        return t[:1].upper() + t[1:]

    def wikilink(self, node: Wikilink, trail: str) -> None:
        raw_title = re.sub(r"\s+", " ", str(node.title)).strip()
        if "<!--" in raw_title or "{{" in raw_title:
            raw_title = clean_text(re.sub(r"<!--.*?-->|\{\{.*?\}\}", "", raw_title))
        forced = raw_title.startswith(":")
        title = raw_title.lstrip(":").strip()
        prefix, sep, rest = title.partition(":")
        low = prefix.strip().lower()
        if sep and not forced:
            if low in ("image", "file"):
                self.image(rest.strip(), node.text.nodes if node.text is not None else [])
                self.out_trail(trail)
                return
            if low == "category":
                name = clean_text(rest.strip())
                if name and name not in self.categories:
                    self.categories.append(name)
                self.out_trail(trail)
                return
            if is_interlanguage(low):
                if rest.strip():
                    self.languages.append((low, rest.strip()))
                self.out_trail(trail)
                return
        out = self.out()
        label_nodes = node.text.nodes if node.text is not None else None
        if label_nodes is not None and not str(node.text).strip():
            label_nodes = None
            label = self._pipe_trick(title)
        else:
            label = title.lstrip("#") if title.startswith("#") else title
            label = label.replace("_", " ")
        if self._date_link == (id(out), out.length) and re.fullmatch(r"\d{3,4}", label):
            out.add(", ")
        if self.link_depth:
            idx = None
        else:
            idx = out.open(LINK, self.link_target(title))
        self.link_depth += 1
        try:
            if label_nodes is not None:
                self.walk(label_nodes)
            else:
                out.add(clean_text(label))
            out.add(trail)
        finally:
            self.link_depth -= 1
        if idx is not None:
            out.close(idx)
        self._date_link = (id(out), out.length) if _MONTH_DAY.match(label) and not trail else None

    def out_trail(self, trail: str) -> None:
        if trail:
            self.out().add(trail)

    @staticmethod
    def _pipe_trick(title: str) -> str:
        t = title.split(":", 1)[1] if ":" in title else title
        t = re.sub(r"\s*\([^()]*\)\s*$", "", t.replace("_", " "))
        t = t.split(",", 1)[0]
        return t.strip()

    def image(self, file_name: str, nodes: Sequence) -> None:
        if self.inline_only:
            return
        parts: list[list] = [[]]
        for node in nodes:
            if isinstance(node, Text) and "|" in node.value:
                segs = node.value.split("|")
                parts[-1].append(Text(segs[0]))
                parts.extend([Text(seg)] for seg in segs[1:])
            else:
                parts[-1].append(node)
        caption: list = []
        for part in parts:
            s = "".join(str(n) for n in part).strip()
            if s and not _IMAGE_OPTION.match(s):
                caption = part
        cap = self.render_into(Draft(CAPTION), caption) if caption else None
        d = Draft(CAPTION)
        d.add(IMAGE_PREFIX + clean_text(re.sub(r"[\s_]+", " ", file_name)))
        if cap is not None and cap.text:
            d.add(CAPTION_SEPARATOR)
            d.extend(cap)
        d.finish()
        if d.text:
            self.pending_captions.append(d)
        if self.cur is None or self.cur.length == 0:
            self.cur = None
            self.flush()

    def extlink(self, node: ExternalLink) -> None:
        url = str(node.url).strip()
        href = safe_url(url)
        out = self.out()
        label = node.title.nodes if node.title is not None and str(node.title).strip() else None
        idx = out.open(EXTLINK, href) if href and not self.link_depth else None
        self.link_depth += 1
        try:
            if label is not None:
                self.walk(label)
            else:
                out.add(url if href else clean_text(url))
        finally:
            self.link_depth -= 1
        if idx is not None:
            out.close(idx)

    # --- tags ---------------------------------------------------------------------

    def tag(self, node: Tag) -> None:
        tag = str(node.tag).strip().lower()
        if tag == "ref":
            self.ref(node)
        elif tag == "references":
            self.reference_list()
        elif tag == "br":
            if self.para_kind == QUOTE and not self.inline_only:
                self.flush()
            elif self.cur is not None:
                self.cur.space()
        elif tag in ("b", "strong"):
            self.styled(BOLD, node)
        elif tag in ("i", "em", "var", "dfn"):
            self.styled(ITALIC, node)
        elif tag == "blockquote":
            self.quote(node.contents.nodes if node.contents is not None else [], None, None)
        elif tag in _DROP_TAGS:
            return
        elif tag in ("nowiki", "pre", "code", "tt", "samp", "kbd"):
            if node.contents is not None:
                self.out().add(clean_text(str(node.contents)))
        elif tag == "table":
            self.table(node)
        elif tag == "hr":
            if not self.inline_only:
                self.flush()
        elif tag in _BLOCK_TAGS and not self.inline_only:
            self.flush()
            if node.contents is not None:
                self.walk(node.contents.nodes)
            self.flush()
        elif node.contents is not None and not node.self_closing:
            self.walk(node.contents.nodes)

    def table(self, node: Tag) -> None:
        """A table as one paragraph per row, cells separated by " · " (header cells bold)."""
        if node.contents is None or self.inline_only:
            return
        cls = str(node.get("class").value).lower() if node.has("class") else ""
        if any(k in cls for k in ("infobox", "navbox", "metadata", "sidebar", "toccolours")):
            return
        self.flush()
        rows: list[list[Tag]] = []
        loose: list[Tag] = []
        for child in node.contents.nodes:
            if not isinstance(child, Tag):
                continue
            name = str(child.tag).lower()
            if name in ("td", "th", "caption"):
                loose.append(child)
            elif name == "tr":
                if loose:
                    rows.append(loose)
                    loose = []
                cells = child.contents.nodes if child.contents is not None else []
                rows.append(
                    [c for c in cells if isinstance(c, Tag) and str(c.tag).lower() in ("td", "th")]
                )
        if loose:
            rows.append(loose)
        for cells in rows:
            d = Draft(PARAGRAPH)
            for cell in cells:
                if cell.contents is None:
                    continue
                nodes = list(cell.contents.nodes)
                caption = str(cell.tag).lower() == "caption"
                if nodes and isinstance(nodes[0], Text) and nodes[0].value.lstrip().startswith("+"):
                    nodes[0] = Text(
                        nodes[0].value.lstrip()[1:]
                    )  # "|+ caption", as the parser sees it
                    caption = True
                part = self.render_into(Draft(PARAGRAPH), nodes)
                if not part.text:
                    continue
                if d.length:
                    d.add(" · ")
                style = ITALIC if caption else BOLD if str(cell.tag).lower() == "th" else None
                idx = d.open(style) if style else None
                d.extend(part)
                if idx is not None:
                    d.close(idx)
            if d.length:
                d.finish()
                self.blocks.append(d)

    def styled(self, kind: str, node: Tag) -> None:
        if node.contents is None:
            return
        out = self.out()
        idx = out.open(kind)
        self.walk(node.contents.nodes)
        # a block may have ended inside (rare); only close in the draft that opened it
        if self.cur is out:
            out.close(idx)

    def quote(self, nodes: Sequence, author: Sequence | None, source: Sequence | None) -> None:
        if self.inline_only:
            out = self.out()
            out.add(" “")
            self.walk(nodes)
            out.add("”")
            return
        self.flush()
        saved = self.para_kind
        self.para_kind = QUOTE
        try:
            self.walk(nodes)
            self.flush()
            if author or source:
                d = self.out()
                d.add("— ")
                if author:
                    self.walk(author)
                if source:
                    if author:
                        d.add(", ")
                    self.walk(source)
                self.flush()
        finally:
            self.para_kind = saved

    def ref(self, node: Tag) -> None:
        if self.in_ref:
            return
        name = ""
        if node.has("name"):
            value = node.get("name").value
            name = str(value).strip().strip("\"'").strip() if value is not None else ""
        note = self.named_notes.get(name) if name else None
        if note is None:
            note = _Note(len(self.notes) + 1)
            self.notes.append(note)
            if name:
                self.named_notes[name] = note
        if not node.self_closing and node.contents is not None and note.draft is None:
            if str(node.contents).strip():
                self.in_ref = True
                try:
                    note.draft = self.render_into(Draft(FOOTNOTE), node.contents.nodes)
                finally:
                    self.in_ref = False
        k = len(note.markers) + 1
        anchor = f"fnref-{note.number}" if k == 1 else f"fnref-{note.number}-{k}"
        note.markers.append(anchor)
        out = self.out()
        out.drop_trailing_space()
        idx = out.open(FNREF, f"fn-{note.number}", anchor)
        out.add(f"[{note.number}]")
        out.close(idx)

    # --- the whole document --------------------------------------------------------

    def footnote_drafts(self) -> list[Draft]:
        drafts = []
        for note in self.notes:
            d = Draft(FOOTNOTE, anchor=f"fn-{note.number}")
            d.add(f"{note.number}. ")
            if len(note.markers) == 1:
                idx = d.open(BACKREF, note.markers[0])
                d.add("↑")
                d.close(idx)
            else:
                d.add("↑ ")
                for k, marker in enumerate(note.markers):
                    idx = d.open(BACKREF, marker)
                    d.add(_LETTERS[k] if k < len(_LETTERS) else str(k + 1))
                    d.close(idx)
                    d.add(" ")
            d.add(" ")
            if note.draft is not None and note.draft.text:
                d.extend(note.draft)
            else:
                d.add("(reference text missing)")
            d.finish()
            drafts.append(d)
        return drafts

    def meta_drafts(self) -> list[Draft]:
        drafts = []
        if self.categories:
            d = Draft(META, anchor="meta-categories")
            d.add("Categories: ")
            for k, name in enumerate(self.categories):
                if k:
                    d.add(", ")
                idx = d.open(LINK, f"Category:{name}")
                d.add(name)
                d.close(idx)
            d.finish()
            drafts.append(d)
        if self.languages:
            from urllib.parse import quote

            d = Draft(META, anchor="meta-languages")
            d.add("In other languages: ")
            for k, (code, title) in enumerate(self.languages):
                if k:
                    d.add(", ")
                url = f"https://{code}.wikipedia.org/wiki/{quote(title.replace(' ', '_'), safe='/:(),')}"
                idx = d.open(EXTLINK, url)
                d.add(native_name(code) or code)
                d.close(idx)
            d.finish()
            drafts.append(d)
        return drafts

    def render(self, wikitext: str, flattened: bool | None = None) -> list[Draft]:
        text = clean_source(wikitext)
        if flattened is None:
            flattened = looks_flattened(text)
        if flattened:
            text = restore_lines(text)
        self.walk(mwparserfromhell.parse(text, skip_style_tags=False).nodes)
        self.flush()
        notes = self.footnote_drafts()
        out: list[Draft] = []
        placed = False
        for b in self.blocks:
            if b is _REFLIST_SLOT:
                out.extend(notes)
                placed = True
            else:
                out.append(b)
        if notes and not placed:
            heading = Draft(HEADING, 2, anchor="sec-notes")
            heading.add("Notes")
            heading.finish()
            out.append(heading)
            out.extend(notes)
        out.extend(self.meta_drafts())
        return out


def render_wikitext(title: str, wikitext: str, flattened: bool | None = None) -> list[Draft]:
    """The finished block drafts of ``wikitext`` (see :func:`mapapp.core.render.render`)."""
    return WikitextRenderer(title).render(wikitext, flattened)
