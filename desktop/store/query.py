"""The search language, parsed into a small tree.

The parser is forgiving where a person is still typing (an unclosed quote or
parenthesis, a dangling ``OR`` or ``-``) and strict where the words are wrong
(an unknown field or topic, a number that is not a number): those raise
:class:`QueryError` with one sentence a user can act on. It never raises
anything else, whatever the input: the property tests hold it to that.

Grammar (implicit AND binds loosest, then OR, then ``-``)::

    query  := clause*
    clause := unary ("OR" unary)*
    unary  := "-"? atom
    atom   := "(" query ")" | '"phrase"' | field | word
    field  := NAME (":" | "=" | ">" | ">=" | "<" | "<=") value
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from desktop.domain import EntityKind, Kind, Origin, Qualifier, Topic, is_valid_unit
from desktop.store.text import words

Op = Literal["=", ">", ">=", "<", "<="]


class QueryError(ValueError):
    """The query cannot be run; the message says why in one sentence."""


@dataclass(frozen=True, slots=True)
class Words:
    """Free words, matched as prefixes (``urum`` finds Ürümqi)."""

    text: str


@dataclass(frozen=True, slots=True)
class Phrase:
    """A quoted phrase, matched word for word and in order."""

    text: str


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    op: Op
    value: str | float | int | bool


@dataclass(frozen=True, slots=True)
class Not:
    child: Node


@dataclass(frozen=True, slots=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    children: tuple[Node, ...]


Node = Words | Phrase | Field | Not | And | Or

ENTITY_FIELDS = {
    "person": EntityKind.PERSON,
    "place": EntityKind.PLACE,
    "org": EntityKind.ORGANIZATION,
    "organization": EntityKind.ORGANIZATION,
    "initiative": EntityKind.INITIATIVE,
    "entity": None,
}
_ENUM_FIELDS: dict[str, type[Topic | Kind | Qualifier | Origin]] = {
    "topic": Topic,
    "kind": Kind,
    "qualifier": Qualifier,
    "origin": Origin,
}
_NUMERIC_FIELDS = {"value", "year"}
_TEXT_FIELDS = {"unit", "date", "article", "id", "reviewed"}
FIELDS = sorted({*ENTITY_FIELDS, *_ENUM_FIELDS, *_NUMERIC_FIELDS, *_TEXT_FIELDS})

_TOKEN = re.compile(
    r"""
      (?P<space>\s+)
    | (?P<lpar>\()
    | (?P<rpar>\))
    | (?P<phrase>"[^"]*"?)
    | (?P<field>[A-Za-z_]+(?:>=|<=|[:=<>])(?:"[^"]*"?|[^\s()"]*))
    | (?P<minus>-(?=\S))
    | (?P<word>[^\s()"]+)
    """,
    re.VERBOSE,
)
_FIELD_SPLIT = re.compile(r"([A-Za-z_]+)(>=|<=|[:=<>])(.*)", re.DOTALL)
_NUMBER = re.compile(r"^([+-]?(?:\d[\d,]*\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*([a-z%$]*)$", re.IGNORECASE)
_MULTIPLIERS = {
    "": 1.0,
    "%": 1.0,
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "million": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "billion": 1e9,
    "t": 1e12,
    "tn": 1e12,
    "trillion": 1e12,
}
_UNIT_SYNONYMS = {"$": "USD", "%": "percent", "¥": "CNY", "€": "EUR", "₸": "KZT", "yuan": "CNY"}
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def parse(text: str) -> Node | None:
    """Parse ``text``; ``None`` means an empty query (everything matches)."""
    tokens = [(kind, value) for kind, value in _tokenize(text) if kind != "space"]
    parser = _Parser(tokens)
    node = parser.query(top=True)
    return node


def _tokenize(text: str) -> list[tuple[str, str]]:
    tokens = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "word"
        tokens.append((kind, match.group()))
    return tokens


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens = tokens
        self.pos = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def query(self, top: bool = False) -> Node | None:
        clauses: list[Node] = []
        while (token := self.peek()) is not None:
            if token[0] == "rpar":
                self.pos += 1
                if top:
                    continue  # a stray ")" while typing: ignore it
                break
            clause = self.clause()
            if clause is not None:
                clauses.append(clause)
        return _combine(And, clauses)

    def clause(self) -> Node | None:
        options: list[Node] = []
        first = self.unary()
        if first is not None:
            options.append(first)
        while (token := self.peek()) is not None and token == ("word", "OR"):
            self.pos += 1
            nxt = self.unary()
            if nxt is not None:
                options.append(nxt)
        return _combine(Or, options)

    def unary(self) -> Node | None:
        token = self.peek()
        if token is None:
            return None
        if token[0] == "minus":
            self.pos += 1
            child = self.atom()
            return Not(child) if child is not None else None
        return self.atom()

    def atom(self) -> Node | None:
        token = self.peek()
        if token is None:
            return None
        kind, value = token
        if kind == "rpar":
            return None
        self.pos += 1
        if kind == "lpar":
            return self.query()
        if kind == "phrase":
            inner = value.strip('"')
            return Phrase(inner) if words(inner) else None
        if kind == "field":
            return _field(value)
        if kind == "minus":
            return self.atom()
        if value == "OR" or not words(value):
            return None  # a dangling OR, or punctuation that no index holds
        return Words(value)


def _combine(cls: type[And] | type[Or], nodes: list[Node]) -> Node | None:
    if not nodes:
        return None
    if len(nodes) == 1:
        return nodes[0]
    return cls(tuple(nodes))


def _field(token: str) -> Node:
    match = _FIELD_SPLIT.fullmatch(token)
    assert match is not None  # the tokenizer only yields tokens of this shape
    name, op, raw = match.group(1).lower(), match.group(2), match.group(3)
    op = "=" if op == ":" else op
    raw = raw.strip('"').strip()
    if name not in FIELDS:
        raise QueryError(f"Unknown field “{name}”; fields are: {', '.join(FIELDS)}.")
    if not raw:
        raise QueryError(f"“{name}{match.group(2)}” needs a value after it.")
    if name in _NUMERIC_FIELDS:
        return Field(name, op, _number(name, raw))  # type: ignore[arg-type]
    if op != "=" and name != "date":
        raise QueryError(f"“{name}” takes “{name}:value”, not a comparison.")
    if name in _ENUM_FIELDS:
        return Field(name, "=", _enum_value(name, raw))
    if name == "unit":
        unit = _UNIT_SYNONYMS.get(raw.lower()) or (
            raw.upper() if len(raw) == 3 and raw.isalpha() else raw.lower()
        )
        if not is_valid_unit(unit):
            raise QueryError(
                f"Unknown unit “{raw}”; use a currency code (USD, CNY, KZT…) or percent, count, tonne."
            )
        return Field("unit", "=", unit)
    if name == "date":
        if not _DATE.match(raw):
            raise QueryError(f"“{raw}” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.")
        return Field("date", op, raw)  # type: ignore[arg-type]
    if name == "reviewed":
        if raw.lower() not in {"yes", "no", "true", "false", "1", "0"}:
            raise QueryError("“reviewed” takes yes or no.")
        return Field("reviewed", "=", raw.lower() in {"yes", "true", "1"})
    if not words(raw):
        raise QueryError(f"“{name}:” needs a name or word after it.")
    return Field(name, "=", raw)


def _enum_value(name: str, raw: str) -> str:
    enum = _ENUM_FIELDS[name]
    allowed = [member.value for member in enum]
    wanted = raw.lower()
    if name == "kind" and wanted.endswith("s") and wanted[:-1] in allowed:
        wanted = wanted[:-1]  # "kind:quotes" reads naturally
    if wanted in allowed:
        return wanted
    raise QueryError(f"Unknown {name} “{raw}”; {name}s are: {', '.join(allowed)}.")


def _number(name: str, raw: str) -> float | int:
    cleaned = raw.replace("$", "").replace(" ", "")
    match = _NUMBER.match(cleaned)
    if match:
        digits, suffix = match.group(1).replace(",", ""), match.group(2).lower()
        if suffix in _MULTIPLIERS and not (name == "year" and suffix):
            try:
                number = float(digits) * _MULTIPLIERS[suffix]
            except ValueError:
                number = None
            if number is not None and number == number and abs(number) != float("inf"):
                if name == "year":
                    if number != int(number) or not 1 <= number <= 9999:
                        raise QueryError(f"“{raw}” is not a year.")
                    return int(number)
                return number
    if name == "year":
        raise QueryError(f"“{raw}” is not a year.")
    raise QueryError(f"“{raw}” is not a number; write e.g. value>1e9, value>1.5bn or value<50%.")
