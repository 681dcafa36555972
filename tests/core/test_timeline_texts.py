"""Dates from history texts written for these tests, in several styles and periods.

Each fixture is plain text rendered as a user's plain-text file would be; the
assertions list the events (date and the words of their sentence) and the
passage dates a reader should see.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from mapapp.core.model import Document
from mapapp.core.render import render
from mapapp.core.timeline import extract_timeline

DATA = Path(__file__).parent / "data"
D = date.fromisoformat


def load(name):
    reading = render(
        Document(name, (DATA / f"timeline_{name}.txt").read_text("utf-8"), "plain", "plain")
    )
    return reading, extract_timeline(reading)


def events(name):
    reading, tl = load(name)
    return [
        (e.date.isoformat(), e.date_to.isoformat(), reading.plain[e.start : e.end])
        for e in tl.events
    ]


def passage_dates(name):
    """(first words of the passage, date_from, date_to) for every passage."""
    reading, tl = load(name)
    return [
        (reading.plain[p.start : p.end][:24], p.date_from.isoformat(), p.date_to.isoformat())
        for p in tl.passages
    ]


def date_of(name, words):
    reading, tl = load(name)
    return tl.date_at(reading.plain.index(words))


def label_of(name, expression):
    reading, tl = load(name)
    return next(e.label for e in tl.events if reading.plain[e.start : e.end] == expression)


def test_british_style_dates():
    assert events("british") == [
        ("1940-05-10", "1940-05-10", "10 May 1940"),
        ("1940-05-13", "1940-05-13", "13 May"),
        ("1940-05-20", "1940-05-20", "20 May"),
        ("1940-05-15", "1940-05-15", "15 May"),
        ("1940-05-26", "1940-06-04", "26 May and 4 June 1940"),
        ("1940-05-28", "1940-05-28", "28 May"),
        ("1940-06-05", "1940-06-05", "5 June"),
        ("1940-06-14", "1940-06-14", "14 June"),
        ("1940-06-17", "1940-06-17", "17 June"),
        ("1940-06-22", "1940-06-22", "22 June 1940"),
        ("1918-11-11", "1918-11-11", "11 November 1918"),
        ("1940-06-25", "1940-06-25", "25 June"),  # the 1918 aside does not change the year
    ]
    assert label_of("british", "17 June") == "Marshal Pétain asked for an armistice"
    assert label_of("british", "26 May and 4 June 1940") == (
        "More than 338,000 Allied soldiers were evacuated from Dunkirk"
    )
    dates = passage_dates("british")
    assert dates[0] == (
        "The Battle of France",
        "1940-05-10",
        "1940-05-10",
    )  # the title takes the first date
    assert [d for d in dates if d[0].startswith("It came into force")] == [
        ("It came into force on 25", "1940-06-25", "1940-06-25")
    ]
    assert dates[-1][1:] == ("1940-06-25", "1940-06-25")  # the undated closing paragraph carries it
    assert all(d[1] >= "1940" for d in dates)  # 11 November 1918 never moves the passage


def test_american_style_dates():
    assert events("american") == [
        ("1863-06-03", "1863-06-03", "June 3, 1863"),
        ("1863-06-09", "1863-06-09", "June 9"),
        ("1863-06-28", "1863-06-28", "June 28"),
        ("1863-06-28", "1863-06-28", "that day"),
        ("1863-07-01", "1863-07-03", "July 1–3, 1863"),
        ("1863-07-03", "1863-07-03", "July 3"),
        ("1863-07-04", "1863-07-04", "The next day"),
        ("1863-07-04", "1863-07-04", "July 4"),
        ("1863-03-01", "1863-05-31", "the spring of 1863"),
        ("1863-05-01", "1863-05-10", "early May"),
        ("1863-11-19", "1863-11-19", "November 19, 1863"),
        ("1865-04-09", "1865-04-09", "April 9, 1865"),  # "Nearly two years later" only repeats it
    ]
    assert label_of("american", "that day") == "Lincoln replaced Joseph Hooker with George G. Meade"
    assert label_of("american", "July 4") == (
        "Vicksburg surrendered to Ulysses S. Grant after a siege of 47 days"
    )
    # the paragraph that looks back to the spring moves back, then the text moves on
    assert date_of("american", "The campaign had its roots") == (D("1863-03-01"), D("1863-05-31"))
    assert date_of("american", "Lee persuaded") == (D("1863-05-01"), D("1863-05-10"))
    assert date_of("american", "Lincoln delivered") == (D("1863-11-19"), D("1863-11-19"))
    assert date_of("american", "Appomattox") == (D("1865-04-09"), D("1865-04-09"))


def test_seasons_and_decades():
    assert events("seasons") == [
        ("1830-01-01", "1839-12-31", "the 1830s"),
        ("1840-01-01", "1843-12-31", "early 1840s"),
        ("1841-01-01", "1841-12-31", "1841"),
        ("1845-08-01", "1845-08-31", "the late summer of 1845"),
        ("1846-09-01", "1846-11-30", "the autumn of 1846"),
        ("1846-12-01", "1847-02-28", "The winter of 1846–47"),
        ("1847-03-01", "1847-05-31", "the spring of 1847"),
        ("1847-06-01", "1847-08-31", "the summer"),
        ("1847-01-01", "1847-12-31", "The same year"),
        ("1847-01-01", "1849-12-31", "the late 1840s"),
        ("1850-01-01", "1853-12-31", "the early 1850s"),
        ("1850-01-01", "1859-12-31", "the 1850s"),
    ]  # and not 8,175,000 or 3,000,000
    assert [d[1:] for d in passage_dates("seasons")] == [
        ("1830-01-01", "1839-12-31"),  # title
        ("1830-01-01", "1839-12-31"),
        ("1845-08-01", "1845-08-31"),
        ("1846-12-01", "1847-02-28"),
        ("1847-03-01", "1847-05-31"),
        ("1847-01-01", "1847-12-31"),
        ("1847-01-01", "1849-12-31"),
        ("1850-01-01", "1853-12-31"),
    ]


def test_relative_dates():
    assert events("relative") == [
        ("1914-06-28", "1914-06-28", "28 June 1914"),
        ("1914-07-19", "1914-07-19", "Three weeks later"),
        ("1914-07-23", "1914-07-23", "23 July"),
        ("1914-07-25", "1914-07-25", "two days later"),
        ("1914-07-28", "1914-07-28", "A month after"),  # after the assassination
        ("1914-07-29", "1914-07-29", "The next day"),
        ("1914-07-30", "1914-07-30", "30 July"),
        ("1914-07-31", "1914-07-31", "the following day"),
        ("1914-08-01", "1914-08-01", "1 August"),
        ("1914-08-03", "1914-08-03", "Two days later"),
        ("1914-08-04", "1914-08-04", "the following night"),
        ("1914-08-15", "1914-08-15", "Two weeks after"),  # after Germany declared war on Russia
        ("1900-01-01", "1909-12-31", "the 1900s"),
        ("1908-01-01", "1908-12-31", "1908"),
    ]
    assert label_of("relative", "A month after") == "Austria-Hungary declared war on Serbia"
    assert label_of("relative", "the following night") == "German troops entered Belgium"
    assert date_of("relative", "The next day Austro") == (D("1914-07-29"), D("1914-07-29"))
    assert date_of("relative", "The crisis had deeper roots") == (D("1900-01-01"), D("1909-12-31"))


def test_napoleonic_wars():
    assert events("napoleon") == [
        ("1812-06-24", "1812-06-24", "24 June 1812"),
        ("1812-08-18", "1812-08-18", "18 August"),
        ("1812-09-07", "1812-09-07", "7 September"),
        ("1812-09-14", "1812-09-14", "14 September"),  # "A week later" repeats it
        ("1812-09-14", "1812-09-14", "That night"),
        ("1812-09-18", "1812-09-18", "18 September"),
        ("1812-10-19", "1812-10-19", "19 October"),
        ("1812-11-26", "1812-11-29", "26–29 November"),
        ("1812-12-11", "1812-12-20", "mid-December"),
        ("1807-07-07", "1807-07-07", "7 July 1807"),
        ("1810-09-01", "1810-12-31", "the end of 1810"),
    ]
    assert date_of("napoleon", "The crossing of the Berezina") == (D("1812-11-26"), D("1812-11-29"))
    assert date_of("napoleon", "The roots of the war") == (D("1807-07-07"), D("1807-07-07"))
    assert label_of("napoleon", "19 October") == "The French left Moscow"


def test_thirty_years_war():
    assert events("thirty_years") == [
        ("1618-05-23", "1618-05-23", "23 May 1618"),
        ("1648-01-01", "1648-12-31", "1648"),
        ("1620-01-01", "1629-12-31", "the 1620s"),
        ("1620-11-08", "1620-11-08", "8 November 1620"),
        ("1630-06-01", "1630-08-31", "the summer of 1630"),
        ("1631-09-17", "1631-09-17", "1631-09-17"),
        ("1632-01-01", "1632-12-31", "the following year"),
        ("1634-09-06", "1634-09-06", "6 September 1634"),
        ("1635-05-30", "1635-05-30", "30 May 1635"),
        ("1635-01-01", "1635-12-31", "1635"),
        ("1643-01-01", "1648-12-31", "from 1643 to 1648"),
        ("1648-10-24", "1648-10-24", "24 October 1648"),
        ("1618-01-01", "1648-12-31", "Between 1618 and 1648"),
    ]  # not "(1635–48)" (an attribute), "1200 men", "p. 1618" or the marker "[3]"
    assert date_of("thirty_years", "The war began") == (D("1618-05-23"), D("1618-05-23"))
    assert date_of("thirty_years", "A regiment then numbered") == (D("1635-01-01"), D("1635-12-31"))
    assert date_of("thirty_years", "The negotiations in") == (D("1643-01-01"), D("1648-12-31"))
    assert date_of("thirty_years", "Between 1618") == (D("1618-01-01"), D("1648-12-31"))


@pytest.mark.parametrize(
    "name", ["british", "american", "seasons", "relative", "napoleon", "thirty_years"]
)
def test_passages_cover_every_paragraph(name):
    reading, tl = load(name)
    for b in reading.blocks:
        covered = [p for p in tl.passages if p.start < b.end and b.start < p.end]
        assert covered[0].start == b.start and covered[-1].end == b.end


def test_wikitext_headings_give_the_year_and_references_are_skipped():
    body = (
        "== Invasion of Poland (1939) ==\n"
        "On 17 September the Red Army crossed the border.<ref>Smith, p. 1939; 12 March 2001.</ref>"
        " Two days later it reached Lwów. On the night of 9/10 October the last forts fell.\n\n"
        "== Aftermath ==\n"
        "In early October the last units surrendered. During the years 1939–45 the country"
        " was occupied.\n\n"
        "== References ==\n{{reflist}}\n* Jones, ''History'', 1999.\n"
    )
    reading = render(Document("T", body, "wikitext", "wikitext"))
    tl = extract_timeline(reading)
    assert [(e.date.isoformat(), reading.plain[e.start : e.end], e.label) for e in tl.events] == [
        ("1939-09-17", "17 September", "The Red Army crossed the border"),
        ("1939-09-19", "Two days later", "It reached Lwów"),
        ("1939-10-09", "9/10 October", "The last forts fell"),
        ("1939-10-01", "early October", "The last units surrendered"),
        ("1939-01-01", "1939–45", "The country was occupied"),
    ]
    assert tl.passages[-1].date_from == date(1939, 1, 1)


def test_agent_clauses_borrow_the_head_of_their_sentence():
    reading = render(
        Document(
            "T",
            "Poland was invaded on 1 September 1939 by Germany and on 17 September by the Soviet Union.",
            "plain",
            "plain",
        )
    )
    assert [e.label for e in extract_timeline(reading).events] == [
        "Poland was invaded",
        "Poland was invaded by the Soviet Union",
    ]
