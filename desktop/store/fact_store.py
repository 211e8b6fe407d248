"""The store: one SQLite file of articles, entities and facts.

Reads come in two sizes, as in a browser with a million rows: :meth:`search`
returns rowids only (cheap to hold, cheap to count), and :meth:`rows` fetches
the few rows a view is about to show. :meth:`facts` and :meth:`entities`
return pandas frames in the contract's columns for scripts and export;
pandas is imported only there, so opening a store stays fast.
"""

from __future__ import annotations

import json
import sqlite3
import textwrap
import time
from array import array
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import replace as replace_fields
from datetime import UTC, datetime
from datetime import date as date_type
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.domain import Article, ContractError, Entity, EntityKind, Fact, Origin, Period
from desktop.formatting import format_amount
from desktop.store import database, entity_facets, facets, id_lists
from desktop.store import rows as rowmap
from desktop.store.database import StoreError, connect, transaction
from desktop.store.query import parse
from desktop.store.sql import Compiled, compile_query

if TYPE_CHECKING:
    import pandas as pd

    from desktop.seed import Dataset


_ENTITY_COLUMNS = ("id", "name", "kind", "aliases", "roles")
_ARTICLE_COLUMNS = ("id", "title", "date", "place", "source", "text")


@dataclass(frozen=True, slots=True)
class Added:
    """What an import changed, for the views to decide what to refresh."""

    article_id: str
    fact_ids: list[str]
    replaced: bool
    #: The article was stored already (same text); nothing was added.
    duplicate: bool = False


class BatchWriter:
    """Adds articles inside :meth:`Store.batch`, each one whole or not at all.

    Not with a savepoint per article: FTS5 writes out its pending index
    segment at every savepoint release, which costs as much as a commit. The
    writer instead remembers the articles it added since the last commit; if
    adding one fails, it rolls the transaction back and adds those again.
    """

    def __init__(self, store: Store, commit_every: int, seconds: float) -> None:
        self._store = store
        self._conn = store._conn
        self._commit_every = max(1, commit_every)
        self._seconds = seconds
        self._uncommitted: list[Added] = []
        self._datasets: list[Dataset] = []
        self._since = time.monotonic()
        #: What is committed: each added article, in order (for reports after a failure).
        self.stored: list[Added] = []
        #: Set while the transaction holds a partial restore that must not be committed.
        self.broken = False

    def add(self, dataset: Dataset) -> Added:
        """Store one article; raises (and stores nothing of it) if any fact is bad."""
        try:
            added = self._write(dataset)
        except BaseException:
            self._restore()
            raise
        self._uncommitted.append(added)
        self._datasets.append(dataset)
        if (
            len(self._uncommitted) >= self._commit_every
            or time.monotonic() - self._since >= self._seconds
        ):
            self.commit()
        return added

    def _write(self, dataset: Dataset) -> Added:
        return self._store._add(dataset.article, dataset.entities, dataset.facts, replace=False)

    def _restore(self) -> None:
        """Back to the last commit, then add again the articles added since."""
        self.broken = True
        if self._conn.in_transaction:  # SQLite may have rolled back already (disk full)
            self._conn.execute("ROLLBACK")
        self._conn.execute("BEGIN IMMEDIATE")
        for done in self._datasets:
            self._write(done)
        self.commit()
        self.broken = False

    def commit(self) -> None:
        """Make what was added visible to other connections (the window's readers)."""
        self._conn.execute("COMMIT")
        self.stored.extend(self._uncommitted)
        self._uncommitted.clear()
        self._datasets.clear()
        self._conn.execute("BEGIN IMMEDIATE")
        self._since = time.monotonic()

    def finish(self) -> None:
        """End the batch: commit the whole articles, never a half-restored batch."""
        if not self._conn.in_transaction:
            return
        if self.broken:
            self._conn.execute("ROLLBACK")
            return
        self._conn.execute("COMMIT")
        self.stored.extend(self._uncommitted)
        self._uncommitted.clear()
        self._datasets.clear()


#: Page cache of a batch import, in KiB (negative, as SQLite takes it): twelve indexes and
#: three full-text tables take new rows at scattered pages, and the default 2 MiB re-reads
#: them; 64 MiB cut storing time by about 8% on a 600-article import (process time, median
#: of four). Given back when the batch ends.
_BATCH_CACHE = -64 * 1024


class Store:
    def __init__(self, conn: sqlite3.Connection, path: Path, writable: bool) -> None:
        self._conn = conn
        self._conn.row_factory = sqlite3.Row
        self.path = path
        self.writable = writable
        #: Where deleted facts stood, so an undo puts each back in its place.
        self._deleted: dict[str, int] = {}

    # -- opening -------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path | None = None, *, seed: bool = True) -> Store:
        """Open ``path`` (default: the user data dir), creating and seeding it if new."""
        from desktop.paths import default_db_path

        explicit = path is not None
        db_path = Path(path).expanduser() if explicit else default_db_path()
        conn, writable = connect(db_path, create_folder=not explicit)
        store = cls(conn, db_path, writable)
        if seed:
            store.ensure_seeded()
        return store

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ensure_seeded(self) -> None:
        """Load the bundled article once per seed version; a no-op after that."""
        from desktop.seed import SEED_VERSION, load_seed

        if int(self.meta("seed_version") or 0) >= SEED_VERSION:
            return
        if not self.writable:
            raise StoreError(f"The database {self.path} is read-only and has not been seeded yet.")
        dataset = load_seed()
        with transaction(self._conn):
            self._add(dataset.article, dataset.entities, dataset.facts, replace=True)
            self._set_meta("seed_version", str(SEED_VERSION))

    # -- metadata ------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self._conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # -- writing -------------------------------------------------------------

    def add_dataset(self, dataset: Dataset, *, replace: bool = False) -> Added:
        return self.add_article(dataset.article, dataset.entities, dataset.facts, replace=replace)

    def add_article(
        self,
        article: Article,
        entities: Sequence[Entity],
        facts: Sequence[Fact],
        *,
        replace: bool = False,
    ) -> Added:
        """Store one article with its facts in one transaction: all of it or none."""
        self._require_writable()
        with transaction(self._conn):
            return self._add(article, entities, facts, replace=replace)

    def add_many(self, datasets: Iterable[Dataset], *, batch: int = 500) -> int:
        """Bulk load (benchmarks, big imports); how many articles were new."""
        with self.batch(commit_every=batch) as writer:
            return sum(not writer.add(d).duplicate for d in datasets)

    @contextmanager
    def batch(self, *, commit_every: int = 200, seconds: float = 1.0) -> Iterator[BatchWriter]:
        """Add many articles, each whole or not at all, with few commits.

        A commit costs ~4 ms and more (FTS5 writes its pending terms as a new
        segment, later merged with the others): committing every 200 articles
        instead of every 50 cuts storing time by a tenth. A batch commits every
        ``commit_every`` articles or ``seconds``, whichever comes first, and once
        more when it ends, however it ends: what was added is kept, an article
        that failed left nothing.
        """
        self._require_writable()
        writer = BatchWriter(self, commit_every, seconds)
        cache = int(self._conn.execute("PRAGMA cache_size").fetchone()[0])
        try:
            self._conn.execute(f"PRAGMA cache_size = {_BATCH_CACHE}")
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield writer
            finally:
                writer.finish()
        finally:  # however the batch ends, even if it never began or could not commit
            self._conn.execute(f"PRAGMA cache_size = {cache}")

    def _require_writable(self) -> None:
        if not self.writable:
            raise StoreError(f"The database {self.path} is read-only.")

    def _add(
        self, article: Article, entities: Sequence[Entity], facts: Sequence[Fact], *, replace: bool
    ) -> Added:
        for fact in facts:
            if fact.article_id != article.id:
                raise ContractError(
                    f"fact {fact.id} belongs to article {fact.article_id}, not {article.id}"
                )
            fact.evidence.check_against(article.text)
        content_key = database.content_key(article.text)
        existing = self._conn.execute(
            "SELECT rowid, id FROM articles WHERE id = ? OR content_key = ?",
            (article.id, content_key),
        ).fetchone()
        if existing and not replace:
            return Added(existing["id"], [], replaced=False, duplicate=True)
        if existing:
            self._delete_article_facts(existing["id"])
            self._delete_article_row(existing["rowid"])
        cur = self._conn.execute(
            "INSERT INTO articles (id, title, date, place, source, text, added_at, content_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                article.title,
                article.date,
                article.place,
                article.source,
                article.text,
                datetime.now(UTC).isoformat(timespec="seconds"),
                content_key,
            ),
        )
        self._conn.execute(
            "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
            (cur.lastrowid, article.title, article.text),
        )
        same = self._same_entities(entities)
        if same:
            entities = [replace_fields(e, id=same.get(e.id, e.id)) for e in entities]
            facts = [
                replace_fields(f, entities=list(dict.fromkeys(same.get(e, e) for e in f.entities)))
                for f in facts
            ]
        named = {eid for fact in facts for eid in fact.entities}
        stored, stored_rowids = self._stored_entities([*{e.id for e in entities} | named])
        known = dict(stored)
        entity_rowids = dict(stored_rowids)
        for entity in entities:  # the same id twice ("XUAR", "Xinjiang") merges twice
            old = known.get(entity.id)
            rowid, known[entity.id] = self._upsert_entity(
                entity, None if old is None else (entity_rowids[entity.id], old)
            )
            entity_rowids[entity.id] = rowid
        for fact in facts:
            missing = [eid for eid in fact.entities if eid not in entity_rowids]
            if missing:
                raise ContractError(f"fact {fact.id} names an unknown entity {missing[0]!r}")
        self._insert_facts(facts, known, entity_rowids)
        return Added(article.id, [fact.id for fact in facts], replaced=bool(existing))

    def _insert_facts(
        self,
        facts: Sequence[Fact],
        entities: dict[str, Entity],
        entity_rowids: dict[str, int],
        rowids: Sequence[int] | None = None,
    ) -> None:
        """Insert facts under consecutive new rowids (or the given ones), three statements in all."""
        if rowids is None:
            top = self._conn.execute("SELECT max(rowid) FROM facts").fetchone()[0] or 0
            rowids = range(top + 1, top + 1 + len(facts))
        names_of = rowmap.names_by_id(entities)
        rows = [
            (rowid, *rowmap.fact_row(f, names_of)) for rowid, f in zip(rowids, facts, strict=True)
        ]
        if not rows:
            return
        marks = ", ".join("?" * len(rows[0]))
        self._conn.executemany(
            f"INSERT INTO facts (rowid, {rowmap.FACT_COLUMNS}) VALUES ({marks})", rows
        )
        self._conn.executemany(
            "INSERT INTO facts_fts (rowid, statement, evidence, names, extra, name_keys) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(row[0], *rowmap.fact_document(row[1:])) for row in rows],
        )
        self._conn.executemany(
            "INSERT OR IGNORE INTO fact_entities (fact_rowid, entity_rowid) VALUES (?, ?)",
            [
                (row[0], entity_rowids[eid])
                for row, fact in zip(rows, facts, strict=True)
                for eid in fact.entities
            ],
        )

    def _same_entities(self, entities: Sequence[Entity]) -> dict[str, str]:
        """Stored ids for incoming entities known under another id ("xuar" → "xinjiang").

        People match on their full name only: two officials may share a surname.
        """
        found: dict[str, str] = {}
        stored = self._existing_ids([e.id for e in entities])
        for entity in entities:
            if entity.id in stored:
                continue
            for key in _entity_keys(entity):
                row = self._conn.execute(
                    "SELECT e.id FROM entity_keys AS k JOIN entities AS e "
                    "ON e.rowid = k.entity_rowid WHERE k.kind = ? AND k.key = ?",
                    (entity.kind.value, key),
                ).fetchone()
                if row is not None:
                    found[entity.id] = row["id"]
                    break
        return found

    def _existing_ids(self, ids: Sequence[str]) -> set[str]:
        rows = self._conn.execute(
            "SELECT id FROM entities WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(list(ids)),),
        )
        return {row[0] for row in rows}

    def _upsert_entity(
        self, entity: Entity, stored: tuple[int, Entity] | None
    ) -> tuple[int, Entity]:
        """Insert, or merge aliases and roles into the entity already stored (``stored``)."""
        if stored is not None:
            rowid, old = stored
            merged = Entity(
                id=old.id,
                name=old.name,
                kind=old.kind,
                aliases=list(dict.fromkeys([*old.aliases, *entity.aliases])),
                roles=list(dict.fromkeys([*old.roles, *entity.roles])),
            )
            if merged == old:
                return rowid, old
            self._conn.execute(
                "INSERT INTO entities_fts (entities_fts, rowid, names, name_keys) "
                "VALUES ('delete', ?, ?, ?)",
                (rowid, *rowmap.entity_document(old)),
            )
            self._conn.execute("DELETE FROM entities WHERE rowid = ?", (rowid,))
            entity = merged
        else:
            rowid = None
        data = entity.to_dict()
        cur = self._conn.execute(
            "INSERT INTO entities (rowid, id, name, kind, aliases, roles) VALUES (?, ?, ?, ?, ?, ?)",
            (
                rowid,
                entity.id,
                entity.name,
                entity.kind.value,
                json.dumps(data["aliases"], ensure_ascii=False),
                json.dumps(data["roles"], ensure_ascii=False),
            ),
        )
        rowid = cur.lastrowid
        self._conn.execute(
            "INSERT INTO entities_fts (rowid, names, name_keys) VALUES (?, ?, ?)",
            (rowid, *rowmap.entity_document(entity)),
        )
        self._conn.executemany(
            "INSERT OR IGNORE INTO entity_keys (kind, key, entity_rowid) VALUES (?, ?, ?)",
            [(entity.kind.value, key, rowid) for key in _entity_keys(entity)],
        )
        return rowid, Entity.from_dict(data)  # as it reads back, so merges compare equal

    def _delete_article_facts(self, article_id: str) -> None:
        stored = self._conn.execute(
            f"SELECT rowid, {rowmap.FACT_COLUMNS} FROM facts WHERE article_id = ?", (article_id,)
        ).fetchall()
        for row in stored:
            self._delete_fact_row(dict(row))

    def _delete_article_row(self, rowid: int) -> None:
        row = self._conn.execute(
            "SELECT title, text FROM articles WHERE rowid = ?", (rowid,)
        ).fetchone()
        self._conn.execute(
            "INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)",
            (rowid, row["title"], row["text"]),
        )
        self._conn.execute("DELETE FROM articles WHERE rowid = ?", (rowid,))

    # -- searching -----------------------------------------------------------

    def compile(self, query: str) -> Compiled:
        """Parse and compile; raises :class:`QueryError` with a readable reason."""
        return compile_query(parse(query or ""))

    def search(
        self,
        query: str = "",
        *,
        topic: str | None = None,
        limit: int | None = None,
        budget_ms: float | None = None,
    ) -> list[int]:
        """Rowids of matching facts in article order; ``limit`` for the first page.

        With ``budget_ms``, a search that takes longer stops and raises
        :class:`~desktop.store.database.Interrupted` (see :func:`database.deadline`).
        """
        compiled = self._compiled(query, topic)
        sql, params = compiled.select("f.rowid", limit=limit)
        if limit is None:
            sql += f" ORDER BY {compiled.order}"
        with database.deadline(self._conn, budget_ms):
            return [row[0] for row in self._run(sql, params)]

    def search_ids(self, query: str = "", *, topic: str | None = None) -> array[int]:
        """What :meth:`search` returns, as int64s read without a Python object per
        id: for another thread listing a million ids beside the UI (``id_lists``).

        Raises ``Interrupted`` (never an empty list) when :meth:`interrupt` stops it.
        """
        compiled = self._compiled(query, topic)
        sql, params = compiled.select("f.rowid AS id")
        sql += f" ORDER BY {compiled.order}"
        return id_lists.decoded(self._run(id_lists.concatenated(sql), params)[0][0])

    def count(self, query: str = "", *, topic: str | None = None) -> int:
        sql, params = self._compiled(query, topic).count()
        return self._run(sql, params)[0][0]

    def topic_counts(
        self,
        query: str = "",
        *,
        cap: int | None = None,
        budget: float | None = None,
        known: facets.TopicCounts | None = None,
    ) -> facets.TopicCounts:
        """Facts per topic for ``query``: the sidebar's numbers (see ``facets.py``)."""
        compiled = self.compile(query)
        return facets.topic_counts(self._conn, compiled, cap=cap, budget=budget, known=known)

    def entity_counts(
        self,
        query: str = "",
        *,
        topic: str | None = None,
        kinds: Sequence[str] = entity_facets.KINDS,
        cap: int | None = None,
    ) -> entity_facets.EntityCounts:
        """Facts of ``query`` (within ``topic``) per entity of ``kinds`` (``entity_facets.py``)."""
        compiled = self._compiled(query, topic)
        return entity_facets.entity_counts(self._conn, compiled, kinds, cap=cap)

    def interrupt(self) -> None:
        """Stop what this connection is running; safe from any thread (a newer keystroke)."""
        self._conn.interrupt()

    def _compiled(self, query: str, topic: str | None) -> Compiled:
        if topic:
            query = f"topic:{topic} ({query})" if query else f"topic:{topic}"
        return self.compile(query)

    def _run(self, sql: str, params: Sequence[object]) -> list[sqlite3.Row]:
        """A search's rows; raises ``QueryError`` or, if stopped, ``Interrupted``."""
        return database.read(self._conn, sql, params)

    def rows(self, rowids: Sequence[int]) -> list[dict[str, Any]]:
        """Contract dicts for ``rowids``, in the order asked (missing ones skipped)."""
        found: dict[int, dict[str, Any]] = {}
        for start in range(0, len(rowids), 500):
            chunk = list(rowids[start : start + 500])
            marks = ", ".join("?" * len(chunk))
            for row in self._conn.execute(
                f"SELECT rowid, {rowmap.FACT_COLUMNS} FROM facts WHERE rowid IN ({marks})", chunk
            ):
                found[row["rowid"]] = rowmap.contract_from_row(dict(row))
        return [found[r] for r in rowids if r in found]

    def fact(self, fact_id: str) -> dict[str, Any] | None:
        row = self._conn.execute(
            f"SELECT {rowmap.FACT_COLUMNS} FROM facts WHERE id = ?", (fact_id,)
        ).fetchone()
        return rowmap.contract_from_row(dict(row)) if row else None

    def article(self, article_id: str) -> dict[str, Any] | None:
        row = self._conn.execute(
            "SELECT id, title, date, place, source, text FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return dict(row) if row else None

    # -- frames --------------------------------------------------------------

    def facts(
        self, query: str = "", *, topic: str | None = None, limit: int | None = None
    ) -> pd.DataFrame:
        """Matching facts as a DataFrame in the contract's columns."""
        import pandas as pd

        records = self.records(query, topic=topic, limit=limit)
        return pd.DataFrame.from_records(records, columns=list(rowmap.CONTRACT_COLUMNS))

    def records(
        self, query: str = "", *, topic: str | None = None, limit: int | None = None
    ) -> list[dict[str, Any]]:
        """Matching facts as contract dicts (JSON-ready: missing values are None)."""
        return self.rows(self.search(query, topic=topic, limit=limit))

    def entity_records(self, kind: str | None = None) -> list[dict[str, Any]]:
        """Entities as contract dicts (JSON-ready), by kind and name. No pandas: the
        window reads these while it starts, and importing pandas costs 0.4 s."""
        sql = "SELECT id, name, kind, aliases, roles FROM entities"
        params: list[object] = []
        if kind:
            sql += " WHERE kind = ?"
            params.append(kind)
        return [
            rowmap.entity_from_row(dict(r)).to_dict()
            for r in self._conn.execute(sql + " ORDER BY kind, name", params)
        ]

    def entities(self, kind: str | None = None) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame.from_records(self.entity_records(kind), columns=list(_ENTITY_COLUMNS))

    def article_records(self, *, text: bool = True) -> list[dict[str, Any]]:
        """Articles as dicts (JSON-ready: an undated article's date is None), oldest
        first; without their text if ``text`` is False."""
        columns = _ARTICLE_COLUMNS if text else _ARTICLE_COLUMNS[:-1]
        rows = self._conn.execute(
            f"SELECT {', '.join(columns)} FROM articles ORDER BY date, rowid"
        ).fetchall()
        return [dict(r) for r in rows]

    def articles(self) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame.from_records(self.article_records(), columns=list(_ARTICLE_COLUMNS))

    # -- importing and reviewing ----------------------------------------------

    def import_text(
        self, text: str, title: str | None = None, date: str | None = None
    ) -> list[str]:
        """Extract and store one article's facts; the ids of the new facts.

        An article stored already (the same text) adds nothing and returns [].
        """
        from desktop.extract.pipeline import extract

        return self.add_dataset(extract(text, title=title, date=date)).fact_ids

    def update_fact(self, fact_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        """Edit one fact in place and return it; raises ContractError saying what is wrong.

        Only what a reviewer judges can change (statement, value and unit,
        qualifier, period, topic, reviewed); the evidence cannot, and a new
        value must be one the evidence states: an edit may correct a reading,
        never invent a number.
        """
        self._require_writable()
        unknown = sorted(set(changes) - EDITABLE_FIELDS)
        if unknown:
            raise ContractError(f"A fact's {', '.join(unknown)} cannot be edited.")
        with transaction(self._conn):
            row = self._fact_row(fact_id)
            before = rowmap.contract_from_row(row)
            record = {**before, **changes}
            fact = Fact.from_dict(record)
            _check_edit(before, fact)
            article = self.article(fact.article_id)
            fact.evidence.check_against(article["text"] if article else "")
            self._replace_fact(row, fact)
            return rowmap.contract_from_row(self._fact_row(fact_id))

    def delete_fact(self, fact_id: str) -> dict[str, Any]:
        """Remove one fact; returns it as a contract dict so it can be restored."""
        self._require_writable()
        with transaction(self._conn):
            row = self._fact_row(fact_id)
            entities, _ = self._stored_entities(json.loads(row["entity_ids"]))
            self._delete_fact_row(row)
        self._deleted[fact_id] = row["rowid"]
        # The people and places go along: undoing another import may drop them meanwhile.
        return {
            **rowmap.contract_from_row(row),
            _ENTITIES: [e.to_dict() for e in entities.values()],
        }

    def restore_fact(self, record: dict[str, Any]) -> None:
        """Put back a fact :meth:`delete_fact` returned (undo)."""
        self._require_writable()
        kept = [Entity.from_dict(e) for e in record.get(_ENTITIES, [])]
        fact = Fact.from_dict({k: v for k, v in record.items() if k != _ENTITIES})
        with transaction(self._conn):
            article = self.article(fact.article_id)
            if article is None:
                raise ContractError(f"The article of fact {fact.id} is no longer stored.")
            fact.evidence.check_against(article["text"])
            entities, entity_rowids = self._stored_entities(fact.entities)
            for entity in kept:
                if entity.id not in entities:
                    entity_rowids[entity.id], entities[entity.id] = self._upsert_entity(
                        entity, None
                    )
            # Back in its old place in article order, if no other fact took it.
            rowid = self._deleted.pop(fact.id, None)
            taken = (
                rowid is None
                or self._conn.execute("SELECT 1 FROM facts WHERE rowid = ?", (rowid,)).fetchone()
            )
            self._insert_facts([fact], entities, entity_rowids, None if taken else [rowid])

    def remove_article(self, article_id: str) -> int:
        """Delete an article and its facts (undo of an import); how many facts went."""
        self._require_writable()
        with transaction(self._conn):
            row = self._conn.execute(
                "SELECT rowid FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            if row is None:
                return 0
            count = self._conn.execute(
                "SELECT count(*) FROM facts WHERE article_id = ?", (article_id,)
            ).fetchone()[0]
            named = [
                r[0]
                for r in self._conn.execute(
                    "SELECT DISTINCT fe.entity_rowid FROM facts AS f "
                    "JOIN fact_entities AS fe ON fe.fact_rowid = f.rowid WHERE f.article_id = ?",
                    (article_id,),
                )
            ]
            self._delete_article_facts(article_id)
            self._delete_article_row(row["rowid"])
            self._drop_unnamed_entities(named)
        return count

    def _drop_unnamed_entities(self, rowids: Sequence[int]) -> None:
        """Forget entities no stored fact names any more (the people of an undone import)."""
        for rowid in rowids:
            if self._conn.execute(
                "SELECT 1 FROM fact_entities WHERE entity_rowid = ? LIMIT 1", (rowid,)
            ).fetchone():
                continue
            row = self._conn.execute(
                "SELECT rowid, * FROM entities WHERE rowid = ?", (rowid,)
            ).fetchone()
            if row is None:
                continue
            self._conn.execute(
                "INSERT INTO entities_fts (entities_fts, rowid, names, name_keys) "
                "VALUES ('delete', ?, ?, ?)",
                (rowid, *rowmap.entity_document(rowmap.entity_from_row(dict(row)))),
            )
            self._conn.execute("DELETE FROM entity_keys WHERE entity_rowid = ?", (rowid,))
            self._conn.execute("DELETE FROM entities WHERE rowid = ?", (rowid,))

    def _fact_row(self, fact_id: str) -> dict[str, Any]:
        row = self._conn.execute(
            f"SELECT rowid, {rowmap.FACT_COLUMNS} FROM facts WHERE id = ?", (fact_id,)
        ).fetchone()
        if row is None:
            raise ContractError(f"There is no fact {fact_id} in this database.")
        return dict(row)

    def _stored_entities(self, ids: Sequence[str]) -> tuple[dict[str, Entity], dict[str, int]]:
        """The stored entities among ``ids``, read in one query (an import names dozens)."""
        entities: dict[str, Entity] = {}
        rowids: dict[str, int] = {}
        rows = self._conn.execute(
            "SELECT rowid, * FROM entities WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(list(ids)),),
        )
        for row in rows:
            entities[row["id"]] = rowmap.entity_from_row(dict(row))
            rowids[row["id"]] = row["rowid"]
        return entities, rowids

    def _replace_fact(self, row: dict[str, Any], fact: Fact) -> None:
        """Rewrite a fact under its rowid, so its place in article order stays."""
        entities, _ = self._stored_entities(fact.entities)
        values = rowmap.fact_row(fact, rowmap.names_by_id(entities))
        self._unindex_fact(row)
        assignments = ", ".join(f"{name} = ?" for name in rowmap.FACT_FIELDS)
        self._conn.execute(
            f"UPDATE facts SET {assignments} WHERE rowid = ?", (*values, row["rowid"])
        )
        self._conn.execute(
            "INSERT INTO facts_fts (rowid, statement, evidence, names, extra, name_keys) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (row["rowid"], *rowmap.fact_document(values)),
        )

    def _delete_fact_row(self, row: dict[str, Any]) -> None:
        self._unindex_fact(row)
        self._conn.execute("DELETE FROM fact_entities WHERE fact_rowid = ?", (row["rowid"],))
        self._conn.execute("DELETE FROM facts WHERE rowid = ?", (row["rowid"],))

    def _unindex_fact(self, row: dict[str, Any]) -> None:
        self._conn.execute(
            "INSERT INTO facts_fts (facts_fts, rowid, statement, evidence, names, extra, name_keys) "
            "VALUES ('delete', ?, ?, ?, ?, ?, ?)",
            (row["rowid"], *rowmap.fact_document(row)),
        )


#: The key under which :meth:`Store.delete_fact` keeps a fact's entities for its restore.
_ENTITIES = "_entities"

#: What :meth:`Store.update_fact` lets a reviewer change.
EDITABLE_FIELDS = frozenset(
    {"statement", "value", "unit", "qualifier", "period", "topic", "reviewed"}
)


def _entity_keys(entity: Entity) -> list[str]:
    names = [entity.name] if entity.kind is EntityKind.PERSON else [entity.name, *entity.aliases]
    return [key for key in dict.fromkeys(database.name_key(n) for n in names) if key]


def _check_edit(before: dict[str, Any], fact: Fact) -> None:
    """Refuse an edit the evidence does not support, in one sentence."""
    from desktop.extract.readings import figures_in, states_value

    if not fact.statement.strip():
        raise ContractError("A fact needs a statement.")
    if fact.period is not None:
        _check_period(fact.period)
    value_changed = (fact.value, fact.unit) != (before["value"], before["unit"])
    if value_changed and fact.value is not None:
        if fact.origin is Origin.DERIVED:
            raise ContractError("A derived value is computed from its inputs and cannot be edited.")
        if not states_value(fact.evidence.text, fact.value, fact.unit or ""):
            raise _unstated(fact, fact.value, fact.unit or "")
    if fact.statement != before["statement"]:
        # A statement is shown as the fact: its figures must be the evidence's
        # too (or, for a derived fact, its own computed value).
        for figure in figures_in(fact.statement):
            own = (figure.value, figure.unit) == (fact.value, fact.unit)
            if not (own and fact.origin is Origin.DERIVED) and not states_value(
                fact.evidence.text, figure.value, figure.unit
            ):
                raise _unstated(fact, figure.value, figure.unit)


def _unstated(fact: Fact, value: float, unit: str) -> ContractError:
    return ContractError(
        f"The evidence does not state {format_amount(value, unit)}: "
        f"“{textwrap.shorten(fact.evidence.text, 90, placeholder=' …')}”."
    )


def _check_period(period: Period) -> None:
    for day in (period.start, period.end):
        if day is None:
            continue
        try:
            date_type.fromisoformat(day)
        except ValueError:
            raise ContractError(f"“{day}” is not a date (YYYY-MM-DD).") from None
    if period.start and period.end and period.start > period.end:
        raise ContractError(f"The period starts ({period.start}) after it ends ({period.end}).")
