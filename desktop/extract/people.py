"""People with their titles and countries, and every place the text refers to them.

A person is found where a title stands in front of a name ("Kazakh Prime
Minister Olzhas Bektenov"), where an appositive follows it ("Erkin Tuniyaz,
deputy secretary of …"), as someone's "counterpart", or as the subject of a
speech verb ("Goyal said"). Later references — the surname alone, "the
President", "the minister", "he" — resolve to the person, which is what quote
attribution and event participants need.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.domain import Role
from desktop.extract.gazetteer import (
    COUNTRY_BY_WORD,
    KNOWN_OFFICIALS,
    SUPRANATIONAL,
    slug,
)
from desktop.extract.titles import (
    COUNTRY_WORD,
    HEADS,
    LOWER_TITLE,
    MODIFIERS,
    TITLE,
    head_words,
    title_case,
)

_NAME_TOKEN = r"[A-ZÀ-Ý][a-zà-ÿ]*(?:[-’'][A-Za-zà-ÿ]+)*"
_PARTICLE = r"(?:bin|bint|ibn|al|el|van|von|de|da|der|di|du|la|le)"
NAME = rf"{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_TOKEN}){{0,3}}"
_SPEECH = (
    r"said|says|told|added|noted|stressed|underscored|underlined|emphasized|emphasised|"
    r"announced|asked|urged|warned|explained|declared|stated|insisted|recalled|remarked|replied|"
    r"pointed\s+out|highlighted|confirmed|wrote|reported"
)
SPEECH_VERBS = _SPEECH

#: "Kazakh Prime Minister Olzhas Bektenov", and the comma form "Argentina's Minister of
#: Economy, Luis Carrizo Ferrer," (which needs the closing comma, or any title-cased phrase
#: followed by a comma would swallow the next capitalised word).
_TITLED = re.compile(
    rf"(?<![\w-])(?=[A-ZÀ-Ý]|the\s)(?:(?P<the>\bthe)\s+)?(?:(?P<country>\b{COUNTRY_WORD})\s+)?"
    rf"(?P<title>\b{TITLE})(?:\s+and\s+(?P<title2>{TITLE}))?(?P<comma>,)?\s+"
    rf"(?:(?:Mr|Ms|Mrs|Dr|Sheikh)\.?\s+)?(?P<name>{NAME})(?(comma),|)"
)
_APPOSITIVE = re.compile(
    rf"(?<![\w-])(?=[A-ZÀ-Ý])(?P<name>{NAME}),\s+(?:the\s+)?(?:(?P<country>{COUNTRY_WORD})\s+)?(?P<title>{LOWER_TITLE})"
    r"(?:\s+(?:of|for|at)\s+(?:the\s+)?(?P<org>[A-Z][\w’'-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w’'-]*)*))?"
    rf"(?:\s+and\s+(?:(?P<org2>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\s+(?P<title2>{LOWER_TITLE})"
    rf"|(?P<title3>{LOWER_TITLE})\s+of\s+(?:the\s+)?(?P<org3>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)))?"
    r"(?=[,.;)]|\s+(?:on|in|at|said|told|who|and)\b)"
)
_COUNTERPART = re.compile(
    rf"\b(?:his|her|their)\s+(?:(?P<country>{COUNTRY_WORD})\s+)?counterparts?,?\s+(?P<name>{NAME})"
)
_SPEAKER = re.compile(
    rf"(?<![\w-])(?=[A-ZÀ-Ý]|[a-z]+\s+[A-ZÀ-Ý])(?:(?P<name>{NAME})\s+(?:{_SPEECH})\b|(?:{_SPEECH})\s+(?P<name2>{NAME})\b)"
)
_DEFINITE = re.compile(
    rf"\b[Tt]he\s+(?:(?P<country>{COUNTRY_WORD})\s+)?(?P<title>{TITLE})(?!\s+[A-Z])(?:['’]s)?\b"
)
_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
_NOT_NAMES = frozenset(
    [
        "The",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "Their",
        "His",
        "Her",
        "Our",
        "We",
        "They",
        "I",
        "He",
        "She",
        "In",
        "On",
        "At",
        "By",
        "For",
        "And",
        "But",
        "Bilateral",
        "Trade",
        "Today",
        "Yesterday",
        "Under",
        "During",
        "After",
        "Before",
        "While",
        "Since",
        "As",
        "According",
        "Russia",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "President",
        "Minister",
        "Prime",
        "Ministry",
        "Bank",
        "Agency",
        "Service",
        "Fund",
        "Committee",
        "Council",
        "Commission",
        "Corporation",
        "Company",
        "Group",
        "Union",
        "Chamber",
        "Authority",
        "Office",
        "Party",
        "Parliament",
        "Government",
        "Statistics",
        "Customs",
        "National",
        "State",
        "Central",
        "Asia",
        "Europe",
        "Africa",
        "European",
        "Gulf",
        "Sea",
        "Region",
        "Province",
        "Corridor",
        "Gateway",
        "Initiative",
        "Development",
        "Investment",
        "Your",
        "Excellency",
        "Excellency",
        "Eastern",
        "Western",
        "Northern",
        "Southern",
        "East",
        "West",
        "North",
        "South",
        "Chinese",
        "Moscow",
        "Polish",
        "Data",
        "Official",
        "Officials",
    ]
)


_TITLE_WORDS = frozenset(HEADS) | frozenset(MODIFIERS)
_HONORIFICS = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sheikh", "Madame"})


@dataclass(slots=True)
class Person:
    id: str
    name: str
    aliases: set[str] = field(default_factory=set)
    roles: list[Role] = field(default_factory=list)
    country: str | None = None
    #: (start, end, role) of each place the article gives a title, for role facts.
    role_spans: list[tuple[int, int, Role]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class PersonMention:
    start: int
    end: int
    person_id: str


@dataclass(slots=True)
class People:
    persons: dict[str, Person]
    mentions: list[PersonMention]

    def at(self, start: int, end: int) -> list[str]:
        """Ids of people mentioned in ``[start, end)``, first mention order, no repeats."""
        seen: list[str] = []
        for m in self.mentions:
            if start <= m.start < end and m.person_id not in seen:
                seen.append(m.person_id)
        return seen

    def last_before(self, pos: int, skip: Sequence[tuple[int, int]] = ()) -> str | None:
        """The person mentioned last before ``pos``, ignoring mentions inside ``skip`` spans."""
        for m in reversed(self.mentions):
            if m.start < pos and not any(s <= m.start < e for s, e in skip):
                return m.person_id
        return None

    def by_title(self, title: str, pos: int) -> str | None:
        """ "the minister" → the last person before ``pos`` whose title has those words."""
        wanted = head_words(title)
        candidates = [
            m.person_id
            for m in self.mentions
            if m.start < pos and _title_matches(self.persons[m.person_id], wanted)
        ]
        if candidates:
            return candidates[-1]
        later = [p for p in self.persons.values() if _title_matches(p, wanted)]
        return later[0].id if len(later) == 1 else None


def _title_matches(person: Person, wanted: set[str]) -> bool:
    return any(wanted <= head_words(role.title) for role in person.roles)


def find_people(body: str, quotes: list[tuple[int, int]], default_country: str | None) -> People:
    """All persons of the article and every mention of them, in reading order."""
    book = _Book()
    for m in _TITLED.finditer(body):
        _titled(book, body, m)
    for m in _APPOSITIVE.finditer(body):
        _appositive(book, m)
    for m in _COUNTERPART.finditer(body):
        _counterpart(book, body, m)
    for m in _SPEAKER.finditer(body):
        group = "name" if m.group("name") else "name2"
        name = _clean_name(m.group(group))
        if name and len(name.split()) >= 2 and not _inside(m.start(), quotes):
            book.add(name, m.start(group), m.start(group) + len(name))
    _finish_countries(book, default_country)
    mentions = _all_mentions(book, body)
    return People(book.persons, mentions)


class _Book:
    """Persons keyed by id with an alias index, merging "Tokayev" into "Kassym-Jomart Tokayev"."""

    def __init__(self) -> None:
        self.persons: dict[str, Person] = {}
        self.alias: dict[str, str] = {}
        self.spans: list[PersonMention] = []

    def add(self, name: str, start: int, end: int) -> Person:
        key = self.alias.get(name) or self._by_tokens(name)
        if key is None:
            person = Person(slug(name), name)
            while person.id in self.persons:
                person.id += "-2"
            self.persons[person.id] = person
        else:
            person = self.persons[key]
            if len(name) > len(person.name) and name.endswith(person.name.split()[-1]):
                person.aliases.add(person.name)
                person.name = name
                self._rekey(person, slug(name))
        for alias in _aliases(name):
            if alias != person.name:
                person.aliases.add(alias)
            self.alias.setdefault(alias, person.id)
        self.alias[name] = person.id
        self.spans.append(PersonMention(start, end, person.id))
        return person

    def _by_tokens(self, name: str) -> str | None:
        tokens = name.split()
        if len(tokens) == 1:
            return self.alias.get(tokens[0])
        for person in self.persons.values():
            if " " not in person.name and person.name == tokens[-1]:
                return person.id
        return None

    def _rekey(self, person: Person, new_id: str) -> None:
        if new_id == person.id or new_id in self.persons:
            return
        old = person.id
        del self.persons[old]
        person.id = new_id
        self.persons[new_id] = person
        self.alias = {k: (new_id if v == old else v) for k, v in self.alias.items()}
        self.spans = [
            PersonMention(s.start, s.end, new_id if s.person_id == old else s.person_id)
            for s in self.spans
        ]


def _titled(book: _Book, body: str, m: re.Match[str]) -> None:
    name = _clean_name(m.group("name"))
    if not name or name.split()[0] in COUNTRY_BY_WORD:
        return
    title = title_case(m.group("title"))
    country = _country(m.group("country"))
    start = (
        m.start("the")
        if m.group("the")
        else m.start("country")
        if m.group("country")
        else m.start("title")
    )
    name_start = m.start("name")
    person = book.add(name, name_start, name_start + len(name))
    role = Role(title, None, country)
    _add_role(person, role, start, name_start + len(name))
    second = m.groupdict().get("title2")
    if second:
        _add_role(person, Role(title_case(second), None, country), start, name_start + len(name))


def _appositive(book: _Book, m: re.Match[str]) -> None:
    name = _clean_name(m.group("name"))
    if not name or len(name.split()) < 2 or name.split()[0] in COUNTRY_BY_WORD:
        return
    person = book.add(name, m.start("name"), m.start("name") + len(name))
    org = m.group("org")
    country = _country(m.group("country")) or _country_in(org)
    end_first = m.end("org") if org else m.end("title")
    _add_role(person, Role(title_case(m.group("title")), org, country), m.start("name"), end_first)
    title2 = m.group("title2") or m.group("title3")
    if title2:
        org2 = m.group("org2") or m.group("org3")
        _add_role(
            person, Role(title_case(title2), org2, _country_in(org2)), m.start("name"), m.end()
        )


def _counterpart(book: _Book, body: str, m: re.Match[str]) -> None:
    name = _clean_name(m.group("name"))
    if not name:
        return
    sentence_start = max(body.rfind(". ", 0, m.start()), body.rfind("\n", 0, m.start())) + 1
    titled = [
        p
        for p in book.persons.values()
        for s, _e, _r in p.role_spans
        if sentence_start <= s < m.start()
    ]
    person = book.add(name, m.start("name"), m.start("name") + len(name))
    if titled and titled[-1].roles:
        title = titled[-1].roles[0].title
        _add_role(person, Role(title, None, _country(m.group("country"))), m.start(), m.end())


def _add_role(person: Person, role: Role, start: int, end: int) -> None:
    for i, old in enumerate(person.roles):
        if old.title.lower() == role.title.lower():
            if old.country is None and role.country:
                person.roles[i] = Role(old.title, old.organization, role.country)
            return
    person.roles.append(role)
    person.role_spans.append((start, end, role))
    if role.country and not person.country:
        person.country = role.country


def _finish_countries(book: _Book, default_country: str | None) -> None:
    """Give every titled person a country: the article's word, a known office, the dateline."""
    for person in book.persons.values():
        country = person.country or KNOWN_OFFICIALS.get(person.name)
        if country is None and person.roles and not _supranational(person):
            country = default_country
        person.country = country
        filled = [r if r.country else Role(r.title, r.organization, country) for r in person.roles]
        person.role_spans = [
            (s, e, filled[person.roles.index(r)])
            for s, e, r in person.role_spans
            if r in person.roles
        ]
        person.roles = filled


def _supranational(person: Person) -> bool:
    text = " ".join(f"{r.title} {r.organization or ''}" for r in person.roles)
    return any(re.search(rf"\b{re.escape(word)}\b", text) for word in SUPRANATIONAL)


def _all_mentions(book: _Book, body: str) -> list[PersonMention]:
    """Every name, alias, definite title ("the President") and the spans already found."""
    spans = list(book.spans)
    if book.alias:
        names = sorted(book.alias, key=len, reverse=True)
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")
        for m in pattern.finditer(body):
            if not any(s.start <= m.start() < s.end for s in spans):
                spans.append(PersonMention(m.start(), m.end(), book.alias[m.group()]))
    spans.sort(key=lambda s: s.start)
    people = People(book.persons, spans)
    for m in _DEFINITE.finditer(body):
        if any(s.start <= m.start("title") < s.end for s in spans):
            continue
        who = people.by_title(m.group("title"), m.start())
        if who:
            spans.append(PersonMention(m.start(), m.end(), who))
    spans.sort(key=lambda s: s.start)
    return spans


def _aliases(name: str) -> set[str]:
    """Short forms a report may use later: each name word, and the name without its first word.

    "Luis Carrizo Ferrer" → Luis, Carrizo, Ferrer, "Carrizo Ferrer"; "Faisal Al Thani" →
    Faisal, Thani, "Al Thani".
    """
    words = name.split()
    tokens = [t for t in words if not re.fullmatch(_PARTICLE, t, re.IGNORECASE)]
    out = set()
    if len(tokens) >= 2:
        for token in tokens:
            if token not in _NOT_NAMES and token not in COUNTRY_BY_WORD and len(token) > 1:
                out.add(token)
    if len(words) >= 3:
        out.add(" ".join(words[1:]))
    return out


def _clean_name(raw: str) -> str | None:
    name = re.sub(r"['’]s$", "", raw.strip())
    tokens = name.split()
    while tokens and (tokens[-1] in _NOT_NAMES or tokens[-1] in COUNTRY_BY_WORD):
        tokens.pop()
    while tokens and (
        tokens[0] in _TITLE_WORDS or tokens[0] in COUNTRY_BY_WORD or tokens[0] in _HONORIFICS
    ):
        tokens.pop(0)
    if not tokens or tokens[0] in _NOT_NAMES:
        return None
    return " ".join(tokens)


def _country(word: str | None) -> str | None:
    if not word:
        return None
    return COUNTRY_BY_WORD.get(re.sub(r"['’]s$", "", word))


def _country_in(text: str | None) -> str | None:
    if not text:
        return None
    for token in re.findall(r"[A-Z][\w-]*", text):
        if token in COUNTRY_BY_WORD:
            return COUNTRY_BY_WORD[token]
    return None


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def pronoun_positions(body: str, start: int, end: int) -> list[int]:
    """Where "he"/"she" occur, for statements that begin with a pronoun."""
    return [m.start() for m in _PRONOUN.finditer(body, start, end)]
