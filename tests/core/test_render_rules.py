"""render(): one small wikitext case per rule."""

from __future__ import annotations

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
    Document,
    ReadingText,
)
from mapapp.core.render import render


def wt(body: str, *, flat: bool = False, title: str = "T") -> ReadingText:
    return render(Document(title, body, "wikitext", "revision-line" if flat else "wikitext"))


def blocks(r: ReadingText) -> list[tuple[str, str]]:
    return [(b.kind, r.plain[b.start : b.end]) for b in r.blocks]


def spans(r: ReadingText, kind: str) -> list[tuple[str, str]]:
    return [(r.plain[i.start : i.end], i.target) for i in r.inlines if i.kind == kind]


# --- structure -----------------------------------------------------------------------


def test_headings_restored_in_flattened_text():
    r = wt("Lead text. ==History== Old times. ===Early=== Very old. ==Later== New.", flat=True)
    assert blocks(r) == [
        (PARAGRAPH, "Lead text."),
        (HEADING, "History"),
        (PARAGRAPH, "Old times."),
        (HEADING, "Early"),
        (PARAGRAPH, "Very old."),
        (HEADING, "Later"),
        (PARAGRAPH, "New."),
    ]
    assert [(e.level, e.title, e.anchor) for e in r.toc] == [
        (2, "History", "sec-history"),
        (3, "Early", "sec-early"),
        (2, "Later", "sec-later"),
    ]


def test_heading_with_spaces_and_link_and_duplicate_anchor():
    r = wt("A. == The [[Winter War]] == B. == The Winter War == C.", flat=True)
    heads = [b for b in r.blocks if b.kind == HEADING]
    assert [r.plain[b.start : b.end] for b in heads] == ["The Winter War", "The Winter War"]
    assert [b.anchor for b in heads] == ["sec-the-winter-war", "sec-the-winter-war-2"]
    assert spans(r, LINK) == [("Winter War", "Winter War")]


def test_equals_inside_templates_is_not_a_heading():
    r = wt("Text {{quote|a==b}} and <ref>x ==y== z</ref> more.", flat=True)
    assert [t for k, t in blocks(r) if k == HEADING] == ["Notes"]  # only the added notes section


def test_real_line_breaks():
    r = wt(
        "Intro line\ncontinues.\n\nSecond para.\n== Sec ==\n* one\n* two\n# first\n## sub\nAfter."
    )
    assert blocks(r) == [
        (PARAGRAPH, "Intro line continues."),
        (PARAGRAPH, "Second para."),
        (HEADING, "Sec"),
        (LIST_ITEM, "one"),
        (LIST_ITEM, "two"),
        (LIST_ITEM, "first"),
        (LIST_ITEM, "sub"),
        (PARAGRAPH, "After."),
    ]
    items = [b for b in r.blocks if b.kind == LIST_ITEM]
    assert [(b.level, b.ordered) for b in items] == [(1, False), (1, False), (1, True), (2, True)]


def test_flattened_lists():
    r = wt(
        "Members: * [[Adolf Ioffe]] (1918) * Lev Khinchuk ** deputy # numbered ==Next== x",
        flat=True,
    )
    assert blocks(r)[:5] == [
        (PARAGRAPH, "Members:"),
        (LIST_ITEM, "Adolf Ioffe (1918)"),
        (LIST_ITEM, "Lev Khinchuk"),
        (LIST_ITEM, "deputy"),
        (LIST_ITEM, "numbered"),
    ]
    assert [(b.level, b.ordered) for b in r.blocks[1:5]] == [
        (1, False),
        (1, False),
        (2, False),
        (1, True),
    ]


def test_list_markers_detected_conservatively():
    r = wt(
        "Five * three is fifteen. Document # 603 was signed. <ref>Document # 603.</ref> End.",
        flat=True,
    )
    assert [b.kind for b in r.blocks if b.kind == LIST_ITEM] == []
    assert "Five * three is fifteen." in r.plain


def test_long_section_split_into_paragraphs():
    sentence = "The army crossed the river near the old town and waited for orders. "
    r = wt(("==Long== " + sentence * 60).strip(), flat=True)
    paras = [t for k, t in blocks(r) if k == PARAGRAPH]
    assert len(paras) >= 4
    assert all(40 <= len(p.split()) <= 160 for p in paras)
    assert " ".join(paras) == (sentence * 60).strip()


def test_split_never_inside_link_or_after_abbreviation():
    words = "word " * 100
    body = f"{words}[[U.S. Army. Units]] Then {words}. Mr. Smith went. {words}."
    r = wt(body, flat=True)
    for i in r.inlines:
        assert r.block_at(i.start) is r.block_at(i.end - 1)
    assert not any(t.startswith("Smith") for _, t in blocks(r))


# --- inline formatting and links -------------------------------------------------------


def test_bold_italic():
    r = wt("'''Bold''' and ''italic'' and '''''both'''''.")
    assert r.plain == "Bold and italic and both."
    assert spans(r, BOLD) == [("Bold", ""), ("both", "")]
    assert spans(r, ITALIC) == [("italic", ""), ("both", "")]


def test_wikilinks_labels_pipe_trick_and_trail():
    r = wt(
        "[[Poland]] [[Pole]]s [[Warsaw|the capital]] [[Danzig (city)|]] [[Kiev, Ukraine|]] [[river_bug|]]"
    )
    assert r.plain == "Poland Poles the capital Danzig Kiev river bug"
    assert spans(r, LINK) == [
        ("Poland", "Poland"),
        ("Poles", "Pole"),
        ("the capital", "Warsaw"),
        ("Danzig", "Danzig (city)"),
        ("Kiev", "Kiev, Ukraine"),
        ("river bug", "River bug"),
    ]


def test_external_links():
    r = wt("See [http://example.org/a The page] and http://example.org/b. Also [https://x.org].")
    assert r.plain == "See The page and http://example.org/b. Also https://x.org."
    assert spans(r, EXTLINK) == [
        ("The page", "http://example.org/a"),
        ("http://example.org/b", "http://example.org/b"),
        ("https://x.org", "https://x.org"),
    ]


def test_comments_removed():
    r = wt("A <!-- hidden [[x]] --> B<!-- unterminated")
    assert r.plain == "A B"


# --- footnotes ------------------------------------------------------------------------


def test_refs_numbered_named_reused_with_backlinks():
    body = (
        'One.<ref name="a">Alpha.</ref> Two.<ref>Beta.</ref> Three.<ref name=a/> Four.<ref name="a" />'
        "\n==Notes==\n{{reflist}}\n==After==\nx"
    )
    r = wt(body)
    assert r.plain.startswith("One.[1] Two.[2] Three.[1] Four.[1]")
    assert [
        (t, i.anchor)
        for t, i in [(r.plain[i.start : i.end], i) for i in r.inlines if i.kind == FNREF]
    ] == [
        ("[1]", "fnref-1"),
        ("[2]", "fnref-2"),
        ("[1]", "fnref-1-2"),
        ("[1]", "fnref-1-3"),
    ]
    assert blocks(r)[1:5] == [
        (HEADING, "Notes"),
        (FOOTNOTE, "1. ↑ a b c Alpha."),
        (FOOTNOTE, "2. ↑ Beta."),
        (HEADING, "After"),
    ]
    assert spans(r, BACKREF) == [
        ("a", "fnref-1"),
        ("b", "fnref-1-2"),
        ("c", "fnref-1-3"),
        ("↑", "fnref-2"),
    ]
    fn = [b for b in r.blocks if b.kind == FOOTNOTE]
    assert [b.anchor for b in fn] == ["fn-1", "fn-2"]


def test_references_tag_and_default_notes_section():
    r = wt("A.<ref>x</ref>\n<references/>")
    assert blocks(r) == [(PARAGRAPH, "A.[1]"), (FOOTNOTE, "1. ↑ x")]
    r = wt("A.<ref>x</ref> B. [[Category:Wars]]")
    assert blocks(r) == [
        (PARAGRAPH, "A.[1] B."),
        (HEADING, "Notes"),
        (FOOTNOTE, "1. ↑ x"),
        (META, "Categories: Wars"),
    ]


def test_ref_space_before_marker_dropped_and_links_inside_refs():
    r = wt("Claim. <ref>See [[Avalon Project]] and [http://a.org/x Doc].</ref> Next.")
    assert r.plain.startswith("Claim.[1] Next.")
    fn = r.blocks[-1]
    assert r.plain[fn.start : fn.end] == "1. ↑ See Avalon Project and Doc."
    assert ("Avalon Project", "Avalon Project") in spans(r, LINK)
    assert ("Doc", "http://a.org/x") in spans(r, EXTLINK)


def test_cite_templates():
    r = wt(
        "X.<ref>{{cite book|last=Carr|first=E. H.|title=German-Soviet Relations|publisher=Johns Hopkins"
        "|location=Baltimore|year=1951|isbn=123}}</ref>"
        "<ref>{{cite web|url=http://a.org/p|title=Pact text|publisher=Avalon|accessdate=2008-01-01}}</ref>"
        "<ref>{{cite journal|author=Large, J. A.|year=1978|title=Origins|journal=Soviet Studies"
        "|volume=30|issue=2|pages=212-236|url=http://jstor.org/x}}</ref>"
    )
    fns = [t for k, t in blocks(r) if k == FOOTNOTE]
    assert (
        fns[0]
        == "1. ↑ Carr, E. H. (1951). German-Soviet Relations. Baltimore: Johns Hopkins. ISBN 123."
    )
    assert fns[1] == "2. ↑ “Pact text.” Avalon."
    assert fns[2] == "3. ↑ Large, J. A. (1978). “Origins.” Soviet Studies 30 (2), pp. 212-236."
    assert ("Pact text", "http://a.org/p") in spans(r, EXTLINK)
    assert ("German-Soviet Relations", "") in spans(r, ITALIC)
    assert "2008-01-01" not in r.plain


# --- templates --------------------------------------------------------------------------


def test_small_templates():
    r = wt(
        "Claim.{{Fact|date=August 2007}} Again{{citation needed}} and{{cn}}. "
        "({{lang-ru|фашистская Германия}}) ({{lang-de|Drang nach Osten}}) "
        "{{convert|10|km}} {{convert|5|-|7|mi}} {{unknown thing|a|last one}} {{unknown|x=1}} "
        "{{nowrap|kept}}{{Soviet Union topics}}{{Some navbox}}{{DEFAULTSORT:Relations}}{{portal|War}}"
        "{{cleanup|date=May 2008}}{{incomplete}}{{Infobox war|name=x}} end"
    )
    assert r.plain == (
        "Claim.[citation needed] Again[citation needed] and[citation needed]. "
        "(Russian: фашистская Германия) (German: Drang nach Osten) "
        "10 km 5–7 mi last one kept end"
    )


def test_hatnotes():
    r = wt(
        "{{see|Invasion of Poland|Winter War}}\n{{main|Molotov–Ribbentrop Pact}}\n{{main|A|B}}\nText."
    )
    assert blocks(r) == [
        (NOTE, "See also: Invasion of Poland, Winter War"),
        (NOTE, "Main article: Molotov–Ribbentrop Pact"),
        (NOTE, "Main articles: A, B"),
        (PARAGRAPH, "Text."),
    ]
    assert spans(r, LINK)[:2] == [
        ("Invasion of Poland", "Invasion of Poland"),
        ("Winter War", "Winter War"),
    ]


def test_quotes():
    r = wt("Before. <blockquote>First part.<br/>Second part.</blockquote> After.\n\n"
           "{{quote|To be or not.|Hamlet}} {{cquote|Quoted.}}")  # fmt: skip
    assert blocks(r) == [
        (PARAGRAPH, "Before."),
        (QUOTE, "First part."),
        (QUOTE, "Second part."),
        (PARAGRAPH, "After."),
        (QUOTE, "To be or not."),
        (QUOTE, "— Hamlet"),
        (QUOTE, "Quoted."),
    ]


def test_images_become_captions_with_links():
    r = wt(
        "[[Image:Brest treaty.jpg|thumb|right|300px|Signing at [[Brest-Litovsk]]]] Text one. "
        "[[File:Map_1939.png|left|upright=1.2|alt=A map]] more."
    )
    assert blocks(r) == [
        (CAPTION, "Image: Brest treaty.jpg — Signing at Brest-Litovsk"),
        (PARAGRAPH, "Text one. more."),
        (CAPTION, "Image: Map 1939.png"),
    ]
    assert ("Brest-Litovsk", "Brest-Litovsk") in spans(r, LINK)


def test_categories_and_interlanguage_links():
    r = wt("Body. [[Category:Foreign relations]] [[de:Beziehungen]] [[ru:Отношения]] [[:Category:Shown]]"
           " [[wikt:word|word]]")  # fmt: skip
    assert blocks(r) == [
        (PARAGRAPH, "Body. Category:Shown word"),
        (META, "Categories: Foreign relations"),
        (META, "In other languages: Deutsch, Русский"),
    ]
    assert ("Deutsch", "https://de.wikipedia.org/wiki/Beziehungen") in spans(r, EXTLINK)
    assert ("Foreign relations", "Category:Foreign relations") in spans(r, LINK)


def test_stray_markup_never_reaches_plain():
    r = wt("Broken [[link and {{template and '' quote ]] }} </span> == x")
    for token in ("[[", "]]", "{{", "}}", "''", "</", "=="):
        assert token not in r.plain


# --- plain documents and subtitles -------------------------------------------------------


def test_plain_documents():
    doc = Document("Notes", "First para\nline two.\n\n\nSecond para.\n", "plain", "plain")
    r = render(doc)
    assert blocks(r) == [(PARAGRAPH, "First para line two."), (PARAGRAPH, "Second para.")]
    assert r.subtitle == "" and r.toc == ()


def test_subtitle_parts():
    doc = Document(
        "T", "x", "plain", "plain", revision_id=5, timestamp="2008-06-24T18:31:34Z", user="U"
    )
    assert render(doc).subtitle == "Revision 5 · 24 June 2008 · U"
    assert render(Document("T", "x", "plain", "plain", user="U")).subtitle == "U"


def test_empty_document():
    r = wt("")
    assert r.plain == "" and r.blocks == ()


def test_tables_one_paragraph_per_row():
    flat = (
        'Losses were heavy. {| class="wikitable" |+ Losses |- ! Side !! Killed |- '
        '| [[Germany]] || 16,000 |- | style="color:red" | USSR | 3,000 |} After the war.'
    )
    r = wt(flat, flat=True)
    assert blocks(r) == [
        (PARAGRAPH, "Losses were heavy."),
        (PARAGRAPH, "Losses"),
        (PARAGRAPH, "Side · Killed"),
        (PARAGRAPH, "Germany · 16,000"),
        (PARAGRAPH, "USSR · 3,000"),
        (PARAGRAPH, "After the war."),
    ]
    assert spans(r, BOLD) == [("Side", ""), ("Killed", "")]
    assert ("Germany", "Germany") in spans(r, LINK)
    lined = wt('{| class="wikitable"\n! A !! B\n|-\n| 1 || 2\n|}\nafter')
    assert blocks(lined) == [(PARAGRAPH, "A · B"), (PARAGRAPH, "1 · 2"), (PARAGRAPH, "after")]
    assert blocks(wt('{| class="infobox"\n| hidden\n|}\nafter')) == [(PARAGRAPH, "after")]
