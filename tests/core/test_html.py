"""to_html(): structure, anchors, footnote links, marks laid over the text."""

from __future__ import annotations

from html.parser import HTMLParser

from mapapp.core.html import to_html, wiki_url
from mapapp.core.model import BOLD, LINK, Block, Document, Inline, Mark, ReadingText
from mapapp.core.render import render

# Qt's rich-text subset (plus the document skeleton).
QT_TAGS = {"html", "head", "meta", "style", "body", "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul",
           "ol", "li", "blockquote", "table", "tr", "td", "a", "b", "i", "sup", "span", "small",
           "br", "div"}  # fmt: skip


class _Tree(HTMLParser):
    """Records start tags and checks that <a> never nests."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.a_depth = 0
        self.max_a_depth = 0
        self.names: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "a":
            if "name" in attrs:
                self.names.append(attrs["name"])
            self.a_depth += 1
            self.max_a_depth = max(self.max_a_depth, self.a_depth)

    def handle_endtag(self, tag):
        if tag == "a":
            self.a_depth -= 1


def parse(html: str) -> _Tree:
    t = _Tree()
    t.feed(html)
    return t


def doc(body: str) -> ReadingText:
    return render(Document("Title", body, "wikitext", "wikitext", revision_id=1, user="U"))


def test_complete_document_with_header_toc_and_anchors():
    r = doc("Lead [[Riga]].\n== One ==\nText.<ref>Note.</ref>\n=== Sub ===\n* item\n== Two ==\nMore.\n"
            "[[Category:C]] [[de:D]]")  # fmt: skip
    html = to_html(r)
    assert html.startswith("<html><head>") and html.endswith("</body></html>")
    assert "<style" in html and "<h1>Title</h1>" in html
    assert '<p class="subtitle">Revision 1 · U</p>' in html
    t = parse(html)
    assert {tag for tag, _ in t.tags} <= QT_TAGS
    assert t.max_a_depth == 1
    # every block has its anchor
    assert [b.anchor for b in r.blocks] == [n for n in t.names if not n.startswith("fnref")]
    # the table of contents links to the headings, numbered, after the lead
    assert '<a href="#sec-one">1&nbsp;&nbsp;One</a>' in html
    assert '<a href="#sec-sub">1.1&nbsp;&nbsp;Sub</a>' in html
    assert '<a href="#sec-two">2&nbsp;&nbsp;Two</a>' in html
    assert html.index("Contents") > html.index("Lead") and html.index("Contents") < html.index(
        "<h2>"
    )
    assert '<h2><a name="sec-one"></a>One</h2>' in html
    assert '<h3><a name="sec-sub"></a>Sub</h3>' in html
    assert "<ul><li>" in html
    assert html.index("Categories") > html.index("Note.")


def test_footnote_markers_and_backlinks():
    html = to_html(doc("A.<ref name=n>Note.</ref> B.<ref name=n/>"))
    assert '<a name="fnref-1"></a><sup class="fnmark"><a href="#fn-1">[1]</a></sup>' in html
    assert '<a name="fnref-1-2"></a><sup class="fnmark"><a href="#fn-1">[1]</a></sup>' in html
    assert '<a name="fn-1"></a>1. ↑ <a class="backref" href="#fnref-1">a</a>' in html
    assert '<a class="backref" href="#fnref-1-2">b</a>' in html
    assert '<div class="footnotes">' in html


def test_internal_links_point_to_wikipedia():
    html = to_html(doc("[[Treaty of Brest-Litovsk|the treaty]] [[Kraków#History]]"))
    assert (
        '<a href="https://en.wikipedia.org/wiki/Treaty_of_Brest-Litovsk" title="Treaty of Brest-Litovsk">the treaty</a>'
        in html
    )
    assert (
        wiki_url("Kraków#Early history")
        == "https://en.wikipedia.org/wiki/Krak%C3%B3w#Early_history"
    )


def test_mark_replaces_overlapping_link():
    r = doc("The [[Riga|city of Riga]] fell.")
    start = r.plain.index("Riga")
    html = to_html(r, [Mark(start, start + 4, "mapapp://place/riga", "place", "Riga, Latvia")])
    assert "wikipedia" not in html
    assert (
        'city of <a href="mapapp://place/riga" class="place" title="Riga, Latvia">Riga</a> fell.'
        in html
    )
    assert parse(html).max_a_depth == 1


def test_mark_crossing_bold_is_split_and_never_nests():
    r = ReadingText(
        "T", "", "East Prussia now", (Block("paragraph", 0, 16, "p-1"),), (Inline(BOLD, 0, 4),)
    )
    html = to_html(r, [Mark(0, 12, "#m", "place")])
    assert (
        '<b><a href="#m" class="place">East</a></b><a href="#m" class="place"> Prussia</a> now'
        in html
    )


def test_mark_never_crosses_blocks():
    r = ReadingText(
        "T",
        "",
        "Alpha\nBeta",
        (Block("paragraph", 0, 5, "p-1"), Block("paragraph", 6, 10, "p-2")),
    )
    html = to_html(r, [Mark(2, 8, "#m")])
    assert '<p><a name="p-1"></a>Al<a href="#m">pha</a></p>' in html
    assert '<p><a name="p-2"></a><a href="#m">Be</a>ta</p>' in html


def test_mark_inside_external_link_keeps_the_link():
    r = doc("[http://a.org/x Map of Riga]")
    s = r.plain.index("Riga")
    html = to_html(r, [Mark(s, s + 4, "#m")])
    assert '<a class="ext" href="http://a.org/x">Map of Riga</a>' in html
    assert parse(html).max_a_depth == 1


def test_link_inline_and_marks_together():
    r = ReadingText(
        "T",
        "",
        "Warsaw and Riga",
        (Block("paragraph", 0, 15, "p-1"),),
        (Inline(LINK, 0, 6, "Warsaw"), Inline(LINK, 11, 15, "Riga")),
    )
    html = to_html(r, [Mark(11, 15, "#riga", "place")])
    assert (
        '<a href="https://en.wikipedia.org/wiki/Warsaw" title="Warsaw">Warsaw</a> and <a href="#riga" class="place">Riga</a>'
        in html
    )


def test_captions_quotes_notes_lists():
    r = doc("[[File:Map.png|thumb|The [[Baltic]] in 1939]]\n{{main|Pact}}\n"
            "<blockquote>Q1<br/>Q2</blockquote>\n# a\n## b\n# c\n* d")  # fmt: skip
    html = to_html(r)
    assert "Image: Map.png" in html
    assert (
        'The <a href="https://en.wikipedia.org/wiki/Baltic" title="Baltic">Baltic</a> in 1939'
        in html
    )
    assert '<table class="thumbs" border="1"' in html
    assert '<p class="note"><a name="note-1"></a>Main article: <a href' in html
    assert '<blockquote><p><a name="q-1"></a>Q1</p><p><a name="q-2"></a>Q2</p></blockquote>' in html
    assert (
        '<ol><li><a name="li-1"></a>a</li><ol><li><a name="li-2"></a>b</li></ol><li><a name="li-3"></a>c</li></ol><ul><li>'
        in html
    )


def test_plain_document_html():
    html = to_html(render(Document("N", "a < b & c\n\nd", "plain", "plain")))
    assert '<p><a name="p-1"></a>a &lt; b &amp; c</p><p><a name="p-2"></a>d</p>' in html
    assert "Contents" not in html
