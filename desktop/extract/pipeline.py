"""Article text → ``Dataset`` (article, entities, facts): the one public entry point.

Stages run in the order their outputs are needed: header and sentences;
places and organisations; people; quotes (needing people); meetings
(needing quotes, people and places); figures; plain statements for the
sentences nothing else used. Every fact carries ``body[start:end]`` evidence,
origin "extracted" and reviewed False, and is checked against the body
before it leaves, so a bug here can never store a fact that lies about its
source.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections import Counter
from datetime import date
from pathlib import Path

from desktop.domain import (
    Article,
    ContractError,
    Entity,
    EntityKind,
    Evidence,
    Fact,
    Kind,
    Origin,
    Role,
    Topic,
)
from desktop.extract import statements as say
from desktop.extract.dates import find_periods, parse_iso
from desktop.extract.entities import find_entities
from desktop.extract.events import Event, find_events
from desktop.extract.figures import Figure, find_figures
from desktop.extract.gazetteer import CITY_COUNTRY, COUNTRY_BY_WORD, CURRENCY_OF, KNOWN_BY_WORD
from desktop.extract.header import split_header
from desktop.extract.importers import ImportFailure, read_article
from desktop.extract.money import names_shared_currency
from desktop.extract.people import family_name_first, find_people
from desktop.extract.quotes import find_quotes, quote_spans
from desktop.extract.sentences import Span, paragraphs, sentences, single_spaced
from desktop.extract.topics import topic_for
from desktop.seed import Dataset

log = logging.getLogger(__name__)
_TITLE_WORDS = 12
#: Capitalised words, to find the countries a sentence names ("British", "Serbia's").
_COUNTRY_WORDS = re.compile(r"\b[A-Z][a-z]+\b")
#: A sentence wholly in brackets is an aside, such as a wire's credit line
#: ("(Reporting by …; Editing by …)"), not a statement of the article.
_ASIDE = re.compile(
    r"\s*\([^()]*\)[.\s]*"
    r"|\s*[—–-]{1,2}\s*(?:With\s+assistance\s+from|Reporting\s+by|Editing\s+by)\b[^\n]*"
)  # "— With assistance from …", as agencies credit their reporters
#: Words on each side of a figure that decide its topic before the rest of its clause,
#: when they say what it counts (money invested or traded, the economy's measures);
#: "region", "partner" or "meeting" next to a figure say where or why, not what.
_NEAR_WORDS = 4
_WHAT_FIGURES_COUNT = frozenset({Topic.INVESTMENT, Topic.TRADE, Topic.ECONOMY})


def extract_file(path: str | Path, *, title: str | None = None, date: str | None = None) -> Dataset:
    """Read and extract one file, as ``fact-browser import`` does.

    The command line's ``--title``/``--date`` win over what the file says (HTML
    meta tags, Markdown front matter, the ``date`` header). Raises
    ``ImportFailure`` naming the file when it cannot be read or yields no fact,
    so a caller can report it and move on to the next file.
    """
    text, meta = read_article(path)
    data = extract(
        text,
        title=title or meta.get("title"),
        date=date or meta.get("date"),
        source=meta.get("source"),
    )
    if not data.facts:
        raise ImportFailure(f"Cannot import {Path(path).name}: no facts were found in it.")
    return data


def extract(
    text: str, *, title: str | None = None, date: str | None = None, source: str | None = None
) -> Dataset:
    """Extract the facts of one article. ``date`` (YYYY-MM-DD) overrides the text's header."""
    header = split_header(text if isinstance(text, str) else "")
    body = header.body
    article_date = date if parse_iso(date) else header.date
    article = Article(
        id=Article.id_for(body),
        text=body,
        title=title or header.headline or _default_title(body[header.dateline_end :]),
        date=article_date,
        place=header.place,
        source=source,
    )
    ref = parse_iso(article_date)
    run = _Run(article, ref, header.dateline_end)
    run.collect()
    return Dataset(article, run.entity_list(), run.facts())


class _Run:
    """The working state of one extraction; discarded when it returns."""

    def __init__(self, article: Article, ref: date | None, dateline_end: int = 0) -> None:
        self.article = article
        self.dateline_end = dateline_end
        self._short_names: dict[str, str] = {}
        self._topics: dict[int, Topic] = {}
        self._clause_topics: dict[tuple[int, int], Topic | None] = {}
        #: The text the finders read: the article's, unless it is double-spaced.
        self.body = single_spaced(article.text)
        self.ref = ref
        #: The dateline's country: a shared currency word's and a fiscal year's by default.
        self.home: str | None = None
        self.drafts: list[Fact] = []
        #: Spans already turned into events or figures; no plain statement repeats them.
        self.used: list[tuple[int, int]] = []

    def collect(self) -> None:
        body = self.body
        self.paragraphs = paragraphs(body)
        self.sentences = _after_dateline(sentences(body, self.paragraphs), self.dateline_end)
        self.registry = find_entities(body, self.article.place, self.dateline_end)
        dateline = self.registry.alias.get(self.article.place or "")
        home = self.home = _country_of(self.article.place) or self._home_by_text()
        self.home_currency = CURRENCY_OF.get(home or "")
        # A shared currency word or sign ("manat", "dinars", "Rs") means the dateline
        # country's, else that of a country the article names that has one: the countries
        # the text names most come first ("Britain's BP will invest in Egypt's
        # gas fields. Egypt hopes … 5 billion pounds" are Egypt's), then the countries of the
        # cities it names ("earn 36,000 soms in Osh and Bishkek").
        named = Counter(self.registry.entities[m.entity_id].name for m in self.registry.mentions)
        countries = sorted((n for n in named if n in CURRENCY_OF), key=lambda n: -named[n])
        cities = (CURRENCY_OF.get(CITY_COUNTRY.get(n, "")) for n in named)
        self.currencies = tuple(
            dict.fromkeys(
                c for c in (self.home_currency, *map(CURRENCY_OF.get, countries), *cities) if c
            )
        )
        self.inside = quote_spans(body, self.paragraphs)
        organizations = [
            (m.start, self.registry.entities[m.entity_id].name)
            for m in self.registry.mentions
            if self.registry.entities[m.entity_id].kind is EntityKind.ORGANIZATION
        ]
        self.people = find_people(body, self.inside, home, organizations)
        self.quotes = find_quotes(body, self.people, self.paragraphs, self.inside)
        quote_info = [(q.start, q.end, q.speaker) for q in self.quotes]
        self.events = find_events(
            body,
            self.sentences,
            self.people,
            self.registry,
            self.ref,
            quote_info,
            # only a dateline says where meetings were; a release's issuer ("PRESIDENT OF
            # RUSSIA") gives the article's country, not its place
            dateline if self.dateline_end else None,
            self.dateline_end,
        )
        self._roles()
        self._quotes()
        self._events()
        self._figures()
        self._statements()

    # -- fact builders ------------------------------------------------------------------------

    def _add(
        self, span: tuple[int, int], topic: Topic, kind: Kind, statement: str, **extra
    ) -> None:
        start, end = span
        evidence = Evidence(self.article.text[start:end], start, end)
        try:
            evidence.check_against(self.article.text)
            fact = Fact(
                id="",
                article_id=self.article.id,
                topic=topic,
                kind=kind,
                statement=statement or say.sentence_case(evidence.text),
                evidence=evidence,
                origin=Origin.EXTRACTED,
                reviewed=False,
                **extra,
            )
        except (ContractError, ValueError) as exc:  # never store a fact that breaks the contract
            log.debug("dropped a fact: %s", exc)
            return
        self.drafts.append(fact)

    def _roles(self) -> None:
        for person in self.people.persons.values():
            for start, end, role in person.role_spans:
                role = self._canonical_role(role)
                where = self.registry.alias.get(role.organization or role.country or "")
                self._add(
                    (start, end),
                    Topic.OFFICIALS,
                    Kind.ROLE,
                    say.role_statement(person.name, role),
                    entities=[person.id, *([where] if where else [])],
                )

    def _quotes(self) -> None:
        for q in self.quotes:
            text = self.body[q.start : q.end]
            speaker = self.people.persons.get(q.speaker or "")
            short = self._short(speaker.id) if speaker else None
            others = [e for e in self._entities(q.start, q.end) if e != q.speaker]
            self._add(
                (q.start, q.end),
                topic_for(text) or Topic.COOPERATION,
                Kind.QUOTE,
                say.quote_statement(short, text),
                entities=[*([q.speaker] if q.speaker else []), *others],
            )

    def _events(self) -> None:
        for event in self.events:
            self.used.append((event.span.start, event.span.end))
            self._add(
                (event.span.start, event.span.end),
                Topic.MEETINGS,
                Kind.EVENT,
                self._event_statement(event),
                date=event.date,
                entities=list(dict.fromkeys(event.entities)),
            )

    def _figures(self) -> None:
        last = None
        last_paragraph = -1
        periods = find_periods(self.body, 0, len(self.body), self.ref, self.home)
        starts = [p.start for p in self.paragraphs]
        shared = names_shared_currency(self.body)  # most articles name none
        for sentence in self.sentences:
            paragraph = bisect_right(starts, sentence.start)
            same_paragraph = paragraph == last_paragraph
            found = find_figures(
                self.body,
                sentence,
                self.ref,
                last,
                same_paragraph,
                periods,
                self._currencies_in(sentence) if shared else self.currencies,
            )
            for figure in found:
                last_paragraph = paragraph
                last = figure.period or last
                self._figure(figure, sentence)
                self.used.append((sentence.start, sentence.end))

    def _home_by_text(self) -> str | None:
        """The home of a text whose dateline names no known place ("(Bloomberg) -- Tsagaan
        Khad Mining, Mongolia's second-largest coal exporter, …"): the country it names first
        when it also names it most; else none ("Pakistan secured loans from China", China
        named more often afterwards, is no Chinese story; "The US dollar rose against the
        rupee" no American one)."""
        names = [
            name
            for m in self.registry.mentions
            if (name := self.registry.entities[m.entity_id].name) in COUNTRY_BY_WORD
        ]
        counts = Counter(names).most_common(2)
        if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
            return None
        return names[0] if counts[0][0] == names[0] else None

    def _currencies_in(self, sentence: Span) -> tuple[str, ...]:
        """What a shared currency word means here: the currency of a country the sentence
        names ("British exporters earned 300 million pounds", "Serbia will borrow 20
        billion dinars"), else the dateline's, else that of the first country named."""
        words = _COUNTRY_WORDS.findall(self.body, sentence.start, sentence.end)
        pairs = zip(words, [*words[1:], ""], strict=False)  # (the last word pairs with "")
        named = [w for pair in pairs for w in (" ".join(pair), pair[0])]
        local = (CURRENCY_OF.get(COUNTRY_BY_WORD.get(word, "")) for word in named)
        return tuple(dict.fromkeys(c for c in (*local, *self.currencies) if c))

    def _figure(self, figure: Figure, sentence: Span) -> None:
        clause = figure.clause
        text = self.body[clause.start : clause.end]
        phrase = (
            self.body[figure.period_span[0] : figure.period_span[1]] if figure.period_span else None
        )
        short = self._short_name_before(clause.start)
        quote = next((q for q in self.quotes if q.start <= figure.mention.start < q.end), None)
        if quote is not None:  # a number someone said: "Tokayev: “… $5 billion …”"
            inner = self.body[max(quote.start, sentence.start) : min(quote.end, sentence.end)]
            speaker = self._short(quote.speaker) if quote.speaker else None
            statement = say.quote_statement(
                speaker, say.resolve_period(inner, phrase, figure.period)
            )
        else:
            resolved = say.with_speaker(say.resolve_period(text, phrase, figure.period), short)
            if say.is_fragment(resolved):  # "which holds stakes worth …" cannot stand alone
                whole = self.body[sentence.start : sentence.end]
                resolved = say.resolve_period(whole, phrase, figure.period)
            statement = say.name_pronoun(say.sentence_case(resolved), short)
        self._add(
            (clause.start, clause.end),
            self._near_topic(figure)
            or self._clause_topic(clause, text)
            or self._sentence_topic(sentence),
            Kind.FIGURE,
            statement,
            value=figure.mention.value,
            unit=figure.mention.unit,
            qualifier=figure.qualifier,
            period=figure.period,
            date=figure.date,
            entities=self._entities(clause.start, clause.end)
            or self._entities(sentence.start, sentence.end),
        )

    def _statements(self) -> None:
        for sentence in self.sentences:
            if self._overlaps_used(sentence) or self._quoted(sentence):
                continue
            text = self.body[sentence.start : sentence.end]
            if len(text.split()) < 4 or _ASIDE.fullmatch(text):
                continue
            statement = say.name_pronoun(
                say.sentence_case(text), self._short_name_before(sentence.start)
            )
            self._add(
                (sentence.start, sentence.end),
                topic_for(text) or Topic.COOPERATION,
                Kind.STATEMENT,
                statement,
                entities=self._entities(sentence.start, sentence.end),
            )

    # -- helpers ------------------------------------------------------------------------------

    def _near_topic(self, figure: Figure) -> Topic | None:
        """The topic of the words next to a figure ("invest more than $850 million",
        "budget of about 380 billion som", "8,000 jobs"), which say what it counts
        better than the rest of its clause ("… in the Turkestan region, the akim of
        the region said")."""
        clause, mention = figure.clause, figure.mention
        if mention.unit == "kilometre":  # a distance is geography, whatever it carries
            return Topic.GEOGRAPHY
        before = self.body[clause.start : mention.start].split()[-_NEAR_WORDS:]
        after = self.body[mention.end : clause.end].split()[:_NEAR_WORDS]
        topic = topic_for(" ".join([*before, *after]), None)
        return topic if topic in _WHAT_FIGURES_COUNT else None

    def _clause_topic(self, clause: Span, text: str) -> Topic | None:
        """Several figures share a clause; its topic is computed once."""
        key = (clause.start, clause.end)
        if key not in self._clause_topics:
            self._clause_topics[key] = topic_for(text, None)
        return self._clause_topics[key]

    def _sentence_topic(self, sentence: Span) -> Topic:
        if sentence.start not in self._topics:
            text = self.body[sentence.start : sentence.end]
            self._topics[sentence.start] = topic_for(text, Topic.ECONOMY) or Topic.ECONOMY
        return self._topics[sentence.start]

    def _overlaps_used(self, sentence: Span) -> bool:
        return any(s < sentence.end and sentence.start < e for s, e in self.used)

    def _quoted(self, sentence: Span) -> bool:
        """Part of a quote fact; words quoted inside a sentence leave it a statement."""
        return any(
            q.start - 1 <= sentence.start + 1 <= q.end + 1
            or sentence.start <= q.start < sentence.end
            for q in self.quotes
        )

    def _entities(self, start: int, end: int) -> list[str]:
        people = self.people.at(start, end)
        others = self.registry.at(start, end)
        return list(dict.fromkeys([*people, *others]))

    def _short_name_before(self, pos: int) -> str | None:
        who = self.people.last_before(pos, self.inside)
        return self._short(who) if who else None

    def _short(self, person_id: str) -> str:
        """The name the article itself uses most for a person ("Park", not "Jin-woo")."""
        if person_id not in self._short_names:
            person = self.people.persons[person_id]
            # a capitalised form only: "al-Rawahi" cannot open a statement, "Al-Rawahi" can
            counts = {
                a: self.body.count(a) + (self.body.count("a" + a[1:]) if a[:3] == "Al-" else 0)
                for a in person.aliases
                if len(a) > 2 and a[0].isupper()
            }
            # a two-letter family name written first ("Ma Xingrui", "Li Qiang") counted as a
            # word, not inside "March"; not a given name written last ("Wang Yi")
            counts |= {
                a: len(re.findall(rf"\b{a}\b", self.body))
                for a in person.aliases
                if len(a) == 2
                and a[0].isupper()
                and a[1].islower()
                and person.name.startswith(f"{a} ")
            }
            # ties go to the end of the name (the family name in Western order: "Tokayev",
            # "Van Damme", "Al Thani"), then the longer form; never to the order of a set
            first = person.name.split(" ", 1)[0] if family_name_first(person.name) else None
            best = max(  # ("Mao Ning": the family name, written first)
                counts,
                key=lambda a: (
                    counts[a],
                    a == first,
                    person.name.endswith(a),
                    len(a),
                    a,
                ),
                default=None,
            )
            self._short_names[person_id] = best if best and counts[best] else person.name
        return self._short_names[person_id]

    def _canonical_role(self, role: Role) -> Role:
        return Role(role.title, self.registry.canonical(role.organization), role.country)

    def _event_statement(self, event: Event) -> str:
        names = [self._titled_name(p) for p in event.people]
        place = (
            self.registry.entities[event.place].name
            if event.place in self.registry.entities
            else None
        )
        if event.kind == "visit":
            return say.visit_statement(names[0] if names else None, place, event.date)
        if event.kind in ("call", "video"):
            how = "by video link" if event.kind == "video" else "by telephone"
            return say.call_statement(names, event.date, how)
        return say.meeting_statement(names, place, event.date)

    def _titled_name(self, person_id: str) -> str:
        person = self.people.persons[person_id]
        return f"{person.roles[0].title} {person.name}" if person.roles else person.name

    # -- output -------------------------------------------------------------------------------

    def facts(self) -> list[Fact]:
        order = {Kind.EVENT: 0, Kind.ROLE: 1, Kind.FIGURE: 2, Kind.QUOTE: 3, Kind.STATEMENT: 4}
        facts = sorted(self.drafts, key=lambda f: (f.evidence.start, order[f.kind]))
        for n, fact in enumerate(facts, start=1):
            fact.id = f"{self.article.id}-x{n:03d}"
        return facts

    def entity_list(self) -> list[Entity]:
        out = []
        for person in self.people.persons.values():
            roles = [self._canonical_role(r) for r in person.roles]
            out.append(
                Entity(person.id, person.name, EntityKind.PERSON, sorted(person.aliases), roles)
            )
        taken = {e.id for e in out}
        out.extend(e for e in self.registry.entities.values() if e.id not in taken)
        return out


def _after_dateline(spans: list[Span], dateline_end: int) -> list[Span]:
    """The sentence after "ASTANA— " starts after it, as the seed's curated evidence does.

    It is the first sentence, or one below a heading, a byline or an e-mail's headers; what
    stands above the dateline is not the article's text and gives no facts.
    """
    return [
        Span(dateline_end, s.end) if s.start < dateline_end < s.end else s
        for s in spans
        if s.end > dateline_end
    ]


def _country_of(place: str | None) -> str | None:
    if not place:
        return None
    for spelling in (place, place.title()):
        if spelling in CITY_COUNTRY:
            return CITY_COUNTRY[spelling]
        if spelling in COUNTRY_BY_WORD:
            return COUNTRY_BY_WORD[spelling]
        if spelling in KNOWN_BY_WORD:
            return KNOWN_BY_WORD[spelling].country
    return None


def _default_title(body: str) -> str:
    """The first words of the article, for articles imported without a title."""
    words = body[:400].split()
    return " ".join(words[:_TITLE_WORDS]) + ("…" if len(words) > _TITLE_WORDS else "") or "Untitled"


__all__ = ["Dataset", "ImportFailure", "extract", "extract_file"]
