"""A topic for each fact from the words of its evidence.

Keyword scoring is crude but predictable: a reader can see why "direct
investments surged by 37%" is investment and "trade turnover" is trade. Ties
go to the more specific topic (investment before trade before cooperation).
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.domain import Topic

_KEYWORDS: tuple[tuple[Topic, re.Pattern[str]], ...] = tuple(
    (topic, re.compile(pattern, re.IGNORECASE))
    for topic, pattern in (
        (
            Topic.INVESTMENT,
            r"\binvest\w*|\bFDI\b|\bprojects?\b|\bfinanc\w*|\bloans?\b|\bcredit\b|\bcapital\b|\bfunds?\b|\bventures?\b",
        ),
        (
            Topic.TRADE,
            r"\btrad\w*|\bturnover\b|\bexport\w*|\bimport\w*|\btariff\w*|\bshipp\w*|\bsuppl\w*|\bbought\b|\bbuy\b|\bpurchas\w*|\bgoods\b|\bcustoms\b|\bsurplus\b|\bdeficit\b|\bfreight\b|\bcargo\b",
        ),
        (
            Topic.ECONOMY,
            r"\bGDP\b|\beconom\w*|\bgrowth\b|\binflation\b|\bbudget\b|\bremittances?\b|\broyalt\w*|\bbusinesses\b|\bdebts?\b|\bjobs\b|\bemployment\b|\bunemployment\b",
        ),
        (
            Topic.MEETINGS,
            r"\bmet\b|\bmeeting\b|\btalks\b|\bvisit\w*|\breceived\b|\bhosted\b|\bnegotiations?\b|\bsummit\b",
        ),
        (Topic.GEOGRAPHY, r"\bborders?\b|\bregions?\b|\bkilomet\w*|\bterritor\w*"),
        (
            Topic.DIPLOMACY,
            r"\bambassador\w*|\bdiplomat\w*|\bembass\w*|\bsanctions?\b|\bforeign\s+polic\w*|\bsecurity\b",
        ),
        (
            Topic.COOPERATION,
            r"\bcooperat\w*|\bpartner\w*|\bagreements?\b|\bmemorand\w*|\bfriendship\b|\bcollaborat\w*|\bties\b|\brelations?\b",
        ),
    )
)
_ORDER = {topic: i for i, (topic, _p) in enumerate(_KEYWORDS)}
#: All keyword lists in one pattern; every keyword is one word but "foreign policy".
_ANY = re.compile(
    "|".join(f"(?P<{topic.value}>{pattern.pattern})" for topic, pattern in _KEYWORDS),
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1 << 15)
def _word_topic(word: str) -> str | None:
    """A word's topic, looked up once: an article's sentences repeat a few hundred words."""
    m = _ANY.fullmatch(word)
    return m.lastgroup if m else None


@lru_cache(maxsize=1 << 12)
def topic_for(text: str, default: Topic | None = Topic.COOPERATION) -> Topic | None:
    """The topic whose keywords occur most in ``text``; ``default`` when none do. Cached:
    a clause is asked about once for each of its figures."""
    hits: dict[str, int] = {}
    words = _WORD.findall(text)
    for i, word in enumerate(words):
        group = _word_topic(word)
        if group is None and word.lower() == "foreign" and i + 1 < len(words):
            group = _word_topic(f"{word} {words[i + 1]}")
        if group is not None:
            hits[group] = hits.get(group, 0) + 1
    if not hits:
        return default
    best = max(hits, key=lambda name: (hits[name], -_ORDER[Topic(name)]))
    return Topic(best)
