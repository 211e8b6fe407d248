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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.domain import Article, ContractError, Entity, Fact
from desktop.store import rows as rowmap
from desktop.store.database import StoreError, connect, transaction
from desktop.store.query import QueryError, parse
from desktop.store.sql import Compiled, compile_query

if TYPE_CHECKING:
    import pandas as pd

    from desktop.seed import Dataset


@dataclass(frozen=True, slots=True)
class Added:
    """What an import changed, for the views to decide what to refresh."""

    article_id: str
    fact_ids: list[str]
    replaced: bool


class Store:
    def __init__(self, conn: sqlite3.Connection, path: Path, writable: bool) -> None:
        self._conn = conn
        self._conn.row_factory = sqlite3.Row
        self.path = path
        self.writable = writable

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
        """Bulk load (benchmarks, big imports): one transaction per ``batch`` articles."""
        self._require_writable()
        count = 0
        pending: list[Dataset] = []
        for dataset in datasets:
            pending.append(dataset)
            if len(pending) >= batch:
                count += self._add_batch(pending)
                pending = []
        return count + (self._add_batch(pending) if pending else 0)

    def _add_batch(self, datasets: list[Dataset]) -> int:
        with transaction(self._conn):
            for d in datasets:
                self._add(d.article, d.entities, d.facts, replace=False)
        return len(datasets)

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
        existing = self._conn.execute(
            "SELECT rowid FROM articles WHERE id = ?", (article.id,)
        ).fetchone()
        if existing and not replace:
            return Added(article.id, [], replaced=False)
        if existing:
            self._delete_article_facts(article.id)
            self._delete_article_row(existing[0])
        cur = self._conn.execute(
            "INSERT INTO articles (id, title, date, place, source, text, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                article.title,
                article.date,
                article.place,
                article.source,
                article.text,
                datetime.now(UTC).isoformat(timespec="seconds"),
            ),
        )
        self._conn.execute(
            "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
            (cur.lastrowid, article.title, article.text),
        )
        known = {entity.id: entity for entity in entities}
        entity_rowids = {entity.id: self._upsert_entity(entity) for entity in entities}
        for fact in facts:
            missing = [eid for eid in fact.entities if eid not in entity_rowids]
            for eid in missing:
                row = self._conn.execute(
                    "SELECT rowid, * FROM entities WHERE id = ?", (eid,)
                ).fetchone()
                if row is None:
                    raise ContractError(f"fact {fact.id} names an unknown entity {eid!r}")
                entity_rowids[eid] = row["rowid"]
                known[eid] = rowmap.entity_from_row(dict(row))
            self._insert_fact(fact, known, entity_rowids)
        return Added(article.id, [fact.id for fact in facts], replaced=bool(existing))

    def _insert_fact(
        self, fact: Fact, entities: dict[str, Entity], entity_rowids: dict[str, int]
    ) -> None:
        row = rowmap.fact_row(fact, entities)
        placeholders = ", ".join("?" * len(row))
        cur = self._conn.execute(
            f"INSERT INTO facts ({rowmap.FACT_COLUMNS}) VALUES ({placeholders})", row
        )
        rowid = cur.lastrowid
        self._conn.execute(
            "INSERT INTO facts_fts (rowid, statement, evidence, names, extra, name_keys) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (rowid, *rowmap.fact_document(row)),
        )
        self._conn.executemany(
            "INSERT OR IGNORE INTO fact_entities (fact_rowid, entity_rowid) VALUES (?, ?)",
            [(rowid, entity_rowids[eid]) for eid in fact.entities],
        )

    def _upsert_entity(self, entity: Entity) -> int:
        """Insert, or merge aliases and roles into the entity already stored."""
        row = self._conn.execute(
            "SELECT rowid, * FROM entities WHERE id = ?", (entity.id,)
        ).fetchone()
        if row is not None:
            old = rowmap.entity_from_row(dict(row))
            merged = Entity(
                id=old.id,
                name=old.name,
                kind=old.kind,
                aliases=list(dict.fromkeys([*old.aliases, *entity.aliases])),
                roles=list(dict.fromkeys([*old.roles, *entity.roles])),
            )
            if merged == old:
                return row["rowid"]
            self._conn.execute(
                "INSERT INTO entities_fts (entities_fts, rowid, names, name_keys) "
                "VALUES ('delete', ?, ?, ?)",
                (row["rowid"], *rowmap.entity_document(old)),
            )
            self._conn.execute("DELETE FROM entities WHERE rowid = ?", (row["rowid"],))
            entity = merged
            rowid = row["rowid"]
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
        return rowid

    def _delete_article_facts(self, article_id: str) -> None:
        stored = self._conn.execute(
            f"SELECT rowid, {rowmap.FACT_COLUMNS} FROM facts WHERE article_id = ?", (article_id,)
        ).fetchall()
        for row in stored:
            self._conn.execute(
                "INSERT INTO facts_fts (facts_fts, rowid, statement, evidence, names, extra, name_keys) "
                "VALUES ('delete', ?, ?, ?, ?, ?, ?)",
                (row["rowid"], *rowmap.fact_document(dict(row))),
            )
            self._conn.execute("DELETE FROM fact_entities WHERE fact_rowid = ?", (row["rowid"],))
        self._conn.execute("DELETE FROM facts WHERE article_id = ?", (article_id,))

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
        self, query: str = "", *, topic: str | None = None, limit: int | None = None
    ) -> list[int]:
        """Rowids of matching facts in article order; ``limit`` for the first page."""
        sql, params = self._compiled(query, topic).select("f.rowid", limit=limit)
        if limit is None:
            sql += " ORDER BY f.rowid"
        return [row[0] for row in self._run(sql, params)]

    def count(self, query: str = "", *, topic: str | None = None) -> int:
        sql, params = self._compiled(query, topic).count()
        return self._run(sql, params)[0][0]

    def _compiled(self, query: str, topic: str | None) -> Compiled:
        if topic:
            query = f"topic:{topic} ({query})" if query else f"topic:{topic}"
        return self.compile(query)

    def _run(self, sql: str, params: Sequence[object]) -> list[sqlite3.Row]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            # FTS5 may still refuse an expression our parser let through.
            raise QueryError(f"This search cannot be run ({exc}).") from exc

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

    def entities(self, kind: str | None = None) -> pd.DataFrame:
        import pandas as pd

        sql = "SELECT id, name, kind, aliases, roles FROM entities"
        params: list[object] = []
        if kind:
            sql += " WHERE kind = ?"
            params.append(kind)
        records = [
            rowmap.entity_from_row(dict(r)).to_dict()
            for r in self._conn.execute(sql + " ORDER BY kind, name", params)
        ]
        return pd.DataFrame.from_records(
            records, columns=["id", "name", "kind", "aliases", "roles"]
        )

    def articles(self) -> pd.DataFrame:
        import pandas as pd

        rows = self._conn.execute(
            "SELECT id, title, date, place, source, text FROM articles ORDER BY date, rowid"
        ).fetchall()
        return pd.DataFrame.from_records(
            [dict(r) for r in rows], columns=["id", "title", "date", "place", "source", "text"]
        )

    def import_text(
        self, text: str, title: str | None = None, date: str | None = None
    ) -> list[str]:
        raise StoreError("Importing articles is not available yet in this version.")
