"""Places as the page's JSON, with the sentence of the first mention."""

from __future__ import annotations

import json

from mapapp.core.model import Block, Mention, Place, ReadingText
from mapapp.map import first_sentence, place_payload

TEXT = (
    "Relations\n"
    "The Treaty of Brest-Litovsk was signed on March 3, 1918. A few months later, "
    "the German ambassador to Moscow was shot dead. J. Stalin met Mr. Ribbentrop in "
    "the Kremlin! Was Warsaw next? It was.\n"
    "Poland was invaded."
)


def reading() -> ReadingText:
    para_start = TEXT.index("The Treaty")
    para_end = TEXT.index("\nPoland")
    return ReadingText(
        title="t",
        subtitle="",
        plain=TEXT,
        blocks=(
            Block("heading", 0, len("Relations"), "h1", level=2),
            Block("paragraph", para_start, para_end, "p1"),
            Block("paragraph", para_end + 1, len(TEXT), "p2"),
        ),
    )


def at(word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return start, start + len(word)


def sentence(word: str) -> str:
    return first_sentence(reading(), *at(word))


def test_sentence_boundaries():
    assert sentence("Brest-Litovsk") == "The Treaty of Brest-Litovsk was signed on March 3, 1918."
    assert sentence("Moscow") == "A few months later, the German ambassador to Moscow was shot dead."
    # Initials and abbreviations do not end a sentence.
    assert sentence("Kremlin") == "J. Stalin met Mr. Ribbentrop in the Kremlin!"
    assert sentence("Warsaw") == "Was Warsaw next?"
    # A sentence never runs into the next block.
    assert sentence("Poland") == "Poland was invaded."
    assert sentence("Relations") == "Relations"


def test_long_sentences_are_trimmed_around_the_mention():
    words = " ".join(f"word{i}" for i in range(80))
    text = f"Start. {words} near Königsberg and {words} again. End."
    r = ReadingText("t", "", text, (Block("paragraph", 0, len(text), "p"),))
    s = text.index("Königsberg")
    cut = first_sentence(r, s, s + len("Königsberg"))
    assert "Königsberg" in cut
    assert len(cut) <= 202
    assert cut.startswith("\u2026") and cut.endswith("\u2026")
    assert "  " not in cut and not cut[1].isspace()
    # Cut at word boundaries: every word is whole.
    for token in cut.strip("\u2026").split():
        assert token in text.split()


def test_out_of_range_offsets_give_no_sentence():
    assert first_sentence(reading(), len(TEXT) + 5, len(TEXT) + 9) == ""


def place(pid: str, word: str, *nths: int, kind: str = "city") -> Place:
    mentions = tuple(Mention(*at(word, n), word) for n in nths)
    return Place(pid, word, 52.0, 21.0, kind, mentions, source="test")


def test_place_payload():
    places = [place("a", "Moscow", 0), place("b", "Warsaw", 0), Place("c", "Nowhere", 1, 2, "other", ())]
    payload = place_payload(places, reading())
    assert payload[0] == {
        "id": "a",
        "name": "Moscow",
        "lat": 52.0,
        "lon": 21.0,
        "kind": "city",
        "count": 1,
        "sentence": "A few months later, the German ambassador to Moscow was shot dead.",
    }
    assert payload[1]["sentence"] == "Was Warsaw next?"
    assert payload[2]["count"] == 0 and payload[2]["sentence"] == ""
    json.dumps(payload, allow_nan=False)  # JSON-ready


def test_first_mention_is_the_earliest():
    mentions = (Mention(*at("Poland"), "Poland"), Mention(*at("Warsaw"), "Warsaw"))
    p = Place("w", "Warsaw", 52.2, 21.0, "city", mentions)
    assert place_payload([p], reading())[0]["sentence"] == "Was Warsaw next?"
    assert place_payload([p], reading())[0]["count"] == 2


def test_without_reading_text():
    assert place_payload([place("a", "Moscow", 0)], None)[0]["sentence"] == ""


def test_first_mention_prefers_the_narrative():
    text = "Parade in Brest, 1939.\nThe parade in Brest marked the partition.\n[1] Brest, see Guderian."
    cap_end = text.index("\n")
    para_start = cap_end + 1
    para_end = text.index("\n", para_start)
    r = ReadingText("t", "", text, (
        Block("caption", 0, cap_end, "c1"),
        Block("paragraph", para_start, para_end, "p1"),
        Block("footnote", para_end + 1, len(text), "f1"),
    ))
    starts = [i for i in range(len(text)) if text.startswith("Brest", i)]
    mentions = tuple(Mention(s, s + 5, "Brest") for s in starts)
    brest = Place("b", "Brest", 52.1, 23.7, "city", mentions)
    assert place_payload([brest], r)[0]["sentence"] == "The parade in Brest marked the partition."
    assert place_payload([brest], r)[0]["count"] == 3
    only_caption = Place("b", "Brest", 52.1, 23.7, "city", mentions[:1])
    assert place_payload([only_caption], r)[0]["sentence"] == "Parade in Brest, 1939."


def test_event_payload_and_the_range_being_read():
    import datetime as dt

    from mapapp.core.model import Block, Mention, Place, ReadingText
    from mapapp.core.timeline import Event, Passage, Timeline
    from mapapp.map import event_payload, places_in_range, reading_range

    plain = "Warsaw fell. Then Moscow signed.\nLater Berlin."
    second = plain.index("Later")
    reading = ReadingText("t", "", plain, (Block("paragraph", 0, 32, "p-1"), Block("paragraph", second, len(plain), "p-2")))
    day = dt.date(1939, 9, 28)
    timeline = Timeline(
        events=(Event(day, day, "day", "Moscow signed", 18, 24, 13, 32),),
        passages=(Passage(0, 12, day, day), Passage(13, 32, day, day), Passage(second, len(plain), day, day)),
    )
    assert event_payload(timeline.events) == [
        {"date": "1939-09-28", "label": "Moscow signed", "start": 18, "precision": "day"}
    ]

    def place(name: str) -> Place:
        start = plain.index(name)
        return Place(f"x:{name}", name, 0.0, 0.0, "city", (Mention(start, start + len(name), name),))

    places = [place("Berlin"), place("Moscow"), place("Warsaw")]
    # The sentence at "Then" names Moscow only; its paragraph names Warsaw too.
    assert reading_range(reading, timeline, plain.index("Then")) == (0, 32)
    assert places_in_range(places, 0, 32) == ["x:Warsaw", "x:Moscow"]
    assert places_in_range(places, *reading_range(reading, timeline, second + 2)) == ["x:Berlin"]
    assert reading_range(reading, None, 32) == (second, len(plain))  # between blocks: the next one
    assert reading_range(None, None, 3) is None
