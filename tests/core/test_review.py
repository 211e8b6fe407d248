"""Reviewing facts: edits are stored and searchable, and never outrun their evidence."""

from __future__ import annotations

import pytest

from desktop.domain import ContractError
from desktop.store import Store


def trade_id(store: Store) -> str:
    return store.records("topic:trade value>3e10")[0]["id"]


def test_accepting_a_fact_marks_it_reviewed(store: Store) -> None:
    fact_id = trade_id(store)
    assert store.update_fact(fact_id, {"reviewed": True})["reviewed"] is True
    assert fact_id in {r["id"] for r in store.records("reviewed:yes")}


def test_an_edited_statement_is_found_by_its_new_words_only(store: Store) -> None:
    fact_id = trade_id(store)
    order = [r["id"] for r in store.records("topic:trade")]
    store.update_fact(fact_id, {"statement": "Turnover with the PRC was a record in 2023."})
    assert [r["id"] for r in store.records("record")] == [fact_id]
    assert fact_id not in {r["id"] for r in store.records("reached")}
    # The edited fact keeps its place in article order.
    assert [r["id"] for r in store.records("topic:trade")] == order


def test_qualifier_and_period_can_be_corrected(store: Store) -> None:
    fact_id = trade_id(store)
    period = {"start": "2023-01-01", "end": "2023-12-31", "label": "2023 (calendar year)"}
    edited = store.update_fact(fact_id, {"qualifier": "approx", "period": period})
    assert edited["qualifier"] == "approx" and edited["period"] == period
    assert fact_id in {r["id"] for r in store.records("year:2023 qualifier:approx")}


def test_a_value_the_evidence_states_is_accepted(store: Store) -> None:
    share = store.records("topic:trade unit:percent qualifier:more_than")[0]
    assert share["value"] == 64.0
    # The same sentence also states $20.3 billion: a reviewer may say this fact is that one.
    edited = store.update_fact(share["id"], {"value": 20.3e9, "unit": "USD"})
    assert (edited["value"], edited["unit"]) == (20.3e9, "USD")
    restated = store.update_fact(share["id"], {"statement": "Xinjiang's trade was $20.3 billion."})
    assert restated["statement"].endswith("$20.3 billion.")


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"value": 32.5e9}, r"does not state \$32\.5 bn"),
        ({"value": 31.5e9, "unit": "EUR"}, "does not state"),
        ({"unit": "bananas"}, "unknown unit"),
        ({"qualifier": "roughly-ish"}, "roughly-ish"),
        ({"topic": "sports"}, "sports"),
        ({"statement": "   "}, "needs a statement"),
        ({"statement": "Trade reached $99 billion in 2023."}, r"does not state \$99 bn"),
        ({"period": {"start": "2023-13-01", "end": None, "label": "x"}}, "not a date"),
        ({"period": {"start": "2024-01-01", "end": "2023-01-01", "label": "x"}}, "after it ends"),
        ({"evidence": {"text": "x", "start": 0, "end": 1}}, "evidence cannot be edited"),
    ],
)
def test_edits_the_evidence_does_not_support_are_refused(
    store: Store, changes: dict, reason: str
) -> None:
    fact_id = trade_id(store)
    before = store.fact(fact_id)
    with pytest.raises(ContractError, match=reason):
        store.update_fact(fact_id, changes)
    assert store.fact(fact_id) == before


def test_a_derived_value_cannot_be_edited(store: Store) -> None:
    derived = store.records("origin:derived unit:percent")[0]
    with pytest.raises(ContractError, match="derived"):
        store.update_fact(derived["id"], {"value": 70.0})


def test_a_deleted_fact_can_be_restored_exactly(store: Store) -> None:
    fact_id = trade_id(store)
    before = store.fact(fact_id)
    count = store.count()
    removed = store.delete_fact(fact_id)
    assert store.fact(fact_id) is None and store.count() == count - 1
    assert fact_id not in {r["id"] for r in store.records("turnover")}
    store.restore_fact(removed)
    assert store.fact(fact_id) == before and store.count() == count
    assert fact_id in {r["id"] for r in store.records("turnover")}


def test_removing_an_article_removes_its_facts_only(store: Store) -> None:
    extra = store.import_text(
        "ALMATY— Trade between Kazakhstan and Mongolia reached $1.2 billion in 2024, "
        "Deputy Trade Minister Aidar Zhumabekov said on Monday."
    )
    assert extra
    assert "Aidar Zhumabekov" in set(store.entities("person")["name"])
    article_id = store.fact(extra[0])["article_id"]
    seeded = store.count("article:7f242fc889ef2bf1")
    assert store.remove_article(article_id) == len(extra)
    assert all(store.fact(fid) is None for fid in extra)
    assert store.count("article:7f242fc889ef2bf1") == seeded
    assert len(store.articles()) == 1
    # Its new official is forgotten; the places the seed also names stay.
    people = set(store.entities("person")["name"])
    assert "Aidar Zhumabekov" not in people and "Erkin Tuniyaz" in people
    assert {"Kazakhstan"} <= set(store.entities("place")["name"])


def test_a_deleted_fact_comes_back_with_its_people_after_another_import_is_undone(
    store: Store,
) -> None:
    # Both articles name the same new official; the one fact of the second is deleted,
    # then the first import is undone, which forgets the official nobody names any more.
    first = store.import_text(
        "ALMATY— Trade with Mongolia reached $1.2 billion in 2024, "
        "Deputy Trade Minister Aidar Zhumabekov said on Monday."
    )
    second = store.import_text(
        "ASTANA— Exports to Mongolia reached $0.8 billion in 2024, "
        "Deputy Trade Minister Aidar Zhumabekov said on Friday."
    )
    figure = next(fid for fid in second if store.fact(fid)["kind"] == "figure")
    removed = store.delete_fact(figure)
    for fid in second:
        if fid != figure:
            store.delete_fact(fid)
    store.remove_article(store.fact(first[0])["article_id"])
    assert "Aidar Zhumabekov" not in set(store.entities("person")["name"])
    store.restore_fact(removed)
    assert "aidar-zhumabekov" in store.fact(figure)["entities"]
    assert "Aidar Zhumabekov" in set(store.entities("person")["name"])
    assert figure in {r["id"] for r in store.records("zhumabekov")}
