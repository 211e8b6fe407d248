"""Score the extractor against hand-written gold annotations.

Gold files (``NAME.gold.json`` beside ``NAME.txt``) list figures by their
surface text ("$31.5 billion") with value, unit, qualifier and period; people
with titles and countries; quotes by their opening words with the speaker;
meetings by date and participants. Matching is by position: a gold figure is
found when an extracted figure of the same family has evidence containing
that text (and the same value, where several share one clause).

Per family we report detection precision/recall/F1, a strict F1 that also
requires the right value and qualifier, and accuracies over the matched
items: value+qualifier, period, speaker, country.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain import EntityKind, Fact, Kind
from desktop.extract.gazetteer import slug
from desktop.extract.header import split_header
from desktop.extract.importers import read_article
from desktop.extract.pipeline import extract
from desktop.seed import Dataset

FIGURE_KINDS = ("money", "percent", "count", "quantity")
ALL_KINDS = (*FIGURE_KINDS, "people", "quotes", "events")


@dataclass(slots=True)
class Tally:
    """Counts for one family; rates are computed at the end so sums stay exact."""

    gold: int = 0
    found: int = 0
    matched: int = 0
    strict: int = 0
    period_ok: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.found += other.found
        self.matched += other.matched
        self.strict += other.strict
        self.period_ok += other.period_ok
        self.misses.extend(other.misses)

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def strict_f1(self) -> float:
        p = self.strict / self.found if self.found else (1.0 if not self.gold else 0.0)
        r = self.strict / self.gold if self.gold else 1.0
        return _f1(p, r)

    @property
    def strict_accuracy(self) -> float:
        return self.strict / self.matched if self.matched else 0.0

    @property
    def period_accuracy(self) -> float:
        return self.period_ok / self.matched if self.matched else 0.0

    def row(self) -> dict[str, float | int]:
        return {
            "gold": self.gold,
            "found": self.found,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "strict_f1": round(self.strict_f1, 3),
            "value_qualifier_or_speaker_acc": round(self.strict_accuracy, 3),
            "period_or_country_acc": round(self.period_accuracy, 3),
        }


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class GoldArticle:
    name: str
    text: str
    gold: dict[str, Any]

    @property
    def heldout(self) -> bool:
        return bool(self.gold.get("heldout"))

    @property
    def group(self) -> str:
        """ "tuned", "heldout" (written before the rules) or a "fresh…" set (written after them)."""
        return str(self.gold.get("set") or ("heldout" if self.heldout else "tuned"))


#: Article files the scorer reads; .md and .html go through the importer first.
ARTICLE_SUFFIXES = (".txt", ".md", ".html")


def load_gold(folder: Path) -> list[GoldArticle]:
    """Every article file (.txt, .md, .html) with a ``.gold.json`` beside it, sorted by name.

    Markdown and HTML articles are read as ``fact-browser import`` reads them, so
    their gold texts refer to the imported text; the file's own date (front
    matter, meta tag) is the gold date when the gold file gives none.
    """
    out = []
    paths = sorted(p for p in folder.iterdir() if p.suffix in ARTICLE_SUFFIXES)
    for path in paths:
        gold_path = path.with_name(path.stem + ".gold.json")
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if path.suffix == ".txt":
            text = path.read_text(encoding="utf-8")
        else:
            text, meta = read_article(path)
            gold.setdefault("date", meta.get("date"))
        out.append(GoldArticle(path.stem, text, gold))
    return out


def run(article: GoldArticle) -> Dataset:
    """Extract as the importer would: the header's date, or the gold date when there is none."""
    header = split_header(article.text)
    date = None if header.date else article.gold.get("date")
    return extract(article.text, date=date)


def score_article(article: GoldArticle, data: Dataset | None = None) -> dict[str, Tally]:
    data = data or run(article)
    body = data.article.text
    tallies = {kind: Tally() for kind in ALL_KINDS}
    _score_figures(body, data, article.gold.get("figures", []), tallies, article.name)
    _score_people(data, article.gold.get("people", []), tallies["people"], article.name)
    _score_quotes(body, data, article.gold.get("quotes", []), tallies["quotes"], article.name)
    _score_events(data, article.gold.get("events", []), tallies["events"], article.name)
    return tallies


def score(articles: Iterable[GoldArticle]) -> dict[str, Tally]:
    total = {kind: Tally() for kind in ALL_KINDS}
    for article in articles:
        for kind, tally in score_article(article).items():
            total[kind].add(tally)
    return total


def family(unit: str | None) -> str | None:
    if unit is None:
        return None
    if unit == "percent":
        return "percent"
    if unit == "count":
        return "count"
    if len(unit) == 3 and unit.isupper():
        return "money"
    return "quantity"


def _score_figures(
    body: str, data: Dataset, gold: list[dict[str, Any]], tallies: dict[str, Tally], name: str
) -> None:
    figures = [f for f in data.facts if f.kind is Kind.FIGURE]
    for fact in figures:
        tallies[family(fact.unit) or "count"].found += 1
    used: set[str] = set()
    for item in gold:
        kind = family(item["unit"]) or "count"
        tally = tallies[kind]
        tally.gold += 1
        start = _nth(body, item["text"], item.get("occurrence", 1))
        if start < 0:
            tally.misses.append(f"{name}: gold text {item['text']!r} not in body")
            continue
        end = start + len(item["text"])
        candidates = [
            f
            for f in figures
            if f.id not in used
            and family(f.unit) == kind
            and f.evidence.start <= start
            and end <= f.evidence.end
        ]
        if not candidates:
            tally.misses.append(f"{name}: missed {kind} {item['text']!r}")
            continue
        same_value = [f for f in candidates if _same_value(f.value, item["value"])]
        fact = (same_value or candidates)[0]
        used.add(fact.id)
        tally.matched += 1
        ok = (
            bool(same_value)
            and fact.unit == item["unit"]
            and fact.qualifier.value == item["qualifier"]
        )
        tally.strict += ok
        if not ok:
            tally.misses.append(
                f"{name}: {item['text']!r} got {fact.value} {fact.unit} {fact.qualifier.value}"
                f" want {item['value']} {item['unit']} {item['qualifier']}"
            )
        if _same_period(fact, item.get("period")):
            tally.period_ok += 1
        else:
            got = fact.period.to_dict() if fact.period else None
            tally.misses.append(f"{name}: {item['text']!r} period {got} want {item.get('period')}")
    for fact in figures:
        if fact.id not in used and gold is not None:
            tallies[family(fact.unit) or "count"].misses.append(
                f"{name}: extra {fact.unit} {fact.value} in {fact.evidence.text[:60]!r}"
            )


def _score_people(data: Dataset, gold: list[dict[str, Any]], tally: Tally, name: str) -> None:
    persons = [e for e in data.entities if e.kind is EntityKind.PERSON]
    # The kind is people *with titles*: a person found without one (an analyst quoted by
    # name) claims no title, so it is neither a hit nor a false one. Gold lists titled
    # people only; a gold person found without their title is still a miss.
    tally.found += sum(1 for p in persons if p.roles)
    tally.gold += len(gold)
    matched: set[str] = set()
    for item in gold:
        wanted = item["name"].casefold()
        person = next(
            (
                p
                for p in persons
                if p.name.casefold() == wanted or wanted in {a.casefold() for a in p.aliases}
            ),
            None,
        )
        titles = {r.title.casefold() for r in person.roles} if person else set()
        if person is None or item["title"].casefold() not in titles:
            got = f"{person.name} {sorted(titles)}" if person else "nobody"
            tally.misses.append(f"{name}: person {item['name']} / {item['title']} got {got}")
            continue
        matched.add(person.id)
        tally.matched += 1
        tally.strict += 1
        countries = {r.country for r in person.roles}
        if item.get("country") in countries:
            tally.period_ok += 1
        else:
            tally.misses.append(
                f"{name}: {item['name']} country {countries} want {item.get('country')}"
            )
    for p in persons:
        if p.id not in matched and p.roles:
            tally.misses.append(f"{name}: extra person {p.name} {[r.title for r in p.roles]}")


def _score_quotes(
    body: str, data: Dataset, gold: list[dict[str, Any]], tally: Tally, name: str
) -> None:
    quotes = [f for f in data.facts if f.kind is Kind.QUOTE]
    names = {e.id: e.name for e in data.entities if e.kind is EntityKind.PERSON}
    tally.found += len(quotes)
    tally.gold += len(gold)
    used: set[str] = set()
    for item in gold:
        start = body.find(item["text"])
        fact = next(
            (q for q in quotes if q.id not in used and q.evidence.start <= start < q.evidence.end),
            None,
        )
        if fact is None:
            tally.misses.append(f"{name}: missed quote {item['text']!r}")
            continue
        used.add(fact.id)
        tally.matched += 1
        speaker = names.get(fact.entities[0]) if fact.entities else None
        if speaker == item["speaker"]:
            tally.strict += 1
            tally.period_ok += 1
        else:
            tally.misses.append(
                f"{name}: quote {item['text']!r} speaker {speaker} want {item['speaker']}"
            )


def _score_events(data: Dataset, gold: list[dict[str, Any]], tally: Tally, name: str) -> None:
    events = [f for f in data.facts if f.kind is Kind.EVENT]
    tally.found += len(events)
    tally.gold += len(gold)
    used: set[str] = set()
    for item in gold:
        ids = {slug(p) for p in item["participants"]}
        fact = next(
            (
                e
                for e in events
                if e.id not in used and e.date == item["date"] and ids <= set(e.entities)
            ),
            None,
        )
        if fact is None:
            tally.misses.append(f"{name}: missed event {item['date']} {item['participants']}")
            continue
        used.add(fact.id)
        tally.matched += 1
        tally.strict += 1
        tally.period_ok += 1
    for e in events:
        if e.id not in used:
            tally.misses.append(
                f"{name}: extra event {e.date} {e.entities} {e.evidence.text[:50]!r}"
            )


def _nth(text: str, snippet: str, n: int) -> int:
    pos = -1
    for _ in range(n):
        pos = text.find(snippet, pos + 1)
        if pos < 0:
            return -1
    return pos


def _same_value(got: float | None, want: float) -> bool:
    return got is not None and math.isclose(got, want, rel_tol=1e-6, abs_tol=0.051)


def _same_period(fact: Fact, want: dict[str, Any] | None) -> bool:
    if want is None:
        return fact.period is None or (fact.period.start is None and fact.period.end is None)
    if fact.period is None:
        return False
    return (fact.period.start, fact.period.end) == (want.get("start"), want.get("end"))


def table(tallies: dict[str, Tally], title: str) -> str:
    """A fixed-width table of every family's scores."""
    head = (
        f"{title}\n{'kind':<9}{'gold':>5}{'found':>6}{'P':>7}{'R':>7}{'F1':>7}"
        f"{'strictF1':>9}{'val+q/spk':>10}{'period/ctry':>12}"
    )
    lines = [head]
    for kind in ALL_KINDS:
        t = tallies[kind]
        extra = f"{t.period_accuracy:>12.3f}" if kind in (*FIGURE_KINDS, "people") else f"{'':>12}"
        lines.append(
            f"{kind:<9}{t.gold:>5}{t.found:>6}{t.precision:>7.3f}{t.recall:>7.3f}{t.f1:>7.3f}"
            f"{t.strict_f1:>9.3f}{t.strict_accuracy:>10.3f}{extra}"
        )
    return "\n".join(lines)
