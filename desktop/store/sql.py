"""Query tree → one SQL statement with bound parameters.

Free words of the top-level AND go into a single FTS5 ``MATCH`` that drives
the query, so SQLite walks the full-text doclist in rowid order and stops at
the ``LIMIT``; structured filters (topic, value, year…) are checked on
indexed columns of ``facts`` for each candidate. Words nested under OR or NOT
become ``rowid IN (… MATCH ?)`` sub-selects. No user text is ever spliced
into SQL: it reaches SQLite only as parameters, and inside FTS5 expressions
only as double-quoted strings of folded word characters.

Filters that name entities or articles stand for a set of fact rowids. Without
words the set drives the query (a person's few thousand facts, an article's
thirty, are looked up by rowid). Under words the set is checked on each
full-text candidate before its row is read, and how depends on its size,
which SQL cannot know when it is written: a set of fewer than
:data:`SMALL_SET` facts is built once and probed (``person:yusup inv`` at a
million facts: 81 ms → 20 ms); a bigger one (``person:a``, every person whose
name starts with A) would cost more to build than the page it filters, so
each candidate's own entities are looked up instead (67 ms → 15 ms). A
one-off count picks the branch (:func:`_either`). A few articles also bound
the rowids FTS5 reads.
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
#: Below this many facts, an entity or article filter under words is a set
#: built once and probed; at or above it, each candidate is checked alone.
SMALL_SET = 20_000


@dataclass(slots=True)
class Compiled:
    """``fts`` drives the search when set; ``where`` filters ``facts f``."""

    fts: str | None = None
    where: list[str] = field(default_factory=list)
    params: list[object] = field(default_factory=list)
    #: The topics the query itself requires (its top-level ``topic:`` filters);
    #: facts of any other topic cannot match it.
    topics: tuple[str, ...] = ()
    #: Reading the matches in rowid order costs no sort and no full scan: FTS5
    #: hands them over sorted, or a top-level ``topic:``, ``kind:`` or ``unit:``
    #: is answered by an index in rowid order (``facts_topic``…), which also
    #: reads the rows in file order. (Unordered, SQLite may pick the time index
    #: and hop between pages: "topic:trade value>1" took 100 ms for the first
    #: thousand matches instead of 2.)
    in_order: bool = False

    @property
    def order(self) -> str:
        """The rowid column to sort the matches by: FTS5's under words, so that it
        hands them over already sorted (and ``LIMIT`` stops the walk)."""
        return "facts_fts.rowid" if self.fts is not None else "f.rowid"

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
        else:
            sql = f"SELECT {columns} FROM facts f"
            conditions = self.where
            if conditions:
                sql += " WHERE " + conditions[0]
                conditions = conditions[1:]
        for condition in conditions:
            sql += " AND " + condition
        params.extend(self.params)
        if limit is not None:
            sql += f" ORDER BY {self.order} LIMIT ?"
            params.append(limit)
        return sql, params

    def walk(self, columns: str, limit: int | None = None) -> tuple[str, list[object]]:
        """Every match (or the first ``limit``), in the order cheapest to read.

        In rowid order when that costs no sort (``in_order``): rows are then read
        in file order, as the first page reads them ("topic:trade value>1e9":
        every match in 1 s instead of 5). Otherwise as the best index gives them.
        """
        sql, params = self.select(columns)
        if self.in_order:
            sql += f" ORDER BY {self.order}"
        if limit is not None:
            sql, params = f"{sql} LIMIT ?", [*params, limit]
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
    filters: list[Node] = []
    for clause in clauses:
        text = _fts(clause)
        if text is not None:
            positive.append(text)
        elif isinstance(clause, Not) and (neg := _fts(clause.child)) is not None:
            negative.append(neg)
        else:
            filters.append(clause)
    compiled.topics = tuple(dict.fromkeys(str(c.value) for c in filters if _is_topic(c)))
    compiled.in_order = bool(positive) or any(
        isinstance(c, Field) and c.name in _EXTRA_FIELDS and c.op == "=" for c in filters
    )
    rowid = "f.rowid"
    if positive:
        rowid = "facts_fts.rowid"
        positive.extend(_narrowing(filters))
        # topic_term is exact, so the MATCH alone applies a top-level topic filter.
        filters = [c for c in filters if not _is_topic(c)]
        expression = " AND ".join(f"({p})" for p in positive)
        for neg in negative:
            expression = f"({expression}) NOT ({neg})"
        compiled.fts = expression
    for clause in filters:
        sql, params = _sql(clause, rowid)
        compiled.where.append(sql)
        compiled.params.extend(params)
    if not positive:
        for neg in negative:
            compiled.where.append(
                "f.rowid NOT IN (SELECT rowid FROM facts_fts WHERE facts_fts MATCH ?)"
            )
            compiled.params.append(neg)
    return compiled


def topic_term(topic: str) -> str:
    """The FTS5 term matched by exactly the facts of ``topic``.

    ``extra`` begins with the fact's topic (``rows.fact_row``) and ``^`` ties a
    phrase to the first token of its column, so neither a period label such as
    "trade season" nor a kind or unit can stand in for the topic.
    """
    return f"{EXTRA_COLUMN} : ^{_quote(words(topic))}"


def _is_topic(node: Node) -> bool:
    return isinstance(node, Field) and node.name == "topic" and node.op == "="


def _narrowing(clauses: list[Node]) -> list[str]:
    """FTS terms implied by the ``topic:``, ``kind:`` and ``unit:`` filters in ``clauses``.

    The ``extra`` column indexes every fact's topic, kind and unit, so a fact
    with ``unit = 'USD'`` always holds the token ``usd`` there. Adding
    ``extra : "usd"`` to the MATCH lets FTS5 intersect doclists instead of
    SQLite fetching the row of every text match only to drop most of them
    ("topic:trade value>1e9 tok" at a million facts: 20 ms → 6 ms). For kind
    and unit the term may match a little more (a period label could say
    "quote"), so the exact column test stays in ``where``: the results are the
    same, only found sooner. The topic's term is exact (:func:`topic_term`).
    """
    terms = []
    for clause in clauses:
        if isinstance(clause, Field) and clause.name in _EXTRA_FIELDS and clause.op == "=":
            tokens = words(str(clause.value))
            if not tokens:
                continue
            if clause.name == "topic":
                terms.append(topic_term(str(clause.value)))
            else:
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


def _sql(node: Node, rowid: str) -> tuple[str, list[object]]:
    """A boolean SQL expression over ``facts f`` for any node.

    ``rowid`` is the column of the table that drives the query: ``f.rowid``, or
    ``facts_fts.rowid`` under words, so that a test on the rowid alone runs
    before the row is read.
    """
    text = _fts(node)
    if text is not None:
        return "f.rowid IN (SELECT rowid FROM facts_fts WHERE facts_fts MATCH ?)", [text]
    if isinstance(node, Not):
        sql, params = _sql(node.child, rowid)
        return f"NOT ({sql})", params
    if isinstance(node, (And, Or)):
        parts = [_sql(child, rowid) for child in node.children]
        joiner = " AND " if isinstance(node, And) else " OR "
        return "(" + joiner.join(sql for sql, _ in parts) + ")", [p for _, ps in parts for p in ps]
    assert isinstance(node, Field)
    return _field_sql(node, rowid)


_COLUMNS = {"topic", "kind", "qualifier", "origin", "unit", "id", "reviewed"}
_TIME_OPS = {
    "=": "f.t_start <= ? AND f.t_end >= ?",
    ">": "f.t_end > ?",
    ">=": "f.t_end >= ?",
    "<": "f.t_start < ?",
    "<=": "f.t_start <= ?",
}


def _field_sql(node: Field, rowid: str) -> tuple[str, list[object]]:
    if node.name in _COLUMNS:
        return f"f.{node.name} = ?", [node.value]
    if node.name == "value":
        return f"f.value {node.op} ?", [node.value]
    if node.name in ("year", "date"):
        first, last = _date_bounds(str(node.value))
        bound = {"=": [last, first], ">": [last], ">=": [first], "<": [first], "<=": [last]}
        return "(" + _TIME_OPS[node.op] + ")", bound[node.op]
    if node.name in ENTITY_FIELDS:
        return _entity_sql(node, rowid)
    if node.name == "article":
        return _article_sql(node, rowid)
    raise AssertionError(f"unhandled field {node.name}")


def _entity_sql(node: Field, rowid: str) -> tuple[str, list[object]]:
    """Facts about an entity whose names match: a rowid set (see the module's notes)."""
    kind = ENTITY_FIELDS[node.name]
    entities = (
        "SELECT e.rowid FROM entities e WHERE e.rowid IN "
        "(SELECT rowid FROM entities_fts WHERE entities_fts MATCH ?)"
    )
    params: list[object] = [_words_expression(str(node.value))]
    if kind is not None:
        entities += " AND e.kind = ?"
        params.append(kind.value)
    facts = f"SELECT fact_rowid FROM fact_entities WHERE entity_rowid IN ({entities})"
    if rowid == "f.rowid":
        return f"f.rowid IN ({facts})", params
    # "+" keeps the entity list a set to probe rather than a loop of index seeks.
    own = (
        f"EXISTS (SELECT 1 FROM fact_entities fe WHERE fe.fact_rowid = {rowid} "
        f"AND +fe.entity_rowid IN ({entities}))"
    )
    fewer = f"((SELECT count(*) FROM ({facts} LIMIT {SMALL_SET})) < {SMALL_SET})"
    return _either(fewer, params, f"+{rowid} IN ({facts})", own)


def _article_sql(node: Field, rowid: str) -> tuple[str, list[object]]:
    """Facts of the articles with this id, or whose title or text has these words."""
    articles = (
        "SELECT id FROM articles WHERE id = ? OR rowid IN "
        "(SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
    )
    params: list[object] = [node.value, _words_expression(str(node.value), with_keys=False)]
    # The facts of an article are a rowid set too: as one, a single article's
    # thirty facts are read by rowid instead of SQLite walking every fact of a
    # unit or kind the query also names to find them (article:ID unit:USD).
    facts = f"SELECT rowid FROM facts WHERE article_id IN ({articles})"
    if rowid == "f.rowid":
        return f"f.rowid IN ({facts})", params
    # Counted in articles, which are fewer to count than their facts.
    few = SMALL_SET // 40
    fewer = f"((SELECT count(*) FROM ({articles} LIMIT {few})) < {few})"
    # For many articles, the column test runs after the row is read, as before.
    sql, both = _either(fewer, params, f"+{rowid} IN ({facts})", f"f.article_id IN ({articles})")
    # An article's facts have consecutive rowids, and FTS5 takes rowid bounds:
    # bounded, it reads only that stretch of each doclist, so "article:ID t"
    # at a million facts reads 30 rows instead of walking 730,000 (50 → 0.2 ms).
    # (Not for many articles: their bounds would cost more than they save.)
    ends = [
        f"(CASE WHEN {fewer} THEN (SELECT {end}(rowid) FROM facts WHERE article_id IN "
        f"({articles})) ELSE {limit} END)"
        for end, limit in (("min", -(2**63)), ("max", 2**63 - 1))
    ]
    return f"{rowid} BETWEEN {ends[0]} AND {ends[1]} AND {sql}", [*params * 4, *both]


def _either(fewer: str, params: list[object], small: str, big: str) -> tuple[str, list[object]]:
    """``small`` where the test ``fewer`` says the rowid set is small, else ``big``.

    ``fewer``, ``small`` and ``big`` each take ``params``. ``fewer`` is an
    uncorrelated count that SQLite computes once per statement and that stops
    at its threshold, so asking costs at most a short index walk. Two
    conjuncts, each true when its branch is not the one chosen, rather than a
    ``CASE``: SQLite tests the first (on the rowid alone) before it reads the
    row, and the pair costs next to nothing per row beyond the chosen test,
    where a ``CASE`` cost 40 % more.
    """
    return f"(NOT {fewer} OR {small}) AND ({fewer} OR {big})", params * 4


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
