"""The date expressions history prose uses, read one at a time (no narrative context)."""

from __future__ import annotations

import doctest
from datetime import date

import pytest

from mapapp.core import dates_text, timeline
from mapapp.core.dates_text import Span, find_dates, shift


def one(text: str):
    found = find_dates(text)
    assert len(found) == 1, [(text[f.start : f.end], f.kind) for f in found]
    f = found[0]
    return f, text[f.start : f.end]


@pytest.mark.parametrize(
    ("text", "expression", "first", "last", "precision"),
    [
        ("signed on March 3, 1918.", "March 3, 1918", "1918-03-03", "1918-03-03", "day"),
        ("signed on March 3rd, 1918.", "March 3rd, 1918", "1918-03-03", "1918-03-03", "day"),
        ("signed on 3 March 1918.", "3 March 1918", "1918-03-03", "1918-03-03", "day"),
        (
            "signed on the 3rd of March 1918.",
            "3rd of March 1918",
            "1918-03-03",
            "1918-03-03",
            "day",
        ),
        ("on 23 August 1939 in Moscow", "23 August 1939", "1939-08-23", "1939-08-23", "day"),
        (
            "On September 28, 1939 in Moscow",
            "September 28, 1939",
            "1939-09-28",
            "1939-09-28",
            "day",
        ),
        ("on 1939-09-17, the", "1939-09-17", "1939-09-17", "1939-09-17", "day"),
        ("on Sept. 17, 1939", "Sept. 17, 1939", "1939-09-17", "1939-09-17", "day"),
        ("fought 14–17 June 1940", "14–17 June 1940", "1940-06-14", "1940-06-17", "day"),
        ("fought July 1–3, 1863", "July 1–3, 1863", "1863-07-01", "1863-07-03", "day"),
        (
            "(May 11 – September 16, 1939)",
            "May 11 – September 16, 1939",
            "1939-05-11",
            "1939-09-16",
            "day",
        ),
        (
            "Between 26 May and 4 June 1940 more",
            "26 May and 4 June 1940",
            "1940-05-26",
            "1940-06-04",
            "day",
        ),
        (
            "1941-06-22 to 1941-09-09.",
            "1941-06-22 to 1941-09-09",
            "1941-06-22",
            "1941-09-09",
            "day",
        ),
        ("In April, 1938, Litvinov", "April, 1938", "1938-04-01", "1938-04-30", "month"),
        (
            "In mid-February, 1940, troops",
            "mid-February, 1940",
            "1940-02-11",
            "1940-02-20",
            "month",
        ),
        (
            "until the end of July 1939.",
            "the end of July 1939",
            "1939-07-21",
            "1939-07-31",
            "month",
        ),
        ("in August-September 1933.", "August-September 1933", "1933-08-01", "1933-09-30", "month"),
        ("In 1925, a school", "1925", "1925-01-01", "1925-12-31", "year"),
        ("was 1930-1932.", "1930-1932", "1930-01-01", "1932-12-31", "year"),
        ("was 1930–32.", "1930–32", "1930-01-01", "1932-12-31", "year"),
        ("war with Poland of 1919-20.", "1919-20", "1919-01-01", "1920-12-31", "year"),
        ("between 1926 and 1933.", "between 1926 and 1933", "1926-01-01", "1933-12-31", "year"),
        ("lasted from 1643 to 1648.", "from 1643 to 1648", "1643-01-01", "1648-12-31", "year"),
        ("In the 1920s, many", "the 1920s", "1920-01-01", "1929-12-31", "decade"),
        ("In the late 1920s, many", "the late 1920s", "1927-01-01", "1929-12-31", "decade"),
        (
            "at some point in the spring of 1939",
            "the spring of 1939",
            "1939-03-01",
            "1939-05-31",
            "season",
        ),
        (
            "The winter of 1939–40 was",
            "The winter of 1939–40",
            "1939-12-01",
            "1940-02-29",
            "season",
        ),
        ("autumn 1941 saw", "autumn 1941", "1941-09-01", "1941-11-30", "season"),
        ("in early 1940", "early 1940", "1940-01-01", "1940-04-30", "season"),
        ("in mid-1941 Germany", "mid-1941", "1941-05-01", "1941-08-31", "season"),
        ("late 1939", "late 1939", "1939-09-01", "1939-12-31", "season"),
        ("at the end of 1810.", "the end of 1810", "1810-09-01", "1810-12-31", "season"),
    ],
)
def test_explicit_forms(text, expression, first, last, precision):
    f, written = one(text)
    assert written == expression
    assert f.span == Span(date.fromisoformat(first), date.fromisoformat(last), precision)


@pytest.mark.parametrize(
    ("text", "expression", "kind", "month", "day"),
    [
        ("On September 17 the Soviet Union", "September 17", "partial_day", 9, 17),
        ("on 17 September the Red Army", "17 September", "partial_day", 9, 17),
        ("In mid-February troops", "mid-February", "partial_month", 2, 0),
        ("by the end of June the", "the end of June", "partial_month", 6, 0),
        ("In July open negotiations", "July", "partial_month", 7, 0),
        ("In early November the", "early November", "partial_month", 11, 0),
    ],
)
def test_partial_forms_wait_for_a_year(text, expression, kind, month, day):
    f, written = one(text)
    assert (written, f.kind, f.month, f.day, f.span) == (expression, kind, month, day, None)


def test_a_list_ending_in_a_year_gives_its_year_to_every_member():
    text = "on September 24, October 2 and October 3, 1939, respectively"
    found = find_dates(text)
    assert [(text[f.start : f.end], f.tail_year or f.span.first.year) for f in found] == [
        ("September 24", 1939),
        ("October 2", 1939),
        ("October 3, 1939", 1939),
    ]


@pytest.mark.parametrize(
    ("text", "unit", "amount"),
    [
        ("and in the following night the pact", "night", 1),
        ("The next day Lee began", "day", 1),
        ("two days later, accepting", "day", 2),
        ("A week after having signed", "week", 1),
        ("One month later, Junkers", "month", 1),
        ("the same year", "year", 0),
        ("later that year", "year", 0),
        ("the previous day", "day", -1),
        ("three years earlier", "year", -3),
    ],
)
def test_relative_forms(text, unit, amount):
    f, _ = one(text)
    assert (f.kind, f.unit, f.amount) == ("relative", unit, amount)


@pytest.mark.parametrize(
    "text",
    [
        "limited to 100,000 men by the treaty",
        "with 1500 men and 1200 tanks",
        "the 18th Party Congress and the 9th Plenum",
        "Army Group 1941 and Division 1918",
        "see p. 1939 and pp. 1201",
        "ISBN 0275963373",
        "footnote markers[12][1939]",
        "a sum of $1920 or £1850",
        "fewer than 100,000 men; 8,700,000 tons; 1.5 million tons; 5,461 Germans",
        "in the year 999 and in 2500",
        "a two-day battle; for five years; at that time; in the following battles",
        "May I say",
    ],
)
def test_numbers_and_words_that_are_not_dates(text):
    assert find_dates(text) == []


def test_shift_keeps_day_precision_only_when_exact():
    day = Span(date(1914, 6, 28), date(1914, 6, 28), "day")
    assert shift(day, "month", 1, exact=True) == Span(date(1914, 7, 28), date(1914, 7, 28), "day")
    assert shift(day, "month", 1) == Span(date(1914, 7, 1), date(1914, 7, 31), "month")
    assert shift(Span(date(1939, 1, 1), date(1939, 12, 31), "year"), "day", 1) is None


@pytest.mark.parametrize("module", [dates_text, timeline])
def test_docstring_examples(module):
    result = doctest.testmod(module)
    assert result.failed == 0 and result.attempted > 0


def test_scanning_around_triggers_finds_what_a_full_scan_finds():
    """find_dates only runs its big pattern near digits, months and time words: no loss."""
    from pathlib import Path

    from mapapp.core.documents import load_document, sample_path
    from mapapp.core.render import render

    texts = [render(load_document(sample_path())).plain]
    texts += [p.read_text("utf-8") for p in (Path(__file__).parent / "data").glob("timeline_*.txt")]
    for text in texts:
        full = [
            f for m in dates_text._RX.finditer(text) if (f := dates_text._read(m, text, len(text)))
        ]
        assert find_dates(text) == dates_text._join_ranges(full, text)
