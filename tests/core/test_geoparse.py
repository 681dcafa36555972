"""find_places(): places in running text, with the real gazetteer and hand-built ReadingText."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mapapp.core.gazetteer import default_gazetteer
from mapapp.core.geoparse import find_places
from mapapp.core.model import (
    FOOTNOTE,
    HEADING,
    ITALIC,
    LINK,
    LIST_ITEM,
    PARAGRAPH,
    PLACE_KINDS,
    Block,
    Inline,
    ReadingText,
)

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample" / "soviet-german-relations-before-1941.txt"

PEOPLE = {
    "Stalin", "Hitler", "Molotov", "Ribbentrop", "Radek", "Mirbach", "Joffe", "Seeckt",
    "Rathenau", "Trotsky", "Chicherin", "Litvinov", "Stresemann", "Kuusinen", "Mannerheim",
    "Smetona", "Dekanozov", "Zhdanov", "Guderian", "Schulenburg",
}  # fmt: skip

_LINK = re.compile(r"\[\[([^|\]]+)(?:\|([^\]]+))?\]\]|''(.+?)''")


def reading(*paragraphs: str, footnotes: tuple[str, ...] = ()) -> ReadingText:
    """A ReadingText from lines with ``[[target|text]]`` links and ``''italics''``.

    A line starting with ``== `` is a heading; one starting with ``* `` a list item.
    """
    plain: list[str] = []
    blocks: list[Block] = []
    inlines: list[Inline] = []
    pos = 0
    lines = [(p, None) for p in paragraphs] + [(f, FOOTNOTE) for f in footnotes]
    for n, (line, forced) in enumerate(lines):
        kind, level = forced or PARAGRAPH, 0
        if line.startswith("== "):
            kind, level, line = HEADING, 2, line[3:]
        elif line.startswith("* "):
            kind, level, line = LIST_ITEM, 1, line[2:]
        start = pos
        cursor = 0
        for m in _LINK.finditer(line):
            text = line[cursor : m.start()]
            plain.append(text)
            pos += len(text)
            if m.group(3) is not None:
                shown, inline_kind, target = m.group(3), ITALIC, ""
            else:
                shown, inline_kind, target = m.group(2) or m.group(1), LINK, m.group(1)
            inlines.append(Inline(inline_kind, pos, pos + len(shown), target))
            plain.append(shown)
            pos += len(shown)
            cursor = m.end()
        plain.append(line[cursor:])
        pos += len(line) - cursor
        blocks.append(Block(kind, start, pos, f"b{n}", level))
        plain.append("\n")
        pos += 1
    return ReadingText("test", "", "".join(plain), tuple(blocks), tuple(inlines))


def by_name(places):
    return {p.name: p for p in places}


def assert_well_formed(rt: ReadingText, places) -> None:
    ids = [p.id for p in places]
    assert len(ids) == len(set(ids))
    assert [p.first_offset for p in places] == sorted(p.first_offset for p in places)
    for p in places:
        assert p.kind in PLACE_KINDS
        assert p.id.startswith(("geonames:", "mapapp:"))
        assert p.source
        assert p.mentions == tuple(sorted(p.mentions, key=lambda m: m.start))
        for m in p.mentions:
            assert rt.plain[m.start : m.end] == m.text
            assert not rt.is_apparatus(m.start)


def mention_texts(places) -> set[str]:
    return {m.text for p in places for m in p.mentions}


# --- prose of our own -------------------------------------------------------------

WINTER_WAR = (
    "== The Winter War",
    "In November 1939 Joseph Stalin and Vyacheslav Molotov expected a short war against "
    "Finland. After the shelling of Mainila the Red Army crossed the border on the Karelian "
    "Isthmus and took Terijoki, where Otto Kuusinen headed a puppet government. Helsingfors "
    "was bombed on the first day. Marshal Mannerheim held his line north of the Gulf of "
    "Finland until February. Molotov later claimed that Soviet aircraft dropped bread on "
    "Helsinki. The resort of Zelenogorsk, near Leningrad, still has its Finnish villas.",
)

BALTIC_1940 = (
    "== The Baltic states in 1940",
    "In June 1940 Soviet forces occupied Lithuania, Latvia and Estonia. The government of "
    "Antanas Smetona fled from Kaunas; Vladimir Dekanozov arrived in Kaunas and Andrei "
    "Zhdanov in Tallinn, formerly Reval. Vilna, returned to Lithuania in 1939, became the "
    "capital of the Lithuanian SSR. Memel had been annexed by Germany in March 1939. "
    "Dekanozov and Zhdanov reported to Moscow.",
)


def test_winter_war_places_and_no_people():
    rt = reading(*WINTER_WAR)
    places = find_places(rt)
    assert_well_formed(rt, places)
    names = by_name(places)
    assert {"Finland", "Karelian Isthmus", "Zelenogorsk", "Helsinki", "Gulf of Finland",
            "Saint Petersburg"} <= set(names)  # fmt: skip
    # Helsingfors and Helsinki are one place
    assert {m.text for m in names["Helsinki"].mentions} == {"Helsingfors", "Helsinki"}
    # Terijoki and Zelenogorsk: the Finnish one, both times
    zel = names["Zelenogorsk"]
    assert {m.text for m in zel.mentions} == {"Terijoki", "Zelenogorsk"}
    assert abs(zel.lat - 60.2) < 0.1 and abs(zel.lon - 29.7) < 0.1
    assert names["Karelian Isthmus"].id == "mapapp:karelian-isthmus"
    assert not mention_texts(places) & PEOPLE
    assert not mention_texts(places) & {"November", "February", "Red Army", "Soviet", "Finnish"}


def test_baltic_1940_merges_old_and_new_names():
    rt = reading(*BALTIC_1940)
    places = find_places(rt)
    assert_well_formed(rt, places)
    names = by_name(places)
    assert {"Lithuania", "Latvia", "Estonia", "Kaunas", "Tallinn", "Vilnius", "Klaipėda",
            "Germany", "Moscow"} <= set(names)  # fmt: skip
    assert {m.text for m in names["Tallinn"].mentions} == {"Tallinn", "Reval"}
    assert len(names["Kaunas"].mentions) == 2
    assert [m.text for m in names["Vilnius"].mentions] == ["Vilna"]
    assert names["Vilnius"].id == "geonames:593116"
    assert names["Vilnius"].source == "GeoNames 593116"
    assert not mention_texts(places) & PEOPLE
    assert "March" not in mention_texts(places) and "June" not in mention_texts(places)
    # order of first mention
    order = [p.name for p in places]
    assert order.index("Lithuania") < order.index("Kaunas") < order.index("Tallinn")


def test_links_are_strong_evidence_and_non_places_are_skipped():
    rt = reading(
        "The [[Treaty of Brest-Litovsk]] was signed at [[Brest, Belarus|Brest-Litovsk]] in "
        "March 1918. Later the German ambassador [[Wilhelm von Mirbach]] was shot in "
        "[[Moscow]], and Mirbach's death alarmed [[Berlin]].",
        "German officers trained at [[Lipetsk]] and in [[Kazan]]; [[Heinz Guderian]] later "
        "reached Brest on the Bug, east of Warsaw, where his troops met the [[Red Army]].",
        "The [[Molotov-Ribbentrop Pact]] and the [[Battle of Moscow]] are events.",
    )
    places = find_places(rt)
    assert_well_formed(rt, places)
    names = by_name(places)
    brest = names["Brest"]
    assert abs(brest.lat - 52.1) < 0.1 and abs(brest.lon - 23.7) < 0.1
    assert [m.text for m in brest.mentions] == ["Brest-Litovsk", "Brest"]
    assert names["Kazan"].lon > 40  # Kazan on the Volga, not in Turkey
    assert {"Moscow", "Berlin", "Lipetsk", "Warsaw", "Western Bug"} <= set(names)
    assert len(names["Moscow"].mentions) == 1  # not the one in "Battle of Moscow"
    texts = mention_texts(places)
    assert not texts & PEOPLE
    assert not any("Treaty" in t or "Pact" in t or "Army" in t for t in texts)


def test_events_named_after_towns_are_not_mentions():
    rt = reading(
        "The Treaty of Rapallo was signed in 1922. The Battle of Stalingrad ended in 1943.",
        "The Moscow Peace Treaty ended the war; the Munich Agreement preceded it.",
    )
    assert find_places(rt) == ()


def test_apparatus_and_back_matter_are_skipped():
    rt = reading(
        "Negotiations continued in Warsaw.",
        "== References",
        "* Roberts, Geoffrey. The Soviet Union and Nazi Germany. London: Macmillan, 1995.",
        footnotes=("Haslam, J. (1985). New York: Praeger. Paris edition.",),
    )
    places = find_places(rt)
    assert [p.name for p in places] == ["Warsaw"]


def test_small_towns_need_evidence():
    # Salla (pop. ~3,000) as a bare capitalised word is not enough ...
    bare = find_places(reading("Salla was cold. Salla remained Finnish."))
    assert "Salla" not in by_name(bare)
    # ... a preposition is
    cued = find_places(reading("The Soviets attacked near Salla in December."))
    assert "Salla" in by_name(cued)
    # ... and so is a link elsewhere in the text
    linked = find_places(reading("Salla was cold.", "Fighting reached [[Salla]]."))
    assert len(by_name(linked)["Salla"].mentions) == 2


def test_people_are_not_places():
    rt = reading(
        "[[Joseph Stalin]] met [[Joachim von Ribbentrop]] in the Kremlin. Stalin toasted "
        "Hitler; General Hans von Seeckt had long favoured the Reichswehr's ties with "
        "Moscow, and Ambassador Schulenburg reported that Molotov agreed.",
    )
    places = find_places(rt)
    assert [p.name for p in places] == ["Moscow"]


def test_a_surname_link_before_the_full_name_is_still_a_person():
    # [[Stalin]] comes before [[Joseph Stalin]]; Stalin was also a name of Donetsk and Varna
    rt = reading(
        "[[Stalin]] spoke in [[Moscow]].",
        "Later [[Joseph Stalin]] and [[Molotov]] met the envoy; Molotov said little.",
    )
    places = find_places(rt)
    assert [p.name for p in places] == ["Moscow"]


def test_surnames_that_are_also_place_names_need_a_cue():
    # Perm was called Molotov in 1940-57: "in Molotov" is the city, "Molotov agreed" the man
    assert find_places(reading("Molotov agreed.")) == ()
    assert [p.name for p in find_places(reading("The factory moved to Molotov."))] == ["Perm"]


def test_far_away_homonyms_need_a_cue():
    rt = reading("Jackson wrote from Warsaw to Berlin and Moscow.")
    assert [p.name for p in find_places(rt)] == ["Warsaw", "Berlin", "Moscow"]


def test_a_bias_settles_homonyms():
    rt = reading("The fleet sailed from Brest.")
    assert by_name(find_places(rt))["Brest"].lon > 20  # Belarus: the larger town
    west = find_places(rt, bias=(-6.0, 43.0, 8.0, 51.0))
    assert by_name(west)["Brest"].lon < 0  # Brittany


def test_italic_titles_are_not_places():
    rt = reading("The submarine ''Orzeł'' escaped from Tallinn; ''Pravda'' said nothing.")
    assert [p.name for p in find_places(rt)] == ["Tallinn"]


def test_the_launch_path_does_not_import_geopy():
    code = "import sys, mapapp.core.geoparse; print('geopy' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "False"


def test_explicit_geocoder_and_sentence_words():
    rt = reading("Reading the report, he smiled. March was wet in Poland; reading was slow.")
    places = find_places(rt, default_gazetteer())
    assert [p.name for p in places] == ["Poland"]


# --- the sample, once the loader and renderer exist -------------------------------


@pytest.fixture(scope="module")
def sample_reading() -> ReadingText:
    render = pytest.importorskip("mapapp.core.render").render
    load_document = pytest.importorskip("mapapp.core.documents").load_document
    if not SAMPLE.exists():
        pytest.skip("sample not in resources/ yet")
    return render(load_document(SAMPLE))


@pytest.fixture(scope="module")
def sample_places(sample_reading):
    default_gazetteer().load()
    return find_places(sample_reading)


def test_sample_places(sample_reading, sample_places):
    assert_well_formed(sample_reading, sample_places)
    names = by_name(sample_places)
    for name in ("Brest", "Lipetsk", "Kazan", "Tallinn", "Moscow", "Berlin", "Warsaw",
                 "Helsinki", "Kaunas", "Murmansk", "Vilnius", "Germany", "Soviet Union",
                 "Karelian Isthmus", "Zelenogorsk"):  # fmt: skip
        assert name in names, name
    brest = names["Brest"]
    assert abs(brest.lat - 52.1) < 0.1 and abs(brest.lon - 23.7) < 0.1
    assert names["Kazan"].lon > 40
    assert {"Vilna", "Vilno"} <= {m.text for m in names["Vilnius"].mentions}
    assert abs(names["Zelenogorsk"].lon - 29.7) < 0.1


def test_sample_has_no_people(sample_places):
    texts = mention_texts(sample_places)
    assert not texts & PEOPLE
    for p in sample_places:
        assert p.name not in PEOPLE


def test_sample_parse_is_fast(sample_reading, sample_places):
    best = min(_timed(sample_reading) for _ in range(3))
    assert best < 0.5, f"find_places took {best * 1000:.0f} ms"  # ~40 ms here; slack for CI


def _timed(rt: ReadingText) -> float:
    t = time.perf_counter()
    find_places(rt)
    return time.perf_counter() - t
