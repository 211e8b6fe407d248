"""Every extracted fact keeps the contract: exact evidence, extracted origin, stable ids."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.domain import Article, Kind, Origin
from desktop.extract.gazetteer import slug
from desktop.extract.pipeline import extract
from desktop.extract.scoring import load_gold, run
from desktop.paths import resources_dir

ARTICLES = load_gold(Path(__file__).parent / "articles")
SEED_TEXT = (resources_dir() / "seed" / "000_7f242fc889ef2bf1.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.name)
def test_evidence_is_exact_on_every_article(article) -> None:
    data = run(article)
    body = data.article.text
    assert data.article.id == Article.id_for(body)
    assert data.facts, "a wire report always has facts"
    for n, fact in enumerate(data.facts, start=1):
        fact.evidence.check_against(body)
        assert fact.id == f"{data.article.id}-x{n:03d}"
        assert fact.origin is Origin.EXTRACTED and fact.reviewed is False
        # sentence case: a capital, or a sentence that opens with its number ("60 new flights …")
        first = fact.statement[:1]
        assert first and (first.isupper() or first.isdigit() or first in '“"«$€£¥₹'), fact.statement
        assert fact.article_id == data.article.id
    ids = {e.id for e in data.entities}
    assert len(ids) == len(data.entities)
    for fact in data.facts:
        assert set(fact.entities) <= ids


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.name)
def test_facts_round_trip_through_json(article) -> None:
    from desktop.domain import Fact

    for fact in run(article).facts:
        assert Fact.from_dict(fact.to_dict()) == fact


def test_header_date_is_read_and_the_argument_overrides_it() -> None:
    assert extract(SEED_TEXT).article.date == "2024-03-27"
    assert extract(SEED_TEXT, date="2024-04-01").article.date == "2024-04-01"
    assert extract(SEED_TEXT, date="not a date").article.date == "2024-03-27"


def test_without_a_date_relative_periods_keep_their_words() -> None:
    data = extract("Trade reached $5 billion last year, officials said.")
    figure = next(f for f in data.facts if f.kind is Kind.FIGURE)
    assert figure.period is not None
    assert (figure.period.start, figure.period.end) == (None, None)
    assert figure.period.label == "last year"


def test_person_ids_are_slugs_of_names() -> None:
    data = extract(SEED_TEXT)
    for entity in data.entities:
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", entity.id)
    assert slug("Ürümqi") == "urumqi"
    assert slug("Kassym-Jomart Tokayev") == "kassym-jomart-tokayev"


def test_title_and_source_pass_through() -> None:
    data = extract(SEED_TEXT, title="T", source="S")
    assert (data.article.title, data.article.source) == ("T", "S")
    assert extract("Trade rose 5% in 2023.").article.title.startswith("Trade rose")


def test_the_extract_package_loads_without_qt_or_pandas() -> None:
    code = (
        "import sys, desktop.extract.pipeline, desktop.extract.importers, desktop.extract.scoring;"
        "bad = [m for m in ('PySide6', 'pandas') if m in sys.modules];"
        "sys.exit(1 if bad else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
