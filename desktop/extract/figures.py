"""Figures: every number of the article, typed, qualified and placed in time.

Per sentence, money, quantities, percentages and counts are read (in that
priority where they overlap: "1.9 million tonnes" is a quantity, not a count).
Each gets the clause it sits in as evidence, a qualifier from its cue words,
and the period written nearest to it in its clause; a period fronting the
sentence ("In January, …") covers every clause, and "over the period" reuses
the previous figure's period.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

from desktop.domain import Period, Qualifier
from desktop.extract.dates import PeriodMention, find_periods, shift_year
from desktop.extract.measures import find_counts, find_percents, find_quantities
from desktop.extract.mentions import Mention
from desktop.extract.money import find_money
from desktop.extract.numbers import (
    FRACTION,
    NUMERAL,
    SCALE,
    SCALES,
    is_year,
    numeral_starts,
    parse_numeral,
    scale_of,
    to_float,
)
from desktop.extract.qualifiers import qualifier_for
from desktop.extract.sentences import Span, clauses

_SAME_PERIOD = re.compile(
    r"\b(?:over|during|in|for)\s+the\s+(?:same\s+)?period\b(?!\s+(?:of|last|a\s+year))",
    re.IGNORECASE,
)
#: A share of something already named ("accounts for over 64% of the total") covers its period.
_SHARE = re.compile(
    r"\b(?:of\s+the\s+total|accounts?\s+for|accounting\s+for|share\s+of)\b", re.IGNORECASE
)
#: A clause that goes on in the time frame of the one before: "exports fell to $1.2 billion
#: in 2024, while imports stood at $441 million", "… $3.9 billion in 2024, which is 9.2%
#: more than a year earlier".
_CONTINUES = re.compile(
    r"(?:while|whereas)\s|which\s+(?:is|was|represents|represented|marks|marked|means|meant"
    r"|sold|bought|spent|paid|\w+ed)\b"  # "China, which sold Nigeria about $20.3 billion"
    r"|(?P<that>and\s+that)\s"
)
#: What a clause says of a time still to come: no period of the clause before is its own.
_AHEAD = re.compile(
    r"\b(?:will|would|could|should|may|might|expects?|expected|aims?|aiming|target|targets|plans?"
    r"|planned|forecasts?|projected|seeks?|hopes?|intends?|goal)\b"
)
#: A reported clause goes on in the same time when it reports the past as well.
_PAST = re.compile(
    r"\b(?:was|were|had|rose|fell|grew|reached|increased|decreased|declined|totall?ed|amounted"
    r"|stood|jumped|dropped|climbed|surged|doubled|came|exceeded|slipped|gained)\b"
)
_PRESENT = re.compile(
    r"\b(?:is|are|operate|operates|work|works|live|lives|employ|employs|remain|remains)\b"
)
_DIGIT = re.compile(r"\d")
#: A fraction in words ("a third", "half"): the one figure that starts without a numeral.
_FRACTION_PHRASE = re.compile(rf"(?<!\w)(?:{FRACTION})(?!\w)", re.IGNORECASE)
_CURRENCY_SIGN = r"US\$|A\$|\$|€|£|¥|₹"
#: Words before "from" that make "from X to Y" a range: "vary from", "range in size from".
_SPREAD = r"(?:(?:var(?:y|ies|ied|ying)|rang(?:e|es|ed|ing))(?:\s+in\s+\w+)?|anywhere)"
#: The lower end of a range, or the start of a change, written without a unit of its own:
#: "between 5 million and 6 million tonnes", "from 1.2 trillion to 1.5 trillion tenge".
_BETWEEN = re.compile(
    rf"\b(?:between|(?P<spread>{_SPREAD}\s+from)|(?P<change>from))"
    rf"\s+(?:(?:{_CURRENCY_SIGN})\s?)?(?P<num>{NUMERAL})(?P<scale>{SCALE})?"
    r"\s+(?(change)to|(?(spread)(?:up\s+)?to|and))\s+$",
    re.IGNORECASE,
)
#: How far apart the two ends of a change may be ("rose from 2 to 45 per cent"); further,
#: "from 2026 to 1.5 million tonnes" is a start in time, not a change.
_CHANGE_RATIO = 100
_NOW = re.compile(r"\b(?:[Tt]oday|currently|now|as\s+of\s+today)\b")
_FRONT_GAP = 4


@dataclass(frozen=True, slots=True)
class Figure:
    mention: Mention
    clause: Span
    qualifier: Qualifier
    period: Period | None
    #: The period phrase used, so the statement can say "in 2023" for "last year".
    period_span: tuple[int, int] | None
    date: str | None


def find_figures(
    body: str,
    sentence: Span,
    ref: date | None,
    last: Period | None,
    same_paragraph: bool = False,
    periods: list[PeriodMention] | None = None,
    home: str | Sequence[str] | None = None,
) -> list[Figure]:
    """All figures of one sentence, left to right.

    ``last`` is the period of the previous figure; ``same_paragraph`` says whether
    that figure sits in this sentence's paragraph, where a share may inherit it.
    ``periods`` are the article's time phrases when the caller has found them once;
    ``home`` is the currency of the article's country, or its currencies in order.
    """
    mentions = figure_mentions(body, sentence, home)
    if not mentions:
        return []
    if periods is None:
        periods = find_periods(body, sentence.start, sentence.end, ref)
    else:
        periods = [p for p in periods if sentence.start <= p.start < sentence.end]
    share = _SHARE.search(body, sentence.start, sentence.end)
    inherit = last if same_paragraph and not periods and share else None
    parts = clauses(body, sentence)
    fronted = [p for p in periods if _fronts(body, sentence, p, mentions[0]) and not p.baseline]
    today = ref.isoformat() if ref and _NOW.search(body, sentence.start, sentence.end) else None
    bound = _bound_periods(body, mentions, periods)
    out: list[Figure] = []
    carried: tuple[Period | None, tuple[int, int] | None] = (None, None)
    carried_from: Span | None = None
    for mention in mentions:
        clause = next((c for c in parts if c.start <= mention.start < c.end), sentence)
        period, span = _period(body, mention, clause, periods, fronted, last, bound)
        if period is None and inherit is not None and share and mention.start > share.start():
            period = inherit if mention.kind in {"money", "percent"} else None
        if period is None and carried[0] and _continues(body, clause, mention.kind):
            period, span = carried
        if period is not None:
            last = period
            own = mention.start not in bound and not _COMPARED_BEFORE.search(
                body, max(clause.start, mention.start - 30), mention.start
            )  # "rose to $3 billion from $2 billion in 2023": 2023 is the baseline's
            if own and carried_from != clause:  # the clause's own time: its first dated figure's
                carried, carried_from = (period, span), clause
        qualifier = (
            Qualifier(mention.qualifier)
            if mention.qualifier
            else qualifier_for(body, mention.start, mention.end, clause.start)
        )
        out.append(
            Figure(
                mention,
                clause,
                qualifier,
                period,
                span,
                today if period is None else None,
            )
        )
    return out


def _continues(body: str, clause: Span, kind: str) -> bool:
    """Whether ``clause`` goes on in the time frame of the clause before it; not when it
    speaks of the present ("while … now operate 230", "while 1,100 companies are there") or
    of what is to come ("while the leaders set a target of $10 billion"), and for "and that"
    only when it reports a flow in the past too ("and that imports fell 5%"), not a stock
    ("and that 230 companies had set up there")."""
    m = _CONTINUES.match(body, clause.start)
    if m is None:
        return False
    if m.group("that") and (
        kind not in {"money", "percent"} or not _PAST.search(body, m.end(), clause.end)
    ):
        return False
    return not (
        _NOW.search(body, clause.start, clause.end)
        or _PRESENT.search(body, m.end(), clause.end)
        or _AHEAD.search(body, m.end(), clause.end)
    )


def figure_mentions(
    body: str, sentence: Span, home: str | Sequence[str] | None = None
) -> list[Mention]:
    if not (
        _DIGIT.search(body, sentence.start, sentence.end)  # also "Rs500", "USD5bn"
        or numeral_starts(body, sentence.start, sentence.end)
        or _FRACTION_PHRASE.search(body, sentence.start, sentence.end)
    ):
        return []  # most figure patterns are costly; a sentence without a numeral has none
    found: list[Mention] = list(find_money(body, sentence.start, sentence.end, home))
    for finder in (find_quantities, find_percents):
        for mention in finder(body, sentence.start, sentence.end):
            if not any(mention.overlaps(other) for other in found):
                found.append(mention)
    found.extend(find_counts(body, sentence.start, sentence.end, found))
    found = _ranges(body, sentence, _shared_scale(body, found))
    found.sort(key=lambda m: m.start)
    return found


def _fronts(body: str, sentence: Span, period: PeriodMention, first: Mention) -> bool:
    """A period opening the sentence, or its main clause after an attribution ("According
    to the committee, in 2024 exports …"), dates every figure that follows it."""
    if period.start - sentence.start <= _FRONT_GAP:
        return True
    before = body[max(sentence.start, period.start - 3) : period.start]
    return period.end <= first.start and before.rstrip(" ").endswith(",")


def _ranges(body: str, sentence: Span, found: list[Mention]) -> list[Mention]:
    """ "between 5 million and 6 million tonnes": the lower end borrows the upper end's unit;
    "€1 billion to €1.5 billion" is a range too, "from $1 billion to $2 billion" a change."""
    out = _to_ranges(body, sentence, found)
    for i, upper in enumerate(found):
        m = _BETWEEN.search(body, max(sentence.start, upper.start - 40), upper.start)
        number = parse_numeral(m.group("num")) if m else None
        if m is None or number is None or upper.qualifier:
            continue
        scale = scale_of(m.group("scale")) if m.group("scale") else _scale_in(body, upper)
        change = bool(m.group("change"))  # a change's start is a figure of its own, exact
        start_value = to_float(number, scale)
        if change and not _changes_from(m, start_value, upper.value):
            continue
        lower = Mention(
            m.start("num"),
            m.end("scale") if m.group("scale") else m.end("num"),
            start_value,
            upper.unit,
            upper.kind,
            None if change else "at_least",
        )
        same = [j for j, other in enumerate(out) if other.overlaps(lower) and j != i]
        if change:
            if not same:  # "from $1 billion to $2 billion" has both ends already
                out.append(lower)
            continue
        if lower.value >= upper.value:
            continue
        out[i] = replace(upper, qualifier="at_most")
        if same:  # "between $5 billion and $6 billion": the lower end is already read
            out[same[0]] = replace(out[same[0]], qualifier="at_least")
        else:
            out.append(lower)
    return out


#: The upper end of a pair whose scale word both ends share: "US$ 1.5 and 2 billion",
#: "$1.5 to $2 billion", "$20 or 30 million".
_UPPER_END = re.compile(
    rf"\s*(?:(?P<and>and)|to|or)\s+(?:(?:{_CURRENCY_SIGN})\s?)?(?P<num>{NUMERAL})(?P<scale>{SCALE})",
    re.IGNORECASE,
)
#: A numeral with its scale word: "1.5 billion", "$500m", "two trillion".
_SCALED = re.compile(rf"(?:{NUMERAL})(?:{SCALE})", re.IGNORECASE)


def _shared_scale(body: str, found: list[Mention]) -> list[Mention]:
    """A sum written without its scale word before one written with it takes that word:
    "between US$ 1.5 and 2 billion" is $1.5 billion to $2 billion, not $1.5. The upper end
    is money too when only the lower end names the currency. Not when the upper end
    counts something else ("$40 and 200 million doses") or the sums would not ascend."""
    out = list(found)
    for i, lower in enumerate(found):
        if lower.kind != "money" or _SCALED.search(body, lower.start, lower.end):
            continue
        upper = _UPPER_END.match(body, lower.end)
        number = parse_numeral(upper.group("num")) if upper else None
        if upper is None or number is None:
            continue
        if upper.group("and") and _SUBJECT_AFTER.match(body, upper.end()):
            continue  # "a dose costs $3 and 10 million will be delivered"
        scale = scale_of(upper.group("scale"))
        end = Mention(upper.start("num"), upper.end("scale"), to_float(number, scale), "", "")
        there = [m for m in found if m.overlaps(end)]
        if any(m.kind != "money" or m.unit != lower.unit for m in there):
            continue
        value = lower.value * scale
        if scale == 1 or value >= end.value:
            continue
        out[i] = replace(lower, value=value)
        if not there:
            out.append(replace(end, unit=lower.unit, kind="money"))
    return out


def _to_ranges(body: str, sentence: Span, found: list[Mention]) -> list[Mention]:
    out = list(found)
    order = sorted(range(len(found)), key=lambda i: found[i].start)
    for i, j in pairwise(order):
        lower, upper = found[i], found[j]
        if (
            lower.kind == upper.kind
            and lower.unit == upper.unit
            and lower.value < upper.value
            and not (lower.qualifier or upper.qualifier)
            and (
                _ranges_to(body, sentence, lower, upper)
                if lower.kind == "money"
                # "between 15% and 20%"; a percentage "to" another is a change ("up 5% to 7%")
                else lower.kind == "percent" and _between(body, sentence, lower, upper)
            )
        ):
            out[i] = replace(lower, qualifier="at_least")
            out[j] = replace(upper, qualifier="at_most")
    return out


def _between(body: str, sentence: Span, lower: Mention, upper: Mention) -> bool:
    return bool(
        _AND.fullmatch(body, lower.end, upper.start)
        and _BETWEEN_BEFORE.search(body, max(sentence.start, lower.start - 30), lower.start)
    )


def _ranges_to(body: str, sentence: Span, lower: Mention, upper: Mention) -> bool:
    """ "€1 billion to €1.5 billion" and "between R20 billion and R25 billion" are ranges;
    "from $1 billion to $2 billion" and "grew by $1 billion to $5 billion" are changes."""
    before = max(sentence.start, lower.start - 30)
    if _AND.fullmatch(body, lower.end, upper.start):
        return _between(body, sentence, lower, upper)
    if not _TO.fullmatch(body, lower.end, upper.start):
        return False
    if _SPREAD_BEFORE.search(body, before, lower.start):
        return True  # "bids ranged from $300 million up to $1.2 billion"
    # a change and the level it reached: "from $1 billion to $2 billion", "grew by $0.4
    # trillion to $6.1 trillion"; but "will cut costs by $1 billion to $1.5 billion" and
    # "lost $200 million to $300 million" are ranges
    return not _CHANGE_BEFORE.search(body, before, lower.start)


def _changes_from(m: re.Match[str], start: float, end: float) -> bool:
    """Whether "from X to Y" reads as a change: not "from 2026 to 16 percent", where X is a
    year, unless Y is a number of the same size ("rose from 2000 to 3500 tonnes")."""
    if not end / _CHANGE_RATIO <= start <= end * _CHANGE_RATIO:
        return False
    return (
        m.group("scale") is not None or not is_year(m.group("num")) or end / 2 <= start <= end * 2
    )


_TO = re.compile(r"\s+(?:up\s+)?to\s+")
_AND = re.compile(r"\s+and\s+")
_HEDGE = r"(?:about|around|roughly|some|nearly|almost|approximately|an\s+estimated)\s+"
_BETWEEN_BEFORE = re.compile(rf"\bbetween\s+(?:{_HEDGE})?\Z", re.IGNORECASE)
_SPREAD_BEFORE = re.compile(rf"\b{_SPREAD}\s+from\s+\Z", re.IGNORECASE)
#: A change told in the past, with the level it reached ("rose by $1 billion to $5 billion").
_CHANGE_BEFORE = re.compile(
    r"\b(?:from|of|rose|grew|fell|increased|decreased|declined|jumped|climbed|dropped|surged"
    r"|slipped|soared|plunged|expanded|contracted)(?:\s+by)?\s+\Z",
    re.IGNORECASE,
)
#: What follows a number that is the subject of a clause, not the end of a sum.
_SUBJECT_AFTER = re.compile(
    r"\s+(?:will|would|were|was|are|is|have|has|had|could|may|might|must|should)\b"
)


def _scale_in(body: str, mention: Mention) -> int:
    words = body[mention.start : mention.end].lower().split()
    return next((SCALES[w] for w in words if w in SCALES and len(w) > 2), 1)


#: A comparison's own number: "up from 74% in 2022", "against 630 in 2020", "compared with
#: 290 million lari in the whole of 2024" — the period after it dates that number only.
_COMPARED_BEFORE = re.compile(
    r"\b(?:from|against|compared\s+(?:with|to)|versus|vs\.?|(?<!more\s)(?<!less\s)(?<!fewer\s)than)"
    r"\s+(?:(?:a|an|the)\s+)?$",
    re.IGNORECASE,
)
_GAP_TO_PERIOD = re.compile(r"[\s,]*(?:(?:in|during|for|of|the|whole|all)\s+)*", re.IGNORECASE)


def _bound_periods(
    body: str, mentions: list[Mention], periods: list[PeriodMention]
) -> dict[int, PeriodMention]:
    """Periods that date a comparison's number, keyed by that number's start."""
    out: dict[int, PeriodMention] = {}
    for mention in mentions:
        if not _COMPARED_BEFORE.search(body, max(0, mention.start - 30), mention.start):
            continue
        for p in periods:
            if p.start >= mention.end and p.period is not None and not p.baseline:
                gap = _GAP_TO_PERIOD.match(body, mention.end, p.start)
                if gap and gap.end() == p.start:
                    out[mention.start] = p
                break
    return out


def _period(
    body: str,
    mention: Mention,
    clause: Span,
    periods: list[PeriodMention],
    fronted: list[PeriodMention],
    last: Period | None,
    bound: dict[int, PeriodMention] | None = None,
) -> tuple[Period | None, tuple[int, int] | None]:
    own = bound.get(mention.start) if bound else None
    if own is not None and own.period is not None:
        return own.period, (own.start, own.end)
    taken = {id(p) for p in bound.values()} if bound else set()
    mine = [
        p
        for p in periods
        if clause.start <= p.start < clause.end and p.period is not None and id(p) not in taken
    ]
    earlier = [p for p in mine if p.kind == "year_earlier" and 0 <= p.start - mention.end <= 3]
    usable = [p for p in mine if not p.baseline]
    if earlier and usable and usable[0].period is not None:
        shifted = shift_year(usable[0].period, -1)
        if shifted:
            return shifted, (earlier[0].start, earlier[0].end)
    if _COMPARED_BEFORE.search(body, max(clause.start, mention.start - 30), mention.start):
        # a comparison's number ("up from 16 bcm now") is not of the period named before it
        usable = [p for p in usable if p.start >= mention.end]
    if usable:
        best = min(usable, key=lambda p: _distance(mention, p))
        return best.period, (best.start, best.end)
    if fronted and fronted[0].period is not None:
        return fronted[0].period, (fronted[0].start, fronted[0].end)
    same = _SAME_PERIOD.search(body, clause.start, clause.end)
    if same and last is not None:
        return last, (same.start(), same.end())
    return None, None


def _distance(mention: Mention, period: PeriodMention) -> int:
    if period.start >= mention.end:
        return period.start - mention.end
    return max(0, mention.start - period.end) + 1
