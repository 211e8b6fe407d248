"""The cue words in front of a figure that say how exact it is.

"over 64%" is more than 64, "nearly $25 billion" is about 25 billion (the
seed's curators read "nearly" as approx, not as less-than), "up to 300,000
tonnes" is at most, and so is "as much as". "just under" is "nearly", about. A figure
without a cue is exact.
"""

from __future__ import annotations

import re

from desktop.domain import Qualifier

_CUES: tuple[tuple[str, Qualifier], ...] = (
    (r"(?:not|never)\s+(?:to\s+)?exceed(?:ing)?", Qualifier.AT_MOST),  # "will not exceed"
    (
        r"more\s+than|over|exceeding|exceeded|exceeds?|above|in\s+excess\s+of|upwards?\s+of"
        r"|north\s+of"
        r"|topping|topped|tops|surpassing|surpassed|surpass(?:es)?|passing|passed|passes"
        r"|(?:will|would|could|should|may|might|can|to)\s+(?:top|pass)"
        r"|just\s+over|well\s+over|beyond",
        Qualifier.MORE_THAN,
    ),
    (
        r"nearly|almost|about|approximately|approx\.|around|roughly|some|close\s+to|an\s+estimated"
        r"|estimated\s+at"
        r"|estimated|circa|an\s+approximate|or\s+so|just\s+under",  # "just under" is "nearly"
        Qualifier.APPROX,
    ),
    (
        r"up\s+to|as\s+(?:much|many|high)\s+as|at\s+most|no\s+more\s+than|a\s+maximum\s+of"
        r"|not\s+more\s+than"
        r"|capped\s+at|a\s+cap\s+of|limited\s+to|a\s+ceiling\s+of",
        Qualifier.AT_MOST,
    ),
    (
        r"at\s+least|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of|no\s+fewer\s+than",
        Qualifier.AT_LEAST,
    ),
    (r"less\s+than|fewer\s+than|under|below|short\s+of", Qualifier.LESS_THAN),
)
#: "under nine agreements worth …": what the figure was done by, not a bound on it ("under 10
#: contracts were awarded" is fewer than ten).
_UNDER_INSTRUMENT = re.compile(
    r"[^\s]+(?:\s+\w+)?\s+(?:agreements?|deals?|contracts?|accords?|memorand(?:um|a|ums)|MoUs?"
    r"|documents?|treaties|treaty|pacts?)\s+(?:worth|signed|valued|totall?ing|covering|concluded)\b"
)
#: "twice as much as the $2 billion", "three times as high as the 3%": what it is compared to.
_AS_MUCH_AS_THE = re.compile(
    r"(?:(?:twice|times|half)\s+as\s+(?:much|many|high)\s+as\s+(?:(?:a|an|the)\s+)?"
    r"|as\s+(?:much|many|high)\s+as\s+the\s+)$",
    re.IGNORECASE,
)
_BARE_UNDER = re.compile(r"(?<![\w-])under\s+(?:(?:a|an|the)\s+)?$", re.IGNORECASE)
_BEFORE = [
    (re.compile(rf"(?<![\w-])(?:{words})\s+(?:(?:a|an|the)\s+)?$", re.IGNORECASE), q)
    for words, q in _CUES
]
_AFTER = re.compile(
    r"\s*(?:or\s+(?P<more>more|above)|or\s+(?P<less>less|fewer)|(?P<about>or\s+so\b)|-plus\b)"
)


def qualifier_for(body: str, start: int, end: int, floor: int = 0) -> Qualifier:
    """Qualifier from the words just before ``body[start:end]`` (and "or more" after)."""
    before = body[max(floor, start - 30) : start]
    for pattern, qualifier in _BEFORE:
        if pattern.search(before):
            if (
                qualifier is Qualifier.LESS_THAN
                and _BARE_UNDER.search(before)
                and _UNDER_INSTRUMENT.match(body, start, min(len(body), end + 40))
            ) or (qualifier is Qualifier.AT_MOST and _AS_MUCH_AS_THE.search(before)):
                return Qualifier.EXACT
            return qualifier
    after = _AFTER.match(body, end, min(len(body), end + 12))
    if after:
        if after.group("about"):  # "2.4 billion soms or so"
            return Qualifier.APPROX
        if after.group("less"):
            return Qualifier.AT_MOST
        return Qualifier.AT_LEAST if after.group("more") else Qualifier.MORE_THAN
    return Qualifier.EXACT
