"""The store as a user meets it: open, seed once, search, refuse bad files calmly."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

import desktop
from desktop.domain import Article, ContractError, Evidence, Fact, Kind, Topic
from desktop.store import QueryError, Store, StoreError
from desktop.store.rows import id_list
from desktop.store.schema import SCHEMA_VERSION


def statements(store: Store, query: str) -> list[str]:
    return [row["statement"] for row in store.records(query)]


def test_first_open_creates_and_seeds_the_default_database(isolated_home: Path) -> None:
    with desktop.open_store() as store:
        assert store.path == isolated_home / "facts.sqlite"
        assert store.count() == 34


def test_default_location_is_the_user_data_dir(monkeypatch, isolated_home: Path) -> None:
    monkeypatch.delenv("FACT_BROWSER_DB")
    with desktop.open_store() as store:
        assert store.path.is_relative_to(isolated_home / "data")
        assert store.count() == 34


def test_seeding_is_idempotent(db_path: Path) -> None:
    for _ in range(3):
        with Store.open(db_path) as store:
            assert store.count() == 34
            assert len(store.articles()) == 1
    with Store.open(db_path) as store:
        store.ensure_seeded()
        assert store.count() == 34


def test_urumqi_is_found_without_its_accents_and_by_prefix(store: Store) -> None:
    for query in ("urumqi", "URUMQI", "Ürümqi", "urum", "ürüm"):
        found = statements(store, query)
        assert len(found) == 2, query
        assert all("Ürümqi" in s for s in found)


def test_tokaev_and_tokayev_find_the_same_facts(store: Store) -> None:
    assert store.search("tokaev") == store.search("tokayev")
    assert len(store.search("tokaev")) >= 8


def test_filtered_trade_query_returns_the_big_figures(store: Store) -> None:
    frame = store.facts("topic:trade value>1e10")
    assert sorted(frame["value"]) == [11.2e9, 20.3e9, 31.5e9]
    assert set(frame["topic"]) == {"trade"}


def test_frames_have_the_contract_columns(store: Store) -> None:
    frame = store.facts("")
    assert list(frame.columns)[:14] == [
        "id", "article_id", "topic", "kind", "statement", "value", "unit", "qualifier",
        "period", "date", "entities", "evidence", "origin", "reviewed",
    ]  # fmt: skip
    people = store.entities(kind="person")
    assert "Kassym-Jomart Tokayev" in set(people["name"])
    assert set(people["kind"]) == {"person"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("person:tokayev", 9),
        ("person:bektenov kind:quote", 1),
        ("kind:quote", 4),
        ("year:2023", 7),
        ("unit:USD", 6),
        ("value>=45 value<=45", 1),
        ('"trade turnover"', 5),
        ("trade OR investment", 16),
        ("origin:derived", 3),
        ("place:xuar topic:trade", 4),
        ("initiative:nurly", 2),
        ("date:2024-03-26", 4),
        ("article:urumqi", 34),
        ("unit:$ value>1.5bn", 5),
    ],
)
def test_query_language_counts(store: Store, query: str, expected: int) -> None:
    assert store.count(query) == expected
    assert len(store.search(query)) == expected


def test_negation_removes_matches(store: Store) -> None:
    total, trade = store.count(), store.count("trade")
    assert store.count("-trade") == total - trade
    assert store.count("investment -kind:quote") == store.count("investment") - store.count(
        "investment kind:quote"
    )


def test_limit_returns_the_first_rows_in_article_order(store: Store) -> None:
    everything = store.search("")
    assert store.search("", limit=5) == everything[:5]
    assert [r["id"] for r in store.rows(everything[:3])] == [r["id"] for r in store.records("")[:3]]


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ("topic:sports", "Unknown topic"),
        ("colour:red", "Unknown field"),
        ("value>lots", "not a number"),
        ("year:20x", "not a year"),
        ("unit:parsecs", "Unknown unit"),
        ("topic:", "needs a value"),
    ],
)
def test_bad_queries_explain_themselves(store: Store, query: str, reason: str) -> None:
    with pytest.raises(QueryError, match=reason):
        store.search(query)


def test_articles_are_stored_in_one_transaction(store: Store) -> None:
    text = "Trade reached $5 billion."
    article = Article(id=Article.id_for(text), text=text, title="t")
    good = Fact(
        id="a-1", article_id=article.id, topic=Topic.TRADE, kind=Kind.FIGURE,
        statement="Trade reached $5 billion.", evidence=Evidence.locate(text, "$5 billion"),
        value=5e9, unit="USD",
    )  # fmt: skip
    bad = Fact(
        id="a-2", article_id=article.id, topic=Topic.TRADE, kind=Kind.FIGURE,
        statement="x", evidence=Evidence("billions", 0, 8), value=1.0, unit="count",
    )  # fmt: skip
    with pytest.raises(ContractError):
        store.add_article(article, [], [good, bad])
    assert store.count() == 34 and len(store.articles()) == 1
    added = store.add_article(article, [], [good])
    assert added.fact_ids == ["a-1"]
    assert store.count("value:5e9") == 1
    again = store.add_article(article, [], [good])
    assert again.fact_ids == [] and store.count() == 35


# -- bad files ---------------------------------------------------------------------------


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "nowhere" / "facts.sqlite")
    assert not (tmp_path / "nowhere").exists()


def _deny_writes(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    """Make ``paths`` read-only as the store sees them (tests may run as root)."""
    real_access = os.access
    denied = {p.resolve() for p in paths}

    def access(path, mode, *args, **kwargs):
        if mode & os.W_OK and Path(path).resolve() in denied:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)


def test_read_only_folder_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    _deny_writes(monkeypatch, folder)
    with pytest.raises(StoreError, match="read-only"):
        Store.open(folder / "facts.sqlite")
    assert list(folder.iterdir()) == []


def test_file_that_is_not_sqlite_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"these are my notes, not a database\n" * 10)
    before = _snapshot(tmp_path)
    with pytest.raises(StoreError, match="not a Fact Browser database"):
        Store.open(path)
    assert _snapshot(tmp_path) == before


def test_damaged_database_is_refused_and_left_untouched(tmp_path: Path, db_path: Path) -> None:
    Store.open(db_path).close()
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    db_path.write_bytes(bytes(data))
    before = _snapshot(tmp_path)
    with pytest.raises(StoreError):
        Store.open(db_path)
    assert _snapshot(tmp_path) == before


def test_other_programs_sqlite_file_is_not_modified(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = _snapshot(tmp_path)
    with pytest.raises(StoreError, match="another program"):
        Store.open(path)
    assert _snapshot(tmp_path) == before


def test_newer_schema_is_refused_with_versions_named(tmp_path: Path, db_path: Path) -> None:
    Store.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = _snapshot(tmp_path)
    with pytest.raises(StoreError, match=f"newer Fact Browser.*schema {SCHEMA_VERSION + 1}"):
        Store.open(db_path)
    assert _snapshot(tmp_path) == before


def test_read_only_database_can_still_be_searched(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Store.open(db_path).close()
    before = _snapshot(tmp_path)
    _deny_writes(monkeypatch, db_path)
    with Store.open(db_path) as store:
        assert not store.writable
        assert store.count("urumqi") == 2
        with pytest.raises(StoreError, match="read-only"):
            store.add_article(Article(id="x", text="x", title="x"), [], [])
    assert _snapshot(tmp_path) == before


def test_a_search_past_its_budget_stops_and_leaves_the_connection_as_it_was(
    store: Store, monkeypatch
) -> None:
    from desktop.store import Interrupted, database

    monkeypatch.setattr(database, "_DEADLINE_STEPS", 1)
    with pytest.raises(Interrupted):
        store.search("trade", limit=501, budget_ms=0.0)
    assert len(store.search("trade", limit=501, budget_ms=5000.0)) == store.count("trade") == 9
    assert len(store.search("trade")) == 9  # no clock left behind to stop later searches


@pytest.mark.parametrize(
    "ids",
    [
        [],
        ["kassym-jomart-tokayev", "xuar"],
        ["id with space"],
        ["ürümqi"],
        ['quote"mark'],
        ["a\\b"],
    ],
)
def test_entity_lists_are_stored_as_json_would_write_them(ids: list[str]) -> None:
    """The import writes plain ids without the json module; any other id goes through it."""
    assert id_list(ids) == json.dumps(ids)
    assert json.loads(id_list(ids)) == ids
