"""Search-as-you-type on a small synthetic store, as pytest-benchmark cases.

``python -m pytest tests/benchmarks --benchmark-enable`` times each query;
the normal run (``--benchmark-disable`` in addopts) calls each once, so these
double as correctness checks of the fast paths: the first page must be the
first 200 of the full result, and the count its length. No timing is
asserted; ``bench_search.py`` is the tool for numbers at a million facts.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from corpus import CorpusGenerator, datasets

from desktop.domain import Topic
from desktop.store import Store

FACTS = 20_000
PAGE = 200

QUERIES = [
    "t",
    "to",
    "tok",
    "toka",
    "inve",
    "invest",
    "trade turnover",
    '"trade turnover"',
    "ürüm",
    "topic:trade value>1e9 tok",
    "topic:trade inv",
    "unit:USD value>1e9",
    "-trade investment",
    "kind:quote chi",
    "year:2015 unit:KZT",
]


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One store of 20,000 synthetic facts for the whole module (built in ~3 s)."""
    path = tmp_path_factory.mktemp("bench") / "bench.sqlite"
    with Store.open(path) as store:
        store.add_many(datasets(FACTS))
        yield store


def test_corpus_is_deterministic_and_every_evidence_is_exact() -> None:
    first = list(CorpusGenerator(seed=7).datasets(2_000))
    again = list(CorpusGenerator(seed=7).datasets(2_000))
    assert [d.article.text for d in first] == [d.article.text for d in again]
    assert sum(len(d.facts) for d in first) == 2_000
    for dataset in first:
        assert 1 <= len(dataset.facts) <= 40
        for fact in dataset.facts:
            fact.evidence.check_against(dataset.article.text)
            assert set(fact.entities) <= {e.id for e in dataset.entities}


def test_corpus_names_carry_diacritics() -> None:
    names = " ".join(p.entity.name for p in CorpusGenerator().people)
    assert {"Ö", "Ü", "ş"} <= set(names)


def test_store_holds_the_corpus_and_the_seed(big_store: Store) -> None:
    assert big_store.count("origin:extracted") == FACTS
    assert big_store.count() == FACTS + 34


@pytest.mark.parametrize("query", QUERIES)
def test_first_page(benchmark, big_store: Store, query: str) -> None:
    rows = benchmark(lambda: big_store.rows(big_store.search(query, limit=PAGE)))
    everything = big_store.search(query)
    assert [r["id"] for r in rows] == [r["id"] for r in big_store.rows(everything[:PAGE])]


@pytest.mark.parametrize("query", QUERIES)
def test_count(benchmark, big_store: Store, query: str) -> None:
    counted = benchmark(lambda: big_store.count(query))
    assert counted == len(big_store.search(query))


PERSON = CorpusGenerator().people[0].entity.name.split()[-1]
ARTICLE = CorpusGenerator().article(7).article.id


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (f"article:{ARTICLE}", "t"),
        ("article:pavlodar", "t"),
        (f"person:{PERSON}", "inv"),
        ("person:a", "inv"),
        ("place:astana", "t"),
        ("-person:a", "inv"),
        ("topic:trade", "inv"),
        ("topic:geography", "t"),
        ("kind:quote", "chi"),
        ("year:2015", "trade"),
    ],
)
def test_a_filter_beside_words_finds_the_intersection(
    big_store: Store, left: str, right: str
) -> None:
    """Under words, filters are compiled differently (rowid sets probed or checked one by
    one, rowid bounds, the topic as an FTS5 term) from the same filters alone: both
    ways must agree."""
    both = big_store.search(f"{left} {right}")
    assert both == sorted(set(big_store.search(left)) & set(big_store.search(right)))
    assert big_store.search(f"{left} {right}", limit=PAGE) == both[:PAGE]
    assert big_store.count(f"{left} {right}") == len(both)


COUNTED = [
    *QUERIES,
    "",
    "kind:quote",
    "year:2015",
    "topic:investment date>2006",
    f"person:{PERSON} inv",
    f"person:{PERSON}",
    "person:a inv",
    "place:astana t",
    "article:pavlodar unit:USD",
    "article:pavlodar t",
]


@pytest.mark.parametrize("query", COUNTED)
def test_topic_counts(benchmark, big_store: Store, query: str) -> None:
    """The sidebar's numbers: each topic's count is that of the query with the topic;
    a capped pass is exact where it says so and a lower bound ("100+") where capped,
    and the exact pass finishes it."""
    counts = benchmark(lambda: big_store.topic_counts(query))
    assert counts.exact
    assert counts.counts == {t.value: big_store.count(query, topic=t.value) for t in Topic}
    capped = big_store.topic_counts(query, cap=100)
    for topic, number in counts.counts.items():
        if topic in capped.capped:
            assert 0 < capped[topic] <= number
        elif topic not in capped.pending:
            assert capped[topic] == number
    assert big_store.topic_counts(query, known=capped) == counts


def test_prefix_queries_find_matches(big_store: Store) -> None:
    for query in ("t", "toka", "inve", "ürüm", '"trade turnover"', "topic:trade inv"):
        assert big_store.search(query, limit=PAGE), query


def test_bench_script_runs_on_a_tiny_store(tmp_path: Path, capsys) -> None:
    from bench_search import main

    assert main(["--facts", "300", "--db", str(tmp_path / "b.sqlite"), "--repeat", "2"]) == 0
    out = capsys.readouterr().out
    assert "per class" in out
    assert "SQLite" in out
