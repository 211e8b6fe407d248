"""The seed article run through the extractor recovers every curated fact that matters.

Figures (value, unit, qualifier, period), officials (title and country, with a
role fact), meetings and visits (date, participants, place) and quotes
(speaker) — each compared with ``resources/seed/seed.json``.
"""

from __future__ import annotations

import math

import pytest

from desktop.domain import EntityKind, Kind, Origin
from desktop.extract.pipeline import extract
from desktop.paths import resources_dir
from desktop.seed import load_seed

SEED = load_seed()
RAW = (resources_dir() / "seed" / "000_7f242fc889ef2bf1.txt").read_text(encoding="utf-8")
DATA = extract(RAW, title=SEED.article.title, source=SEED.article.source)
FACTS = DATA.facts
PEOPLE = {e.id: e for e in DATA.entities if e.kind is EntityKind.PERSON}
CURATED = [f for f in SEED.facts if f.origin is Origin.CURATED]


def _overlaps(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def test_same_body_date_and_place_as_the_seed() -> None:
    assert DATA.article.text == SEED.article.text
    assert DATA.article.date == "2024-03-27"
    assert DATA.article.place == "Astana"


@pytest.mark.parametrize(
    "gold", [f for f in CURATED if f.kind is Kind.FIGURE], ids=lambda f: f.id.split("-", 1)[1]
)
def test_every_curated_figure_is_recovered(gold) -> None:
    found = [
        f
        for f in FACTS
        if f.kind is Kind.FIGURE
        and f.unit == gold.unit
        and math.isclose(f.value, gold.value)
        and _overlaps(f.evidence, gold.evidence)
    ]
    assert found, f"no figure {gold.value} {gold.unit}"
    fact = found[0]
    assert fact.qualifier is gold.qualifier
    if gold.period is None:
        assert fact.period is None
    else:
        assert (fact.period.start, fact.period.end) == (gold.period.start, gold.period.end)
        assert fact.period.label == gold.period.label


@pytest.mark.parametrize("gold", [e for e in SEED.entities if e.kind is EntityKind.PERSON])
def test_every_official_with_title_and_country(gold) -> None:
    person = PEOPLE[gold.id]
    assert person.name == gold.name
    got = {(r.title.lower(), r.country) for r in person.roles}
    for role in gold.roles:
        assert (role.title.lower(), role.country) in got
    orgs = {r.organization for r in person.roles}
    assert {r.organization for r in gold.roles} <= orgs
    roles = [f for f in FACTS if f.kind is Kind.ROLE and f.entities[0] == gold.id]
    assert len(roles) == len(gold.roles)


@pytest.mark.parametrize(
    "gold", [f for f in CURATED if f.kind is Kind.EVENT], ids=lambda f: f.id.split("-", 1)[1]
)
def test_every_meeting_and_visit(gold) -> None:
    people = [e for e in gold.entities if e in PEOPLE or e.endswith(("tokayev", "tuniyaz"))]
    found = [
        f
        for f in FACTS
        if f.kind is Kind.EVENT and f.date == gold.date and set(people) <= set(f.entities)
    ]
    assert found, gold.statement
    places = {"astana", "urumqi"} & set(gold.entities)
    assert places <= set(found[0].entities)


@pytest.mark.parametrize(
    "gold", [f for f in CURATED if f.kind is Kind.QUOTE], ids=lambda f: f.id.split("-", 1)[1]
)
def test_every_quote_with_its_speaker(gold) -> None:
    found = [f for f in FACTS if f.kind is Kind.QUOTE and _overlaps(f.evidence, gold.evidence)]
    assert len(found) == 1
    assert found[0].entities[0] == gold.entities[0]
    assert found[0].evidence == gold.evidence


def test_he_also_noted_is_bektenov() -> None:
    last = [f for f in FACTS if f.evidence.text.startswith("He also noted")]
    assert last and last[0].statement.startswith("Bektenov also noted")


def test_relative_periods_read_as_the_article_means_them() -> None:
    share = next(f for f in FACTS if f.unit == "percent" and f.value == 64.0)
    assert share.statement.endswith("of the total trade turnover with China.")
    turnover = next(f for f in FACTS if f.unit == "USD" and f.value == 31.5e9)
    assert "in 2023" in turnover.statement


def test_aliases_are_merged() -> None:
    xinjiang = next(e for e in DATA.entities if e.name == "Xinjiang Uygur Autonomous Region")
    assert {"XUAR", "Xinjiang"} <= set(xinjiang.aliases)
    assert "Tokayev" in PEOPLE["kassym-jomart-tokayev"].aliases
    tuniyaz = PEOPLE["erkin-tuniyaz"]
    assert "Xinjiang Uygur Autonomous Region" in {r.organization for r in tuniyaz.roles}
