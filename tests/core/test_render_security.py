"""Nothing from a document reaches the HTML as markup: tags, scripts and bad URLs are neutralized."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from mapapp.core.html import to_html
from mapapp.core.model import EXTLINK, Block, Document, Inline, Mark, ReadingText
from mapapp.core.render import render

HOSTILE = (
    'Hi <script>alert(1)</script> there. <div onclick="evil()">kept text</div> '
    '<iframe src="http://x.org/"></iframe> [javascript:alert(1) click me] [ftp://x.org f] '
    '<style>p{color:red}</style> <img src=x onerror=alert(2)> <a href="javascript:x">anchor</a> '
    '{{cite web|url=javascript:alert(3)|title=T}} [[Foo"><b>|label]] &lt;script&gt;alert(4)&lt;/script&gt; '
    '<span style="x" onmouseover="alert(5)">span text</span> [vbscript:msgbox(1) vb] '
    '[http://ok.org/"onmouseover="alert(6) ok] <object data=x></object><embed src=x>'
)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags_of(html: str) -> list[tuple[str, dict]]:
    p = _Tags()
    p.feed(html)
    return p.tags


def test_hostile_wikitext_renders_safely():
    doc = Document("<b>T</b>", HOSTILE, "wikitext", "wikitext", user="<i>u</i>")
    r = render(doc)
    assert "alert(1)" not in r.plain and "color:red" not in r.plain  # script/style contents dropped
    assert "kept text" in r.plain and "span text" in r.plain and "anchor" in r.plain
    assert "click me" in r.plain and "vb" in r.plain
    assert "javascript" not in r.plain.lower().replace("&lt;", "")
    html = to_html(r)
    tags = tags_of(html)
    names = {t for t, _ in tags}
    assert names <= {"html", "head", "meta", "style", "body", "h1", "p", "a", "i", "b", "sup", "span",
                     "table", "tr", "td", "br", "div"}  # fmt: skip
    for tag, attrs in tags:
        assert not any(k.startswith("on") for k in attrs), (tag, attrs)
        href = attrs.get("href")
        if href is not None:
            assert href.startswith(("https://", "http://", "#", "mailto:")), href
    # the only <b>/<i> are ours (none in this document); the title's markup is text
    assert "<h1>&lt;b&gt;T&lt;/b&gt;</h1>" in html
    assert "&lt;i&gt;u&lt;/i&gt;" in html
    assert "<script" not in html.lower() and "<iframe" not in html.lower()
    assert (
        "<object" not in html.lower()
        and "<embed" not in html.lower()
        and "<img" not in html.lower()
    )
    # the escaped entity stays visible text, never a tag
    assert "&lt;script&gt;alert(4)" in html


def test_unsafe_urls_never_become_hrefs():
    r = ReadingText(
        "T",
        "",
        "one two three four",
        (Block("paragraph", 0, 18, "p-1"),),
        (
            Inline(EXTLINK, 0, 3, "javascript:alert(1)"),
            Inline(EXTLINK, 4, 7, "data:text/html,x"),
            Inline(EXTLINK, 8, 13, 'https://ok.org/?a="><script>'),
            Inline(EXTLINK, 14, 18, "mailto:a@b.org"),
        ),
    )
    html = to_html(r)
    assert "javascript" not in html and "data:" not in html
    hrefs = [a.get("href") for t, a in tags_of(html) if t == "a" and "href" in a]
    assert hrefs == [
        'https://ok.org/?a="><script>',
        "mailto:a@b.org",
    ]  # attribute-escaped in the source
    assert "&quot;&gt;&lt;script&gt;" in html


def test_mark_attributes_escaped():
    r = ReadingText("T", "", "Riga", (Block("paragraph", 0, 4, "p-1"),))
    html = to_html(r, [Mark(0, 4, 'place:"x"', 'c" onclick="y', "<t>")])
    (a,) = [attrs for t, attrs in tags_of(html) if t == "a" and "href" in attrs]
    assert a == {"href": 'place:"x"', "class": 'c" onclick="y', "title": "<t>"}
    assert 'onclick="y' not in html


def test_wikilink_titles_are_url_quoted():
    r = render(Document("T", '[[A"<b>B|label]] [[Kraków]]', "wikitext", "wikitext"))
    html = to_html(r)
    hrefs = [a["href"] for t, a in tags_of(html) if t == "a" and "href" in a]
    assert all(
        re.fullmatch(r"https://en\.wikipedia\.org/wiki/[A-Za-z0-9_%()',:/!*@$;.#-]*", h)
        for h in hrefs
    ), hrefs
    assert "https://en.wikipedia.org/wiki/Krak%C3%B3w" in hrefs
