"""Extracted datasets go into the store as they are: the contract is the store's contract."""

from __future__ import annotations

from pathlib import Path

from desktop.extract.scoring import load_gold, run

ARTICLES = load_gold(Path(__file__).parent / "articles")


def test_every_extracted_article_stores_and_searches(store) -> None:
    before = store.count()
    total = 0
    for article in ARTICLES:
        data = run(article)
        added = store.add_dataset(data)
        assert added.fact_ids == [f.id for f in data.facts]
        total += len(data.facts)
    assert store.count() == before + total
    assert store.count("unit:EUR") > 0
    again = store.add_dataset(run(ARTICLES[0]))
    assert again.fact_ids == []  # the same text again is the same article: nothing duplicated
    assert store.count() == before + total
