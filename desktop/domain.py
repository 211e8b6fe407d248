"""The nouns of Fact Browser: articles, facts, entities and their evidence.

Plain dataclasses with no behaviour beyond validation and (de)serialisation, so
that every other layer (extraction, store, Qt views, command line) speaks the
same vocabulary. ``Fact.to_dict`` is the JSON fact contract of DESIGN.md.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Topic(StrEnum):
    TRADE = "trade"
    INVESTMENT = "investment"
    OFFICIALS = "officials"
    MEETINGS = "meetings"
    COOPERATION = "cooperation"
    ECONOMY = "economy"
    GEOGRAPHY = "geography"
    DIPLOMACY = "diplomacy"


class Kind(StrEnum):
    FIGURE = "figure"
    EVENT = "event"
    QUOTE = "quote"
    ROLE = "role"
    STATEMENT = "statement"


class Qualifier(StrEnum):
    EXACT = "exact"
    APPROX = "approx"
    MORE_THAN = "more_than"
    LESS_THAN = "less_than"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"


class Origin(StrEnum):
    CURATED = "curated"
    EXTRACTED = "extracted"
    DERIVED = "derived"


class EntityKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    PLACE = "place"
    INITIATIVE = "initiative"


#: Units a fact may carry besides ISO 4217 currency codes (three capitals).
PLAIN_UNITS = frozenset({"percent", "count", "tonne", "kilometre", "barrel", "cubic_metre"})


def is_valid_unit(unit: str | None) -> bool:
    return (
        unit is None
        or unit in PLAIN_UNITS
        or (len(unit) == 3 and unit.isalpha() and unit.isupper())
    )


class ContractError(ValueError):
    """A fact or entity breaks the contract (bad enum value, evidence mismatch…)."""


@dataclass(frozen=True, slots=True)
class Evidence:
    """The exact words a fact stands on: ``article.text[start:end] == text``."""

    text: str
    start: int
    end: int

    def check_against(self, article_text: str) -> None:
        if not (0 <= self.start <= self.end <= len(article_text)):
            raise ContractError(f"evidence span {self.start}:{self.end} lies outside the article")
        if article_text[self.start : self.end] != self.text:
            raise ContractError(
                f"evidence {self.text[:40]!r} is not the article text at {self.start}:{self.end}"
            )

    @classmethod
    def locate(cls, article_text: str, snippet: str, occurrence: int = 1) -> Evidence:
        """Evidence for the ``occurrence``-th appearance of ``snippet`` in the article."""
        start = -1
        for _ in range(occurrence):
            start = article_text.find(snippet, start + 1)
            if start < 0:
                raise ContractError(f"{snippet[:40]!r} does not occur in the article")
        return cls(snippet, start, start + len(snippet))


@dataclass(frozen=True, slots=True)
class Period:
    """A span of time a figure covers; ``label`` keeps the article's own words."""

    start: str | None
    end: str | None
    label: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "label": self.label}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Period | None:
        if not data:
            return None
        return cls(data.get("start"), data.get("end"), data.get("label") or "")


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    organization: str | None = None
    country: str | None = None


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    kind: EntityKind
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind.value,
            "aliases": list(self.aliases),
            "roles": [asdict(role) for role in self.roles],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        try:
            return cls(
                id=data["id"],
                name=data["name"],
                kind=EntityKind(data["kind"]),
                aliases=list(data.get("aliases") or []),
                roles=[Role(**role) for role in data.get("roles") or []],
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ContractError(f"entity {data.get('id')!r}: {exc}") from exc


@dataclass(slots=True)
class Fact:
    id: str
    article_id: str
    topic: Topic
    kind: Kind
    statement: str
    evidence: Evidence
    value: float | None = None
    unit: str | None = None
    qualifier: Qualifier = Qualifier.EXACT
    period: Period | None = None
    date: str | None = None
    entities: list[str] = field(default_factory=list)
    origin: Origin = Origin.CURATED
    reviewed: bool = False
    #: For derived facts: the ids of the facts whose numbers this one is computed from.
    derived_from: list[str] = field(default_factory=list)
    #: For derived facts: the arithmetic in plain words, e.g. "20.3e9 / 31.5e9 × 100".
    formula: str | None = None

    def __post_init__(self) -> None:
        if not is_valid_unit(self.unit):
            raise ContractError(f"fact {self.id}: unknown unit {self.unit!r}")
        if (self.value is None) != (self.unit is None):
            raise ContractError(f"fact {self.id}: a value needs a unit and a unit needs a value")
        if self.origin is Origin.DERIVED and not self.derived_from:
            raise ContractError(f"fact {self.id}: a derived fact must name its inputs")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "topic": self.topic.value,
            "kind": self.kind.value,
            "statement": self.statement,
            "value": self.value,
            "unit": self.unit,
            "qualifier": self.qualifier.value,
            "period": self.period.to_dict() if self.period else None,
            "date": self.date,
            "entities": list(self.entities),
            "evidence": {
                "text": self.evidence.text,
                "start": self.evidence.start,
                "end": self.evidence.end,
            },
            "origin": self.origin.value,
            "reviewed": self.reviewed,
            "derived_from": list(self.derived_from),
            "formula": self.formula,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Fact:
        try:
            evidence = data["evidence"]
            value = data.get("value")
            return cls(
                id=data["id"],
                article_id=data["article_id"],
                topic=Topic(data["topic"]),
                kind=Kind(data["kind"]),
                statement=data["statement"],
                evidence=Evidence(evidence["text"], int(evidence["start"]), int(evidence["end"])),
                value=None if value is None else float(value),
                unit=data.get("unit"),
                qualifier=Qualifier(data.get("qualifier") or "exact"),
                period=Period.from_dict(data.get("period")),
                date=data.get("date"),
                entities=list(data.get("entities") or []),
                origin=Origin(data.get("origin") or "curated"),
                reviewed=bool(data.get("reviewed", False)),
                derived_from=list(data.get("derived_from") or []),
                formula=data.get("formula"),
            )
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, ContractError):
                raise
            raise ContractError(f"fact {data.get('id')!r}: {exc}") from exc


@dataclass(slots=True)
class Article:
    id: str
    text: str
    title: str
    date: str | None = None
    place: str | None = None
    source: str | None = None

    @staticmethod
    def id_for(text: str) -> str:
        """Content-addressed id, so the same text imported twice is the same article."""
        return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date,
            "place": self.place,
            "source": self.source,
            "text": self.text,
        }
