"""Periods a figure covers and days an event happened, resolved against the article date.

Relative time is the article's own words ("last year", "the first nine months
of last year", "on Friday", "the same day") and means nothing without the
day the article was written: "last year" in a 2024-03-27 article is 2023.
Without an article date the label keeps the words and start/end stay None.
Baseline phrases ("compared with the same period last year", "year on year")
describe the comparison, not the figure, and are flagged so they are skipped.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial

from desktop.domain import Period
from desktop.extract.gazetteer import COUNTRY_BY_WORD
from desktop.extract.numbers import WORD_NUMBERS
from desktop.extract.patterns import alternation

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_ABBR = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-z])\.?"
_YEAR = r"(?:19|20)\d\d"
_DASH = r"\s*[-–—]\s*|\s+to\s+|\s+through\s+"
_YEAR_REF = rf"(?P<yref>this\s+year|last\s+year|the\s+previous\s+year|the\s+current\s+year|the\s+year|{_YEAR})"
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_N_WORD = "|".join(WORD_NUMBERS)

_PERIOD_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        (
            "first_months",
            # "the first nine months of 2025"; "in 9 months of this year" (the year named)
            rf"(?:the\s+)?(?:first\s+(?P<n>\d{{1,2}}|{_N_WORD})\s+months(?:\s+of)?"
            rf"|(?P<n2>\d{{1,2}}|{_N_WORD})\s+months\s+of(?=\s+{_YEAR_REF.replace('(?P<yref>', '(?:')}))"
            rf"(?:\s+{_YEAR_REF})?",
        ),
        # a company report's "in 9M 2024", "for 9M24", "9M 2024 net profit": its first nine
        # months; other counts of months only after a preposition (not "3M 2024 sales", the
        # company, nor "2m 50-kg bags")
        (
            "months_code",
            r"(?:(?:(?<=\bin\s)|(?<=\bfor\s)|(?<=\bof\s)|(?<=\bover\s)|(?<=\bduring\s)|(?<=\())"
            rf"(?P<n>[1-9]|1[01])|(?P<n69>[69]))(?-i:M)(?:\s?(?P<y>{_YEAR})|(?P<yy>\d\d))(?![-\w])",
        ),
        ("half", rf"(?:the\s+)?(?P<ord>first|second)[\s-]half(?:\s+of)?(?:\s+{_YEAR_REF})?"),
        ("half_code", rf"\b(?P<h>H[12])(?:\s+(?P<y>{_YEAR}))?\b"),
        (
            "quarter",
            rf"(?:the\s+)?(?P<ord>first|second|third|fourth)\s+quarter(?:\s+of)?(?:\s+{_YEAR_REF})?",
        ),
        ("quarter_code", rf"\b(?P<q>Q[1-4])(?:\s+(?P<y>{_YEAR}))?\b"),
        (
            "fiscal",
            rf"(?:the\s+)?(?:fiscal|financial)\s+year\s+(?:that\s+|which\s+)?ended\s+in\s+(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR}))?",
        ),
        (  # "fiscal 2023, which ended in March 2024": named by its first year or its last, so
            # read only with the month and year it ended in
            "fiscal_closed",
            rf"(?:fiscal|financial)\s+(?:year\s+)?{_YEAR},?\s+(?:which|that)\s+ended\s+in\s+"
            rf"(?P<m>{_MONTH})\s+(?P<y>{_YEAR})",
        ),
        (  # "India's 2024-25 financial year", "the 2024-25 fiscal year, which ended in March",
            # "FY 2024-25", "fiscal year 2023-24"
            "fiscal_span",
            rf"(?:(?:FY|(?:fiscal|financial)\s+year)\s?(?P<y_>{_YEAR})[-–/](?P<y2_>(?:20)?\d\d)\b"
            rf"|(?P<y>{_YEAR})[-–/](?P<y2>\d\d)\s+(?:fiscal|financial|(?P<crop>marketing|crop))\s+year)"
            rf"(?:,?\s+(?:which|that)\s+ended\s+(?:in|on)\s+(?P<m>{_MONTH})(?:\s+\d{{1,2}}\b)?)?",
        ),
        (  # "during the last fiscal", "in the previous financial year"
            "last_fiscal",
            r"(?:the\s+)?(?:last|previous)\s+(?:fiscal|financial)(?:\s+year)?\b",
        ),
        (
            "year_to",
            rf"(?:the\s+)?(?:four\s+quarters|12\s+months|twelve\s+months|(?:fiscal|financial)\s+year)"
            rf"\s+(?:to|ending|ended)\s+(?:the\s+end\s+of\s+)?(?P<m>{_MONTH})"
            rf"(?:\s+(?P<d>\d{{1,2}})(?!\d))?(?:,?\s+(?P<y>{_YEAR}))?",  # "… to March 20"
        ),
        (
            "range",
            rf"(?P<m1>{_MONTH})(?:{_DASH})(?P<m2>{_MONTH})"
            # "April-July this year", "January-May of last year"
            rf"(?:,?\s+(?P<y>{_YEAR})|\s+(?:of\s+)?(?P<yref>this\s+year|last\s+year|the\s+previous\s+year))?",
        ),
        (
            "same_period",
            r"(?:the\s+)?same\s+period(?:\s+of)?(?:\s+(?:last|the\s+previous)\s+year)?",
        ),
        ("year_earlier", r"a\s+year\s+(?:earlier|ago|before)"),
        ("yoy", r"year[\s-]on[\s-]year|year[\s-]over[\s-]year"),
        (
            "since",
            rf"\bsince\s+(?:(?P<start>the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year)"
            rf"|(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?|(?P<y2>{_YEAR}))\b",
        ),
        (
            "by",
            rf"\b(?P<kind>by|until|till|through)\s+(?:the\s+end\s+of\s+)?"
            rf"(?:(?P<y>{_YEAR})|(?P<rel>next|this|the\s+current)\s+year)\b",
        ),
        ("relative_year", r"\b(?P<rel>last|this|next|previous|current)\s+year\b"),
        ("relative_month", r"\b(?P<rel>last|this|next|previous|current)\s+month\b(?!\s+of\b)"),
        (
            "relative_quarter",
            r"\b(?P<rel>last|this|next|previous|current)\s+quarter\b(?!\s+of\b)",
        ),
        (
            "season",
            rf"\b(?:(?P<rel>last|this|next)\s+(?P<s>spring|summer|autumn|fall|winter)\b|(?:the\s+)?(?P<s2>spring|summer|autumn|fall|winter)\s+of\s+(?P<y>{_YEAR}))",
        ),
        (
            "month",
            rf"\b(?:in|during|for|last)\s+(?P<m>{_MONTH})(?!\s*\d|{_DASH})(?:,?\s+(?P<y>{_YEAR}))?",
        ),
        (  # "in 2025–2027", "for 2024-25", "between 2021 and 2023"
            "years",
            rf"(?:\b(?:in|for|during|of|throughout|between)\s+(?:the\s+)?(?:years\s+)?|(?<=\()|^)"
            rf"(?P<y>{_YEAR})(?:\s*[-–/]\s*(?P<y2>{_YEAR}|\d\d)|\s+(?:and|to)\s+(?P<y3>{_YEAR}))\b"
            r"(?![-–]\d|\s*%)"
            # a crop or fiscal year ("the 2024-25 marketing year") is not two calendar years,
            # nor is a level ("back to between 2021 and 2023 levels")
            r"(?!\s+(?:season|marketing|crop|harvest|fiscal|financial|academic|school|budget|levels?)\b)",
        ),
        (
            "year",
            rf"(?:\b(?:in|for|during|of|throughout)\s+|(?<=\()|^)(?P<y>{_YEAR})\b(?![-–]\d|\s*%)",
        ),
    )
)
_GROUP = re.compile(r"\(\?P<(\w+)>")
#: Where a time phrase can start: a word only such phrases start with, or one of the
#: common words some of them start with ("the", "in", "by") when the next words fit
#: ("the first half", "in March", "by 2030"). Checked first, as a trie, so the long
#: alternation below runs only where a period may begin, not at every "the" or "in".
_FIRST_WORDS = alternation(
    [
        *MONTHS,
        *_ORDINAL,
        *("since", "same", "year", "fiscal", "financial", "four", "twelve", "12"),
        *("last", "this", "next", "previous", "current", "spring", "summer", "autumn", "fall"),
        *("winter", "h1", "h2", "q1", "q2", "q3", "q4", "fy"),
    ]
)
_AFTER_THE = alternation(
    [
        *(*_ORDINAL, "fiscal", "financial", "four", "twelve", "12", "same"),
        *("spring", "summer", "autumn", "fall", "winter"),
    ]
)
_COMMON_FIRST = (
    rf"the\s+(?:{_AFTER_THE})\b|a\s+year\b"
    rf"|(?:in|during|for|of|throughout|between)\s+(?:the\s+)?(?:years\s+)?(?:{_YEAR}|{_MONTH})"
    rf"|(?:by|until|till|through)\s+(?:the\s+end\s+of\s+)?(?:{_YEAR}|next|this|the\s+current)"
    rf"|fy{_YEAR}"
    rf"|(?:\d{{1,2}}|{alternation(WORD_NUMBERS)})\s+months\s+of\b"  # "9 months of this year"
    r"|(?:[1-9]|1[01])m\s?\d\d"  # "9M 2024"
)
#: Every pattern in one alternation (groups renamed kind__name) so the body is scanned once;
#: at any position the earlier pattern wins, as when they ran one by one.
_ALL_PERIODS = re.compile(
    rf"(?<!\w)(?=(?:{_FIRST_WORDS})\b|{_COMMON_FIRST}|\(|(?:19|20)\d\d\b)(?:"
    + "|".join(
        f"(?P<{kind}>" + _GROUP.sub(lambda g, k=kind: f"(?P<{k}__{g.group(1)}>", p.pattern) + ")"
        for kind, p in _PERIOD_PATTERNS
    )
    + ")",
    re.IGNORECASE,
)
#: "the deal signed in February": the time of an act, not of the figures around it.
_ACT_BEFORE = re.compile(
    r"\b(?:signed|agreed|announced|launched|concluded|established|founded|opened|adopted"
    r"|commissioned|inaugurated|completed)\s+$"
    # "will cost 420 billion tenge and is due to open in 2027": the opening, not the cost
    r"|\b(?:due|set|expected|scheduled|slated)\s+to\s+(?:open|start|begin|launch|"
    r"be\s+(?:completed|opened|launched|commissioned))\s+(?:in\s+)?$",
    re.IGNORECASE,
)
#: "a package worth 14.2 trillion won signed during the state visit to Seoul last year",
#: "a €15.5 billion partnership agreed with Hanoi in 2022": the time of the signing.
#: Not when a verb of its own comes between: "countries that signed the pact grew in 2024".
_SIGNED_BEFORE = re.compile(
    r"\b(?:signed|agreed|concluded|struck|sealed|inked)\b(?!\s+(?:to|that)\b)"
    r"(?:(?!\b(?:rose|grew|fell|reached|increased|decreased|declined|climbed|jumped|dropped|"
    r"totall?ed|amounted|stood|surged|doubled|was|were|is|are|has|have|had|will|would)\b)"
    r"[^.;:,\d]){0,80}$",
    re.IGNORECASE,
)
#: "signed a 6.2 billion somoni deal with a Chinese consortium last month": the day of the deal.
_DEAL_BEFORE = re.compile(
    r"\b(?:signed|inked|sealed|concluded|clinched|struck)\s+(?:a|an|the)\b"
    r"(?:[^.;:,]|(?<=\d)[.,](?=\d)){0,80}?"
    r"\b(?:deal|agreement|contract|accord|memorandum)s?\b[^.;:,\d]{0,50}$",
    re.IGNORECASE,
)
_BASELINE_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|from|versus|vs\.?|against|than|as|over|on)\s+(?:in\s+)?$",
    re.IGNORECASE,
)
#: "From January to May 2025, trade …": a sentence opening on its period, not a baseline.
_OPENING_FROM = re.compile(r"(?:^|[.!?\n]\s*)From\s+\Z")
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_EVENT_DATE = re.compile(
    # (a weekday before the day in full gives way to it: "on Friday, September 5")
    rf"(?P<wd>\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    rf"(?!,?\s+(?:{_MONTH}\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH})))"
    rf"|(?P<md>\b(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>{_YEAR}))?)"
    rf"|(?P<dm>\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR}))?)"
    r"|(?P<same>\b(?:on\s+)?the\s+same\s+(?:day|evening|morning|afternoon)\b"
    r"|\b(?:earlier|later)\s+(?:in\s+the\s+day|that\s+day)\b)"  # "Earlier in the day, Park …"
    r"|(?P<rel>\b(?:today|yesterday|tomorrow)\b)"
    # "On 10.06.2025, the minister met …", as Central Asian ministries write the day
    r"|(?P<dotted>\b(?P<d3>[0-3]?\d)\.(?P<m3>[01]?\d)\.(?P<y3>(?:19|20)\d\d)\b)",
    re.IGNORECASE,
)
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|is\s+to|are\s+to|plans?\s+to|(?:is|are)\s+(?:planned|scheduled|due|expected)"
    r"|next)\b"
    r"[^.]{0,60}$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class PeriodMention:
    """A time phrase at ``body[start:end]``; ``baseline`` when it names the comparison."""

    start: int
    end: int
    period: Period | None
    baseline: bool
    kind: str


#: The group names of each alternative of ``_ALL_PERIODS``, as that pattern alone names them.
_PART_GROUPS: dict[str, tuple[str, ...]] = {
    kind: tuple(_GROUP.findall(p.pattern)) for kind, p in _PERIOD_PATTERNS
}


#: The month a country's fiscal year starts in, for "India's 2024-25 financial year".
_FISCAL_START = {
    **dict.fromkeys(["India", "Japan", "Canada", "United Kingdom"], 4),
    **dict.fromkeys(["Australia", "New Zealand", "Pakistan", "Egypt", "Bangladesh", "Kenya"], 7),
    **dict.fromkeys(["Uganda", "Tanzania"], 7),
}
_POSSESSIVE = re.compile(r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\b")
_OWNER_BEFORE = re.compile(r"(?P<owner>[A-Z]\w*(?:\s+[A-Z]\w*)?)(?:['’]s|(?<=s)['’])\s+\Z")


class _Part:
    """One alternative of ``_ALL_PERIODS`` seen as if it had matched alone.

    Groups are read on demand: a dict of every group of the combined pattern,
    built per match, cost more than all the rest of finding the periods.
    """

    def __init__(self, m: re.Match[str], kind: str) -> None:
        self._m = m
        self._kind = kind
        self._names = _PART_GROUPS[kind]

    def group(self, name: str | int = 0) -> str | None:
        if name == 0:
            return self._m.group(self._kind)
        name = str(name)
        return self._m.group(f"{self._kind}__{name}") if name in self._names else None

    def groupdict(self) -> dict[str, str | None]:
        return {name: self._m.group(f"{self._kind}__{name}") for name in self._names}

    def start(self) -> int:
        return self._m.start(self._kind)

    @property
    def string(self) -> str:
        return self._m.string

    def end(self) -> int:
        return self._m.end(self._kind)


def find_periods(
    body: str, start: int, end: int, ref: date | None, country: str | None = None
) -> list[PeriodMention]:
    """Time phrases in ``body[start:end]``, left to right; ``country`` is the article's, for
    a fiscal year written without its owner ("FY 2024-25" in a Dhaka report)."""
    found: list[PeriodMention] = []
    for match in _ALL_PERIODS.finditer(body, start, end):
        kind = match.lastgroup or ""
        if "__" in kind:  # lastgroup is the outer group unless an inner one closed last
            kind = next(k for k, _p in _PERIOD_PATTERNS if match.group(k) is not None)
        m = _Part(match, kind)
        baseline = kind in {"same_period", "year_earlier", "yoy"} or bool(
            _BASELINE_BEFORE.search(body, max(start, m.start() - 20), m.start())
            and not _OPENING_FROM.search(body, max(start, m.start() - 20), m.start())
            and kind
            in {
                "relative_year",
                "relative_month",
                "relative_quarter",
                "year",
                "years",
                "range",
                "month",
            }
        )
        if kind.startswith("relative_") and m.group("rel").lower() == "previous":
            baseline = True
        if kind in {"month", "year", "years", "range", "relative_month", "relative_year"} and (
            _ACT_BEFORE.search(body, max(start, m.start() - 40), m.start())
            or _DEAL_BEFORE.search(body, max(start, m.start() - 140), m.start())
            or _SIGNED_BEFORE.search(body, max(start, m.start() - 90), m.start())
        ):
            baseline = True  # dates an act; figures must not take it as their period
        period = None if kind == "yoy" else _resolve(kind, m, ref, country)
        found.append(PeriodMention(m.start(), m.end(), period, baseline, kind))
    found.sort(key=lambda p: p.start)
    return found


def shift_year(period: Period, years: int) -> Period | None:
    """The same span ``years`` earlier/later: "a year earlier" than Oct 2023–Sep 2024."""
    if not period.start or not period.end:
        return None
    start = _add_years(date.fromisoformat(period.start), years)
    end = _add_years(date.fromisoformat(period.end), years)
    label, n = _LABEL_YEAR.subn(lambda y: _shifted(y, years), period.label)
    return Period(start.isoformat(), end.isoformat(), label if n else f"{label} ({years:+d} y)")


#: A year in a label, with the second year of a split one: "2024", "FY 2024-25", "2024/25".
_LABEL_YEAR = re.compile(r"\b(?P<y>(?:19|20)\d\d)(?:(?P<sep>[-–/])(?P<y2>\d\d))?\b")


def _shifted(m: re.Match[str], years: int) -> str:
    first = str(int(m.group("y")) + years)
    if m.group("y2") is None:
        return first
    return f"{first}{m.group('sep')}{(int(m.group('y2')) + years) % 100:02d}"


#: A relative clause between commas: the day it names is another event's ("Umarov, who
#: arrived in Tokyo on Sunday, held talks on Monday with …").
_ASIDE = re.compile(r",\s+(?:who|which)\s[^,;.]*,")
_DAYS_APART = re.compile(
    r",?\s+(?P<n>a|one|two|three)\s+days?\s+(?P<rel>after|before)\b", re.IGNORECASE
)
_DAY_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3}
#: Characters between "a day after" and the meeting's verb: "he", "the two ministers".
_APART_ROOM = 50  # "… a day after Kazakh President Kassym-Jomart Tokayev met …"
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|announced|reported|stated)\s+\Z")


def find_event_date(
    body: str,
    start: int,
    end: int,
    ref: date | None,
    previous: str | None,
    verb: int | None = None,
) -> tuple[str | None, tuple[int, int] | None]:
    """The day an event in ``body[start:end]`` happened, and where it is written.

    The day a report was made on, written before the event's ``verb`` ("the ministry said
    on Wednesday, after A held talks with B in Ashgabat on Monday"), gives way to another
    day the sentence names; after the verb ("A met B, the ministry said on Wednesday") it
    is the event's. So does a day in a relative clause between commas. A day "a day after"
    the event counts back to it.
    """
    said: tuple[str | None, tuple[int, int] | None] | None = None
    asides = [(a.start(), a.end()) for a in _ASIDE.finditer(body, start, end)]
    aside_day = None  # "X, who arrived on Tuesday, was received the same evening by Y"
    for m in _EVENT_DATE.finditer(body, start, end):
        day = _event_day(body, m, ref, aside_day or previous, start)
        apart = _DAYS_APART.match(body, m.end(), end)
        if day and apart and verb is not None and 0 <= verb - apart.end() <= _APART_ROOM:
            # "said on Wednesday, a day after he met …": the meeting was on Tuesday
            days = _DAY_COUNTS[apart.group("n").lower()]
            shift = -days if apart.group("rel").lower() == "after" else days
            return (date.fromisoformat(day) + timedelta(days=shift)).isoformat(), apart.span()
        if day is not None or m.group("same"):
            reported = verb is not None and m.start() < verb
            aside = any(  # "X, who arrived on Sunday, held talks …"; not "X, who met Y on …,"
                a <= m.start() < b and not (verb is not None and a <= verb < b) for a, b in asides
            )
            if aside:
                aside_day = day  # "X, who arrived in Beijing on Sunday, held talks …": not
                continue  # that day, unless "the same day" points back to it
            if not (reported and _SAID_BEFORE.search(body, max(start, m.start() - 12), m.start())):
                return day, (m.start(), m.end())
            said = said or (day, (m.start(), m.end()))
    return said or (None, None)


def _event_day(
    body: str, m: re.Match[str], ref: date | None, previous: str | None, floor: int
) -> str | None:
    if m.group("same"):
        return previous
    if m.group("dotted"):
        try:
            return date(int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))).isoformat()
        except ValueError:  # "31.02.2025"
            return None
    if ref is None:
        if m.group("y1") or m.group("y2"):
            return _explicit_day(m, None)
        return None
    if m.group("wd"):
        weekday = _WEEKDAYS.index(m.group("wd").split()[-1].lower())
        future = bool(_FUTURE_BEFORE.search(body, max(floor, m.start() - 80), m.start()))
        delta = (weekday - ref.weekday()) % 7 if future else -((ref.weekday() - weekday) % 7)
        if delta == 0 and _LAST_BEFORE.search(body, max(floor, m.start() - 5), m.start()):
            delta = -7  # "last Thursday", written on a Thursday: a week ago
        return (ref + timedelta(days=delta)).isoformat()
    if m.group("rel"):
        offset = {"today": 0, "yesterday": -1, "tomorrow": 1}[m.group("rel").lower()]
        return (ref + timedelta(days=offset)).isoformat()
    return _explicit_day(m, ref)


_LAST_BEFORE = re.compile(r"\b[Ll]ast\s+\Z")


def _explicit_day(m: re.Match[str], ref: date | None) -> str | None:
    month = MONTHS[m.group("m1" if m.group("md") else "m2").lower().rstrip(".")]
    day = int(m.group("d1") or m.group("d2"))
    year_text = m.group("y1") or m.group("y2")
    year = int(year_text) if year_text else (ref.year if ref else None)
    if year is None:
        return None
    try:
        when = date(year, month, day)
    except ValueError:
        return None
    if ref and not year_text and when > ref + timedelta(days=31):
        when = _add_years(when, -1)
    return when.isoformat()


# -- resolution -------------------------------------------------------------------------------


def _resolve(
    kind: str, m: re.Match[str], ref: date | None, country: str | None = None
) -> Period | None:
    words = " ".join(m.group().split())
    resolver = _RESOLVERS.get(kind)
    if kind == "fiscal_span":  # the only periods whose months depend on the country
        resolver = partial(_fiscal_span, country=country)
    elif kind == "last_fiscal":
        resolver = partial(_last_fiscal, country=country)
    elif (
        kind == "years"
        and _split_year(m)
        and country in _SPLIT_FISCAL
        and not _SEASON_AFTER.match(m.string, m.end())
    ):
        resolver = partial(_fiscal_years, country=country)  # "in 2024-25" in a Delhi report
    if resolver is None:
        return Period(None, None, words)
    try:
        return resolver(m, ref) or Period(None, None, words)
    except (ValueError, KeyError, OverflowError):
        return Period(None, None, words)


def _year_from_ref(m: re.Match[str], ref: date | None) -> int | None:
    """Year named by "of 2023", "of last year", "this year"; the article's year if unnamed."""
    groups = m.groupdict()
    text = (groups.get("yref") or groups.get("y") or "").lower()
    if text.isdigit():
        return int(text)
    if ref is None:
        return None
    if "last" in text or "previous" in text:
        return ref.year - 1
    return ref.year


def _months(y: int, first: int, last: int) -> Period:
    label = f"{_ABBR[first]}–{_ABBR[last]} {y}" if first != last else f"{_ABBR[first]} {y}"
    if (first, last) == (1, 12):
        label = str(y)
    end_day = calendar.monthrange(y, last)[1]
    return Period(date(y, first, 1).isoformat(), date(y, last, end_day).isoformat(), label)


def _first_months(m: re.Match[str], ref: date | None) -> Period | None:
    n = (m.group("n") or m.group("n2") or "").lower()
    count = int(n) if n.isdigit() else WORD_NUMBERS[n]
    y = _year_from_ref(m, ref)
    if y is None or not 1 <= count <= 12:
        return None
    return _months(y, 1, count)


def _months_code(m: re.Match[str], _ref: date | None) -> Period | None:
    y = int(m.group("y")) if m.group("y") else 2000 + int(m.group("yy"))
    return _months(y, 1, int(m.group("n") or m.group("n69")))


def _half(m: re.Match[str], ref: date | None) -> Period | None:
    first = _ORDINAL[m.group("ord").lower()] == 1
    return _part(m, ref, 1 if first else 7, 6, "H1" if first else "H2")


def _half_code(m: re.Match[str], ref: date | None) -> Period | None:
    first = m.group("h") == "H1"
    return _part(m, ref, 1 if first else 7, 6, m.group("h"))


def _quarter(m: re.Match[str], ref: date | None) -> Period | None:
    q = _ORDINAL[m.group("ord").lower()]
    return _part(m, ref, 3 * q - 2, 3, f"Q{q}")


def _quarter_code(m: re.Match[str], ref: date | None) -> Period | None:
    q = int(m.group("q")[1])
    return _part(m, ref, 3 * q - 2, 3, f"Q{q}")


def _part(m: re.Match[str], ref: date | None, first: int, length: int, name: str) -> Period | None:
    groups = m.groupdict()
    if groups.get("yref") or groups.get("y"):
        y = _year_from_ref(m, ref)
    elif ref is not None:
        y = ref.year if first <= ref.month else ref.year - 1
    else:
        return None
    if y is None:
        return None
    period = _months(y, first, first + length - 1)
    return Period(period.start, period.end, f"{name} {y}")


def _range(m: re.Match[str], ref: date | None) -> Period | None:
    first = MONTHS[m.group("m1").lower().rstrip(".")]
    last = MONTHS[m.group("m2").lower().rstrip(".")]
    if last < first:  # "July-February": a fiscal year so far, over the turn of the year
        closing = _months_in_year(m, ref, last, last)
        if closing is None or closing.end is None:
            return None
        y = int(closing.end[:4])
        label = f"{_ABBR[first]} {y - 1}–{_ABBR[last]} {y}"
        return Period(date(y - 1, first, 1).isoformat(), closing.end, label)
    return _months_in_year(m, ref, first, last)


def _month(m: re.Match[str], ref: date | None) -> Period | None:
    month = MONTHS[m.group("m").lower().rstrip(".")]
    if m.group().lower().startswith("last") and ref is not None and not m.group("y"):
        y = ref.year if month < ref.month else ref.year - 1
        return _months(y, month, month)
    return _months_in_year(m, ref, month, month)


def _months_in_year(m: re.Match[str], ref: date | None, first: int, last: int) -> Period | None:
    if m.groupdict().get("yref"):  # "January-May of last year"
        y = _year_from_ref(m, ref)
        return None if y is None else _months(y, first, last)
    if m.group("y"):
        return _months(int(m.group("y")), first, last)
    if ref is None:
        return None
    return _months(ref.year if last <= ref.month else ref.year - 1, first, last)


def _trailing_year(m: re.Match[str], ref: date | None) -> Period | None:
    month = MONTHS[m.group("m").lower().rstrip(".")]
    if m.group("y"):
        y = int(m.group("y"))
    elif ref is not None:
        y = ref.year if month <= ref.month else ref.year - 1
    else:
        return None
    day = int(m.group("d") or calendar.monthrange(y, month)[1])  # "12 months to March 20"
    try:
        end = date(y, month, day)
    except ValueError:
        return None
    start = _add_years(end + timedelta(days=1), -1)
    to = f"{_ABBR[month]} {day}, {y}" if m.group("d") else f"{_ABBR[month]} {y}"
    return Period(start.isoformat(), end.isoformat(), f"12 months to {to}")


def _since(m: re.Match[str], ref: date | None) -> Period | None:
    """ "since 2005", "since March 2019"; "since January" and "since the start of the year"
    are this year's (or last year's, for a month still to come)."""
    month = MONTHS[m.group("m").lower().rstrip(".")] if m.group("m") else 1
    if m.group("y") or m.group("y2"):
        y = int(m.group("y") or m.group("y2"))
    elif ref is None:
        return None
    else:
        y = ref.year if month <= ref.month else ref.year - 1
    return Period(
        date(y, month, 1).isoformat(), ref.isoformat() if ref else None, " ".join(m.group().split())
    )


def _relative_month(m: re.Match[str], ref: date | None) -> Period | None:
    if ref is None:
        return None
    offset = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1}[
        m.group("rel").lower()
    ]
    index = ref.year * 12 + ref.month - 1 + offset
    return _months(index // 12, index % 12 + 1, index % 12 + 1)


def _relative_quarter(m: re.Match[str], ref: date | None) -> Period | None:
    if ref is None:
        return None
    offset = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1}[
        m.group("rel").lower()
    ]
    index = ref.year * 4 + (ref.month - 1) // 3 + offset
    year, quarter = index // 4, index % 4 + 1
    period = _months(year, 3 * quarter - 2, 3 * quarter)
    return Period(period.start, period.end, f"Q{quarter} {year}")


def _by(m: re.Match[str], ref: date | None) -> Period | None:
    """ "by 2030", "until the end of 2027", "by next year" (the end of that year)."""
    if m.group("y"):
        y = int(m.group("y"))
    elif ref is None:
        return None
    else:
        y = ref.year + (1 if m.group("rel").lower() == "next" else 0)
    return Period(None, date(y, 12, 31).isoformat(), f"{m.group('kind').lower()} {y}")


def _relative_year(m: re.Match[str], ref: date | None) -> Period | None:
    if ref is None:
        return None
    offset = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1}[
        m.group("rel").lower()
    ]
    return _months(ref.year + offset, 1, 12)


_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}


def _season(m: re.Match[str], ref: date | None) -> Period | None:
    """Northern-hemisphere seasons; winter spans the year end (Dec–Feb)."""
    name = (m.group("s") or m.group("s2")).lower()
    if m.group("y"):
        year = int(m.group("y"))
    elif ref is None:
        return None
    else:
        year = ref.year + {"last": -1, "this": 0, "next": 1}[m.group("rel").lower()]
    if name == "winter":
        end = date(year + 1, 2, calendar.monthrange(year + 1, 2)[1])
        return Period(date(year, 12, 1).isoformat(), end.isoformat(), f"winter {year}/{year + 1}")
    first, last = _SEASONS[name]
    period = _months(year, first, last)
    return Period(period.start, period.end, f"{name} {year}")


def _year(m: re.Match[str], ref: date | None) -> Period:
    return _months(int(m.group("y")), 1, 12)


def _years(m: re.Match[str], ref: date | None) -> Period | None:
    first = int(m.group("y"))
    last = int(m.group("y2") or m.group("y3"))
    if last < 100:  # "2024-25"
        last += first - first % 100
    if "/" in m.group() and last <= first:
        return Period(f"{first}-01-01", f"{first}-12-31", str(first))  # "2024/12": a month
    if not first < last <= first + 50:
        return None
    return Period(f"{first}-01-01", f"{last}-12-31", f"{first}–{last}")


#: Where a bare "2024-25" is the fiscal year (South Asia, Egypt, East Africa, Australasia);
#: a London wire's "2024-25" is a crop year as often.
_SPLIT_FISCAL = frozenset(
    {"India", "Pakistan", "Bangladesh", "Egypt", "Kenya", "Uganda", "Tanzania", "Australia"}
    | {"New Zealand"}
)
_SEASON_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}\s+(?:season|marketing|crop|harvest|sowing)\b")


def _last_fiscal(m: re.Match[str], ref: date | None, country: str | None = None) -> Period | None:
    """ "the last fiscal": the latest fiscal year of the article's country ended before ``ref``."""
    start_month = _FISCAL_START.get(country or "")
    if ref is None or start_month is None:
        return None
    current = ref.year if ref.month >= start_month else ref.year - 1
    return _fiscal_year(current - 1, start_month)


def _split_year(m: re.Match[str]) -> bool:
    """ "2024-25": a year and the two last digits of the next, as fiscal years are written."""
    second = m.group("y2")
    return bool(second) and len(second) == 2 and int(second) == (int(m.group("y")) + 1) % 100


def _fiscal_years(m: re.Match[str], ref: date | None, country: str | None = None) -> Period | None:
    """ "trade stood at $310 million in 2024-25" where fiscal years do not start in January:
    the country's fiscal year, not two calendar years."""
    return _fiscal_year(int(m.group("y")), _FISCAL_START[country or ""])


def _fiscal_span(m: re.Match[str], ref: date | None, country: str | None = None) -> Period | None:
    """ "2024-25 financial year": twelve months over two calendar years, ending in the month
    the sentence names, else where its owner's ("India's") or the article's country's fiscal
    year ends; unknown otherwise."""
    first = int(m.group("y") or m.group("y_"))
    second = (m.group("y2") or m.group("y2_"))[-2:]  # "2024-25", "2024/2025"
    if int(second) != (first + 1) % 100:
        return None
    if m.group("m"):
        start_month = MONTHS[m.group("m").lower().rstrip(".")] % 12 + 1
    elif m.group("crop"):
        return None  # a crop year's months are the crop's, not the state's fiscal year
    else:
        owner = _OWNER_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
        if owner:  # "India's 2024-25 financial year"; a company's ("Tata Motors'") is unknown
            country = COUNTRY_BY_WORD.get(owner.group("owner"))
        else:  # whose the sentence says before it ("Pakistan's exports …"), else the source
            # it cites after it ("…, according to Australia's Department of …"), else the dateline's
            begin = max(m.string.rfind(". ", 0, m.start()), m.string.rfind("\n", 0, m.start()))
            stops = [
                i for i in (m.string.find(". ", m.end()), m.string.find("\n", m.end())) if i >= 0
            ]
            before = _possessive_countries(m.string[begin + 1 : m.start()])
            rest = m.string[m.end() : min(stops, default=len(m.string))]
            after = [COUNTRY_BY_WORD[w] for w in _SOURCE.findall(rest) if w in COUNTRY_BY_WORD]
            after = [c for c in after if c in _FISCAL_START]  # "… according to Russia's customs"
            country = (before[-1:] or after[:1] or [country])[0]
        start_month = _FISCAL_START.get(country or "")
        if start_month is None:
            return None
    crop = f"{first}/{second} {m.group('crop')} year" if m.group("crop") else None
    return _fiscal_year(first, start_month, crop)


def _fiscal_year(first: int, start_month: int, label: str | None = None) -> Period:
    """The twelve months from ``start_month`` of ``first``, labelled "FY 2024-25"."""
    start = date(first, start_month, 1)
    end = _add_years(start, 1) - timedelta(days=1)
    return Period(
        start.isoformat(), end.isoformat(), label or f"FY {first}-{(first + 1) % 100:02d}"
    )


#: "…, according to Australia's Department of …": whose figures, so whose fiscal year.
_SOURCE = re.compile(r"\baccording\s+to\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\b")


def _possessive_countries(text: str) -> list[str]:
    return [COUNTRY_BY_WORD[w] for w in _POSSESSIVE.findall(text) if w in COUNTRY_BY_WORD]


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


_RESOLVERS = {
    "first_months": _first_months,
    "months_code": _months_code,
    "half": _half,
    "half_code": _half_code,
    "quarter": _quarter,
    "quarter_code": _quarter_code,
    "fiscal": _trailing_year,
    "fiscal_closed": _trailing_year,
    "year_to": _trailing_year,
    "range": _range,
    "month": _month,
    "since": _since,
    "by": _by,
    "relative_year": _relative_year,
    "relative_month": _relative_month,
    "relative_quarter": _relative_quarter,
    "season": _season,
    "year": _year,
    "years": _years,
}


def parse_iso(text: str | None) -> date | None:
    """An ISO date, or None for anything that is not one (user input is untrusted).

    Years outside 1000-8999 are refused too: relative phrases ("next year",
    "a decade ago") are resolved by date arithmetic that overflows at the ends
    of the calendar, and no news article is dated there.
    """
    if not text:
        return None
    try:
        day = date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None
    return day if 1000 <= day.year <= 8999 else None
