"""The sidebar's numbers for one search, better at each step. Qt-free.

Topics are counted for the query alone (a topic click filters beside it, so
each topic's number says what that click would show). People and places are
counted in what the table shows, query and topic together, and only while
the sidebar shows them (their groups start collapsed): each number says how
many of the facts in view name that person or place.

The steps (``facets`` and ``entity_facets`` say what each costs at a million
facts): first numbers within a few ms (common topics "1,000+" or exact, rare
ones "…", people and places from the first thousand matches: "834+" or "…"),
then the rare topics, then exact topics, then exact people and places. The
worker sends each step as it comes and stops when a newer search arrives.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from desktop.store import Store
from desktop.store.entity_facets import EntityCounts
from desktop.store.facets import BUDGET, CAP, TopicCounts

#: The kinds of entity the sidebar lists (its People and Places groups).
ENTITY_KINDS = ("person", "place")


@dataclass(frozen=True, slots=True)
class SidebarCounts:
    topics: TopicCounts
    #: None: not counted (no group of people or places is open).
    entities: EntityCounts | None = None

    @property
    def exact(self) -> bool:
        return self.topics.exact and (self.entities is None or self.entities.exact)


def counting(
    store: Store, query: str, topic: str | None, *, entities: bool
) -> Iterator[SidebarCounts]:
    """The numbers for ``query`` (and, for people and places, ``topic``), step by step.

    Raises ``QueryError`` at once for a query that cannot run, and
    ``facets.Interrupted`` when ``Store.interrupt`` stops a step.
    """
    cap = CAP
    topics = store.topic_counts(query, cap=cap, budget=BUDGET)
    named = (
        store.entity_counts(query, topic=topic, kinds=ENTITY_KINDS, cap=cap) if entities else None
    )
    yield SidebarCounts(topics, named)
    if topics.pending:
        more = store.topic_counts(query, cap=cap, known=topics)
        if more != topics:  # a query with filters was walked once already
            topics = more
            yield SidebarCounts(topics, named)
    if not topics.exact:
        topics = store.topic_counts(query, known=topics)
        yield SidebarCounts(topics, named)
    if named is not None and not named.exact:
        named = store.entity_counts(query, topic=topic, kinds=ENTITY_KINDS)
        yield SidebarCounts(topics, named)
