"""Query tree → one SQL statement with bound parameters.

Free words of the top-level AND go into a single FTS5 ``MATCH`` that drives
the query, so SQLite walks the full-text doclist in rowid order and stops at
the ``LIMIT``; structured filters (topic, value, year…) are checked on
indexed columns of ``facts`` for each candidate. Words nested under OR or NOT
become ``rowid IN (… MATCH ?)`` sub-selects. No user text is ever spliced
into SQL: it reaches SQLite only as parameters, and inside FTS5 expressions
only as double-quoted strings of folded word characters.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field

from desktop.store.query import ENTITY_FIELDS, And, Field, Node, Not, Or, Phrase, Words
from desktop.store.text import skeleton, words

#: The FTS5 column that holds the romanisation skeletons of entity names.
SKELETON_COLUMN = "name_keys"
#: The FTS5 column that holds each fact's topic, kind, unit and period label.
EXTRA_COLUMN = "extra"
_EXTRA_FIELDS = {"topic", "kind", "unit"}


@dataclass(slots=True)
class Compiled:
    """``fts`` drives the search when set; ``where`` filters ``facts f``."""

    fts: str | None = None
    where: list[str] = field(default_factory=list)
    params: list[object] = field(default_factory=list)

    def select(
        self, columns: str = "f.rowid", limit: int | None = None
    ) -> tuple[str, list[object]]:
        params: list[object] = []
        if self.fts is not None:
            # CROSS JOIN keeps the full-text index as the outer loop (SQLite would
            # otherwise start from an indexed filter such as ``topic = ?`` and probe
            # FTS5 once per row), and ordering by the FTS rowid lets FTS5 hand rows
            # over already sorted, so ``LIMIT`` stops the walk instead of sorting
            # every match first.
            sql = (
                f"SELECT {columns} FROM facts_fts CROSS JOIN facts f "
                "ON f.rowid = facts_fts.rowid WHERE facts_fts MATCH ?"
            )
            params.append(self.fts)
            conditions = self.where
            order = "facts_fts.rowid"
        else:
            sql = f"SELECT {columns} FROM facts f"
            conditions = self.where
            if conditions:
                sql += " WHERE " + conditions[0]
                conditions = conditions[1:]
            order = "f.rowid"
        for condition in conditions:
            sql += " AND " + condition
        params.extend(self.params)
        if limit is not None:
            sql += f" ORDER BY {order} LIMIT ?"
            params.append(limit)
        return sql, params

    def count(self) -> tuple[str, list[object]]:
        if self.fts is not None and not self.where:
            # Every FTS row is a fact, so a pure text count needs no row lookups.
            return "SELECT count(*) FROM facts_fts WHERE facts_fts MATCH ?", [self.fts]
        return self.select("count(*)")


def compile_query(node: Node | None) -> Compiled:
    compiled = Compiled()
    clauses = list(node.children) if isinstance(node, And) else ([node] if node else [])
    positive: list[str] = []
    negative: list[str] = []
    for clause in clauses:
        text = _fts(clause)
        if text is not None:
            positive.append(text)
        elif isinstance(clause, Not) and (neg := _fts(clause.child)) is not None:
            negative.append(neg)
        else:
            sql, params = _sql(clause)
            compiled.where.append(sql)
            compiled.params.extend(params)
    if positive:
        positive.extend(_narrowing(clauses))
        expression = " AND ".join(f"({p})" for p in positive)
        for neg in negative:
            expression = f"({expression}) NOT ({neg})"
        compiled.fts = expression
    else:
        for neg in negative:
            compiled.where.append(
                "f.rowid NOT IN (SELECT rowid FROM facts_fts WHERE facts_fts MATCH ?)"
            )
            compiled.params.append(neg)
    return compiled


def _narrowing(clauses: list[Node]) -> list[str]:
    """FTS terms implied by the ``topic:``, ``kind:`` and ``unit:`` filters in ``clauses``.

    The ``extra`` column indexes every fact's topic, kind and unit, so a fact
    with ``topic = 'trade'`` always holds the token ``trade`` there. Adding
    ``extra : "trade"`` to the MATCH lets FTS5 intersect doclists instead of
    SQLite fetching the row of every text match only to drop most of them
    ("topic:trade value>1e9 tok" at a million facts: 20 ms → 6 ms). The term
    may match a little more (a period label could say "trade"), so the exact
    column test stays in ``where``: the results are the same, only found sooner.
    """
    terms = []
    for clause in clauses:
        if isinstance(clause, Field) and clause.name in _EXTRA_FIELDS and clause.op == "=":
            tokens = words(str(clause.value))
            if tokens:
                terms.append(f"{EXTRA_COLUMN} : {_quote(tokens)}")
    return terms


def _fts(node: Node) -> str | None:
    """The FTS5 expression for a purely textual node, or None if it has filters."""
    if isinstance(node, Words):
        return _words_expression(node.text)
    if isinstance(node, Phrase):
        return _quote(words(node.text))
    if isinstance(node, (And, Or)):
        parts = [_fts(child) for child in node.children]
        if any(part is None for part in parts):
            return None
        joiner = " AND " if isinstance(node, And) else " OR "
        return joiner.join(f"({part})" for part in parts)
    return None


def _words_expression(text: str, *, with_keys: bool = True) -> str:
    """Prefix match on the words; one word is also looked up by its skeleton."""
    folded = words(text)
    expression = _quote(folded) + "*"
    keys = [skeleton(w) for w in folded]
    if with_keys and len(folded) == 1 and keys != folded:
        expression = f"({expression} OR {SKELETON_COLUMN} : {_quote(keys)}*)"
    return expression


def _quote(tokens: list[str]) -> str:
    return '"' + " ".join(tokens) + '"'


def _sql(node: Node) -> tuple[str, list[object]]:
    """A boolean SQL expression over ``facts f`` for any node."""
    text = _fts(node)
    if text is not None:
        return "f.rowid IN (SELECT rowid FROM facts_fts WHERE facts_fts MATCH ?)", [text]
    if isinstance(node, Not):
        sql, params = _sql(node.child)
        return f"NOT ({sql})", params
    if isinstance(node, (And, Or)):
        parts = [_sql(child) for child in node.children]
        joiner = " AND " if isinstance(node, And) else " OR "
        return "(" + joiner.join(sql for sql, _ in parts) + ")", [p for _, ps in parts for p in ps]
    assert isinstance(node, Field)
    return _field_sql(node)


_COLUMNS = {"topic", "kind", "qualifier", "origin", "unit", "id", "reviewed"}
_TIME_OPS = {
    "=": "f.t_start <= ? AND f.t_end >= ?",
    ">": "f.t_end > ?",
    ">=": "f.t_end >= ?",
    "<": "f.t_start < ?",
    "<=": "f.t_start <= ?",
}


def _field_sql(node: Field) -> tuple[str, list[object]]:
    if node.name in _COLUMNS:
        return f"f.{node.name} = ?", [node.value]
    if node.name == "value":
        return f"f.value {node.op} ?", [node.value]
    if node.name in ("year", "date"):
        first, last = _date_bounds(str(node.value))
        bound = {"=": [last, first], ">": [last], ">=": [first], "<": [first], "<=": [last]}
        return "(" + _TIME_OPS[node.op] + ")", bound[node.op]
    if node.name in ENTITY_FIELDS:
        kind = ENTITY_FIELDS[node.name]
        names = _words_expression(str(node.value))
        sql = (
            "f.rowid IN (SELECT fe.fact_rowid FROM fact_entities fe JOIN entities e "
            "ON e.rowid = fe.entity_rowid WHERE e.rowid IN "
            "(SELECT rowid FROM entities_fts WHERE entities_fts MATCH ?)"
        )
        params: list[object] = [names]
        if kind is not None:
            sql += " AND e.kind = ?"
            params.append(kind.value)
        return sql + ")", params
    if node.name == "article":
        return (
            "f.article_id IN (SELECT id FROM articles WHERE id = ? OR rowid IN "
            "(SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))",
            [node.value, _words_expression(str(node.value), with_keys=False)],
        )
    raise AssertionError(f"unhandled field {node.name}")


def _date_bounds(text: str) -> tuple[str, str]:
    """First and last day of a year, month or day written as text."""
    parts = [int(p) for p in text.split("-")]
    year = parts[0]
    if len(parts) == 1:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    month = min(max(parts[1], 1), 12)
    if len(parts) == 2:
        last_day = calendar.monthrange(year, month)[1]
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last_day:02d}"
    return f"{year:04d}-{month:02d}-{parts[2]:02d}", f"{year:04d}-{month:02d}-{parts[2]:02d}"
