"""Deterministic synthetic corpora shaped like the seed article, for benchmarks.

Search speed depends on what the index holds: how many distinct words share a
prefix, how long the doclists of common words are, how many facts name the
same person. A corpus of copies of the seed would flatter every number, and
random letters would punish them unfairly, so this module writes articles the
way the seed reads: a dateline, a meeting between officials, quotes, trade and
investment figures in several currencies, each fact resting on the exact words
of one sentence. Names are romanised Kazakh, Uyghur, Chinese, Russian and
Uzbek, some with diacritics (Ö, ü, ş), so accent folding and the romanisation
skeletons are exercised as they would be by real news.

Everything comes from seeded :class:`random.Random` instances, one per article,
so article ``i`` of a corpus is the same whichever way it is reached, and a
benchmark database can be rebuilt exactly. Articles are yielded lazily: a
million facts never sit in memory at once.
"""

from __future__ import annotations

import hashlib
import random
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop.domain import (
    Article,
    Entity,
    EntityKind,
    Evidence,
    Fact,
    Kind,
    Origin,
    Period,
    Qualifier,
    Role,
    Topic,
)
from desktop.seed import Dataset

# -- name material -------------------------------------------------------------


def _split(text: str) -> tuple[str, ...]:
    """Word lists are written as prose: easier to read and extend than 40 quoted items."""
    return tuple(text.split())


_KAZAKH_FIRST = _split(
    "Kassym Yerlan Nurlan Askar Dauren Bakhyt Aigerim Saule Zhanna Olzhas Marat Timur Serik "
    "Gulnara Dinara Arman Yerzhan Asylbek Ömirzaq Ünaybek Zhanibek Beibut Kairat Aidos Aruzhan "
    "Madina Samat Nurzhan Temirlan Rakhat Alikhan Zhaslan Erbol Sultan Ainur Bolat"
)
_KAZAKH_ROOTS = _split(
    "Tok Nur Bek Kas Zhan Erl Sar Ald Mukh Orm Tas Zhum Sag Kun Akhm Baim Tur Abd Ysk Şer "
    "Öteg Üsen Mam Kair Ism Zhak Tleu Sma Abyl Yes Bekt Kul Dos Ush Tokt"
)
_KAZAKH_MIDS = _split("a e ta ba ke hi im ul en ar gali zhan mag bek ten")
_KAZAKH_ENDS = _split("yev ev ov enov ova bayev ekov uly imov tayev ambetov kyzy")
_UYGHUR_FIRST = _split(
    "Erkin Alim Ilham Shohrat Memet Tursun Ablimit Aziz Gülnar Ayşe Nurmemet Abdukadir"
)
_UYGHUR_LAST = _split(
    "Tuniyaz Ablet Tursun Yusup Hoshur Zakir Ömer Rozi Qadir Imin Tohti Niyaz Sidiq"
)
_CHINESE_SURNAMES = _split(
    "Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Ma Hu Guo He Lin Gao Luo Zheng Xi "
    "Tang Han Feng Deng Cao Peng Xiao Tian Dong"
)
_CHINESE_SYLLABLES = _split(
    "jin ping wei ming hua xiao yong jian hong guo qiang lei tao bin hui li yan jun feng long "
    "xin zhi kang chun dong rong yu qing hai an"
)
_RUSSIAN_FIRST = _split(
    "Sergei Alexei Dmitry Mikhail Andrei Vladimir Nikolai Igor Olga Irina Tatiana Yelena "
    "Pavel Viktor Yuri Anatoly Svetlana Natalia"
)
_RUSSIAN_ROOTS = _split(
    "Ivan Petr Sokol Tokar Volk Kuzn Smirn Mor Lebed Kozl Novik Orl Fedor Zakhar Belyak Grom "
    "Tikhon Yakovl Kovalen Bogdan"
)
_RUSSIAN_ENDS = _split("ov ev in ovsky enko ova ina")
_UZBEK_FIRST = _split(
    "Shavkat Abdulla Jamshid Dilnoza Ulugbek Sardor Bakhodir Nodira Oybek Jasur Sherzod "
    "Gulshan Rustam Laziz Ötkir Şuhrat"
)
_UZBEK_ROOTS = _split(
    "Mirziyo Arip Said Karim Yusup Rahim Nazar Khodja Sult Usman Kholmat Ergash Umar Norm"
)
_UZBEK_ENDS = _split("ov ev yev ova bekov jonov")

#: Country → the titles its officials carry in the corpus.
_COUNTRIES: dict[str, tuple[str, ...]] = {
    "Kazakhstan": (
        "President",
        "Prime Minister",
        "Deputy Prime Minister",
        "Minister of Trade and Integration",
        "Minister of Foreign Affairs",
        "Minister of National Economy",
        "Akim",
        "Ambassador",
        "Chairman of the Senate",
    ),
    "China": (
        "Vice Premier",
        "Minister of Commerce",
        "Chairman",
        "Party Secretary",
        "Governor",
        "Ambassador",
        "Deputy Secretary",
    ),
    "Russia": (
        "Deputy Prime Minister",
        "Minister of Economic Development",
        "Governor",
        "Ambassador",
    ),
    "Uzbekistan": ("President", "Prime Minister", "Minister of Investment", "Khokim", "Ambassador"),
    "Kyrgyzstan": ("President", "Chairman of the Cabinet", "Ambassador"),
    "Türkiye": ("Minister of Trade", "Ambassador"),
    "Mongolia": ("Prime Minister", "Ambassador"),
}
_CITIES = _split(
    "Astana Almaty Shymkent Aktobe Karaganda Aktau Atyrau Pavlodar Oskemen Kostanay Taraz "
    "Kyzylorda Ürümqi Beijing Shanghai Xi'an Khorgos Kashgar Ghulja Lanzhou Chongqing Tashkent "
    "Samarkand Bukhara Bishkek Osh Dushanbe Moscow Novosibirsk Omsk Kazan Baku İstanbul "
    "Ulaanbaatar Dostyk Alashankou Türkistan Semey Petropavl"
)
_REGIONS = (
    "Xinjiang Uygur Autonomous Region",
    "Almaty Region",
    "Abai Region",
    "Zhetysu Region",
    "Mangystau Region",
    "Gansu Province",
    "Shaanxi Province",
    "Fergana Valley",
    "Altai Krai",
    "East Kazakhstan Region",
    "Turkistan Region",
    "Ulytau Region",
)
_ORGANIZATIONS = (
    "Akorda press service",
    "Kazinform",
    "Xinhua",
    "Samruk-Kazyna",
    "KazMunayGas",
    "China National Petroleum Corporation",
    "Eurasian Development Bank",
    "Asian Infrastructure Investment Bank",
    "Shanghai Cooperation Organisation",
    "Kazakhstan Temir Zholy",
    "Kazakh Invest",
    "Bank of China",
    "Sinopec",
    "Uzbekistan Railways",
    "Ministry of Commerce of China",
    "Ministry of Trade and Integration",
    "Bureau of National Statistics",
    "National Bank of Kazakhstan",
    "Eurasian Economic Union",
    "China Development Bank",
)
_ORG_SECTORS = _split("Logistics Mining Energy Agro Steel Petrochemical Textile Copper Solar Grain")
_ORG_SUFFIXES = ("Group", "Company", "Holding", "Corporation", "Industrial Park", "Fund")
_SECTORS = _split(
    "petrochemicals metallurgy logistics tourism agriculture transport electronics textiles "
    "machinery mining energy telecommunications pharmaceuticals construction e-commerce"
)
_COMMODITIES = (
    "wheat",
    "crude oil",
    "natural gas",
    "copper",
    "uranium",
    "coal",
    "zinc",
    "steel",
    "cotton",
    "barley",
    "sunflower oil",
    "fertiliser",
    "ferroalloys",
)
_CORRIDORS = ("Trans-Caspian", "Middle Corridor", "Western Europe–Western China", "Nurly Zhol")
_INITIATIVES = ("Belt and Road Initiative", "Nurly Zhol", "Middle Corridor", "Digital Silk Road")
_MONTHS = _split(
    "January February March April May June July August September October November December"
)
_NUMBER_WORDS = _split("zero one two three four five six seven eight nine ten eleven twelve")

# -- entity pools ------------------------------------------------------------------


def slug(text: str) -> str:
    """Id from a name: folded, hyphenated (``Ömirzaq Tokayev`` → ``omirzaq-tokayev``)."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    ascii_text = "".join(ch for ch in folded if ch.isascii())
    parts = "".join(ch if ch.isalnum() else " " for ch in ascii_text).split()
    return "-".join(parts)


@dataclass(frozen=True, slots=True)
class Person:
    """A person of the pool, with the one role the corpus gives them everywhere."""

    entity: Entity
    surname: str
    title: str
    country: str


def _surname(
    rng: random.Random, roots: Sequence[str], mids: Sequence[str], ends: Sequence[str]
) -> str:
    middle = rng.choice(mids) if mids and rng.random() < 0.6 else ""
    return rng.choice(roots) + middle + rng.choice(ends)


def _person_name(rng: random.Random) -> tuple[str, str, str]:
    """(full name, surname, country) in the style of one of five naming traditions."""
    style = rng.random()
    if style < 0.40:
        last = _surname(rng, _KAZAKH_ROOTS, _KAZAKH_MIDS, _KAZAKH_ENDS)
        return f"{rng.choice(_KAZAKH_FIRST)} {last}", last, "Kazakhstan"
    if style < 0.50:
        last = rng.choice(_UYGHUR_LAST)
        return f"{rng.choice(_UYGHUR_FIRST)} {last}", last, "China"
    if style < 0.72:
        last = rng.choice(_CHINESE_SURNAMES)
        given = rng.choice(_CHINESE_SYLLABLES).capitalize() + rng.choice(_CHINESE_SYLLABLES)
        return f"{last} {given}", last, "China"
    if style < 0.86:
        last = _surname(rng, _RUSSIAN_ROOTS, (), _RUSSIAN_ENDS)
        return f"{rng.choice(_RUSSIAN_FIRST)} {last}", last, "Russia"
    last = _surname(rng, _UZBEK_ROOTS, (), _UZBEK_ENDS)
    return f"{rng.choice(_UZBEK_FIRST)} {last}", last, "Uzbekistan"


def build_people(count: int, seed: int) -> list[Person]:
    """``count`` distinct people; the same ``seed`` always gives the same list."""
    rng = random.Random(f"people:{seed}")
    people: list[Person] = []
    seen: set[str] = set()
    while len(people) < count:
        name, surname, country = _person_name(rng)
        ident = slug(name)
        if ident in seen:
            continue
        seen.add(ident)
        title = rng.choice(_COUNTRIES[country])
        entity = Entity(
            id=ident,
            name=name,
            kind=EntityKind.PERSON,
            aliases=[surname, f"{title} {surname}"],
            roles=[Role(title=title, organization=None, country=country)],
        )
        people.append(Person(entity, surname, title, country))
    return people


def _named(names: list[str] | tuple[str, ...], kind: EntityKind) -> dict[str, Entity]:
    return {name: Entity(id=slug(name), name=name, kind=kind) for name in names}


def build_organizations(seed: int) -> list[str]:
    """The fixed organisations plus a few hundred invented companies."""
    rng = random.Random(f"organizations:{seed}")
    invented = {
        f"{rng.choice(_KAZAKH_ROOTS + _CHINESE_SURNAMES)}{rng.choice(['', 'bek', 'hua', 'tas'])} "
        f"{rng.choice(_ORG_SECTORS)} {rng.choice(_ORG_SUFFIXES)}"
        for _ in range(400)
    }
    return [*_ORGANIZATIONS, *sorted(invented)]


# -- numbers and phrasing -----------------------------------------------------------

_QUALIFIER_WORDS: dict[Qualifier, tuple[str, ...]] = {
    Qualifier.EXACT: ("",),
    Qualifier.APPROX: ("nearly ", "about ", "around ", "some "),
    Qualifier.MORE_THAN: ("over ", "more than ", "exceeding "),
    Qualifier.LESS_THAN: ("less than ", "under "),
    Qualifier.AT_LEAST: ("at least ",),
    Qualifier.AT_MOST: ("up to ",),
}
_QUALIFIER_WEIGHTS = (50, 20, 18, 6, 3, 3)


def _qualifier(rng: random.Random) -> tuple[Qualifier, str]:
    qualifier = rng.choices(list(_QUALIFIER_WORDS), weights=_QUALIFIER_WEIGHTS)[0]
    return qualifier, rng.choice(_QUALIFIER_WORDS[qualifier])


def _money(rng: random.Random, currency: str) -> tuple[float, str]:
    """A sum and how the article writes it (``$31.5 billion``, ``120 billion tenge``…)."""
    if rng.random() < 0.55:
        amount = round(rng.uniform(0.3, 60.0), 1)
        scale, word = 1e9, "billion"
    else:
        amount = float(rng.randint(5, 950))
        scale, word = 1e6, "million"
    if currency == "KZT":
        amount = float(rng.randint(10, 2500))
    number = f"{amount:g}"
    written = {
        "USD": f"${number} {word}",
        "CNY": f"{number} {word} yuan",
        "KZT": f"{number} {word} tenge" if rng.random() < 0.5 else f"KZT {number} {word}",
        "EUR": f"€{number} {word}",
        "RUB": f"{number} {word} roubles",
    }[currency]
    return amount * scale, written


def _count_words(value: int) -> str:
    return _NUMBER_WORDS[value] if value < len(_NUMBER_WORDS) else str(value)


def _day(rng: random.Random, year: int) -> date:
    return date(year, 1, 1) + timedelta(days=rng.randrange(365))


def _spoken_date(day: date) -> str:
    return f"{_MONTHS[day.month - 1]} {day.day}"


# -- building an article ------------------------------------------------------------


@dataclass(slots=True)
class _Draft:
    """An article being written: text so far, facts with offsets, entities named."""

    article_id: str
    day: date
    rng: random.Random
    parts: list[str] = field(default_factory=list)
    length: int = 0
    facts: list[Fact] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)

    def write(self, sentence: str, facts: list[tuple[str, dict[str, object]]]) -> None:
        """Append ``sentence``; each fact's evidence is a substring of it, located here."""
        if self.parts:
            gap = "\n\n" if self.rng.random() < 0.4 else " "
            self.parts.append(gap)
            self.length += len(gap)
        start = self.length
        self.parts.append(sentence)
        self.length += len(sentence)
        for snippet, spec in facts:
            offset = sentence.find(snippet)
            assert offset >= 0, (snippet, sentence)
            evidence = Evidence(snippet, start + offset, start + offset + len(snippet))
            self.add_fact(evidence, spec)

    def add_fact(self, evidence: Evidence, spec: dict[str, object]) -> None:
        entities: list[Entity] = spec.pop("entities")  # type: ignore[assignment]
        for entity in entities:
            self.entities[entity.id] = entity
        number = len(self.facts)
        self.facts.append(
            Fact(
                id=f"{self.article_id}-{number:02d}-{spec['kind']}",
                article_id=self.article_id,
                evidence=evidence,
                entities=list(dict.fromkeys(e.id for e in entities)),
                origin=Origin.EXTRACTED,
                reviewed=self.rng.random() < 0.1,
                **spec,  # type: ignore[arg-type]
            )
        )

    @property
    def text(self) -> str:
        return "".join(self.parts)


class CorpusGenerator:
    """Articles ``0, 1, 2, …`` of one seeded corpus, each a :class:`Dataset`."""

    def __init__(self, seed: int = 2024, people: int = 6000) -> None:
        self.seed = seed
        self.people = build_people(people, seed)
        self.countries = _named(list(_COUNTRIES), EntityKind.PLACE)
        self.places = _named([*_CITIES, *_REGIONS], EntityKind.PLACE)
        self.organizations = _named(build_organizations(seed), EntityKind.ORGANIZATION)
        self.initiatives = _named(_INITIATIVES, EntityKind.INITIATIVE)
        self._city_names = list(_CITIES)
        self._org_names = list(self.organizations)
        self._templates: list[Callable[[_Draft, _Cast], None]] = [
            self._trade_figure,
            self._trade_share,
            self._investment_cumulative,
            self._investment_growth,
            self._projects,
            self._exports,
            self._allocation,
            self._quote,
            self._cooperation_areas,
            self._agreement,
            self._appointment,
            self._potential,
            self._partnership,
            self._borders,
            self._gdp,
            self._corridor,
        ]

    # -- public ---------------------------------------------------------------

    def article(self, index: int) -> Dataset:
        """Article ``index`` of the corpus (deterministic; independent of the others)."""
        rng = random.Random(f"article:{self.seed}:{index}")
        article_id = hashlib.sha256(f"bench:{self.seed}:{index}".encode()).hexdigest()[:16]
        day = date(2006, 1, 1) + timedelta(days=rng.randrange(20 * 365))
        draft = _Draft(article_id, day, rng)
        cast = self._cast(rng)
        self._lead(draft, cast)
        target = rng.randint(25, 40)
        while len(draft.facts) < target:
            rng.choice(self._templates)(draft, cast)
        city = cast.city
        dateline = f"{city.upper()}— "
        text = dateline + draft.text
        facts = [_shift(fact, len(dateline)) for fact in draft.facts[:target]]
        used = {eid for fact in facts for eid in fact.entities}
        title = f"{cast.host.surname} meets {cast.guest.surname} in {city}"
        article = Article(
            id=article_id,
            text=text,
            title=title,
            date=day.isoformat(),
            place=city,
            source=cast.source,
        )
        entities = [e for eid, e in draft.entities.items() if eid in used]
        return Dataset(article, entities, facts)

    def datasets(self, facts: int, start: int = 0) -> Iterator[Dataset]:
        """Articles from ``start`` on until ``facts`` facts have been yielded in all.

        The last article is cut short so the total is exact: a benchmark asked
        for a million facts gets a million.
        """
        remaining = facts
        index = start
        while remaining > 0:
            dataset = self.article(index)
            if len(dataset.facts) > remaining:
                kept = dataset.facts[:remaining]
                used = {eid for fact in kept for eid in fact.entities}
                dataset = Dataset(
                    dataset.article, [e for e in dataset.entities if e.id in used], kept
                )
            remaining -= len(dataset.facts)
            index += 1
            yield dataset

    # -- casting ---------------------------------------------------------------

    def _cast(self, rng: random.Random) -> _Cast:
        people = rng.sample(self.people, 5)
        host, guest = people[0], people[1]
        countries = list(dict.fromkeys([host.country, guest.country, "Kazakhstan", "China"]))
        city = rng.choice(self._city_names)
        return _Cast(
            host=host,
            guest=guest,
            others=people[2:],
            countries=countries,
            city=city,
            source=rng.choice(("Akorda press service", "Kazinform", "Xinhua")),
        )

    def _country(self, name: str) -> Entity:
        return self.countries[name]

    def _pair(self, cast: _Cast, rng: random.Random) -> tuple[str, str]:
        first, second = rng.sample(cast.countries, 2)
        return first, second

    def _speaker(self, cast: _Cast, rng: random.Random) -> Person:
        return rng.choice([cast.host, cast.guest, *cast.others])

    def _org(self, rng: random.Random) -> Entity:
        return self.organizations[rng.choice(self._org_names)]

    def _place(self, rng: random.Random) -> Entity:
        return self.places[rng.choice(list(_REGIONS) if rng.random() < 0.5 else self._city_names)]

    # -- sentence templates -------------------------------------------------------

    def _lead(self, d: _Draft, cast: _Cast) -> None:
        host, guest = cast.host, cast.guest
        met = d.day - timedelta(days=1)
        city = self.places[cast.city]
        source = self.organizations[cast.source]
        host_ref = f"{host.title} {host.entity.name}"
        guest_ref = f"{guest.entity.name}, {guest.title.lower()} from {guest.country}"
        sentence = (
            f"{host_ref} met {guest_ref}, on {_spoken_date(met)} in {cast.city}, "
            f"reported the {cast.source}."
        )
        people = [host.entity, guest.entity, city]
        d.write(
            sentence,
            [
                (
                    sentence[: sentence.index(", reported")],
                    _spec(
                        Topic.MEETINGS,
                        Kind.EVENT,
                        f"{host.title} {host.entity.name} met {guest.entity.name} in "
                        f"{cast.city} on {met.day} {_MONTHS[met.month - 1]} {met.year}.",
                        people,
                        day=met.isoformat(),
                    ),
                ),
                (host_ref, self._role_spec(host)),
                (guest_ref, self._role_spec(guest)),
                (
                    f"reported the {cast.source}",
                    _spec(
                        Topic.MEETINGS,
                        Kind.STATEMENT,
                        f"The {cast.source} reported the meeting between {host.surname} "
                        f"and {guest.surname}.",
                        [source, host.entity, guest.entity],
                    ),
                ),
            ],
        )

    def _role_spec(self, person: Person) -> dict[str, object]:
        country = self._country(person.country)
        return _spec(
            Topic.OFFICIALS,
            Kind.ROLE,
            f"{person.entity.name} is {person.title} of {person.country}.",
            [person.entity, country],
        )

    def _period(self, d: _Draft) -> tuple[Period, str]:
        """A year the figure covers and how the article says it ("last year" or "in 2019")."""
        year = d.rng.randint(2005, d.day.year - 1) if d.day.year > 2005 else 2005
        label = str(year)
        period = Period(f"{year}-01-01", f"{year}-12-31", label)
        if year == d.day.year - 1 and d.rng.random() < 0.5:
            return period, "last year"
        return period, f"in {year}"

    def _trade_figure(self, d: _Draft, cast: _Cast) -> None:
        rng = d.rng
        first, second = self._pair(cast, rng)
        currency = rng.choice(("USD", "USD", "USD", "CNY", "EUR"))
        value, written = _money(rng, currency)
        qualifier, words = _qualifier(rng)
        period, when = self._period(d)
        verb = rng.choice(("reached", "amounted to", "totalled", "stood at"))
        clause = f"bilateral trade turnover reaching {words}{written} {when}"
        sentence = f"{first} is {second}’s major foreign trade partner, with {clause}."
        if rng.random() < 0.5:
            clause = f"trade turnover between {first} and {second} {verb} {words}{written} {when}"
            sentence = f"According to the {rng.choice(self._org_names)}, {clause}."
        d.write(
            sentence,
            [
                (
                    clause,
                    _spec(
                        Topic.TRADE,
                        Kind.FIGURE,
                        f"{first}–{second} trade turnover was {words}{written} in {period.label}.",
                        [self._country(first), self._country(second)],
                        value=value,
                        unit=currency,
                        qualifier=qualifier,
                        period=period,
                    ),
                )
            ],
        )

    def _trade_share(self, d: _Draft, cast: _Cast) -> None:
        rng = d.rng
        region = self.places[rng.choice(_REGIONS)]
        first, second = self._pair(cast, rng)
        share = round(rng.uniform(3, 80), rng.choice((0, 1)))
        qualifier, words = _qualifier(rng)
        period, when = self._period(d)
        clause = f"accounts for {words}{share:g}% of the total trade turnover with {second} {when}"
        sentence = f"{region.name} of {first} {clause}."
        d.write(
            sentence,
            [
                (
                    clause,
                    _spec(
                        Topic.TRADE,
                        Kind.FIGURE,
                        f"{region.name} accounted for {words}{share:g}% of trade with {second} "
                        f"in {period.label}.",
                        [region, self._country(first), self._country(second)],
                        value=float(share),
                        unit="percent",
                        qualifier=qualifier,
                        period=period,
                    ),
                )
            ],
        )

    def _investment_cumulative(self, d: _Draft, cast: _Cast) -> None:
        rng = d.rng
        first, second = self._pair(cast, rng)
        since = rng.randint(2005, d.day.year)
        currency = rng.choice(("USD", "USD", "CNY"))
        value, written = _money(rng, currency)
        qualifier, words = _qualifier(rng)
        adjective = _ADJECTIVES.get(first, first)
        clause = f"cumulative {adjective} investments since {since} amounting to {words}{written}"
        sentence = (
            f"Investment cooperation has demonstrated remarkable strength over the years, "
            f"with {clause}."
        )
        period = Period(f"{since}-01-01", d.day.isoformat(), f"since {since}")
        d.write(
            sentence,
            [
                (
                    clause,
                    _spec(
                        Topic.INVESTMENT,
                        Kind.FIGURE,
                        f"Cumulative {adjective} investment in {second} since {since} amounts "
                        f"to {words}{written}.",
                        [self._country(first), self._country(second)],
                        value=value,
                        unit=currency,
                        qualifier=qualifier,
                        period=period,
                    ),
                )
            ],
        )

    def _investment_growth(self, d: _Draft, cast: _Cast) -> None:
        rng = d.rng
        first, second = self._pair(cast, rng)
        growth = rng.randint(2, 95)
        months = rng.choice(((3, "first quarter", "Q1"), (6, "first half", "H1")))
        if rng.random() < 0.5:
            months = (9, "first nine months", "Jan–Sep")
        year = max(2005, d.day.year - rng.choice((0, 1, 1, 2)))
        last = date(year, months[0] + 1, 1) - timedelta(days=1) if months[0] < 12 else None
        verb = rng.choice(("surged", "grew", "rose", "fell"))
        adjective = _ADJECTIVES.get(first, first)
        clause = f"Direct {adjective} investments {verb} by {growth}% in the {months[1]} of {year}"
        d.write(
            clause + " alone.",
            [
                (
                    clause,
                    _spec(
                        Topic.INVESTMENT,
                        Kind.FIGURE,
                        f"Direct {adjective} investment in {second} {verb} by {growth}% in "
                        f"{months[2]} {year}.",
                        [self._country(first), self._country(second)],
                        value=float(growth),
                        unit="percent",
                        period=Period(
                            f"{year}-01-01",
                            last.isoformat() if last else None,
                            f"{months[2]} {year}",
                        ),
                    ),
                )
            ],
        )

    def _projects(self, d: _Draft, cast: _Cast) -> None:
        rng = d.rng
        first, second = self._pair(cast, rng)
        count = rng.randint(3, 120)
        value, written = _money(rng, "USD")
        qualifier, words = _qualifier(rng)
        adj1, adj2 = _ADJECTIVES.get(first, first), _ADJECTIVES.get(second, second)
        head = f"Today, the list of {count} {adj1}-{adj2} projects"
        sentence = f"{head} indicates a collective investment of {words}{written}."
        countries = [self._country(first), self._country(second)]
        today = d.day.isoformat()
        d.write(
            sentence,
            [
                (
                    head,
                    _spec(
                        Topic.INVESTMENT,
                        Kind.FIGURE,
                        f"The list of joint {adj1}-{adj2} projects holds {count} projects.",
                        countries,
                        value=float(count),
                        unit="count",
                        day=today,
                    ),
                ),
                (
                    sentence,
                    _spec(
                        Topic.INVESTMENT,
                        Kind.FIGURE,
                        f"The {count} {adj1}-{adj2} projects represent a collective investment "
                        f"of {words}{written}.",
                        countries,
                        value=value,
                        unit="USD",
                        qualifier=qualifier,
                        day=today,
                    ),
                ),
            ],
        )

    def _exports(self, d: _Draft, cast: _Cast) -> None:
        rng = d.rng
        first, second = self._pair(cast, rng)
        commodity = rng.choice(_COMMODITIES)
        amount = round(rng.uniform(0.1, 25), 1)
        qualifier, words = _qualifier(rng)
        period, when = self._period(d)
        verb = rng.choice(("rose to", "fell to", "reached", "amounted to"))
        sentence = (
            f"Exports of {commodity} from {first} to {second} {verb} {words}{amount:g} "
            f"million tonnes {when}."
        )
        d.write(
            sentence,
            [
                (
                    sentence[:-1],
                    _spec(
                        Topic.TRADE,
                        Kind.FIGURE,
                        f"{first} exported {words}{amount:g} million tonnes of {commodity} to "
                        f"{second} in {period.label}.",
                        [self._country(first), self._country(second)],
                        value=amount * 1e6,
                        unit="tonne",
                        qualifier=qualifier,
                        period=period,
                    ),
                )
            ],
        )

    def _allocation(self, d: _Draft, cast: _Cast) -> None:
        rng = d.rng
        org = self._org(rng)
        place = self._place(rng)
        sector = rng.choice(_SECTORS)
        currency = rng.choice(("KZT", "KZT", "CNY", "USD", "RUB"))
        value, written = _money(rng, currency)
        qualifier, words = _qualifier(rng)
        period, when = self._period(d)
        clause = f"{org.name} allocated {words}{written} to {sector} projects in {place.name}"
        d.write(
            f"The {clause} {when}.",
            [
                (
                    clause,
                    _spec(
                        Topic.INVESTMENT,
                        Kind.FIGURE,
                        f"{org.name} allocated {words}{written} to {sector} in {place.name} in "
                        f"{period.label}.",
                        [org, place],
                        value=value,
                        unit=currency,
                        qualifier=qualifier,
                        period=period,
                    ),
                )
            ],
        )

    def _quote(self, d: _Draft, cast: _Cast) -> None:
        rng = d.rng
        speaker = self._speaker(cast, rng)
        first, second = self._pair(cast, rng)
        sector_a, sector_b = rng.sample(_SECTORS, 2)
        opener = rng.choice(_QUOTE_OPENERS)
        body = rng.choice(_QUOTE_BODIES).format(
            first=first, second=second, a=sector_a, b=sector_b, corridor=rng.choice(_CORRIDORS)
        )
        closer = rng.choice(_QUOTE_CLOSERS)
        quote = f"{opener} {body}{closer}"
        sentence = f"“{quote},” said {speaker.surname}."
        topic = rng.choice((Topic.COOPERATION, Topic.ECONOMY, Topic.TRADE, Topic.INVESTMENT))
        d.write(
            sentence,
            [
                (
                    quote,
                    _spec(
                        topic,
                        Kind.QUOTE,
                        f"{speaker.surname}: “{quote}.”",
                        [speaker.entity, self._country(first), self._country(second)],
                    ),
                )
            ],
        )

    def _cooperation_areas(self, d: _Draft, cast: _Cast) -> None:
        rng = d.rng
        first, second = self._pair(cast, rng)
        areas = rng.sample(_SECTORS, rng.randint(3, 6))
        listed = ", ".join(areas[:-1]) + f" and {areas[-1]}"
        sentence = f"{first} interacts with {second} in many areas, including {listed}."
        d.write(
            sentence,
            [
                (
                    sentence,
                    _spec(
                        Topic.COOPERATION,
                        Kind.STATEMENT,
                        f"{first} cooperates with {second} in {listed}.",
                        [self._country(first), self._country(second)],
                    ),
                )
            ],
        )

    def _agreement(self, d: _Draft, cast: _Cast) -> None:
        rng = d.rng
        org1, org2 = self._org(rng), self._org(rng)
        if org1.id == org2.id:
            return
        signed = d.day - timedelta(days=rng.randint(0, 30))
        sector = rng.choice(_SECTORS)
        value, written = _money(rng, rng.choice(("USD", "CNY")))
        unit = "USD" if written.startswith("$") else "CNY"
        clause = f"{org1.name} and {org2.name} signed an agreement on {sector} cooperation"
        sentence = f"On {_spoken_date(signed)}, {clause} worth {written}."
        d.write(
            sentence,
            [
                (
                    clause,
                    _spec(
                        Topic.COOPERATION,
                        Kind.EVENT,
                        f"{org1.name} and {org2.name} signed a {sector} agreement on "
                        f"{signed.isoformat()}.",
                        [org1, org2],
                        day=signed.isoformat(),
                    ),
                ),
                (
                    sentence,
                    _spec(
                        Topic.INVESTMENT,
                        Kind.FIGURE,
                        f"The {sector} agreement between {org1.name} and {org2.name} is worth "
                        f"{written}.",
                        [org1, org2],
                        value=value,
                        unit=unit,
                        day=signed.isoformat(),
                    ),
                ),
            ],
        )

    def _appointment(self, d: _Draft, cast: _Cast) -> None:
        rng = d.rng
        person = rng.choice(cast.others)
        when = date(max(2005, d.day.year - rng.randint(0, 4)), rng.randint(1, 12), 1)
        month = f"{_MONTHS[when.month - 1]} {when.year}"
        clause = f"{person.entity.name} was appointed {person.title} in {month}"
        d.write(
            clause + ".",
            [
                (
                    clause,
                    _spec(
                        Topic.OFFICIALS,
                        Kind.ROLE,
                        f"{person.entity.name} became {person.title} of {person.country} in "
                        f"{when.year}.",
                        [person.entity, self._country(person.country)],
                        period=Period(
                            when.isoformat(),
                            when.isoformat(),
                            f"{_MONTHS[when.month - 1]} {when.year}",
                        ),
                    ),
                )
            ],
        )

    def _potential(self, d: _Draft, cast: _Cast) -> None:
        rng = d.rng
        speaker = self._speaker(cast, rng)
        sector = rng.choice(_SECTORS)
        sentence = (
            f"{speaker.surname} also noted the significant potential for diversification of "
            f"{sector} relations."
        )
        d.write(
            sentence,
            [
                (
                    sentence,
                    _spec(
                        rng.choice((Topic.TRADE, Topic.ECONOMY)),
                        Kind.STATEMENT,
                        f"{speaker.surname} noted the potential for diversifying {sector} "
                        "relations.",
                        [speaker.entity],
                    ),
                )
            ],
        )

    def _partnership(self, d: _Draft, cast: _Cast) -> None:
        rng = d.rng
        first, second = self._pair(cast, rng)
        initiative = self.initiatives[rng.choice(_INITIATIVES)]
        kind = rng.choice(
            ("comprehensive strategic", "eternal comprehensive strategic", "strategic")
        )
        clause = f"{first} and {second} have established an {kind} partnership"
        if kind == "strategic":
            clause = clause.replace("an strategic", "a strategic")
        sentence = f"{clause}, building on the {initiative.name}."
        d.write(
            sentence,
            [
                (
                    clause,
                    _spec(
                        Topic.DIPLOMACY,
                        Kind.STATEMENT,
                        f"{first} and {second} have a {kind} partnership.",
                        [self._country(first), self._country(second), initiative],
                    ),
                )
            ],
        )

    def _borders(self, d: _Draft, cast: _Cast) -> None:
        rng = d.rng
        region = self.places[rng.choice(_REGIONS)]
        first = rng.choice(cast.countries)
        count = rng.randint(1, 12)
        adjective = _ADJECTIVES.get(first, first)
        clause = f"{region.name} borders {_count_words(count)} {adjective} regions"
        d.write(
            clause + ".",
            [
                (
                    clause,
                    _spec(
                        Topic.GEOGRAPHY,
                        Kind.FIGURE,
                        f"{region.name} borders {count} {adjective} regions.",
                        [region, self._country(first)],
                        value=float(count),
                        unit="count",
                    ),
                )
            ],
        )

    def _gdp(self, d: _Draft, cast: _Cast) -> None:
        rng = d.rng
        country = rng.choice(cast.countries)
        growth = round(rng.uniform(-3, 12), 1)
        period, when = self._period(d)
        verb = "grew" if growth >= 0 else "contracted"
        clause = f"{country}’s economy {verb} by {abs(growth):g}% {when}"
        d.write(
            f"Official data show that {clause}.",
            [
                (
                    clause,
                    _spec(
                        Topic.ECONOMY,
                        Kind.FIGURE,
                        f"{country}’s GDP {verb} by {abs(growth):g}% in {period.label}.",
                        [self._country(country)],
                        value=abs(growth),
                        unit="percent",
                        period=period,
                    ),
                )
            ],
        )

    def _corridor(self, d: _Draft, cast: _Cast) -> None:
        rng = d.rng
        corridor = rng.choice(_CORRIDORS)
        containers = rng.randint(500, 90000)
        period, when = self._period(d)
        clause = f"{containers:,} containers travelled along the {corridor} route {when}"
        d.write(
            f"More than {clause}.",
            [
                (
                    clause,
                    _spec(
                        Topic.TRADE,
                        Kind.FIGURE,
                        f"More than {containers:,} containers used the {corridor} route in "
                        f"{period.label}.",
                        [self._country(c) for c in cast.countries[:2]],
                        value=float(containers),
                        unit="count",
                        qualifier=Qualifier.MORE_THAN,
                        period=period,
                    ),
                )
            ],
        )


@dataclass(frozen=True, slots=True)
class _Cast:
    """Who and where one article is about."""

    host: Person
    guest: Person
    others: list[Person]
    countries: list[str]
    city: str
    source: str


_ADJECTIVES = {
    "Kazakhstan": "Kazakh",
    "China": "Chinese",
    "Russia": "Russian",
    "Uzbekistan": "Uzbek",
    "Kyrgyzstan": "Kyrgyz",
    "Türkiye": "Turkish",
    "Mongolia": "Mongolian",
}
_QUOTE_OPENERS = (
    "We are closely following",
    "We highly value",
    "An important direction of our interaction is",
    "We intend to expand",
    "There is great potential in",
    "Our countries are united by",
)
_QUOTE_BODIES = (
    "{first}’s economic growth and the results achieved in {a}",
    "the expansion of investment cooperation between {first} and {second}",
    "new joint industrial projects in {a} and {b}",
    "the development of the {corridor} transport corridor",
    "the long history of friendship between {first} and {second}",
    "trade in {a}, {b} and agricultural products",
)
_QUOTE_CLOSERS = (
    "",
    ", and we will do our best to ensure that this cooperation develops successfully",
    ", which is beneficial and necessary for both sides",
    ", supported by agreements between the two heads of state",
)


def _spec(
    topic: Topic,
    kind: Kind,
    statement: str,
    entities: list[Entity],
    *,
    value: float | None = None,
    unit: str | None = None,
    qualifier: Qualifier = Qualifier.EXACT,
    period: Period | None = None,
    day: str | None = None,
) -> dict[str, object]:
    """Keyword arguments for :class:`Fact`, minus what the draft fills in."""
    return {
        "topic": topic,
        "kind": kind,
        "statement": statement,
        "entities": entities,
        "value": value,
        "unit": unit,
        "qualifier": qualifier,
        "period": period,
        "date": day,
    }


def _shift(fact: Fact, by: int) -> Fact:
    """The fact with its evidence moved ``by`` characters (the dateline goes in front)."""
    ev = fact.evidence
    fact.evidence = Evidence(ev.text, ev.start + by, ev.end + by)
    return fact


def datasets(facts: int, seed: int = 2024, start: int = 0) -> Iterator[Dataset]:
    """A lazy corpus of exactly ``facts`` facts (see :meth:`CorpusGenerator.datasets`)."""
    return CorpusGenerator(seed).datasets(facts, start=start)
