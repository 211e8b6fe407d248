"""The few lines in front of an article body: a ``date`` header, a headline, a dateline.

The seed (and many wire copies) start with ``date YYYY-MM-DD`` followed by a
dateline in capitals, ``ASTANA—``. The header is metadata, not article text,
so it is split off before any offsets are counted. A dateline that gives the
day in full ("BISHKEK, 14 May 2025 (Reuters) —") dates an article that has no
header; a short line standing alone above it is the headline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date as Date

from desktop.extract.dates import MONTHS
from desktop.extract.gazetteer import CITY_COUNTRY, COUNTRY_BY_WORD

_DATE_HEADER = re.compile(r"\A\s*date[:\s]+(\d{4}-\d{2}-\d{2})\s+", re.IGNORECASE)
# "ASTANA—", "ASTANA, March 27 —", "NUR-SULTAN (Kazinform) -": capitals, then a dash. Of
# two places ("TEHRAN / NEW DELHI, July 16 (AA) -") the first is where the story was filed.
_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'’.\- ]{1,40}?)(?:[ \t]*/[ \t]*[A-ZÀ-Ý][A-ZÀ-Ý'’.\- ]{1,40}?)?"
    r"(?:(?:,|\.(?=[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d))[^—–\n]{0,40}?)?"  # "DUSHANBE. Sept 9 (Interfax) -"; the first dash: "…(APP) - In the 2024-25 fiscal year" keeps "2024-25"
    # a hyphen with a space beside it ("NUR-SULTAN" is a name)
    r"(?:\s*\([^)\n]{1,40}\))?(?:\s*(?:[—–]{1,2}|(?<=[\s)])-{1,2}|-{1,2}(?=\s|[A-ZÀ-Ý][a-zà-ÿ]))\s*"
    r"|(?<=\))[ \t]+(?=[A-Z]))",  # "NEW DELHI, Oct 8 (PTI) India's exports …"
    re.MULTILINE,
)
#: "ISLAMABAD, May 21 (APP): …", "KARACHI: …": a colon ends the dateline in some wires; the
#: place must be a known city, or "NOTE: …" would be one.
_COLON_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'’.\- ]{1,40}?)(?:,[^—–:\n]{0,40})?(?:\s*\([^)\n]{1,40}\))?:\s+"
)
#: "BAKU, Azerbaijan, September 4. Azerbaijan and …", "ULAANBAATAR, October 22 (MONTSAME).
#: Mongolia …", "MOSCOW, October 15. /TASS/. Russia …", "TASHKENT, 12 May 2025. /UzDaily/.",
#: "TASHKENT, 14 October 2025 /UzA/.":
#: a day or a year (and the agency) and a full stop end the dateline.
_DAY_STOP_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'’.\- ]{1,40}?),[^\n]{0,40}?\b(?:\d{1,2}|(?:19|20)\d\d)"
    r"(?:[ \t]*\([^)\n]{1,40}\))?(?:[ \t]*/[^/\n]{1,30}/)?\.(?:[ \t]*/[^/\n]{1,30}/\.?)?[ \t]+(?=[A-Z])",
    re.MULTILINE,
)
#: "Tashkent, 14 November 2025" alone on a line, as press releases put it above the text.
_PLACE_DATE_LINE = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][\w'’.\- ]{1,30}),[ \t]+(?:\w+,?[ \t]+)?"
    r"(?:\d{1,2}[ \t]+(?P<m1>[A-Z][a-z]+)\.?|(?P<m2>[A-Z][a-z]+)\.?[ \t]+\d{1,2}),?[ \t]+\d{4}[ \t]*$",
    re.MULTILINE,
)
#: A dateline below a byline, an e-mail's headers or a press release's heading.
_LATE_DATELINE = 600


@dataclass(frozen=True, slots=True)
class Header:
    date: str | None
    place: str | None
    body: str
    #: Where the dateline ("ASTANA, March 27 —") ends in ``body``; 0 without one.
    dateline_end: int = 0
    #: The line standing alone above the text, when it reads as a headline.
    headline: str | None = None


def split_header(raw: str) -> Header:
    """Separate the date header from the body and read the dateline's place."""
    date = None
    body = raw
    match = _DATE_HEADER.match(raw)
    if match:
        date = match.group(1)
        body = raw[match.end() :]
    body = body.strip()
    place = None
    dateline_end = 0
    dateline = (
        _DATELINE.match(body)
        or _city_dateline(body)
        or _colon_dateline(body)
        or _late_dateline(body)
    )
    agency = None if dateline else _AGENCY_OPENING.search(body, 0, _text_start(body) + 40)
    if agency:  # "(Bloomberg) -- Saudi Arabia's …": the agency alone, no place
        dateline_end = agency.end()
    if dateline:
        place = _city(dateline.group("place"))
        dateline_end = dateline.end()
        date = date or _full_date(dateline.group())
    date = date or _release_date(body)
    place = place or _issuer_country(body)
    return Header(date, place, body, dateline_end, _headline(body, dateline))


#: "14 May 2025", "May 14, 2025", "10th February, 2025", "2025-05-14": a day the dateline
#: names in full.
_FULL_DATE = re.compile(
    r"\b(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>[A-Za-z]{3,9})\.?,?"
    r"|(?P<m2>[A-Za-z]{3,9})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?)"
    r"\s+(?P<y>(?:19|20)\d\d)\b|\b(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\b"
)


def _full_date(text: str) -> str | None:
    """The ISO date a dateline gives, if it names day, month and year (no guessing the year)."""
    m = _FULL_DATE.search(text)
    if m is None:
        return None
    try:
        if m.group("iso"):
            return Date.fromisoformat(m.group("iso")).isoformat()
        month = MONTHS.get((m.group("m1") or m.group("m2")).lower())
        day = int(m.group("d1") or m.group("d2"))
        return Date(int(m.group("y")), month, day).isoformat() if month else None
    except ValueError:  # "31 February 2025", "2025-13-01"
        return None


#: Words a headline may have: a wire headline is a line, never a paragraph.
_HEADLINE_WORDS = 24
#: A byline ("By Aigerim Sadykova") or a mail header ("Subject: …") is not a headline.
_NOT_HEADLINE = re.compile(
    r"(?:By|Published|Updated|Posted|Last\s+updated|Photo|Image|Source|Listen|Share)\b"
    r"|[\w-]{1,20}:\s"
)
#: A line this short that names a day is a date line ("Published 12 May 2025"), not a headline.
_DATE_LINE_WORDS = 8
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _headline(body: str, dateline: re.Match[str] | None) -> str | None:
    """The headline: the line standing alone right after a dateline on a line of its own
    (a press release's "Tashkent, 19 June 2025"), else the last one above the dateline
    (below an outlet's name), else the first line of a text that goes on below it."""
    if dateline is not None:
        start = len(body) - len(body[dateline.end() :].lstrip())
        after = _PARAGRAPH_BREAK.search(body, start)
        if after and not dateline.group().rstrip().endswith(("—", "–", "-")):
            line = body[start : after.start()]
            if _reads_as_headline(line):
                return _plain(line)
        above = [p for p in _PARAGRAPH_BREAK.split(body[: dateline.start()]) if p.strip()]
        return next((_plain(p) for p in reversed(above) if _reads_as_headline(p)), None)
    first = _PARAGRAPH_BREAK.search(body)
    if first and body[first.end() :].strip() and _reads_as_headline(body[: first.start()]):
        return _plain(body[: first.start()])
    return None


def _plain(line: str) -> str:
    return " ".join(line.strip().lstrip("#").split())


def _reads_as_headline(text: str) -> bool:
    """One short capitalised line that does not end like a sentence and is no dateline."""
    line = _plain(text)
    return (
        "\n" not in text.strip()
        and line.lstrip("'‘\"“")[:1].isupper()  # "'Middle Corridor is no slogan,' envoy says"
        and 2 <= len(line.split()) <= _HEADLINE_WORDS
        and not line.endswith((".", ",", ";", ":"))
        and not _DATELINE.match(line)
        and not _PLACE_DATE_LINE.match(line)
        and not _NOT_HEADLINE.match(line)
        and not (len(line.split()) <= _DATE_LINE_WORDS and _FULL_DATE.search(line))
        and not line.isupper()  # an outlet's or a ministry's name in capitals
    )


#: "Hanoi, July 17 (VNA) – …", "Rabat (AFP) - …": a dateline in title case, trusted for a
#: known city only.
_TITLE_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][a-zà-ÿ]+(?:[ -][A-ZÀ-Ý][a-zà-ÿ]+)?)(?:,[^—–\n]{1,30}?|(?=[ \t]*\())"
    # a dash, or the agency in brackets right before the text: "New Delhi, Oct 8 (PTI) India …"
    r"(?:\s*\([^)\n]{1,40}\))?(?:\s*[—–-]{1,2}\s+|(?<=\))[ \t]+(?=[A-Z]))",
    re.MULTILINE,
)


_CITY_BY_FOLD = {city.casefold(): city for city in CITY_COUNTRY}
#: "(Bloomberg) -- …": an agency in brackets opening the text, with no place.
_AGENCY_OPENING = re.compile(
    r"^\((?:[A-Z][\w&.]*(?:\s[A-Z][\w&.]*){0,3})\)\s*[—–-]{1,2}\s+", re.MULTILINE
)
#: "ISTANBUL" alone on its line above the text, as magazines and interviews print it.
_CITY_LINE = re.compile(r"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'’.\- ]{1,40}?)[ \t]*$", re.MULTILINE)
#: A press release's own date line: "Issued on 22 July 2025", "Date: 3 March 2025".
_RELEASE_DATE = re.compile(
    r"^[ \t]*(?:(?:Issued|Published|Released|Posted|Dated?)(?:[ \t]+on)?:?[ \t]+)?"
    r"(?P<date>[^\n]{6,30}?)[ \t]*$",
    re.MULTILINE,
)


def _city(written: str) -> str:
    """The place as the gazetteer spells it ("DAR ES SALAAM" → "Dar es Salaam")."""
    place = written.strip()
    # "ASTANA. KAZINFORM –": the agency after a full stop (not "ST. PETERSBURG")
    first, stop, _agency = place.partition(". ")
    if stop and len(first) > 3:
        place = first
    return _CITY_BY_FOLD.get(place.casefold(), place.title())


def _release_date(body: str) -> str | None:
    """The date a line of its own gives above the text, as press releases print it (a date
    on a line of its own further down is a deadline or a list item, not the article's)."""
    for m in _RELEASE_DATE.finditer(body, 0, min(_LATE_DATELINE, _text_start(body))):
        found = _FULL_DATE.fullmatch(m.group("date"))
        if found:
            return _full_date(found.group())
    return None


#: A press release's issuer above its text: "MINISTRY OF FOREIGN AFFAIRS OF TURKMENISTAN".
_ISSUER = re.compile(
    r"^[ \t]*(?:MINISTRY|GOVERNMENT|CABINET|OFFICE|PRESIDENT|PRESIDENCY|ADMINISTRATION)\b"
    r"[A-Z ,&'’-]*\bOF[ \t]+(?:THE[ \t]+)?(?P<country>[A-Z][A-Z ]+?)[ \t]*$",
    re.MULTILINE,
)


def _issuer_country(body: str) -> str | None:
    """Where a press release without a dateline comes from: the country its issuer serves."""
    for m in _ISSUER.finditer(body, 0, min(_LATE_DATELINE, _text_start(body))):
        words = m.group("country").title().removesuffix(" Republic")  # "THE KYRGYZ REPUBLIC"
        country = COUNTRY_BY_WORD.get(words)
        if country:
            return country
    return None


#: A line of running text: six words or more, ending as a sentence or a lead-in does.
_TEXT_LINE = re.compile(r"^(?=(?:\S+[ \t]+){5})[^\n]*[.!?:;”\"][ \t]*$", re.MULTILINE)


def _text_start(body: str) -> int:
    """Where the running text begins: the first line that reads as a sentence. A dateline
    starts at or before it; what comes after is the article, not its heading."""
    m = _TEXT_LINE.search(body)
    return m.start() if m else len(body)


#: "Dhaka — The Government of Bangladesh …": a known city and a dash alone, when what
#: follows is no other place ("Almaty – Astana trains …" is a route).
_BARE_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][a-zà-ÿ]+(?: [A-ZÀ-Ý][a-zà-ÿ]+)?)[ \t]*[—–][ \t]+(?=(?P<next>[\w’'-]+))",
    re.MULTILINE,
)


def _city_dateline(body: str) -> re.Match[str] | None:
    m = _TITLE_DATELINE.match(body)
    return m if m and m.group("place") in CITY_COUNTRY else None


def _bare_datelines(head: str) -> Iterator[re.Match[str]]:
    for m in _BARE_DATELINE.finditer(head):
        after = m.group("next")  # a sentence starts: "Dhaka — The …", not "Beijing — not …"
        if (
            after[:1].isupper()
            and _city(after) not in CITY_COUNTRY
            and after not in COUNTRY_BY_WORD
        ):
            yield m


def _colon_dateline(body: str) -> re.Match[str] | None:
    m = _COLON_DATELINE.match(body) or _running_colon_dateline(_TITLE_COLON_DATELINE.match(body))
    return m if m and _city(m.group("place")) in CITY_COUNTRY else None


def _running_colon_dateline(m: re.Match[str] | None) -> re.Match[str] | None:
    """ "Dubai: Abu Dhabi-listed … said." opens running text; "Beijing: Trade talks resume"
    is a headline."""
    return m if m and _TEXT_LINE.match(m.string, m.start()) else None


#: "Dubai: Abu Dhabi-listed …", as Gulf papers open a story: a known city in title case.
_TITLE_COLON_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][a-zà-ÿ]+(?: [A-ZÀ-Ý][a-zà-ÿ]+)?):[ \t]+(?=[A-Z])", re.MULTILINE
)


def _late_dateline(body: str) -> re.Match[str] | None:
    """A dateline further down the first lines, trusted only when it names a known city
    ("KAZAKHSTAN – CHINA: …" is a heading) and, on a line of its own, a date with a month
    ("Kampala, up 12% on 2023." is the end of a wrapped line)."""
    head = body[:_LATE_DATELINE]
    text_start = _text_start(body)
    for found in (
        _DATELINE.finditer(head),
        _TITLE_DATELINE.finditer(head),
        _PLACE_DATE_LINE.finditer(head),
        _DAY_STOP_DATELINE.finditer(head),
        _bare_datelines(head),
        _CITY_LINE.finditer(head),
        filter(None, map(_running_colon_dateline, _TITLE_COLON_DATELINE.finditer(head))),
    ):
        for m in found:
            if m.start() <= text_start and _city(m.group("place")) in CITY_COUNTRY and _dated(m):
                return m
    return None


def _dated(m: re.Match[str]) -> bool:
    month = m.groupdict().get("m1") or m.groupdict().get("m2")
    return month is None or month.lower() in MONTHS
