"""How templates render: names that are dropped, small text templates, citations,
conversions, hatnotes and quotes.

The functions here take the renderer (:class:`~mapapp.core.wikitext_render.WikitextRenderer`)
so that template arguments keep their links and formatting when they are shown.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mwparserfromhell.nodes import Template

from mapapp.core.markup import safe_url
from mapapp.core.model import BOLD, EXTLINK, ITALIC, LINK, NOTE
from mapapp.core.wikitext_langs import english_name

if TYPE_CHECKING:  # pragma: no cover
    from mapapp.core.wikitext_render import WikitextRenderer

# Shown as an inline tag after the claim.
INLINE_TAGS = {
    "fact": "[citation needed]",
    "citation needed": "[citation needed]",
    "cn": "[citation needed]",
    "citation-needed": "[citation needed]",
    "cite needed": "[citation needed]",
    "fact needed": "[citation needed]",
    "citeneeded": "[citation needed]",
    "facts": "[citation needed]",
    "clarify": "[clarification needed]",
    "clarifyme": "[clarification needed]",
    "who": "[who?]",
    "when": "[when?]",
    "which": "[which?]",
    "where": "[where?]",
    "by whom": "[by whom?]",
    "according to whom": "[according to whom?]",
    "dubious": "[dubious – discuss]",
    "verify source": "[verification needed]",
    "verification needed": "[verification needed]",
    "page needed": "[page needed]",
    "specify": "[specify]",
    "vague": "[vague]",
    "original research inline": "[original research?]",
    "or": "[original research?]",
    "failed verification": "[failed verification]",
    "dead link": "[dead link]",
}
# Replaced by fixed text.
TEXT = {
    "ndash": "–",
    "mdash": "—",
    "snd": " – ",
    "spaced ndash": " – ",
    "spnd": " – ",
    "nbsp": " ",
    "middot": " · ",
    "·": " · ",
    "dot": " · ",
    "'": "'",
    "' \"": "'\"",
    "=": "=",
    "!": "|",
    "en dash": "–",
    "em dash": "—",
    "okina": "ʻ",
    "shy": "",
}
SEE_ALSO = {"see": "See also", "see also": "See also", "seealso": "See also", "also": "See also"}
MAIN = {"main": "Main article", "main article": "Main article", "mainarticle": "Main article"}
FURTHER = {"further": "Further information", "details": "Further information",
           "further information": "Further information", "more": "Further information"}  # fmt: skip
REFLIST = {
    "reflist",
    "references",
    "refs",
    "reference list",
    "notelist",
    "reflist-talk",
    "refbegin",
}
QUOTES = {"quote", "cquote", "quotation", "blockquote", "quote box", "rquote", "bquote", "quotebox"}
FIRST_ARG = {"nowrap", "nobr", "nobreak", "small", "big", "smaller", "larger", "abbr", "nihongo",
             "lang", "transl", "transliteration", "flag", "flagcountry", "keypress", "nowrap begin",
             "proper name", "sic", "not a typo", "visible anchor", "anchor-text", "vanchor"}  # fmt: skip
DROPPED = {
    "incomplete", "cleanup", "expand", "expand section", "stub", "unreferenced", "refimprove",
    "more citations needed", "pov", "npov", "pov-section", "merge", "merge to", "merge from",
    "split", "wikify", "orphan", "notability", "portal", "portal bar", "commons",
    "commons category", "commonscat", "wikiquote", "wikisource", "defaultsort", "toc",
    "tocright", "toc right", "toc left", "clear", "clear left", "clear right", "-", "-!",
    "lead too short", "citation style", "copyedit", "disputed", "totally disputed",
    "globalize", "weasel", "peacock", "use dmy dates", "use mdy dates", "use british english",
    "good article", "featured article", "link fa", "link ga", "persondata",
    "authority control", "coord missing", "coord", "about", "for", "other uses", "otheruses",
    "redirect", "distinguish", "dablink", "pp-semi", "pp-move", "pp-protected", "sprotected",
    "semi-protected", "featured list", "italic title", "short description", "multiple issues",
    "articleissues", "wiktionary", "spoken wikipedia", "succession box", "flagicon",
    "refend", "col-begin", "col-end", "col-break", "div col", "div col end", "col-2",
    "displaytitle", "notoc", "anchor", "update", "expert", "expert-subject",
    "context", "inappropriate person", "primary sources", "unbalanced", "attention",
    "sources", "nofootnotes", "no footnotes", "more footnotes", "verylong", "very long",
}  # fmt: skip
_DROP_PREFIXES = ("infobox", "navbox", "portal", "pp-", "s-", "campaignbox", "coord", "sidebar",
                  "wikiproject", "user ", "cat ", "dmoz", "commons")  # fmt: skip
_DROP_PARTS = ("navbox", "sidebar", "infobox", "campaignbox", " topics", " footer", "stub",
               " series", "navigation", "timeline of", "succession")  # fmt: skip
CONVERT = {"convert", "cvt", "convert/flip"}
UNITS = {
    "km2": "km²", "sqkm": "km²", "sqmi": "sq mi", "mi2": "sq mi", "m2": "m²", "sqft": "sq ft",
    "c": "°C", "f": "°F", "acre": "acres", "ha": "ha", "km": "km", "mi": "mi", "m": "m",
    "ft": "ft", "kg": "kg", "lb": "lb", "t": "t", "nmi": "nmi", "km/h": "km/h", "mph": "mph",
}  # fmt: skip
_RANGE = {"-": "–", "–": "–", "to": " to ", "and": " and ", "or": " or ", "by": " by ",
          "x": " × ", "×": " × ", "+": " + ", "to(-)": " to ", "&": " & "}  # fmt: skip
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
DATES = {"birth date", "death date", "start date", "end date", "date", "birth date and age",
         "death date and age", "dts", "start date and age"}  # fmt: skip

_WS = re.compile(r"\s+")


def template_name(node: Template) -> str:
    """Normalized name: lower case, spaces for underscores, no subst:/Template: prefix."""
    name = _WS.sub(" ", str(node.name).replace("_", " ")).strip()
    if "<!--" in name:
        name = re.sub(r"<!--.*?-->", "", name).strip()
    low = name.lower()
    for prefix in ("subst:", "safesubst:", "msubst:", "template:"):
        if low.startswith(prefix):
            low = low[len(prefix) :].strip()
    if ":" in low and not low.startswith("#"):
        head = low.split(":", 1)[0]
        if head in {"defaultsort", "displaytitle", "defaultsortkey", "pagename", "fullpagename",
                    "lc", "uc", "lcfirst", "ucfirst", "formatnum", "padleft", "padright"}:  # fmt: skip
            return head
    return low


def is_dropped(name: str) -> bool:
    """Navigation boxes, infoboxes, maintenance tags and the like: not shown at all."""
    if name in DROPPED or name.startswith("#"):
        return True
    if name.startswith(_DROP_PREFIXES):
        return True
    return any(part in name for part in _DROP_PARTS)


def _params(node: Template) -> tuple[list, dict]:
    positional = []
    named = {}
    for p in node.params:
        if p.showkey:
            key = str(p.name).strip().lower()
            if key.isdigit():
                idx = int(key)
                while len(positional) < idx:
                    positional.append(None)
                positional[idx - 1] = p.value
            else:
                named[key] = p.value
        else:
            positional.append(p.value)
    return positional, named


def _has_text(value) -> bool:
    return value is not None and bool(str(value).strip())


def render_template(r: WikitextRenderer, node: Template) -> None:
    """Render ``node`` into the renderer's current output (or as blocks)."""
    name = template_name(node)
    if not name or is_dropped(name):
        return
    positional, named = _params(node)
    if name in INLINE_TAGS:
        out = r.out()
        out.drop_trailing_space()
        out.add(INLINE_TAGS[name])
        return
    if name in TEXT:
        r.out().add(TEXT[name])
        return
    if name in REFLIST:
        r.reference_list()
        return
    if name in SEE_ALSO or name in MAIN or name in FURTHER:
        _hatnote(r, name, positional, named)
        return
    if name.startswith(("cite ", "cite-")) or name in {"citation", "cite"}:
        _citation(r, name, named, positional)
        return
    if name in CONVERT:
        _convert(r, positional)
        return
    if name in QUOTES:
        _quote(r, name, positional, named)
        return
    if name.startswith("lang-"):
        code = name[5:]
        label = english_name(code) or code
        text = positional[0] if positional else named.get("text")
        if _has_text(text):
            out = r.out()
            out.add(f"{label}: ")
            r.walk(text.nodes)
        return
    if name in DATES:
        _date(r, positional)
        return
    if name in ("isbn", "issn", "oclc"):
        if positional and _has_text(positional[0]):
            r.out().add(f"{name.upper()} {str(positional[0]).strip()}")
        return
    if name in ("circa", "c.", "c"):
        r.out().add("c. ")
        if positional and _has_text(positional[0]):
            r.walk(positional[0].nodes)
        return
    if name == "sic":
        if positional and _has_text(positional[-1]):
            r.walk(positional[-1].nodes)
            r.out().add(" ")
        r.out().add("[sic]")
        return
    if name == "rp":
        if positional and _has_text(positional[0]):
            out = r.out()
            out.drop_trailing_space()
            out.add(":" + str(positional[0]).strip())
        return
    if name in FIRST_ARG:
        if name in ("lang", "transl", "transliteration") and len(positional) >= 2:
            value = positional[1]
        else:
            value = positional[0] if positional else named.get("text")
        if _has_text(value):
            r.walk(value.nodes)
        return
    # Unknown: the last plain positional argument, or nothing.
    for value in reversed(positional):
        if _has_text(value) and not any(isinstance(n, Template) for n in value.nodes):
            r.walk(value.nodes)
            return


def _hatnote(r: WikitextRenderer, name: str, positional: list, named: dict) -> None:
    targets = [(i, v) for i, v in enumerate(positional, 1) if _has_text(v)]
    if not targets:
        return
    if name in MAIN:
        lead = MAIN[name] + ("s" if len(targets) > 1 else "")
    elif name in SEE_ALSO:
        lead = SEE_ALSO[name]
    else:
        lead = FURTHER[name]
    out = r.block(NOTE)
    out.add(f"{lead}: ")
    for k, (i, value) in enumerate(targets):
        if k:
            out.add(", ")
        target = _WS.sub(" ", str(value)).strip()
        label = named.get(f"l{i}") or named.get(f"label {i}")
        label_text = _WS.sub(" ", str(label)).strip() if _has_text(label) else target
        j = out.open(LINK, r.link_target(target))
        out.add(label_text)
        out.close(j)
    r.end_block()


def _first(named: dict, *keys: str):
    for key in keys:
        value = named.get(key)
        if _has_text(value):
            return value
    return None


def _citation(r: WikitextRenderer, name: str, named: dict, positional: list) -> None:
    out = r.out()
    wrote = False
    last = _first(named, "last", "last1", "surname", "surname1", "author", "author1", "authors")
    if last is not None:
        r.walk(last.nodes)
        first = _first(named, "first", "first1", "given", "given1")
        if first is not None:
            out.add(", ")
            r.walk(first.nodes)
        for n in range(2, 5):
            more = _first(named, f"last{n}", f"author{n}")
            if more is None:
                break
            out.add("; ")
            r.walk(more.nodes)
            given = _first(named, f"first{n}")
            if given is not None:
                out.add(", ")
                r.walk(given.nodes)
        co = _first(named, "coauthors", "coauthor")
        if co is not None:
            out.add("; ")
            r.walk(co.nodes)
        wrote = True
    date = _first(named, "year", "date")
    if date is not None:
        out.add(" (" if wrote else "(")
        r.walk(date.nodes)
        out.add(")")
        wrote = True
    if wrote:
        out.add(". ")
    title = _first(named, "title", "chapter")
    url = _first(named, "url", "chapter-url", "chapterurl")
    href = safe_url(str(url)) if url is not None else None
    book = (
        name in ("cite book", "citation") and _first(named, "journal", "work", "newspaper") is None
    )
    if title is not None:
        if not book:
            out.add("“")
        style = out.open(ITALIC) if book else None
        link = out.open(EXTLINK, href) if href else None
        r.link_depth += 1  # links inside the title stay text: the title is the link
        try:
            r.walk(title.nodes)
        finally:
            r.link_depth -= 1
        if link is not None:
            out.close(link)
        if style is not None:
            out.close(style)
        out.add(".”" if not book else ".")
    elif href:
        link = out.open(EXTLINK, href)
        out.add(href)
        out.close(link)
        out.add(".")
    work = _first(named, "journal", "work", "newspaper", "magazine", "website", "periodical",
                  "encyclopedia", "publisher" if name == "cite web" else "\0")  # fmt: skip
    if work is not None:
        out.add(" ")
        style = out.open(ITALIC)
        r.walk(work.nodes)
        out.close(style)
        volume = _first(named, "volume")
        if volume is not None:
            out.add(" ")
            b = out.open(BOLD)
            r.walk(volume.nodes)
            out.close(b)
        issue = _first(named, "issue", "number")
        if issue is not None:
            out.add(" (")
            r.walk(issue.nodes)
            out.add(")")
    pages = _first(named, "pages", "page", "at")
    if pages is not None:
        out.add(", pp. " if "pages" in named and _has_text(named["pages"]) else ", p. ")
        r.walk(pages.nodes)
    if work is not None or pages is not None:
        out.add(".")
    publisher = _first(named, "publisher") if work is None or name != "cite web" else None
    location = _first(named, "location", "place")
    if location is not None:
        out.add(" ")
        r.walk(location.nodes)
        out.add(":" if publisher is not None else ".")
    if publisher is not None:
        out.add(" ")
        r.walk(publisher.nodes)
        out.add(".")
    isbn = _first(named, "isbn")
    if isbn is not None:
        out.add(f" ISBN {str(isbn).strip()}.")
    if not (wrote or title is not None or href):
        for value in positional:
            if _has_text(value):
                r.walk(value.nodes)


def _convert(r: WikitextRenderer, positional: list) -> None:
    vals = [_WS.sub(" ", str(v)).strip() if v is not None else "" for v in positional]
    vals = [v for v in vals]
    if not vals or not vals[0]:
        return
    if len(vals) >= 4 and vals[1].lower() in _RANGE:
        text = f"{vals[0]}{_RANGE[vals[1].lower()]}{vals[2]}"
        unit = vals[3]
    else:
        text = vals[0]
        unit = vals[1] if len(vals) > 1 else ""
    unit = UNITS.get(unit.lower() if unit.lower() in ("c", "f") else unit, unit)
    r.out().add(f"{text} {unit}".strip())


def _quote(r: WikitextRenderer, name: str, positional: list, named: dict) -> None:
    text = positional[0] if positional else None
    text = text if _has_text(text) else _first(named, "text", "quote", "1")
    if text is None:
        return
    if name == "cquote":
        author = positional[2] if len(positional) > 2 else None
        source = positional[3] if len(positional) > 3 else None
    else:
        author = positional[1] if len(positional) > 1 else None
        source = positional[2] if len(positional) > 2 else None
    author = author if _has_text(author) else _first(named, "author", "sign", "person", "by")
    source = source if _has_text(source) else _first(named, "source", "title", "work")
    r.quote(text.nodes, author.nodes if author is not None else None,
            source.nodes if source is not None else None)  # fmt: skip


def _date(r: WikitextRenderer, positional: list) -> None:
    vals = [str(v).strip() for v in positional if v is not None and str(v).strip()]
    vals = [v for v in vals if "=" not in v]
    nums = [v for v in vals[:3] if v.isdigit()]
    if len(nums) == 3 and 1 <= int(nums[1]) <= 12:
        r.out().add(f"{int(nums[2])} {MONTHS[int(nums[1]) - 1]} {nums[0]}")
    elif len(nums) == 2 and 1 <= int(nums[1]) <= 12:
        r.out().add(f"{MONTHS[int(nums[1]) - 1]} {nums[0]}")
    elif vals:
        r.out().add(vals[0])
