"""Facts per person and place for a search: the sidebar's numbers beside each name.

Which facts name an entity is recorded in ``fact_entities`` only (an entity's
names in the full-text index also hold its aliases and role titles, which
other entities share), so the counts come from walking the matches and
looking up the entities each one names: one statement for every entity at
once, however many there are. The numbers come in two steps, as the topics'
do (``facets``):

1. **First** (``cap=``): the walk stops after the first ``cap + 1`` matches
   (1.4 ms at p50 at a million facts). If that was all of them, every number
   is exact; otherwise an entity seen among them has at least that many
   ("834+") and one not seen is ``pending`` ("…").
2. **Exact**: the walk over every match, ~1 µs a match (170 ms for
   "xinjiang tr", 176,000 matches at a million facts); with no query, the
   ``fact_entities`` index is counted instead. A newer search interrupts it.

Qt-free, like the rest of the store.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.domain import EntityKind
from desktop.store.database import read
from desktop.store.facets import Counts
from desktop.store.sql import Compiled

#: The kinds of entity counted per search: the sidebar's People and Places.
KINDS: tuple[str, ...] = (EntityKind.PERSON.value, EntityKind.PLACE.value)
#: ``WITH … AS MATERIALIZED`` needs SQLite 3.35 (a module global, so tests can
#: pretend to run on an older one).
SQLITE_VERSION: tuple[int, int, int] = sqlite3.sqlite_version_info


@dataclass(frozen=True, slots=True)
class EntityCounts(Counts):
    """Facts per entity (keys: entity ids)."""


def entity_counts(
    conn: sqlite3.Connection,
    compiled: Compiled,
    kinds: Sequence[str],
    *,
    cap: int | None = None,
) -> EntityCounts:
    """Facts matching ``compiled`` that name each entity of ``kinds``.

    Raises ``QueryError`` if FTS5 refuses the query and ``Interrupted`` if the
    connection was interrupted (``database.read``).
    """
    marks = ", ".join("?" for _ in kinds)
    sql = f"SELECT rowid, id FROM entities WHERE kind IN ({marks})"
    ids: dict[int, str] = {rowid: entity for rowid, entity in read(conn, sql, kinds)}
    counts = dict.fromkeys(ids.values(), 0)
    if cap is None and compiled.fts is None and not compiled.where:
        # Every fact: each entity's facts counted on the index (130 ms at a million
        # facts, where a GROUP BY over it sorted two million entries in 900 ms).
        sql = (
            "SELECT e.id, (SELECT count(*) FROM fact_entities fe WHERE fe.entity_rowid = e.rowid) "
            f"FROM entities e WHERE e.kind IN ({marks})"
        )
        counts.update((entity, number) for entity, number in read(conn, sql, kinds))
        return EntityCounts(counts)
    # Grouped by entity rowid alone, every kind: joining ``entities`` to keep only
    # people and places cost more per match than counting the others too.
    named = "CROSS JOIN fact_entities fe ON fe.fact_rowid = m.id GROUP BY fe.entity_rowid"
    matches, params = _matches(compiled, None if cap is None else cap + 1)
    if cap is None:
        rows = read(conn, f"SELECT fe.entity_rowid, count(*) FROM ({matches}) m {named}", params)
        counts.update((ids[rowid], number) for rowid, number in rows if rowid in ids)
        return EntityCounts(counts)
    # The first matches once for both parts. Before SQLite 3.35 a CTE cannot be
    # asked to be materialized; read twice, the same ``LIMIT`` gives the same rows.
    materialized = "MATERIALIZED " if SQLITE_VERSION >= (3, 35, 0) else ""
    sql = (
        f"WITH m(id) AS {materialized}({matches}) SELECT NULL, count(*) FROM m "
        f"UNION ALL SELECT fe.entity_rowid, count(*) FROM m {named}"
    )
    rows = read(conn, sql, params)
    walked = next(number for rowid, number in rows if rowid is None)
    seen = {ids[rowid]: number for rowid, number in rows if rowid in ids}
    counts.update(seen)
    if walked <= cap:
        return EntityCounts(counts)
    # Counted among the first matches only: at least that many, or not known yet.
    return EntityCounts(counts, frozenset(seen), frozenset(counts) - frozenset(seen))


def _matches(compiled: Compiled, limit: int | None) -> tuple[str, list[object]]:
    """The rowids (column ``id``) of the matches; the first ``limit`` in rowid order."""
    if compiled.fts is not None and not compiled.where:
        # Words only: the full-text index alone lists them, no fact row is read.
        sql, params = "SELECT rowid AS id FROM facts_fts WHERE facts_fts MATCH ?", [compiled.fts]
        if limit is not None:
            sql, params = f"{sql} ORDER BY rowid LIMIT ?", [*params, limit]
        return sql, params
    return compiled.walk("f.rowid AS id", limit)
