"""Numerals as wire copy writes them: digits with separators, number words, scale words.

Every figure extractor (money, percentages, counts, tonnes) builds its pattern
from the pieces here, so "4,700", "31.5", "four" and "1.2bn" are read the same
way everywhere and values are computed exactly (``Decimal``) before becoming
floats — ``4.1 * 1e9`` in floats is 4099999999.9999995, which would fail an
equality check against the gold value.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from desktop.extract.patterns import alternation

WORD_NUMBERS: dict[str, int] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "a dozen": 12,
    "dozen": 12,
}

#: Scale words and their multipliers; abbreviations as business wires use them.
SCALES: dict[str, int] = {
    "trillion": 10**12,
    "tn": 10**12,
    "trn": 10**12,
    "billion": 10**9,
    "bn": 10**9,
    "bln": 10**9,
    "b": 10**9,
    "million": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "m": 10**6,
    "thousand": 10**3,
    "k": 10**3,
    "crore": 10**7,
    "cr": 10**7,
    "lakh": 10**5,
    "lakh crore": 10**12,  # Indian "Rs 2 lakh crore", a lakh of crores
}
_PLURAL_SCALES = frozenset({"lakhs", "crores"})  # "Rs 500 crores", "3 lakhs farmers"

#: Fractions written as words ("more than a third") as percentages, one decimal.
FRACTIONS: dict[str, float] = {
    "a third": 33.3,
    "one third": 33.3,
    "one-third": 33.3,
    "two thirds": 66.7,
    "two-thirds": 66.7,
    "a quarter": 25.0,
    "one quarter": 25.0,
    "three quarters": 75.0,
    "three-quarters": 75.0,
    "a fifth": 20.0,
    "one fifth": 20.0,
    "one-fifth": 20.0,
    "a tenth": 10.0,
    "half": 50.0,
    "a half": 50.0,
}

#: A digit numeral: "31.5", "4,700", "1 200" is not accepted (too ambiguous).
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDS_ALT = alternation(WORD_NUMBERS)
#: A numeral in digits or words.
NUMERAL = rf"(?:{DIGITS}|(?i:{_WORDS_ALT})\b)"
#: Long scale words need a word boundary; "m"/"bn"/"tn" may be glued to digits ("$500m"). Any
#: case: "$2 Billion" in a headline, "$500M", "$2B", "€3BN", "Rs 500 Cr".
SCALE = (
    r"(?:[\s-]?(?i:trillion|billion|million|thousand|crores?|lakhs?(?:[\s-]crores?)?)\b"
    r"|\s?(?i:tn|trn|bn|bln|mn|mln)\b|\s?(?i:cr)\b(?!\.\w|-[A-Z])|(?i:m|k|b)\b(?![’'.]\w))"
)
FRACTION = alternation(FRACTIONS)

_NUMERAL_AT = re.compile(rf"(?<![\w.,])(?:{NUMERAL})")


@lru_cache(maxsize=64)
def numeral_starts(body: str, start: int, end: int) -> tuple[int, ...]:
    """Where a numeral begins in ``body[start:end]``: found once per sentence, then shared by
    the money, percentage, quantity and count patterns, which all begin with one."""
    return tuple(m.start() for m in _NUMERAL_AT.finditer(body, start, end))


def at_numerals(
    pattern: re.Pattern[str], body: str, start: int, end: int
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(body, start, end)`` for a pattern that begins with a numeral, tried
    only where one begins instead of at every character."""
    resume = start
    for pos in numeral_starts(body, start, end):
        if pos < resume:
            continue
        m = pattern.match(body, pos, end)
        if m:
            yield m
            resume = max(m.end(), pos + 1)


_SPACE = re.compile(r"\s+")


def parse_numeral(text: str) -> Decimal | None:
    """The value of a numeral in digits or words, or None when it is not one."""
    word = _SPACE.sub(" ", text.strip().lower())
    if word in WORD_NUMBERS:
        return Decimal(WORD_NUMBERS[word])
    try:
        return Decimal(word.replace(",", ""))
    except InvalidOperation:
        return None


def scale_of(text: str | None) -> int:
    """Multiplier for a scale word ("bn", " billion"); 1 when there is none."""
    if not text:
        return 1
    words = text.strip(" -\t\n").lower().replace("-", " ").split()
    return SCALES.get(" ".join(w.removesuffix("s") if w in _PLURAL_SCALES else w for w in words), 1)


def to_float(number: Decimal, scale: int = 1) -> float:
    """Exact product as a float, so 4.1 bn is 4100000000.0 and not …999.9995."""
    return float(number * scale)


def is_year(text: str) -> bool:
    """A bare four-digit number between 1900 and 2100 reads as a year, not a count."""
    return len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100
