"""The sidebar's numbers beside people and places: facts in view that name each one."""

from __future__ import annotations

from collections import Counter

import pytest

from desktop.store import Interrupted, QueryError, Store

KINDS = ("person", "place")
QUERIES = [
    "",
    "t",
    "trade",
    "tokayev",
    "ürüm",
    "trade OR investment",
    "-trade",
    "topic:trade",
    "topic:investment tok",
    "kind:quote",
    "year:2023",
    "value>1e9",
    "person:tokayev",
    "place:xuar trade",
    "nomatchatall",
]


def by_entity(store: Store, query: str, topic: str | None = None) -> dict[str, int]:
    """The slow, obvious answer: every matching fact's entities, tallied in Python."""
    wanted = {e["id"] for e in store.entities().to_dict(orient="records") if e["kind"] in KINDS}
    tally = Counter(
        entity
        for fact in store.rows(store.search(query, topic=topic))
        for entity in fact["entities"]
        if entity in wanted
    )
    return {entity: tally[entity] for entity in wanted}


@pytest.mark.parametrize("query", QUERIES)
def test_counts_are_the_matching_facts_that_name_each_entity(store: Store, query: str) -> None:
    counts = store.entity_counts(query)
    assert counts.exact
    assert counts.counts == by_entity(store, query)
    first = store.entity_counts(query, cap=1000)  # the seed is small: all seen at once
    assert first == counts


def test_counts_follow_the_topic_beside_the_query(store: Store) -> None:
    counts = store.entity_counts("t", topic="trade")
    assert counts.counts == by_entity(store, "t", topic="trade")
    assert counts["kassym-jomart-tokayev"] < store.entity_counts("t")["kassym-jomart-tokayev"]


def test_first_counts_are_lower_bounds_and_the_exact_step_finishes_them(store: Store) -> None:
    """Past the cap, an entity seen among the first matches has at least that many
    ("2+"); one not seen yet is pending ("…")."""
    for query in ("", "t", "year:2023", "topic:trade"):
        full = store.entity_counts(query)
        first = store.entity_counts(query, cap=2)
        assert not first.exact, query
        assert first.capped | first.pending == set(full.counts), query
        assert not first.capped & first.pending, query
        for entity in first.capped:
            assert 0 < first[entity] <= full[entity], (query, entity)
            assert first.label(entity) == f"{first[entity]}+"
        assert {first.label(e) for e in first.pending} <= {"…"}


def test_invalid_and_interrupted_counts(store: Store) -> None:
    with pytest.raises(QueryError):
        store.entity_counts("topic:sports")
    store._conn.set_progress_handler(lambda: store.interrupt() or 0, 1)
    try:
        with pytest.raises(Interrupted):
            store.entity_counts("t")
        with pytest.raises(Interrupted):
            store.entity_counts("t", cap=2)
    finally:
        store._conn.set_progress_handler(None, 1)


def test_first_counts_without_materialized_ctes(store: Store, monkeypatch) -> None:
    """SQLite before 3.35 knows no ``AS MATERIALIZED``: the plain CTE gives the same."""
    from desktop.store import entity_facets

    statements: list[str] = []
    store._conn.set_trace_callback(statements.append)
    try:
        materialized = [store.entity_counts(query, cap=2) for query in QUERIES]
        assert any("MATERIALIZED" in sql for sql in statements)
        statements.clear()
        monkeypatch.setattr(entity_facets, "SQLITE_VERSION", (3, 34, 1))
        plain = [store.entity_counts(query, cap=2) for query in QUERIES]
    finally:
        store._conn.set_trace_callback(None)
    assert statements and not any("MATERIALIZED" in sql for sql in statements)
    assert plain == materialized
