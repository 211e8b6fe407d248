"""The few lines in front of an article body: a ``date`` header and a dateline.

The seed (and many wire copies) start with ``date YYYY-MM-DD`` followed by a
dateline in capitals, ``ASTANA—``. The header is metadata, not article text,
so it is split off before any offsets are counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DATE_HEADER = re.compile(r"\A\s*date[:\s]+(\d{4}-\d{2}-\d{2})\s+", re.IGNORECASE)
# "ASTANA—", "ASTANA, March 27 —", "NUR-SULTAN (Kazinform) -": capitals, then a dash.
_DATELINE = re.compile(
    r"\A(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'’.\- ]{1,40}?)(?:,[^—–\n]{0,40})?"
    r"(?:\s*\([^)\n]{1,40}\))?\s*[—–-]{1,2}\s*"
)


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
    dateline = _DATELINE.match(body)
    if dateline:
        place = dateline.group("place").strip().title()
        dateline_end = dateline.end()
    return Header(date=date, place=place, body=body, dateline_end=dateline_end)
