"""Facts per topic for a query: the sidebar's numbers, while the person types.

Counting every match is the one part of a search that grows with the store:
a one-letter prefix matches 700,000 of a million facts, and no way of
counting them all takes less than ~150 ms. So the numbers come in two steps,
made of statements that a newer keystroke stops (``Store.interrupt``, which
raises :class:`Interrupted` here):

1. **First** (``cap=CAP, budget=BUDGET``): every topic counted up to
   ``cap + 1`` and shown as "1,000+" beyond it. A topic with fewer matches
   gets its exact number, which is the one people read ("no geography facts
   for this"). Topics not reached within the budget are left ``pending``
   ("…"). At a million facts: 3-47 ms for any query of words.
2. **Exact** (``known=`` the first answer): only the capped and pending
   topics are counted again, to the end: up to ~330 ms for the broadest
   two-letter prefix ("ch"). The window asks for it once the first numbers are
   shown, so a keystroke in between cancels it and the exact numbers appear
   when the person pauses.

How a topic is counted depends on what the query needs:

* words only: the count never leaves the full-text index. The topic is one
  more FTS5 term (:func:`~desktop.store.sql.topic_term`, exact), so FTS5
  intersects doclists and no table row is read; one statement per topic.
  (Before, each topic's ``count`` read the row of every match to test its
  topic: 1.4 s for "t", 2.6 s at p95 for "ch".)
* filters on columns (value, year, person…): SQLite reads the matching rows
  anyway to test the filters, so one walk adds up all topics at once. The
  first step stops that walk after ``cap + 1`` matches: topics seen so far
  are lower bounds ("234+"), unseen ones pending.
* nothing: each topic's facts are counted on the ``facts_topic`` index.

Qt-free, like the rest of the store.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.domain import Topic
from desktop.store.query import QueryError
from desktop.store.sql import Compiled, topic_term

TOPICS: tuple[str, ...] = tuple(topic.value for topic in Topic)
#: The first step's cap: counted to here, shown as "1,000+" beyond.
CAP = 1000
#: Seconds the first step may spend before it leaves the topics still to
#: count for the second (a three-word query costs ~20 ms per topic at 1M).
BUDGET = 0.035


class Interrupted(Exception):
    """The count was stopped from another thread (a newer search superseded it)."""


@dataclass(frozen=True, slots=True)
class TopicCounts:
    """Facts per topic; a topic in ``capped`` has at least its number, maybe more,
    and one in ``pending`` has not been counted yet (its number means nothing)."""

    counts: dict[str, int] = field(default_factory=dict)
    capped: frozenset[str] = frozenset()
    pending: frozenset[str] = frozenset()

    @property
    def exact(self) -> bool:
        return not self.capped and not self.pending

    def __getitem__(self, topic: str) -> int:
        return self.counts.get(topic, 0)

    def label(self, topic: str) -> str:
        """``12,345``; ``1,000+`` when capped; ``…`` while pending."""
        if topic in self.pending:
            return "…"
        return f"{self[topic]:,}" + ("+" if topic in self.capped else "")


def topic_counts(
    conn: sqlite3.Connection,
    compiled: Compiled,
    *,
    cap: int | None = None,
    budget: float | None = None,
    known: TopicCounts | None = None,
) -> TopicCounts:
    """Facts per topic matching ``compiled``; counting stops past ``cap`` if given.

    With ``budget`` (seconds), topics not reached in time are left ``pending``
    (one statement may overrun it). ``known`` is an earlier answer for the
    same query: its exact numbers are kept and only its capped and pending
    topics are counted. Raises :class:`QueryError` if FTS5 refuses the query
    and :class:`Interrupted` if the connection was interrupted.
    """
    counts = dict.fromkeys(TOPICS, 0)
    required = set(compiled.topics)
    if len(required) > 1:
        return TopicCounts(counts)  # "topic:trade topic:economy": no fact has two topics
    wanted = [t for t in TOPICS if not required or t in required]
    if compiled.where:
        counts.update(_one_pass(conn, compiled, wanted, cap))
        if cap is None or sum(counts.values()) <= cap:
            return TopicCounts(counts)
        # Counted among the first matches only: at least that many, or not known yet.
        seen = frozenset(t for t in wanted if counts[t])
        return TopicCounts(counts, capped=seen, pending=frozenset(wanted) - seen)
    capped: set[str] = set()
    pending: set[str] = set()
    deadline = None if budget is None else time.perf_counter() + budget
    for topic in wanted:
        if known is not None and topic not in known.capped | known.pending:
            counts[topic] = known[topic]
        elif deadline is not None and time.perf_counter() > deadline:
            pending.add(topic)
        else:
            sql, params = _topic_count(compiled, topic, cap)
            counts[topic] = _run(conn, sql, params)[0][0]
            if cap is not None and counts[topic] > cap:
                counts[topic] = cap
                capped.add(topic)
    return TopicCounts(counts, frozenset(capped), frozenset(pending))


def _topic_count(compiled: Compiled, topic: str, cap: int | None) -> tuple[str, list[object]]:
    """One topic's count for a query without column filters, stopping past ``cap``."""
    if compiled.fts is not None:
        fts = compiled.fts if compiled.topics else f"({compiled.fts}) AND {topic_term(topic)}"
        source, params = "facts_fts WHERE facts_fts MATCH ?", [fts]
    else:
        source, params = "facts WHERE topic = ?", [topic]
    if cap is None:
        return f"SELECT count(*) FROM {source}", params
    return f"SELECT count(*) FROM (SELECT 1 FROM {source} LIMIT ?)", [*params, cap + 1]


def _one_pass(
    conn: sqlite3.Connection, compiled: Compiled, topics: Sequence[str], cap: int | None
) -> dict[str, int]:
    """All topics' counts in a single walk over the matches (rows are read anyway).

    With ``cap``, the walk stops after ``cap + 1`` matches.
    """
    # A sum per topic, not GROUP BY, which would sort every match by topic first.
    sums = ", ".join("total(topic = ?)" for _ in topics)
    sql, params = compiled.select("f.topic")
    if cap is not None:
        sql, params = f"{sql} LIMIT ?", [*params, cap + 1]
    row = _run(conn, f"SELECT {sums} FROM ({sql})", [*topics, *params])[0]
    return {topic: int(number) for topic, number in zip(topics, row, strict=True)}


def _run(conn: sqlite3.Connection, sql: str, params: Sequence[object]) -> list[sqlite3.Row]:
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_INTERRUPT or (
            str(exc) == "interrupted"
        ):
            raise Interrupted from exc
        # FTS5 may still refuse an expression the parser let through.
        raise QueryError(f"This search cannot be run ({exc}).") from exc
