"""Plain one-sentence statements a reader understands without the article.

Relative time is replaced by what it means ("last year" → "in 2023"), a
leading pronoun by the person's name, and every statement ends with a stop.
"""

from __future__ import annotations

import re

from desktop.domain import Period, Role
from desktop.extract.entities import ORGANIZATION_HEADS
from desktop.extract.gazetteer import MONTH_NAMES

_LEADING = re.compile(r"^(?:while|whereas|but|and|although)\s+", re.IGNORECASE)
_PRONOUN_START = re.compile(r"^(?:He|She)\b")
_MONTHS = ["", *MONTH_NAMES]


def sentence_case(text: str) -> str:
    """Collapse blanks, drop a leading connective, capitalise, end with a stop."""
    text = _LEADING.sub("", " ".join(text.split())).strip(" ,;")
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    if text[-1] not in '.!?”"»':
        text += "."
    return text


_PREPOSITION_BEFORE = re.compile(r"(?i)\b(?:in|during|for|of|over)\s+\Z")
_THE_BEFORE = re.compile(r"(?i)\bthe\s+\Z")
_OWNER_BEFORE = re.compile(r"(?i)\b(?:the|its|their|his|her|[\w-]+['’]s)\s+\Z")


def resolve_period(text: str, phrase: str | None, period: Period | None) -> str:
    """Replace the article's relative time words by the resolved label."""
    if not phrase or period is None or not period.start or phrase not in text:
        return text
    if re.fullmatch(r"\d{4}", phrase.strip()) or phrase.lower().startswith(
        ("since", "by ", "until")
    ):
        return text
    label = period.label
    at = text.index(phrase)
    article = _THE_BEFORE.search(text, 0, at)
    if article and _PREPOSITION_BEFORE.search(text, 0, article.start()):
        text, at = text[: article.start()] + text[at:], article.start()  # "in the" + label
    # "in India's 2024-25 financial year" → "in India's FY 2024-25"
    has_preposition = _PREPOSITION_BEFORE.search(text, 0, at) or _OWNER_BEFORE.search(text, 0, at)
    if has_preposition or re.match(r"(?i)(?:in|during|for)\s", phrase):
        replacement = label if has_preposition else f"in {label}"
    else:
        replacement = f"in {label}"
    return text[:at] + replacement + text[at + len(phrase) :]


def name_pronoun(text: str, name: str | None) -> str:
    """ "He also noted …" → "Bektenov also noted …" when the person is known."""
    if name and _PRONOUN_START.match(text):
        return _PRONOUN_START.sub(name, text, count=1)
    return text


def quote_statement(speaker: str | None, inner: str) -> str:
    words = " ".join(inner.split()).rstrip(" ,;")
    if words and words[-1] not in ".!?":
        words += "."
    return f"{speaker or 'Unattributed'}: “{words}”"


_NEEDS_THE = re.compile(r"^(?:United|Netherlands|Philippines|Czech Republic|European|Gambia)\b")
_SPEECH_START = re.compile(r"^(?:said|added|noted|told|announced|stressed)\b")


_SUBJECT_START = re.compile(r"^(?:the|its|their|his|her|our|this|these|those|it|they|he|she|we)\b")


def is_fragment(text: str) -> bool:
    """A clause that needs its sentence: "which holds …", "an increase of 9.4%", "plans to …",
    "[and] 94% of payments …" (a clause that opens with its number)."""
    rest = _LEADING.sub("", text.strip())
    if rest[:1].isdigit():
        return True
    return bool(rest) and rest[0].islower() and not _SUBJECT_START.match(rest)


def with_speaker(text: str, name: str | None) -> str:
    """ "said British investors had …" (a clause split off "X … and said") → "Marsh said …"."""
    if name and _SPEECH_START.match(text):
        return f"{name} {text}"
    return text


#: Last words of a body named with "the" ("the Ministry of Energy", "the Xinjiang Uygur
#: Autonomous Region", "the Development Bank"); a company's own name takes none
#: ("chairman of Zhongyuan", "president of SOCAR").
_BODY_WORDS = frozenset(
    [
        *ORGANIZATION_HEADS,
        *("Region", "Province", "Oblast", "District", "Prefecture", "Municipality", "Committee"),
        *("Republic", "Federation", "Kingdom", "Emirates", "States", "Government", "Cabinet"),
        *("Centre", "Center", "University", "Academy", "Court", "Senate", "Mission", "Embassy"),
        *("Association", "Foundation", "Society", "Confederation", "Alliance", "League"),
    ]
)


def _is_body(organization: str) -> bool:
    words = organization.split()
    return len(words) > 1 and (
        " of " in organization
        or " for " in organization
        or words[-1].capitalize() in _BODY_WORDS
        or bool(_NEEDS_THE.match(organization))
    )


#: Words only a company's officer's title holds: with no company named, "Chief Executive of
#: South Africa" would make a country of whatever country the person was placed in.
_CORPORATE = re.compile(
    r"\b(?:Chief|Executive|CEO|Managing|Manager|Founder|Officer|Partner|Board)\b"
)


_OWNED = re.compile(r"the\s|[\w-]+['’]s\s")


def role_statement(name: str, role: Role) -> str:
    where = role.organization or (None if _CORPORATE.search(role.title) else role.country)
    if where:
        needs_the = (
            _is_body(role.organization) if role.organization else bool(_NEEDS_THE.match(where))
        )
        # "of the customs committee", but "of India's foreign ministry"
        article = "the " if needs_the and not _OWNED.match(where) else ""
        return f"{name} is {role.title} of {article}{where}."
    return f"{name} is {role.title}."


def meeting_statement(names: list[str], place: str | None, day: str | None) -> str:
    if not names:
        return ""
    who = names[0] if len(names) == 1 else f"{names[0]} met {_join(names[1:])}"
    if len(names) == 1:
        who = f"{names[0]} held a meeting"
    where = f" in {place}" if place else ""
    return f"{who}{where}{' on ' + human_date(day) if day else ''}."


def call_statement(names: list[str], day: str | None, how: str = "by telephone") -> str:
    """ "X spoke by telephone with Y on 13 May 2025." ("by video link" for a video call)"""
    if len(names) < 2:
        return meeting_statement(names, None, day)
    when = f" on {human_date(day)}" if day else ""
    return f"{names[0]} spoke {how} with {_join(names[1:])}{when}."


def visit_statement(name: str | None, place: str | None, day: str | None) -> str:
    when = f" on {human_date(day)}" if day else ""
    return f"{name or 'An official'} visited {place or 'abroad'}{when}."


def human_date(day: str) -> str:
    """'2024-03-26' → '26 March 2024'."""
    try:
        year, month, dd = day.split("-")
        return f"{int(dd)} {_MONTHS[int(month)]} {year}"
    except (ValueError, IndexError):
        return day


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
