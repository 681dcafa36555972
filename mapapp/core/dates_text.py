"""Date expressions in English prose: find them and turn them into day spans.

This module knows the *forms* (``March 3, 1918``, ``3 March 1918``, ``the
spring of 1939``, ``1930–32``, ``the 1920s``, ``two days later`` ...); the
narrative rules (which year a bare ``On September 17`` belongs to, which
dates drive the map) live in :mod:`mapapp.core.timeline`.

A found expression is a :class:`Found`: its offsets, its ``kind`` and the
parts read from it. Explicit ones carry their span already; partial ones
(no year) and relative ones are resolved by the caller against a
:class:`Span` it takes from the context.

>>> [(f.kind, f.span.first.isoformat(), f.span.last.isoformat(), f.span.precision)
...  for f in find_dates("It was signed on March 3, 1918, and ratified in the spring of 1919.")]
[('full', '1918-03-03', '1918-03-03', 'day'), ('season', '1919-03-01', '1919-05-31', 'season')]
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from mapapp.core.patterns import lazy_compile

__all__ = ["Found", "Span", "PRECISIONS", "find_dates", "month_span", "year_span", "shift"]

PRECISIONS = ("day", "month", "season", "year", "decade")
_RANK = {p: i for i, p in enumerate(PRECISIONS)}

MIN_YEAR, MAX_YEAR = 1000, 2100

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_SEASONS = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (12, 2),
}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}  # fmt: skip


@dataclass(frozen=True)
class Span:
    """A stretch of days, ``first`` to ``last`` inclusive, read at ``precision``."""

    first: date
    last: date
    precision: str

    def gap_days(self, other: Span) -> int:
        """Days between the two spans, 0 when they touch or overlap."""
        if self.last < other.first:
            return (other.first - self.last).days
        if other.last < self.first:
            return (self.first - other.last).days
        return 0


@dataclass(frozen=True)
class Found:
    """One date expression in a text; ``text[start:end]`` is the expression."""

    start: int
    end: int
    kind: str  # full, month, season, year, yrange, decade, partial_day, partial_month,
    # partial_season, relative, same_time, range (two joined)
    span: Span | None = None  # known for explicit forms
    month: int = 0  # partial forms: month (1..12); partial_season: first month
    day: int = 0
    day_to: int = 0
    month_to: int = 0  # partial_day ranges over two months ("26 May – 4 June"); 0: ``month``
    mod: str = ""  # early / mid / late narrowing for partial months and seasons
    unit: str = ""  # relative: day, week, month, year, spring, ...
    amount: int = 0  # relative: signed number of units (0 = the same unit as the context)
    vague: bool = False  # "a few days later", "several years later"
    refers: bool = False  # "a week after <event>": the phrase after it names the event
    exact: bool = (
        False  # "a month later" keeps the reference's precision; "the next month" does not
    )
    tail_year: int = 0  # partial forms followed by a list ending in a year


# --- calendar helpers --------------------------------------------------------------


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def month_span(year: int, month: int, mod: str = "") -> Span:
    """The month, or its early (1-10), mid (11-20), late (21-end) part, or a half."""
    last = _last_day(year, month)
    lo, hi = {
        "early": (1, 10),
        "mid": (11, 20),
        "late": (21, last),
        "first-half": (1, 15),
        "second-half": (16, last),
    }.get(mod, (1, last))
    return Span(date(year, month, lo), date(year, month, hi), "month")


def year_span(year: int, mod: str = "") -> Span:
    if mod == "early":
        return Span(date(year, 1, 1), date(year, 4, 30), "season")
    if mod == "mid":
        return Span(date(year, 5, 1), date(year, 8, 31), "season")
    if mod == "late":
        return Span(date(year, 9, 1), date(year, 12, 31), "season")
    if mod == "first-half":
        return Span(date(year, 1, 1), date(year, 6, 30), "season")
    if mod == "second-half":
        return Span(date(year, 7, 1), date(year, 12, 31), "season")
    return Span(date(year, 1, 1), date(year, 12, 31), "year")


def season_span(year: int, season: str, mod: str = "") -> Span:
    """Meteorological seasons; the winter of 1939 runs December 1939 to February 1940."""
    m1, m2 = _SEASONS[season]
    y2 = year + 1 if m2 < m1 else year
    first, last = date(year, m1, 1), date(y2, m2, _last_day(y2, m2))
    if mod == "early":
        last = first + timedelta(days=30)
    elif mod == "late":
        first = last - timedelta(days=30)
    return Span(first, last, "season")


def decade_span(year: int, mod: str = "") -> Span:
    lo, hi = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get(mod, (0, 9))
    return Span(date(year + lo, 1, 1), date(year + hi, 12, 31), "decade")


def _add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return date(y, m, min(d.day, _last_day(y, m)))


def shift(ref: Span, unit: str, amount: int, exact: bool = False) -> Span | None:
    """``ref`` moved by ``amount`` units (0: the same unit as ``ref``), or None if too coarse.

    ``exact`` keeps a day a day ("a month after 28 June" is 28 July); otherwise
    the result is the whole unit ("the following month").

    >>> s = Span(date(1940, 3, 12), date(1940, 3, 12), "day")
    >>> shift(s, "day", 1).first, shift(s, "month", 1).first, shift(s, "year", -1).last
    (datetime.date(1940, 3, 13), datetime.date(1940, 4, 1), datetime.date(1939, 12, 31))
    """
    base = ref.last if amount > 0 else ref.first
    if unit in ("day", "night", "morning", "evening", "afternoon", "week", "fortnight"):
        if ref.precision != "day":
            return None
        days = {"week": 7, "fortnight": 14}.get(unit, 1) * amount
        d = base + timedelta(days=days)
        return Span(d, d, "day")
    if unit == "month":
        if _RANK[ref.precision] > _RANK["month"]:
            return None
        d = _add_months(base, amount)
        if exact and ref.precision == "day":
            return Span(d, d, "day")
        return month_span(d.year, d.month)
    if unit == "year":
        if _RANK[ref.precision] > _RANK["year"]:
            return None
        if exact and ref.precision in ("day", "month"):
            d = base.replace(
                year=base.year + amount, day=min(base.day, 28) if base.month == 2 else base.day
            )
            return Span(d, d, "day") if ref.precision == "day" else month_span(d.year, d.month)
        return year_span(base.year + amount)
    if unit in _SEASONS:
        if _RANK[ref.precision] > _RANK["year"]:
            return None
        m1, _ = _SEASONS[unit]
        year = base.year
        if amount > 0:
            candidate = season_span(year, unit)
            if candidate.first <= ref.last:
                year += 1
        elif amount < 0:
            year -= 1 if season_span(year, unit).last >= ref.first else 0
        elif ref.first.month < m1 and unit == "winter":
            year -= 1  # "that winter" said of January is the winter that began in December
        return season_span(year, unit)
    return None


# --- patterns ---------------------------------------------------------------------

_MF = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_M = rf"(?:{_MF}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
_D = r"(?:3[01]|[12]\d|0?[1-9])(?!\d|,\d)(?:st|nd|rd|th)?"
_Y = r"(?<![\d,.$£€#])(?:1\d{3}|20\d{2})(?!\d|,\d{3}|\.\d)"
_MOD = (
    r"(?i:early|mid|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of|"
    r"the\s+start\s+of|the\s+middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of|"
    r"the\s+first\s+days\s+of|the\s+last\s+days\s+of|the\s+first\s+week\s+of|"
    r"the\s+last\s+week\s+of|the\s+close\s+of)"
)
_THE = r"(?:(?i:the)\s+)?"
_DASH = r"\s*(?:[–—/-]|(?i:to|until|till|through|and))\s*"
_UNITS = (
    r"day|night|morning|evening|afternoon|week|fortnight|month|year|spring|summer|autumn|winter"
)
_SEASON = r"(?i:spring|summer|autumn|fall|winter)"
_NO_YEAR_AFTER = rf"(?!,?\s*\d|\s*(?:[–—/-]|\s(?i:to|and)\s)\s*{_MF})"
_COUNT = r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred|\d{1,3}|a\s+few|a\s+couple\s+of|several"

_PATTERNS = [
    ("iso", rf"(?P<iso_y>{_Y})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12]\d|3[01])(?!\d)"),
    ("dnum", r"(?<![\d.])(?P<dnum_d>3[01]|[12]\d|0?[1-9])\.(?P<dnum_m>1[0-2]|0?[1-9])\.(?P<dnum_y>1\d{3}|20\d{2})(?![\d]|\.\d)"),
    ("dmyr", rf"(?:(?i:the)\s+)?(?P<dmyr_d1>{_D}){_DASH}(?:(?i:the)\s+)?(?P<dmyr_d2>{_D})\s+(?:of\s+)?(?P<dmyr_m>{_M})(?:,?\s+(?P<dmyr_y>{_Y}))?"),
    ("mdyr", rf"(?P<mdyr_m>{_M})\s+(?P<mdyr_d1>{_D}){_DASH}(?P<mdyr_d2>{_D})(?:,?\s+(?P<mdyr_y>{_Y}))?"),
    ("mdy", rf"(?P<mdy_m>{_M})\s+(?P<mdy_d>{_D})(?:,\s*|\s+)(?P<mdy_y>{_Y})"),
    ("dmy", rf"(?P<dmy_d>{_D})\s+(?:of\s+)?(?P<dmy_m>{_M}),?\s+(?P<dmy_y>{_Y})"),
    ("mr", rf"(?:(?P<mr_mod>{_MOD})[\s-]+)?(?P<mr_m1>{_MF})\s*(?:[–—/-]|\s(?i:to|and)\s)\s*(?P<mr_m2>{_MF}),?\s+(?:of\s+)?(?P<mr_y>{_Y})"),
    ("my", rf"(?:(?P<my_mod>{_MOD})[\s-]+)?(?P<my_m>{_M}),?\s+(?:of\s+)?(?P<my_y>{_Y})"),
    ("sea", rf"{_THE}(?:(?P<sea_mod>(?i:early|late|mid))[\s-]+)?(?P<sea_s>{_SEASON})(?:\s+of)?\s+(?P<sea_y>{_Y})(?:\s*[–/-]\s*(?P<sea_y2>\d{{4}}|\d{{2}})(?!\d))?"),
    ("mdp", rf"(?P<mdp_m>{_M})\s+(?P<mdp_d>{_D})\b"),
    ("dmp", rf"(?P<dmp_d>{_D})\s+(?:of\s+)?(?P<dmp_m>{_M})\b"),
    ("dec", rf"{_THE}(?:(?P<dec_mod>(?i:early|mid|late))[\s-]+)?(?P<dec_y>1\d{{2}}0|20\d0)'?s\b"),
    ("ym", rf"{_THE}(?P<ym_mod>(?i:early|mid|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of|the\s+close\s+of))[\s-]+(?P<ym_y>{_Y})"),
    ("yb", rf"(?i:between)\s+(?P<yb_y1>{_Y})\s+(?i:and)\s+(?P<yb_y2>{_Y})"),
    ("yf", rf"(?i:from)\s+(?P<yf_y1>{_Y})\s+(?i:to|until|till|through)\s+(?P<yf_y2>{_Y})"),
    ("yr", rf"(?P<yr_y1>{_Y})\s*(?:[–—/-])\s*(?P<yr_y2>{_Y}|\d{{2}}(?![\d,]))"),
    ("y", rf"(?:(?i:c\.|ca\.|circa)\s*)?(?P<y_y>{_Y})"),
    ("mp", rf"(?P<mp_pre>(?i:in|by|during|until|till|since|from|through|throughout|before|after|of|that|last|next|this|at|towards?|around)\s+)(?:(?P<mp_mod>{_MOD})[\s-]+)?(?P<mp_m>{_MF})\b{_NO_YEAR_AFTER}"),
    ("mpm", rf"(?P<mpm_mod>(?i:early|mid|late))[\s-](?P<mpm_m>{_MF})\b{_NO_YEAR_AFTER}"),
    ("sp", r"(?P<sp_pre>(?i:in|by|during|until|till|through|throughout|over|that)\s+)(?:(?i:the)\s+)?(?:(?P<sp_mod>(?i:early|late))\s+)?(?P<sp_s>(?i:spring|summer|autumn|winter))\b(?!\s+(?:of\s+)?\d)"),
    ("rnx", rf"(?i:(?:the\s+)?(?:following|next|succeeding)\s+(?P<rnx_u>{_UNITS}))\b"),
    ("rsm", rf"(?i:(?:(?:later|earlier)\s+(?:in\s+)?)?(?:that|the\s+same|that\s+same)\s+(?P<rsm_u>{_UNITS}))\b"),
    ("rpv", rf"(?i:the\s+(?:previous|preceding)\s+(?P<rpv_u>{_UNITS}))\b"),
    ("rmod", r"(?P<rmod_mod>(?i:the\s+end|the\s+beginning|the\s+start|the\s+middle|the\s+close|the\s+first\s+half|the\s+second\s+half))\s+(?i:of\s+(?:the|that)\s+(?:same\s+)?(?P<rmod_u>year|month))\b"),
    ("rda", r"(?i:the\s+(?P<rda_u>day|night|week|month|year)\s+(?P<rda_dir>after|before))\b"),
    ("rla", rf"(?i:(?P<rla_q>(?:less|more)\s+than\s+|almost\s+|nearly\s+|about\s+|some\s+|just\s+|only\s+)?(?P<rla_n>{_COUNT})\s+(?P<rla_u>days?|nights?|weeks?|fortnights?|months?|years?)\s+(?P<rla_dir>later|afterwards|after|earlier|before|previously))\b"),
    ("rst", r"(?i:at\s+the\s+same\s+time|meanwhile|in\s+the\s+meantime|simultaneously|concurrently)\b"),
]  # fmt: skip

# Every expression starts at the start of a word; saying so first makes the scan 5x faster.
_RX = lazy_compile(r"(?<!\w)(?=\w)(?:" + "|".join(rf"(?P<{n}>{b})" for n, b in _PATTERNS) + ")")
# Every expression contains one of these; the full pattern only runs around them.
_TRIGGER = lazy_compile(
    r"(?<![\[\d])\d(?!\d*\])|(?<!\w)(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|"
    r"(?i:spring|summer|autumn|fall|winter|meanwhile|meantime|simultaneously|concurrently|"
    r"same\s+time|(?:end|beginning|start|middle|close|half)\s+of\s+(?:the|that)\s+(?:same\s+)?(?:year|month)|"
    r"(?:that|same|next|following|previous|preceding|succeeding)\s+(?:same\s+)?"
    rf"(?:{_UNITS})|(?:days?|nights?|weeks?|fortnights?|months?|years?)\s+"
    r"(?:later|afterwards|after|earlier|before|previously)))(?!\w)"
)
_BEFORE, _AFTER = 32, 20

# A partial date followed by more of a list or range that ends in a year:
# "September 24, October 2 and October 3, 1939", "May 11 – September 16, 1939".
_SEP = r"\s*(?:,\s*(?:and|or)?|and|or|&|[–—-]|to|until|till|through)\s*"
_TAIL_MD = lazy_compile(rf"(?:{_SEP}(?:{_M}\s+)?{_D}\b)*,?\s+({_Y})")
_TAIL_DM = lazy_compile(rf"(?:{_SEP}{_D}\s+(?:of\s+)?{_M}\b)*,?\s+({_Y})")

_UNIT_AFTER = lazy_compile(
    r"\s*(?:-\s*)?(?:men|soldiers|troops|people|persons|inhabitants|residents|tons|tonnes|km|"
    r"kilomet(?:re|er)s|miles|met(?:re|er)s|feet|ft|marks|reichsmarks|dollars|pounds|roubles|"
    r"rubles|francs|guns|tanks|aircraft|planes|ships|vessels|prisoners|casualties|dead|killed|"
    r"wounded|horses|acres|hectares|square|villages|households|families|copies|pages|votes|%|"
    r"vehicles|cars|trucks|lorries|cannon|rifles|sailors|men-at-arms|cavalry|infantry|"
    r"per\s*cent|percent|m\b|cm\b|mm\b|kg\b)\b",
    re.IGNORECASE,
)
_NOT_YEAR_BEFORE = lazy_compile(
    r"(?:\b(?:p|pp|page|pages|no|nos|vol|volume|number|nr|isbn|issn|doi|army|group|division|"
    r"regiment|brigade|corps|squadron|flight|route|highway|hill|height|room|item|art|article|"
    r"section|chapter|figure|fig|table|code|order|decree|resolution|directive|directive no)\.?"
    r"|[$£€¥#§])\s*$",
    re.IGNORECASE,
)


def _month(text: str) -> int:
    return _MONTHS[text.rstrip(".").lower()]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


def _year(text: str) -> int | None:
    y = int(text)
    return y if MIN_YEAR <= y <= MAX_YEAR else None


def _mod(text: str | None) -> str:
    if not text:
        return ""
    t = " ".join(text.lower().split())
    if t in ("early", "the beginning of", "beginning of", "the start of", "the first days of",
             "the first week of"):  # fmt: skip
        return "early"
    if t in ("mid", "the middle of"):
        return "mid"
    if t in (
        "late",
        "the end of",
        "end of",
        "the last days of",
        "the last week of",
        "the close of",
    ):
        return "late"
    if t == "the first half of":
        return "first-half"
    if t == "the second half of":
        return "second-half"
    return ""


def _day_span(y: int, m: int, d: int, d2: int = 0) -> Span | None:
    try:
        first = date(y, m, d)
        last = date(y, m, d2) if d2 else first
    except ValueError:
        return None
    if last < first:
        return None
    return Span(first, last, "day")


def _count(text: str) -> tuple[int, bool]:
    t = " ".join(text.lower().split())
    if t in ("a few", "several", "a couple of"):
        return (2 if t == "a couple of" else 3), t != "a couple of"
    if t.isdigit():
        return int(t), False
    if t == "a hundred":
        return 100, False
    return _NUMBERS.get(t, 1), False


def _unit(text: str) -> str:
    t = text.lower()
    return t[:-1] if t.endswith("s") else t


def find_dates(text: str, pos: int = 0, endpos: int | None = None) -> list[Found]:
    """Every date expression in ``text[pos:endpos]``, in order, offsets into ``text``.

    Numbers that only look like years are left out: amounts ("1500 men",
    "100,000"), page and unit numbers ("p. 1939", "Army Group 1941"), and
    anything outside 1000-2100.
    """
    end = len(text) if endpos is None else endpos
    found: list[Found] = []
    last = pos  # no match may start before the end of the previous one
    for lo, hi in _windows(text, pos, end):
        for m in _RX.finditer(text, max(lo, last), hi):
            f = _read(m, text, hi)
            if f is not None:
                found.append(f)
                last = m.end()
    return _join_ranges(found, text)


def _windows(text: str, pos: int, end: int) -> list[tuple[int, int]]:
    """Stretches of ``text`` around the triggers, merged, each starting at a word."""
    windows: list[tuple[int, int]] = []
    for t in _TRIGGER.finditer(text, pos, end):
        lo = max(pos, t.start() - _BEFORE)
        hi = min(end, t.end() + _AFTER)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
            continue
        space = text.rfind(" ", pos, lo + 1)
        windows.append((max(pos, space + 1) if space >= 0 and lo > pos else pos, hi))
    return windows


def _read(m: re.Match[str], text: str, endpos: int) -> Found | None:  # noqa: C901
    kind = m.lastgroup
    g = m.group
    s, e = m.start(), m.end()
    if kind == "iso":
        span = _day_span(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
        return Found(s, e, "full", span) if span else None
    if kind in ("mdy", "dmy"):
        y = _year(g(kind + "_y"))
        span = y and _day_span(y, _month(g(kind + "_m")), _day(g(kind + "_d")))
        return Found(s, e, "full", span) if span else None
    if kind == "dnum":
        y = _year(g("dnum_y"))
        span = y and _day_span(y, int(g("dnum_m")), int(g("dnum_d")))
        return Found(s, e, "full", span) if span else None
    if kind in ("dmyr", "mdyr"):
        month, d1, d2 = _month(g(kind + "_m")), _day(g(kind + "_d1")), _day(g(kind + "_d2"))
        if d2 <= d1:
            return None
        if g(kind + "_y"):
            y = _year(g(kind + "_y"))
            span = y and _day_span(y, month, d1, d2)
            return Found(s, e, "full", span) if span else None
        return Found(s, e, "partial_day", month=month, day=d1, day_to=d2)
    if kind == "mr":
        y = _year(g("mr_y"))
        m1, m2 = _MONTHS[g("mr_m1").lower()], _MONTHS[g("mr_m2").lower()]
        if not y or m2 <= m1:
            return None
        a, b = month_span(y, m1, _mod(g("mr_mod"))), month_span(y, m2)
        return Found(s, e, "month", Span(a.first, b.last, "month"))
    if kind == "my":
        y = _year(g("my_y"))
        if not y:
            return None
        mod = _mod(g("my_mod"))
        return Found(s, e, "month", month_span(y, _month(g("my_m")), mod), mod=mod)
    if kind == "sea":
        y = _year(g("sea_y"))
        if not y:
            return None
        season = g("sea_s").lower()
        span = season_span(y, season, _mod(g("sea_mod")))
        y2 = g("sea_y2")
        if y2:
            y2n = int(y2) if len(y2) == 4 else y // 100 * 100 + int(y2)
            if y2n == y + 1 and season == "winter":
                pass  # "the winter of 1939-40" is the winter that began in 1939
            elif y < y2n <= y + 10:
                span = Span(span.first, season_span(y2n, season).last, "season")
        return Found(s, e, "season", span)
    if kind in ("mdp", "dmp"):
        month, day = _month(g(kind + "_m")), _day(g(kind + "_d"))
        tail = (_TAIL_MD if kind == "mdp" else _TAIL_DM).match(text, e, endpos)
        ty = _year(tail.group(1)) if tail else None
        if _day_span(ty or 2000, month, day) is None:
            return None
        return Found(s, e, "partial_day", month=month, day=day, tail_year=ty or 0)
    if kind == "dec":
        y = int(g("dec_y"))
        if not MIN_YEAR <= y <= MAX_YEAR:
            return None
        return Found(s, e, "decade", decade_span(y, (g("dec_mod") or "").lower()))
    if kind == "ym":
        y = _year(g("ym_y"))
        return Found(s, e, "season", year_span(y, _mod(g("ym_mod")))) if y else None
    if kind in ("yb", "yf", "yr"):
        y1 = _year(g(kind + "_y1"))
        raw2 = g(kind + "_y2")
        if y1 is None:
            return None
        y2 = int(raw2) if len(raw2) == 4 else (y1 // 100 * 100 + int(raw2))
        if len(raw2) == 2 and y2 <= y1:
            y2 += 100
        if not (y1 < y2 <= y1 + 150) or y2 > MAX_YEAR:
            return None
        if kind == "yr" and _not_a_year(text, s, e):
            return None
        return Found(s, e, "yrange", Span(date(y1, 1, 1), date(y2, 12, 31), "year"))
    if kind == "y":
        y = _year(g("y_y"))
        if y is None or _not_a_year(text, s, e):
            return None
        return Found(s, e, "year", year_span(y))
    if kind == "mp":
        s = m.start("mp_m") if not g("mp_mod") else m.start("mp_mod")
        return Found(s, e, "partial_month", month=_MONTHS[g("mp_m").lower()], mod=_mod(g("mp_mod")))
    if kind == "mpm":
        return Found(
            s, e, "partial_month", month=_MONTHS[g("mpm_m").lower()], mod=_mod(g("mpm_mod"))
        )
    if kind == "sp":
        if g("sp_pre").strip().lower() != "that":  # "that autumn" is said as a whole
            s = m.end("sp_pre")
        return Found(
            s, e, "partial_season", unit=g("sp_s").lower(), mod=(g("sp_mod") or "").lower()
        )
    if kind == "rnx":
        return Found(s, e, "relative", unit=_unit(g("rnx_u")), amount=1)
    if kind == "rsm":
        return Found(s, e, "relative", unit=_unit(g("rsm_u")), amount=0)
    if kind == "rpv":
        return Found(s, e, "relative", unit=_unit(g("rpv_u")), amount=-1)
    if kind == "rmod":  # "by the end of the year": that year's end
        mod = _mod(g("rmod_mod") + " of")
        return Found(s, e, "relative", unit=g("rmod_u").lower(), mod=mod)
    if kind == "rda":
        sign = 1 if g("rda_dir").lower() == "after" else -1
        return Found(s, e, "relative", unit=_unit(g("rda_u")), amount=sign)
    if kind == "rla":
        n, vague = _count(g("rla_n"))
        direction = g("rla_dir").lower()
        sign = 1 if direction in ("later", "afterwards", "after") else -1
        return Found(s, e, "relative", unit=_unit(g("rla_u")), amount=sign * n, vague=vague,
                     refers=direction in ("after", "before"),
                     exact=not g("rla_q") or g("rla_q").lower().strip() in ("just", "only"))  # fmt: skip
    if kind == "rst":
        return Found(s, e, "same_time")
    return None


def _not_a_year(text: str, s: int, e: int) -> bool:
    if _UNIT_AFTER.match(text, e):
        return True
    return bool(_NOT_YEAR_BEFORE.search(text, max(0, s - 24), s))


_RANGE_SEP = lazy_compile(r"\s*(?:[–—-]|to|until|till|through)\s*\Z", re.IGNORECASE)
_JOINABLE = {"full", "month", "season", "year", "yrange", "partial_day"}


def _join_ranges(found: list[Found], text: str) -> list[Found]:
    """Join "A – B" (and "from A to B") into one range expression."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind in _JOINABLE
            and f.kind in _JOINABLE
            and (f.span is not None or (f.kind == "partial_day" and not f.day_to))
            and f.start - prev.end <= 12
            and (
                _RANGE_SEP.match(text[prev.end : f.start])
                or (
                    text[prev.end : f.start].strip().lower() == "and"
                    and text[max(0, prev.start - 8) : prev.start]
                    .lower()
                    .rstrip()
                    .endswith("between")
                )
            )
        ):
            if f.span is None:  # "26 May – 4 June", "between December 7 and January 8"
                if prev.kind == "partial_day" and not prev.day_to and not prev.tail_year:
                    out[-1] = replace(prev, end=f.end, month_to=f.month, day_to=f.day)
                    continue
                out.append(f)
                continue
            first = prev.span
            if first is None and prev.kind == "partial_day":
                y = prev.tail_year or f.span.first.year
                first = _day_span(y, prev.month, prev.day, prev.day_to or 0)
            if first is not None and first.first <= f.span.last:
                coarse = max(first.precision, f.span.precision, key=_RANK.__getitem__)
                out[-1] = replace(
                    prev, end=f.end, kind="range", span=Span(first.first, f.span.last, coarse)
                )
                continue
        out.append(f)
    return out
