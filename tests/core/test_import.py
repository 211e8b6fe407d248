"""Importing articles: new facts are stored whole, once, with their entities merged."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.extract.pipeline import extract
from desktop.paths import resources_dir
from desktop.store import Store
from desktop.store.database import register_functions
from desktop.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

BISHKEK = """date 2025-02-14
BISHKEK— Kyrgyz Prime Minister Adylbek Kasymaliev met Erkin Tuniyaz, chairman of the Xinjiang Uygur Autonomous Region, in Bishkek on Thursday, the government press office said.

Trade between Kyrgyzstan and Xinjiang reached $4.6 billion last year, up 12% on 2023, Kasymaliev said. "Xinjiang is our nearest market," he added.
"""

SEED_FILE = resources_dir() / "seed" / "000_7f242fc889ef2bf1.txt"


def test_imported_facts_are_searchable_extracted_and_unreviewed(store: Store) -> None:
    ids = store.import_text(BISHKEK)
    assert ids
    records = store.records("kasymaliev 4.6")
    trade = [r for r in records if r["value"] == 4.6e9]
    assert trade and trade[0]["unit"] == "USD"
    assert trade[0]["period"]["start"] == "2024-01-01"
    assert {r["origin"] for r in store.records("origin:extracted")} == {"extracted"}
    assert store.count("reviewed:no origin:extracted") == len(ids)


def test_a_second_article_names_the_same_region_under_one_entity(store: Store) -> None:
    store.import_text(BISHKEK)
    places = store.entities("place")
    xinjiang = places[places["name"] == "Xinjiang Uygur Autonomous Region"]
    assert len(xinjiang) == 1 and xinjiang.iloc[0]["id"] == "xinjiang"
    people = store.entities("person")
    assert list(people["name"]).count("Erkin Tuniyaz") == 1
    # Facts of both articles now answer a search for the region's short name.
    articles = {r["article_id"] for r in store.records("place:xuar")}
    assert len(articles) == 2


def test_reimporting_the_same_text_adds_nothing(store: Store) -> None:
    first = store.import_text(BISHKEK)
    before = store.count()
    assert store.import_text(BISHKEK) == []
    assert store.import_text("\n" + BISHKEK + "\n\n") == []
    assert store.count() == before and len(first) > 0


def test_the_bundled_article_imported_again_is_recognised(store: Store) -> None:
    before = store.count()
    dataset = extract(SEED_FILE.read_text(encoding="utf-8"))
    added = store.add_dataset(dataset)
    assert added.duplicate and added.article_id == "7f242fc889ef2bf1"
    assert store.count() == before


def test_a_failed_import_leaves_no_partial_article(store: Store) -> None:
    dataset = extract(BISHKEK)
    before = (store.count(), len(store.articles()))
    broken = dataset.facts[-1]
    broken.evidence = type(broken.evidence)("not in the article", 0, 18)
    with pytest.raises(ValueError):
        store.add_dataset(dataset)
    assert (store.count(), len(store.articles())) == before


def test_a_version_1_database_is_upgraded_with_its_keys(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    register_functions(conn)
    conn.executescript(MIGRATIONS[0])
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO articles (id, title, text, added_at) VALUES ('a1', 'Old', ' Old text ', 'x')"
    )
    conn.execute(
        "INSERT INTO entities (id, name, kind, aliases) "
        "VALUES ('kz', 'Kazakhstan', 'place', '[\"Republic of Kazakhstan\"]')"
    )
    conn.close()
    with Store.open(path, seed=False) as store:
        assert store.meta("seed_version") is None
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT content_key FROM articles").fetchone()[0] is not None
    keys = {row[0] for row in conn.execute("SELECT key FROM entity_keys")}
    assert keys == {"kazakhstan", "republic of kazakhstan"}
    # and its full-text indexes merge as a new store's do
    for table in ("facts_fts", "entities_fts", "articles_fts"):
        merge = conn.execute(f"SELECT v FROM {table}_config WHERE k = 'automerge'").fetchone()
        assert merge == (8,)
    conn.close()


# -- the command line ------------------------------------------------------------------


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_import_prints_the_new_facts_as_json(cli, tmp_path: Path) -> None:
    path = write(tmp_path, "bishkek.txt", BISHKEK)
    code, out, err = cli("import", str(path), "--format", "json")
    assert code == 0 and "bishkek.txt" in err
    facts = json.loads(out)
    assert facts and all(f["origin"] == "extracted" and not f["reviewed"] for f in facts)
    assert any(f["value"] == 4.6e9 for f in facts)
    code, out, err = cli("facts", "kasymaliev", "--format", "json")
    assert len(json.loads(out)) >= 1


def test_title_and_date_options_win_over_the_file(cli, tmp_path: Path) -> None:
    path = write(tmp_path, "bishkek.txt", BISHKEK)
    cli("import", str(path), "--title", "Bishkek talks", "--date", "2025-03-01")
    code, out, _ = cli("articles", "--format", "json")
    assert code == 0
    article = next(a for a in json.loads(out) if a["title"] == "Bishkek talks")
    assert article["date"] == "2025-03-01"


def test_bad_files_are_named_and_the_good_ones_still_import(cli, tmp_path: Path) -> None:
    good = write(tmp_path, "bishkek.txt", BISHKEK)
    empty = write(tmp_path, "empty.txt", "")
    binary = write(tmp_path, "photo.txt", bytes(range(256)) * 40)
    before = cli("facts", "--format", "json")[1]
    code, out, err = cli("import", str(empty), str(binary), str(tmp_path / "gone.txt"), str(good))
    assert code == 1
    for name in ("empty.txt", "photo.txt", "gone.txt"):
        assert sum(name in line for line in err.splitlines()) == 1
    assert "Kasymaliev" in out
    after = json.loads(cli("facts", "--format", "json")[1])
    assert len(after) > len(json.loads(before))


def test_importing_twice_says_so_and_succeeds(cli, tmp_path: Path) -> None:
    path = write(tmp_path, "bishkek.txt", BISHKEK)
    cli("import", str(path))
    code, out, err = cli("import", str(path))
    assert code == 0 and "already stored" in err and out == ""


def test_a_batch_keeps_whole_articles_and_drops_a_bad_one(store: Store) -> None:
    good = extract(BISHKEK)
    bad = extract(BISHKEK.replace("Bishkek", "Osh").replace("4.6", "3.9"))
    bad.facts[-1].evidence = type(bad.facts[-1].evidence)("not in the article", 0, 18)
    later = extract(BISHKEK.replace("12%", "14%"))
    before = len(store.articles())
    with pytest.raises(KeyboardInterrupt), store.batch(commit_every=100) as writer:
        writer.add(good)
        with pytest.raises(ValueError):
            writer.add(bad)
        writer.add(later)
        raise KeyboardInterrupt  # a cancel between articles
    titles = set(store.articles()["id"])
    assert len(titles) == before + 2
    assert bad.article.id not in titles
    assert store.count("osh") == 0
    # What the batch added is committed: a second connection sees it.
    with Store.open(store.path, seed=False) as other:
        assert other.count("article:osh") == 0 and len(other.articles()) == before + 2


def test_a_batch_gives_back_the_memory_it_took_however_it_ends(store: Store) -> None:
    def cache() -> int:
        return store._conn.execute("PRAGMA cache_size").fetchone()[0]

    before = cache()
    with pytest.raises(KeyboardInterrupt), store.batch() as writer:
        writer.add(extract(BISHKEK))
        assert cache() < before  # a bigger cache while importing (KiB are negative)
        raise KeyboardInterrupt
    assert cache() == before


WRAPPED = """date 2025-02-14
BISHKEK— Kyrgyz Prime Minister Adylbek Kasymaliev met Xinjiang Uygur Autonomous Region
chairman Erkin Tuniyaz in Bishkek on Thursday, the government press office said.

Trade between Kyrgyzstan and the XUAR reached $4.6 billion last year, up 12% on 2023,
Kasymaliev said.
"""


def test_a_hard_wrapped_article_meets_the_seeds_people_and_places(store: Store) -> None:
    store.import_text(WRAPPED)
    meeting = store.records("origin:extracted kind:event")[0]
    assert {"erkin-tuniyaz", "adylbek-kasymaliev"} <= set(meeting["entities"])
    assert meeting["date"] == "2025-02-13"  # the Thursday before the article's Friday
    trade = store.records("origin:extracted unit:USD")[0]
    assert "xinjiang" in trade["entities"]  # "the XUAR" is the seed's Xinjiang
    assert len(store.records("person:tuniyaz origin:extracted")) >= 2


def test_a_full_disk_keeps_what_was_committed_and_says_what(store: Store) -> None:
    import sqlite3

    datasets = [extract(BISHKEK.replace("12%", f"{n}%")) for n in range(13, 40)]
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages + 40}")  # a disk that fills up
    with pytest.raises(sqlite3.OperationalError, match="full"), store.batch(commit_every=3) as w:
        for dataset in datasets:
            w.add(dataset)
    store._conn.execute("PRAGMA max_page_count = 1073741823")
    stored = set(store.articles()["id"])
    assert w.stored and all(added.article_id in stored for added in w.stored)
    assert len(stored) == 1 + len(w.stored)  # the seed and exactly what was reported
    assert not store._conn.in_transaction
    assert store.import_text(BISHKEK.replace("12%", "99%"))  # the store still works


def test_control_characters_from_pdf_tools_do_not_reach_a_spreadsheet(cli, tmp_path: Path) -> None:
    import pandas as pd

    text = "ASTANA— Trade between the two countries reached\x0c$31.5 billion in 2023.\x1b\n"
    path = write(tmp_path, "paged.txt", text)
    code, out, _ = cli("import", str(path), "--format", "json")
    assert code == 0
    evidence = json.loads(out)[0]["evidence"]["text"]
    assert "\x0c" not in evidence and "\x1b" not in evidence
    code, _, _ = cli("export", "-o", str(tmp_path / "facts.xlsx"))
    assert code == 0
    assert len(pd.read_excel(tmp_path / "facts.xlsx")) > 1


def test_a_batch_that_cannot_begin_gives_back_its_memory(store: Store, tmp_path: Path) -> None:
    before = store._conn.execute("PRAGMA cache_size").fetchone()[0]
    with Store.open(store.path, seed=False) as other:
        other._conn.execute("BEGIN IMMEDIATE")  # another writer holds the file
        other._conn.execute("PRAGMA busy_timeout = 0")
        store._conn.execute("PRAGMA busy_timeout = 0")
        with pytest.raises(sqlite3.OperationalError), store.batch():
            pass
        other._conn.execute("ROLLBACK")
    assert store._conn.execute("PRAGMA cache_size").fetchone()[0] == before
