"""render(): the real sample (a flattened one-line revision) read as structured text."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from mapapp.core.html import to_html
from mapapp.core.model import (
    BACKREF,
    CAPTION,
    FNREF,
    FOOTNOTE,
    HEADING,
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

SAMPLE = (
    Path(__file__).resolve().parents[2]
    / "resources"
    / "sample"
    / "soviet-german-relations-before-1941.txt"
)


def sample_document() -> Document:
    """The sample's wikitext as the documents loader will hand it over (test-local parsing)."""
    line = SAMPLE.read_text(encoding="utf-8").strip()
    start = re.search(r"\{\{|\[\[|'''", line).start()
    m = re.match(r"(.+?) (\d+) (\d+) (\S+Z) (\S+) (\d+) ", line)
    return Document(
        title=m.group(1),
        body=line[start:],
        markup="wikitext",
        format="revision-line",
        page_id=int(m.group(2)),
        revision_id=int(m.group(3)),
        timestamp=m.group(4),
        user=m.group(5),
    )


@pytest.fixture(scope="module")
def reading() -> ReadingText:
    return render(sample_document())


def texts(r: ReadingText, kind: str) -> list[str]:
    return [r.plain[b.start : b.end] for b in r.blocks if b.kind == kind]


def test_title_and_subtitle(reading):
    assert reading.title == "Soviet-German relations before 1941"
    assert reading.subtitle == "Revision 221484835 · 24 June 2008 · Colchicum"


def test_headings_and_toc(reading):
    headings = [
        (b.level, reading.plain[b.start : b.end]) for b in reading.blocks if b.kind == HEADING
    ]
    assert headings == [
        (2, "Soviet Russia and Weimar Germany"),
        (2, "The Soviet Union and Nazi Germany"),
        (3, "Collective security and Soviets demands to occupy Baltic region"),
        (3, "Molotov-Ribbentrop Pact"),
        (2, "World War II"),
        (3, "Polish campaign"),
        (3, "Further development"),
        (2, "Volksdeutsche in the Soviet Union"),
        (2, "Soviet ambassadors (chargés) to Berlin"),
        (2, "German ambassadors to Moscow"),
        (2, "References"),
        (2, "External links"),
        (2, "Further reading"),
    ]
    assert [e.title for e in reading.toc] == [t for _, t in headings]
    assert reading.toc[0].anchor == "sec-soviet-russia-and-weimar-germany"
    assert reading.toc[4].anchor == "sec-world-war-ii"


def test_no_raw_markup_in_plain(reading):
    for token in ("[[", "]]", "{{", "}}", "'''", "''", "<ref", "</", "==", "<br", "<blockquote"):
        assert token not in reading.plain, token


def test_footnotes_numbered_and_named_refs_reused(reading):
    notes = [b for b in reading.blocks if b.kind == FOOTNOTE]
    markers = [i for i in reading.inlines if i.kind == FNREF]
    # 147 <ref>…</ref> with content; 4 <ref name=…/> reuse named ones
    assert len(notes) == 147
    assert len(markers) == 147 + 4
    assert [b.anchor for b in notes[:3]] == ["fn-1", "fn-2", "fn-3"]
    # "gasiorowski" is note 2, cited three times: three markers, three back-links a b c
    gas = [i for i in markers if i.target == "fn-2"]
    assert [i.anchor for i in gas] == ["fnref-2", "fnref-2-2", "fnref-2-3"]
    fn2 = notes[1]
    back = [i for i in reading.inlines if i.kind == BACKREF and fn2.start <= i.start < fn2.end]
    assert [reading.plain[i.start : i.end] for i in back] == ["a", "b", "c"]
    assert [i.target for i in back] == [i.anchor for i in gas]
    assert reading.plain[fn2.start : fn2.end].startswith(
        "2. ↑ a b c Gasiorowski, Zygmunt J. (1958)."
    )
    # every marker points at a footnote block, every back-link at a marker
    anchors = {b.anchor for b in reading.blocks}
    marker_anchors = {i.anchor for i in markers}
    assert all(i.target in anchors for i in markers)
    assert all(i.target in marker_anchors for i in reading.inlines if i.kind == BACKREF)
    assert len(marker_anchors) == len(markers)


def test_reference_list_placed_under_references(reading):
    kinds = [b.kind for b in reading.blocks]
    refs = next(
        k for k, b in enumerate(reading.blocks) if reading.plain[b.start : b.end] == "References"
    )
    assert kinds[refs + 1] == FOOTNOTE
    # and the narrative never contains a footnote before it
    assert FOOTNOTE not in kinds[:refs]


def test_templates_rendered(reading):
    assert 'Bialystok".[citation needed] In other words' in reading.plain
    assert "Fascist Germany (Russian: фашистская Германия) from 1933" in reading.plain
    notes = texts(reading, NOTE)
    assert "See also: Molotov-Ribbentrop Pact" in notes
    assert "See also: Invasion of Poland (1939)" in notes
    assert "incomplete" not in reading.plain.lower()[:200]
    assert "Foreign relations of the Soviet Union" not in " ".join(texts(reading, PARAGRAPH))


def test_captions(reading):
    caps = texts(reading, CAPTION)
    assert caps[0] == "Image: Brest treaty Barry Kent.jpg — Signing of the Treaty of Brest-Litovsk"
    assert len(caps) == 27
    assert not any("thumb" in c or "300px" in c for c in caps)


def test_quote_and_lists(reading):
    quotes = texts(reading, QUOTE)
    assert quotes[0].startswith("1. In the event of a territorial and political rearrangement")
    assert quotes[-1] == "This protocol shall be treated by both parties as strictly secret."
    items = texts(reading, LIST_ITEM)
    assert items[:2] == ["Adolf Ioffe (1918)", "Nikolay Krestinsky (1921-1930)"]
    assert "Friedrich Werner von der Schulenburg (1934-1941)" in items
    assert items[-1].startswith("Carr, Edward Hallett. German-Soviet Relations")


def test_categories_and_languages_at_the_end(reading):
    last = reading.blocks[-2:]
    assert [b.kind for b in last] == [META, META]
    assert reading.plain[last[0].start : last[0].end] == (
        "Categories: Foreign relations of the Soviet Union, Foreign relations of Germany, "
        "20th century in Germany, Soviet-German relations"
    )
    assert (
        reading.plain[last[1].start : last[1].end]
        == "In other languages: Esperanto, Русский, Suomi"
    )
    assert reading.is_apparatus(last[0].start)


def test_paragraphs_have_reasonable_length(reading):
    lengths = [len(t.split()) for t in texts(reading, PARAGRAPH)]
    assert len(lengths) > 50
    assert max(lengths) <= 250
    assert sum(lengths) / len(lengths) > 60


def test_offsets_consistent(reading):
    plain = reading.plain
    assert plain == "\n".join(plain[b.start : b.end] for b in reading.blocks)
    assert len({b.anchor for b in reading.blocks}) == len(reading.blocks)
    for i in reading.inlines:
        assert 0 <= i.start < i.end <= len(plain)
        block = reading.block_at(i.start)
        assert block is not None and i.end <= block.end
    links = {(plain[i.start : i.end], i.target) for i in reading.inlines if i.kind == LINK}
    assert (
        "Molotov-Ribbentrop Pact",
        "Nazi-Soviet Pact",
    ) in links  # [[Nazi-Soviet Pact|Molotov-…]]
    assert ("Germany", "Germany") in links
    for i in reading.inlines:
        if i.kind == FNREF:
            assert re.fullmatch(r"\[\d+\]", plain[i.start : i.end])


def test_inlines_nest_never_cross(reading):
    spans = sorted(((i.start, i.end) for i in reading.inlines), key=lambda s: (s[0], -s[1]))
    stack: list[tuple[int, int]] = []
    for s, e in spans:
        while stack and stack[-1][1] <= s:
            stack.pop()
        if stack:
            assert e <= stack[-1][1], (s, e, stack[-1])
        stack.append((s, e))


def test_dates_linked_apart(reading):
    assert "on August 31, 1939." in reading.plain
    assert "November 5, 1934" in reading.plain


def test_fast_enough():
    doc = sample_document()
    render(doc)  # warm up imports
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        to_html(render(doc))
        best = min(best, time.perf_counter() - t)
    assert best < 0.15, best


@pytest.mark.parametrize("seed", range(40))
def test_arbitrary_slices_render_cleanly(seed):
    """Any cut of the sample (unbalanced refs, links, templates) renders without raw markup."""
    body = sample_document().body
    a = (seed * 7919) % len(body)
    b = min(len(body), a + 300 + (seed * 104729) % 6000)
    doc = Document("T", body[a:b], "wikitext", "revision-line")
    r = render(doc)
    for token in ("[[", "]]", "{{", "}}", "''", "<ref", "</", "=="):
        assert token not in r.plain, (token, a, b)
    assert r.plain == "\n".join(r.plain[x.start : x.end] for x in r.blocks)
    for i in r.inlines:
        assert r.block_at(i.start) is r.block_at(i.end - 1) is not None
    to_html(r)
