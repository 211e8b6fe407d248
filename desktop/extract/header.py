"""The few lines in front of an article body: a ``date`` header and a dateline.

The seed (and many wire copies) start with ``date YYYY-MM-DD`` followed by a
dateline in capitals, ``ASTANA—``. The header is metadata, not article text,
so it is split off before any offsets are counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.extract.dates import MONTHS
from desktop.extract.gazetteer import CITY_COUNTRY

_DATE_HEADER = re.compile(r"\A\s*date[:\s]+(\d{4}-\d{2}-\d{2})\s+", re.IGNORECASE)
# "ASTANA—", "ASTANA, March 27 —", "NUR-SULTAN (Kazinform) -": capitals, then a dash.
_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'’.\- ]{1,40}?)(?:,[^—–\n]{0,40})?"
    r"(?:\s*\([^)\n]{1,40}\))?\s*[—–-]{1,2}\s*",
    re.MULTILINE,
)
#: "Tashkent, 14 November 2025" alone on a line, as press releases put it above the text.
_PLACE_DATE_LINE = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][\w'’.\- ]{1,30}),[ \t]+(?:\w+,?[ \t]+)?"
    r"(?:\d{1,2}[ \t]+(?P<m1>[A-Z][a-z]+)|(?P<m2>[A-Z][a-z]+)[ \t]+\d{1,2}),?[ \t]+\d{4}[ \t]*$",
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
    dateline = _DATELINE.match(body) or _city_dateline(body) or _late_dateline(body)
    if dateline:
        place = dateline.group("place").strip().title()
        dateline_end = dateline.end()
    return Header(date=date, place=place, body=body, dateline_end=dateline_end)


#: "Hanoi, July 17 (VNA) – …": a dateline in title case, trusted for a known city only.
_TITLE_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][a-zà-ÿ]+(?:[ -][A-ZÀ-Ý][a-zà-ÿ]+)?),[^—–\n]{1,30}?"
    r"(?:\s*\([^)\n]{1,40}\))?\s*[—–-]{1,2}\s+",
    re.MULTILINE,
)


def _city_dateline(body: str) -> re.Match[str] | None:
    m = _TITLE_DATELINE.match(body)
    return m if m and m.group("place") in CITY_COUNTRY else None


def _late_dateline(body: str) -> re.Match[str] | None:
    """A dateline further down the first lines, trusted only when it names a known city
    ("KAZAKHSTAN – CHINA: …" is a heading) and, on a line of its own, a date with a month
    ("Kampala, up 12% on 2023." is the end of a wrapped line)."""
    head = body[:_LATE_DATELINE]
    for pattern in (_DATELINE, _TITLE_DATELINE, _PLACE_DATE_LINE):
        for m in pattern.finditer(head):
            if m.group("place").strip().title() in CITY_COUNTRY and _dated(m):
                return m
    return None


def _dated(m: re.Match[str]) -> bool:
    month = m.groupdict().get("m1") or m.groupdict().get("m2")
    return month is None or month.lower() in MONTHS
