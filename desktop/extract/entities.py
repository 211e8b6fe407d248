"""Places, organisations and initiatives, with aliases merged under one id.

"Xinjiang Uygur Autonomous Region (XUAR)" defines XUAR as an alias, and the
region's own first word ("Xinjiang", "Xinjiang province") refers to it too;
"Kazakh" and "Kazakhstan’s" are Kazakhstan. Well-known acronyms and short
forms resolve through the gazetteer even when the article never spells them
out: "XUAR" alone is the Xinjiang Uygur Autonomous Region, "SOCAR" the State
Oil Company of Azerbaijan Republic. Each entity's id is the slug of
its canonical name, the style of the seed's ids.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from desktop.domain import Entity, EntityKind
from desktop.extract.gazetteer import (
    CITY_COUNTRY,
    COUNTRY_BY_WORD,
    CURRENCY_CODES,
    KNOWN_BY_WORD,
    WHEN_WORDS,
    PhraseIndex,
    slug,
)

_REGION = re.compile(
    r"(?<![\w’'-])(?=[A-ZÀ-ÖØ-ÞĀ-ſȘȚƠƯḀ-ỿ])(?P<name>(?:[A-Z][\w’'-]+\s+){1,3}(?:Autonomous\s+Region|Autonomous\s+Republic|Province|Oblast"
    r"|Region|Prefecture|Governorate|Economic\s+Zone))(?:\s+\((?P<abbr>[A-Z]{2,8})\))?"
)
#: A cheap test before the costly region pattern: most articles name no region.
_REGION_WORDS = re.compile(
    r"Autonomous|Region|Province|Oblast|Prefecture|Governorate|Economic\s+Zone"
)
#: The last word of an organisation's name: "National Bank", "Azerbaijan Railways".
ORGANIZATION_HEADS = (
    *("Ministry", "Bank", "Agency", "Service", "Fund", "Committee", "Council", "Commission"),
    *("Corporation", "Company", "Group", "Organization", "Organisation", "Union", "Chamber"),
    *("Authority", "Office", "Party", "Parliament", "Assembly", "Forum", "Institute"),
    *("Exchange", "Administration", "Bureau", "Board", "Secretariat", "Holding", "Railways"),
    *("Airlines", "Department", "Division", "Directorate"),
)
_ORG_HEAD = "|".join(ORGANIZATION_HEADS)
_ORG = re.compile(
    rf"(?<![\w’'-])(?=[A-ZÀ-ÖØ-ÞĀ-ſȘȚƠƯḀ-ỿ])(?P<name>(?:[A-Z][\w’'-]+\s+(?:of\s+|and\s+|for\s+)?){{0,5}}(?:{_ORG_HEAD})(?![\w’'-])"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+(?:and\s+)?[A-Z][\w’'-]+)*)?)"
    r"(?:\s+\((?P<abbr>[A-Z]{2,8})\))?"
)
_PRESS_SERVICE = re.compile(
    r"(?<![\w’'-])(?=[A-ZÀ-ÖØ-ÞĀ-ſȘȚƠƯḀ-ỿ])(?P<name>(?:[A-Z][\w’'-]+\s+){1,3}press\s+service)"
)
_INITIATIVE = re.compile(
    r"[‘'“\"](?P<quoted>[A-Z][^‘’'“”\"\n]{2,60})[’'”\"]\s+(?:[a-z]+\s+){0,3}"
    r"(?:initiative|strategy|programme|program|plan|project|corridor)\b"
    r"|(?P<name>(?:[A-Z][\w’'-]+\s+(?:and\s+)?){1,4}(?:Initiative|Corridor|Gateway|Programme|Strategy))"
)
#: What ``_INITIATIVE`` needs: a quoted name before a plan word, or a name ending in one.
_INITIATIVE_WORDS = ("Initiative", "Corridor", "Gateway", "Programme", "Strategy")
_QUOTED_PLAN = re.compile(
    r"[’'”\"]\s+(?:[a-z]+\s+){0,3}(?:initiative|strategy|programme|program|plan|project|corridor)\b"
)
#: (A capital first and the look-behind after it: a pattern that opens on a set of letters
#: lets the engine skip to the next capital instead of trying every position.)
_ACRONYM = re.compile(r"(?P<abbr>[A-Z](?<![\w$][A-Z])[A-Z]{2,7})(?![\w$])")
_NOT_ACRONYMS = frozenset(
    [
        *CURRENCY_CODES,
        *WHEN_WORDS,
        "GDP",
        "FDI",
        "CEO",
        "LNG",
        "USA",
        "UAE",
        "PRC",
        "SPA",
        "AFP",
        "TASS",
        "EFE",
        "ASTANA",
        "BERLIN",
    ]
)
_GENERIC_FIRST = frozenset({"The", "State", "National", "Central", "Federal", "New", "Joint"})
_EU = re.compile(r"\b(?:European\s+Union|EU)\b")
_PLACE = PhraseIndex({*COUNTRY_BY_WORD, *CITY_COUNTRY}, not_before="_", not_after="_$")

_KNOWN = PhraseIndex(KNOWN_BY_WORD, not_before="’'-_", not_after="-_")


@dataclass(frozen=True, slots=True)
class EntityMention:
    start: int
    end: int
    entity_id: str


@dataclass(slots=True)
class Registry:
    """Entities of one article with the index from every spelling to an id."""

    entities: dict[str, Entity] = field(default_factory=dict)
    alias: dict[str, str] = field(default_factory=dict)
    #: In reading order (sorted by start).
    mentions: list[EntityMention] = field(default_factory=list)

    def add(self, name: str, kind: EntityKind, *aliases: str) -> str:
        key = self.alias.get(name)
        if key is None:
            key = slug(name)
            if key in self.entities and self.entities[key].kind is not kind:
                key = f"{key}-{kind.value}"
            if key not in self.entities:
                self.entities[key] = Entity(key, name, kind)
        entity = self.entities[key]
        for spelling in (name, *aliases):
            if spelling and spelling not in self.alias:
                self.alias[spelling] = key
            if spelling and spelling != entity.name and spelling not in entity.aliases:
                entity.aliases.append(spelling)
        return key

    def canonical(self, text: str | None) -> str | None:
        """The canonical name of whatever ``text`` refers to, or ``text`` itself."""
        if text is None:
            return None
        key = self.alias.get(text)
        return self.entities[key].name if key else text

    def at(self, start: int, end: int) -> list[str]:
        """Ids of entities mentioned in ``[start, end)``, first mention order, no repeats."""
        return list(dict.fromkeys(m.entity_id for m in starting_in(self.mentions, start, end)))


class _Positioned(Protocol):
    @property
    def start(self) -> int: ...


_M = TypeVar("_M", bound=_Positioned)


def starting_in(mentions: Sequence[_M], start: int, end: int) -> Sequence[_M]:
    """The mentions (in reading order) that start in ``[start, end)``: every figure asks
    which people and places its clause names, so a scan of all mentions each time adds up."""
    first = bisect_left(mentions, start, key=_start_of)
    return mentions[first : bisect_left(mentions, end, lo=first, key=_start_of)]


def _start_of(mention: _Positioned) -> int:
    return mention.start


def find_entities(body: str, dateline: str | None, dateline_end: int = 0) -> Registry:
    """Every place, organisation and initiative named in the article (no acronym from the
    dateline's capitals: "NUR-SULTAN, May 14 (Kazinform)")."""
    reg = Registry()
    if dateline:
        _place(reg, dateline.title() if dateline.isupper() else dateline)
    for _s, _e, word in _KNOWN.finditer(body):  # "XUAR", "SOCAR": one entity, its full name
        row = KNOWN_BY_WORD[word]
        reg.add(row.name, EntityKind(row.kind), *row.aliases)
    if _REGION_WORDS.search(body):
        for m in _REGION.finditer(body):
            _region(reg, m)
    if "press service" in body:
        for m in _PRESS_SERVICE.finditer(body):
            name = " ".join(m.group("name").split())
            reg.add(name, EntityKind.ORGANIZATION, name.split()[0])
    for m in _ORG.finditer(body):
        name = _trim_org(m.group("name"))
        if name and name not in reg.alias:
            reg.add(name, EntityKind.ORGANIZATION, *(filter(None, [m.group("abbr")])))
    if any(word in body for word in _INITIATIVE_WORDS) or _QUOTED_PLAN.search(body):
        for m in _INITIATIVE.finditer(body):
            name = " ".join((m.group("quoted") or m.group("name")).split())
            reg.add(name, EntityKind.INITIATIVE)
    if ("EU" in body or "European" in body) and _EU.search(body):
        reg.add("European Union", EntityKind.ORGANIZATION, "EU")
    for _s, _e, word in _PLACE.finditer(body):
        _place(reg, word)
    for m in _ACRONYM.finditer(body, dateline_end):
        word = m.group("abbr")
        if (
            word not in reg.alias
            and word.title() not in reg.alias
            and word not in _NOT_ACRONYMS
            and word not in COUNTRY_BY_WORD
            and word.title() not in CITY_COUNTRY
        ):
            reg.add(word, EntityKind.ORGANIZATION)
    reg.mentions = _mentions(reg, body)
    return reg


def _place(reg: Registry, word: str) -> None:
    country = COUNTRY_BY_WORD.get(word)
    if country:
        reg.add(country, EntityKind.PLACE, word)
    else:
        reg.add(word, EntityKind.PLACE)


def _region(reg: Registry, m: re.Match[str]) -> None:
    name = " ".join(m.group("name").split())
    first = name.split()[0]
    aliases = [m.group("abbr") or ""]
    if first not in _GENERIC_FIRST and first not in COUNTRY_BY_WORD:
        aliases += [first, f"{first} province", f"{first} region"]
    reg.add(name, EntityKind.PLACE, *aliases)


def _trim_org(raw: str) -> str | None:
    words = raw.split()
    while words and (
        words[0] in {"The", "A", "An"}
        or (words[0] in COUNTRY_BY_WORD and len(words) > 2 and words[1][:1].islower())
    ):
        words.pop(0)
    if len(words) < 2:
        return None
    return " ".join(words)


def _mentions(reg: Registry, body: str) -> list[EntityMention]:
    """Every spelling of every entity, case-sensitively: "china" is porcelain, "China" a place."""
    if not reg.alias:
        return []
    spellings = PhraseIndex(reg.alias)
    return [EntityMention(s, e, reg.alias[name]) for s, e, name in spellings.finditer(body)]
