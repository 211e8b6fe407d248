"""Percentages, physical quantities and counts of things.

"over 64%", "up 16 per cent", "more than a third"; "1.9 million tonnes",
"10 billion cubic metres", "a 6.2-kilometre tunnel"; "45 projects", "four
regions", "more than 4,700 enterprises". Counts are the loosest family: a
number followed (within a few modifiers) by a plural noun, minus durations
("five years"), units, ranks ("five largest") and anaphora ("the two sides").
"""

from __future__ import annotations

import re

from desktop.extract.mentions import Mention
from desktop.extract.numbers import (
    DIGITS,
    FRACTION,
    FRACTIONS,
    NUMERAL,
    SCALE,
    at_numerals,
    is_year,
    parse_numeral,
    scale_of,
    to_float,
)
from desktop.extract.patterns import alternation

_PERCENT = re.compile(
    # "7%", "7 per cent", and as an adjective "a 7-percent rise", "a 7 per-cent rise"
    rf"(?<![\w.,])(?P<num>{NUMERAL})(?:\s|(?<!(?:19|20)\d\d)-)?(?:%|per[\s-]?cent\b|percent\b|pct\b)"
    r"(?!age\s+point)",
    re.IGNORECASE,
)
#: "15-20%", "5–7 per cent", "a 10-15-percent rise", "a 10- to 15-percent rise": a range,
#: read as its two ends.
_PERCENT_RANGE = re.compile(
    rf"(?<![\w.,])(?P<lo>{DIGITS})\s?%?(?:\s?[-–]\s?|-\s+to\s+)(?P<hi>{DIGITS})[\s-]?"
    r"(?:%|per[\s-]?cent\b|percent\b|pct\b)",
    re.IGNORECASE,
)
_QUALIFIER_WORDS = (
    r"(?:almost|nearly|about|around|roughly|some|more\s+than|over|less\s+than|under|"
    r"at\s+least|up\s+to|approximately|just\s+over|just\s+under)"
)
# "by a quarter", "by almost a fifth", "about a third of", "more than half of"
_FRACTION = re.compile(
    rf"(?<!\w)(?=[A-Za-z])(?:(?P<by>by)\s+(?:{_QUALIFIER_WORDS}\s+)?|{_QUALIFIER_WORDS}\s+)"
    rf"(?P<frac>{FRACTION})\b(?!\s+of\s+(?:a|the|an)\s+(?:century|year|decade|month|hour|mile))"
    rf"(?=\s+of\b|\s+(?:to|from|in|on|last|this|year|over|during|since|compared|against)\b"
    rf"|(?(by)\s+(?!an?\s)[a-z]+|(?!))|[,.;]|\s*$)",
    re.IGNORECASE,
)
# "a third more than in 2023", "a quarter higher than": a change stated as a fraction
_FRACTION_MORE = re.compile(
    rf"(?<![\w-])(?P<frac>{FRACTION})\s+(?:more|less|higher|lower|larger|smaller|bigger|fewer)"
    r"\s+than\b",
    re.IGNORECASE,
)
_FRACTION_OF = re.compile(
    rf"(?<![\w-])(?P<frac>{FRACTION})\s+of\s+(?!(?:a|the)\s+(?:century|year|decade|month)\b)",
    re.IGNORECASE,
)
#: Words without which no percentage or fraction can be written: cheap to look for first.
_PERCENT_HINT = re.compile(r"%|per|pct")
_FRACTION_WORDS = frozenset(key.replace("-", " ").split()[-1].rstrip("s") for key in FRACTIONS)
_ORDINAL_BEFORE = re.compile(r"(?:first|second|third|fourth|last|final)\s$", re.IGNORECASE)

_QUANTITY_UNITS: dict[str, tuple[str, int]] = {
    "tonne": ("tonne", 1),
    "ton": ("tonne", 1),
    "metric ton": ("tonne", 1),
    "cubic metre": ("cubic_metre", 1),
    "cubic meter": ("cubic_metre", 1),
    "bcm": ("cubic_metre", 10**9),
    "barrel": ("barrel", 1),
    "kilometre": ("kilometre", 1),
    "kilometer": ("kilometre", 1),
    "km": ("kilometre", 1),
}
_UNIT_ALT = alternation(_QUANTITY_UNITS)
_QUANTITY = re.compile(
    rf"(?<![\w.,])(?P<num>{NUMERAL})(?P<scale>{SCALE})?(?:\s|-)(?P<unit>{_UNIT_ALT})(?:e?s)?\b",
    re.IGNORECASE,
)

# A count starts with a numeral and an optional scale; the counted noun follows within a few words.
_COUNT = re.compile(
    rf"(?<![\w.,$€£¥%/-])(?P<num>{NUMERAL})(?P<scale>\s(?i:million|billion|thousand|lakhs?(?:[\s-]crores?)?|crores?)\b)?(?=\s)",
)
_NEXT_WORD = re.compile(r"\s(?P<word>[A-Za-zÀ-ÿ][\w’'-]*)")
_IRREGULAR_PLURALS = frozenset(
    [
        "people",
        "memoranda",
        "staff",
        "personnel",
        "children",
        "men",
        "women",
        "cattle",
        "sheep",
        "livestock",
        "head",
        "police",
    ]
)
#: Plural nouns after a numeral that measure time, size or money rather than count things.
_NOT_COUNTED = frozenset(
    [
        "years",
        "months",
        "weeks",
        "days",
        "hours",
        "minutes",
        "seconds",
        "decades",
        "centuries",
        "times",
        "percent",
        "points",
        "tonnes",
        "tons",
        "metres",
        "meters",
        "kilometres",
        "kilometers",
        "miles",
        "barrels",
        "dollars",
        "euros",
        "pounds",
        "yuan",
        "rubles",
        "roubles",
        "rupees",
        "megawatts",
        "gigawatts",
        "kilowatts",
        "degrees",
        "hectares",
        "acres",
        "litres",
        "liters",
        "kilograms",
        "grams",
        "bn",
        "mn",
        "billion",
        "million",
        "thousand",
        "trillion",
        "per",
        "cent",
        "seats",
        "kilowatt-hours",
        "megawatt-hours",
        "gigawatt-hours",
        "terawatt-hours",
        "kwh",
        "mwh",
        "gwh",
        "twh",
        "gallons",
        "feet",
        "shillings",
        "reais",
        "zlotys",
        "hryvnias",
        "tugriks",
        "soms",
        "dirhams",
        "riyals",
    ]
)
_MOD_STOP = frozenset(
    [
        "of",
        "to",
        "in",
        "the",
        "and",
        "with",
        "for",
        "on",
        "at",
        "by",
        "from",
        "a",
        "an",
        "or",
        "as",
        "than",
        "that",
        "this",
        "those",
        "these",
        "its",
        "their",
        "his",
        "her",
        "our",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "per",
        "each",
        "year",
        "years",
        "percent",
        "month",
        "months",
        "day",
        "days",
    ]
)
_ANAPHORIC_BEFORE = re.compile(
    r"(?:\b(?:the|these|those|both|its|their|his|her|our|all|first|last|top|of\s+the)\s)$",
    re.IGNORECASE,
)
#: "…, against 630 in 2020", "up from 12 a year earlier": a count whose noun is left out.
_ELLIPTIC_COUNT = re.compile(
    r"\b(?:against|compared\s+(?:with|to)|versus|vs\.?|up\s+from|down\s+from)\s+"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?![\w.,%]\d|[\w%$€£¥])"
    r"(?=\s+(?:in|during|a\s+year|the\s+year|last|earlier|before|previously)\b|\s*[,.;)]|\s*$)"
)
_MONTHS = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s$")


def find_percents(body: str, start: int, end: int) -> list[Mention]:
    """Percentages in digits ("64%", "16 per cent") and fractions in words ("a third")."""
    low = body[start:end].lower()
    out: list[Mention] = []
    if _PERCENT_HINT.search(low):
        for m in _PERCENT_RANGE.finditer(body, start, end):
            lo, hi = _number(m.group("lo")), _number(m.group("hi"))
            if lo < hi:
                out += [
                    Mention(m.start(), m.end(), lo, "percent", "percent", "at_least"),
                    Mention(m.start(), m.end(), hi, "percent", "percent", "at_most"),
                ]
        for m in at_numerals(_PERCENT, body, start, end):
            mention = Mention(m.start(), m.end(), _number(m.group("num")), "percent", "percent")
            if not any(mention.overlaps(o) for o in out):
                out.append(mention)
    if not any(word in low for word in _FRACTION_WORDS):
        return out  # the fraction patterns are costly; most sentences have no fraction word
    for pattern in (_FRACTION, _FRACTION_OF, _FRACTION_MORE):
        for m in pattern.finditer(body, start, end):
            if _ORDINAL_BEFORE.search(body, max(start, m.start() - 8), m.start("frac")):
                continue
            mention = Mention(
                m.start("frac"),
                m.end("frac"),
                FRACTIONS[m.group("frac").lower()],
                "percent",
                "percent",
            )
            if not any(mention.overlaps(o) for o in out):
                out.append(mention)
    return out


def find_quantities(body: str, start: int, end: int) -> list[Mention]:
    """Physical quantities in tonnes, cubic metres, barrels and kilometres."""
    out = []
    for m in at_numerals(_QUANTITY, body, start, end):
        unit, factor = _QUANTITY_UNITS[_unit_key(m.group("unit"))]
        number = parse_numeral(m.group("num"))
        if number is None:
            continue
        value = to_float(number, scale_of(m.group("scale")) * factor)
        out.append(Mention(m.start(), m.end(), value, unit, "quantity"))
    return out


def find_counts(body: str, start: int, end: int, taken: list[Mention]) -> list[Mention]:
    """Counts of things, skipping numbers already read as money, percent or quantity.

    A bare number compared with a count ("1,100 companies now operate there, against 630
    in 2020") counts the same things: the noun is left out, not the meaning.
    """
    out: list[Mention] = []
    for m in at_numerals(_COUNT, body, start, end):
        mention = _count(body, m, start, end)
        if mention and not any(mention.overlaps(o) for o in (*taken, *out)):
            out.append(mention)
    if out:
        for m in _ELLIPTIC_COUNT.finditer(body, out[0].end, end):
            number = parse_numeral(m.group("num"))
            if number is None or is_year(m.group("num")):
                continue
            mention = Mention(m.start("num"), m.end("num"), to_float(number), "count", "count")
            if not any(mention.overlaps(o) for o in (*taken, *out)):
                out.append(mention)
    return out


def _count(body: str, m: re.Match[str], floor: int, end: int) -> Mention | None:
    num = m.group("num")
    if is_year(num) or (num.lower() in {"one", "a"} and not m.group("scale")):
        return None
    before = body[max(floor, m.start() - 20) : m.start()]
    if _ANAPHORIC_BEFORE.search(before) or _MONTHS.search(before):
        return None
    noun_end = _counted_noun_end(body, m.end(), end)
    number = parse_numeral(num)
    if noun_end is None or number is None:
        return None
    value = to_float(number, scale_of(m.group("scale")))
    return Mention(m.start(), noun_end, value, "count", "count")


def _counted_noun_end(body: str, pos: int, end: int) -> int | None:
    """End of the counted plural noun after up to three modifiers, or None.

    Two modifiers may be joined by "and"/"or": "14 tungsten and lithium deposits".
    """
    for i in range(6):
        word = _NEXT_WORD.match(body, pos, end)
        if not word:
            return None
        text = word.group("word")
        low = text.lower()
        if low in _NOT_COUNTED:
            return None
        if _is_plural(text):
            return word.end()
        joins = i > 0 and low in {"and", "or"}
        if (low in _MOD_STOP and not joins) or low.endswith("est") or (i >= 4 and not joins):
            return None
        pos = word.end()
    return None


def _is_plural(noun: str) -> bool:
    low = noun.lower()
    if low in _IRREGULAR_PLURALS:
        return True
    if len(low) <= 3 or not low.endswith("s") or low.endswith(("ss", "us", "ous")):
        return False
    # "analysis", "basis" are singular; "Pakistanis", "Emiratis" are people.
    return not low.endswith("is") or noun[:1].isupper()


def _unit_key(text: str) -> str:
    key = " ".join(text.lower().split())
    return key if key in _QUANTITY_UNITS else key.rstrip("s")


def _number(text: str) -> float:
    number = parse_numeral(text)
    return 0.0 if number is None else to_float(number)
