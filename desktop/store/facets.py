"""Facts per topic for a query: the sidebar's numbers, while the person types.

Counting every match is the one part of a search that grows with the store:
a one-letter prefix matches 700,000 of a million facts, and no way of
counting them all takes less than ~150 ms. So the numbers come in steps,
made of statements that a newer keystroke stops (``Store.interrupt``, which
raises :class:`~desktop.store.database.Interrupted` here):

1. **First** (``cap=CAP, budget=BUDGET``): for words, a walk over the first
   ``cap + 1`` matches, then a count up to ``cap + 1`` ("1,000+" beyond) of
   each topic common among them (:func:`_first_for_words`): 4 ms at p50,
   8 ms at p95 at a million facts. A narrow query is exact at once. Topics
   rare among the first matches are left ``pending`` ("…"): proving that none
   of 558,000 "xinjiang" facts is about investment takes FTS5 30 ms, which
   nothing can interrupt.
2. **Then** (``cap=CAP, known=`` the first answer): the pending topics are
   counted up to the cap: the "…" become numbers (34 ms at p50, 85 at p95).
3. **Exact** (``known=`` the answer so far): the capped and pending topics
   are counted to the end: up to ~330 ms for the broadest two-letter prefix
   ("ch"). The window asks for the steps one after the other, so a keystroke
   in between cancels the rest and the exact numbers appear when the person
   pauses.

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
from desktop.store.database import read
from desktop.store.sql import Compiled, topic_term

TOPICS: tuple[str, ...] = tuple(topic.value for topic in Topic)
#: The first step's cap: counted to here, shown as "1,000+" beyond.
CAP = 1000
#: Seconds the first step may spend before it leaves the topics still to
#: count for the next (a common topic's capped count takes ~1 ms at 1M).
BUDGET = 0.035
#: A topic this common among a query's first matches (1 in 100) gets a capped
#: count in the first step; rarer ones are counted in the second.
COMMON = 0.01


@dataclass(frozen=True, slots=True)
class Counts:
    """Facts per key; a key in ``capped`` has at least its number, maybe more,
    and one in ``pending`` has not been counted yet (its number means nothing)."""

    counts: dict[str, int] = field(default_factory=dict)
    capped: frozenset[str] = frozenset()
    pending: frozenset[str] = frozenset()

    @property
    def exact(self) -> bool:
        return not self.capped and not self.pending

    def __getitem__(self, key: str) -> int:
        return self.counts.get(key, 0)

    def label(self, key: str) -> str:
        """``12,345``; ``1,000+`` when capped; ``…`` while pending."""
        if key in self.pending:
            return "…"
        return f"{self[key]:,}" + ("+" if key in self.capped else "")


@dataclass(frozen=True, slots=True)
class TopicCounts(Counts):
    """Facts per topic (keys: topic names)."""


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
    same query: its exact numbers are kept and only its pending topics (with
    ``cap``) or its pending and capped ones (without) are counted. Raises
    ``QueryError`` if FTS5 refuses the query and ``Interrupted`` if the
    connection was interrupted (``database.read``).
    """
    counts = dict.fromkeys(TOPICS, 0)
    required = set(compiled.topics)
    if len(required) > 1:
        return TopicCounts(counts)  # "topic:trade topic:economy": no fact has two topics
    wanted = [t for t in TOPICS if not required or t in required]
    if compiled.where:
        if known is not None and cap is not None:
            return known  # a capped walk again would see the same first matches
        counts.update(_one_pass(conn, compiled, wanted, cap))
        if cap is None or sum(counts.values()) <= cap:
            return TopicCounts(counts)
        # Counted among the first matches only: at least that many, or not known yet.
        seen = frozenset(t for t in wanted if counts[t])
        return TopicCounts(counts, capped=seen, pending=frozenset(wanted) - seen)
    if compiled.fts is not None and cap is not None and known is None:
        return _first_for_words(conn, compiled, wanted, cap, budget)
    todo = set(wanted) if known is None else set(known.pending)
    if known is not None and cap is None:
        todo |= known.capped
    capped: set[str] = set() if known is None or cap is None else set(known.capped)
    pending: set[str] = set()
    deadline = None if budget is None else time.perf_counter() + budget
    for topic in wanted:
        if topic not in todo:
            counts[topic] = known[topic] if known is not None else 0
        elif deadline is not None and time.perf_counter() > deadline:
            pending.add(topic)
        else:
            sql, params = _topic_count(compiled, topic, cap)
            counts[topic] = read(conn, sql, params)[0][0]
            if cap is not None and counts[topic] > cap:
                counts[topic] = cap
                capped.add(topic)
    return TopicCounts(counts, frozenset(capped), frozenset(pending))


def _first_for_words(
    conn: sqlite3.Connection,
    compiled: Compiled,
    topics: Sequence[str],
    cap: int,
    budget: float | None,
) -> TopicCounts:
    """The first numbers for a query of words: a look at its first matches, then
    a capped count of each topic that is common among them.

    The walk over the first ``cap + 1`` matches (2.5 ms at p50) sees every
    match of a narrow query, and then every number is exact. For a broad one it
    shows which topics are common: their capped counts stop after ``cap + 1``
    hits, a few ms each. Counting a topic that is rare among the matches means
    walking all of them (30 ms to find that no "xinjiang" fact is about
    investment, and FTS5 cannot be interrupted meanwhile), so those are left
    ``pending`` for the next step (``known=`` this answer).
    """
    counts = dict.fromkeys(TOPICS, 0)
    seen = _one_pass(conn, compiled, topics, cap)
    if sum(seen.values()) <= cap:
        counts.update(seen)
        return TopicCounts(counts)
    # The most common first: the quickest to cap.
    common = sorted(
        (t for t in topics if seen[t] >= cap * COMMON), key=seen.__getitem__, reverse=True
    )
    deadline = None if budget is None else time.perf_counter() + budget
    capped: set[str] = set()
    counted: set[str] = set()
    for topic in common:
        if deadline is not None and time.perf_counter() > deadline:
            break
        sql, params = _topic_count(compiled, topic, cap)
        counts[topic] = min(read(conn, sql, params)[0][0], cap + 1)
        if counts[topic] > cap:
            counts[topic] = cap
            capped.add(topic)
        counted.add(topic)
    return TopicCounts(counts, frozenset(capped), frozenset(topics) - counted)


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
    sql, params = compiled.walk("f.topic", None if cap is None else cap + 1)
    row = read(conn, f"SELECT {sums} FROM ({sql})", [*topics, *params])[0]
    return {topic: int(number) for topic, number in zip(topics, row, strict=True)}
