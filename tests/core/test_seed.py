"""The bundled dataset: every fact is exact, typed and traceable to its words."""

from __future__ import annotations

import re

import pytest

from desktop.domain import Kind, Origin
from desktop.seed import load_seed

SEED = load_seed()
FACTS = {fact.id: fact for fact in SEED.facts}
ARTICLE = SEED.article.text


def _by_suffix(suffix: str):
    return FACTS[f"{SEED.article.id}-{suffix}"]


def test_article_body_starts_at_the_dateline_with_its_metadata() -> None:
    assert ARTICLE.startswith("ASTANA— President Kassym-Jomart Tokayev")
    assert SEED.article.date == "2024-03-27"
    assert SEED.article.place == "Astana"
    assert SEED.article.source == "Akorda press service"


@pytest.mark.parametrize("fact", SEED.facts, ids=lambda f: f.id.split("-", 1)[1])
def test_evidence_is_exactly_the_article_text(fact) -> None:
    assert ARTICLE[fact.evidence.start : fact.evidence.end] == fact.evidence.text


def _numbers_in(text: str) -> set[float]:
    found = {float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", text)}
    words = {"four": 4.0, "two": 2.0, "three": 3.0}
    found |= {v for w, v in words.items() if re.search(rf"\b{w}\b", text, re.IGNORECASE)}
    return found


@pytest.mark.parametrize(
    "fact",
    [f for f in SEED.facts if f.value is not None and f.origin is not Origin.DERIVED],
    ids=lambda f: f.id.split("-", 1)[1],
)
def test_each_figure_can_be_read_in_its_evidence(fact) -> None:
    scale = {"USD": 1e9}.get(fact.unit or "", 1.0)
    assert fact.value / scale in _numbers_in(fact.evidence.text)


@pytest.mark.parametrize(
    "fact",
    [f for f in SEED.facts if f.origin is Origin.DERIVED],
    ids=lambda f: f.id.split("-", 1)[1],
)
def test_derived_facts_point_at_inputs_whose_numbers_are_in_the_evidence(fact) -> None:
    assert fact.formula
    for input_id in fact.derived_from:
        source = FACTS[input_id]
        assert source.origin is Origin.CURATED
        assert source.evidence.text in fact.evidence.text


def test_derived_share_is_consistent_with_over_64_percent() -> None:
    share = _by_suffix("derived-xuar-share")
    stated = _by_suffix("xuar-trade-share-2023")
    trade, xuar = _by_suffix("trade-turnover-2023"), _by_suffix("xuar-trade-2023")
    assert share.value == pytest.approx(xuar.value / trade.value * 100, abs=0.05)
    assert stated.qualifier.value == "more_than" and share.value > stated.value
    rest = _by_suffix("derived-trade-outside-xuar")
    assert rest.value == pytest.approx(trade.value - xuar.value)


def test_headline_trade_figure_is_typed_with_its_resolved_period() -> None:
    trade = _by_suffix("trade-turnover-2023")
    assert (trade.value, trade.unit, trade.qualifier.value) == (31.5e9, "USD", "exact")
    assert (trade.period.start, trade.period.end) == ("2023-01-01", "2023-12-31")
    growth = _by_suffix("investment-direct-growth")
    assert (growth.period.start, growth.period.end) == ("2023-01-01", "2023-09-30")
    assert _by_suffix("investment-cumulative").qualifier.value == "approx"
    assert _by_suffix("projects-investment").qualifier.value == "more_than"


def test_every_quote_names_its_speaker_first() -> None:
    expected = {
        "I was recently in Ürümqi": "kassym-jomart-tokayev",
        "We are closely following": "kassym-jomart-tokayev",  # "he added"
        "Sino-Kazakh friendship": "erkin-tuniyaz",
        "An important direction": "olzhas-bektenov",
    }
    quotes = [f for f in SEED.facts if f.kind is Kind.QUOTE]
    assert len(quotes) == len(expected)
    for quote in quotes:
        opening = next(k for k in expected if quote.evidence.text.startswith(k))
        assert quote.entities[0] == expected[opening]


def test_every_referenced_entity_exists_and_officials_have_titles() -> None:
    entities = {e.id: e for e in SEED.entities}
    for fact in SEED.facts:
        assert set(fact.entities) <= set(entities)
    people = [e for e in SEED.entities if e.kind.value == "person"]
    assert {p.name for p in people} >= {"Kassym-Jomart Tokayev", "Erkin Tuniyaz", "Olzhas Bektenov"}
    assert all(p.roles for p in people)
    assert len(entities["erkin-tuniyaz"].roles) == 2


def test_meetings_have_date_place_and_participants() -> None:
    meeting = _by_suffix("meeting-tokayev-tuniyaz")
    assert meeting.date == "2024-03-26"
    assert {"kassym-jomart-tokayev", "erkin-tuniyaz", "astana"} <= set(meeting.entities)
    same_day = _by_suffix("meeting-bektenov-tuniyaz")
    assert same_day.date == "2024-03-26"
