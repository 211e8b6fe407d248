"""Regression floors on the tuned articles: scores we reached and must keep.

The floors are what the extractor achieved when this file was written (see
``tests/extract/score.py``), rounded down a little; they guard against
regressions, they are not targets. The held-out articles are scored by the
CLI and reported, never asserted here, so nobody tunes rules to pass them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.extract.scoring import GoldArticle, load_gold, score

TUNED = [a for a in load_gold(Path(__file__).parent / "articles") if not a.heldout]
SCORES = score(TUNED)

# kind: (detection F1, strict F1 with value+qualifier or speaker, period/country accuracy)
FLOORS = {
    "money": (0.98, 0.98, 0.98),
    "percent": (0.98, 0.98, 0.98),
    "count": (0.98, 0.98, 0.98),
    "quantity": (0.98, 0.98, 0.98),
    "people": (0.98, 0.98, 0.98),
    "quotes": (0.98, 0.98, None),
    "events": (0.9, 0.9, None),
}


def test_there_are_at_least_15_articles_and_5_held_out() -> None:
    articles = load_gold(Path(__file__).parent / "articles")
    assert len(articles) >= 15
    assert sum(a.heldout for a in articles) >= 5
    assert len(TUNED) >= 10


@pytest.mark.parametrize("kind", FLOORS)
def test_tuned_scores_stay_above_their_floors(kind: str) -> None:
    f1, strict, accuracy = FLOORS[kind]
    tally = SCORES[kind]
    assert tally.gold > 0
    assert tally.f1 >= f1, tally.misses
    assert tally.strict_f1 >= strict, tally.misses
    if accuracy is not None:
        assert tally.period_accuracy >= accuracy, tally.misses


def test_people_score_counts_titled_people_only() -> None:
    """An analyst quoted by name claims no title: no false "person with a title". A titled
    person the gold lacks is one, and a gold person found without the title is a miss."""
    text = (
        "date 2025-05-14 Trade Minister Aida Sarsen met Deputy Minister Omar Haddad. "
        '"Prices will fall," said Lena Park, an economist at Steppe Capital.'
    )
    gold = {"people": [{"name": "Aida Sarsen", "title": "Trade Minister", "country": None}]}
    tally = score([GoldArticle("x", text, gold)])["people"]
    assert (tally.gold, tally.found, tally.matched) == (1, 2, 1)
    assert [m for m in tally.misses if "extra" in m] == [
        "x: extra person Omar Haddad ['Deputy Minister']"
    ]
