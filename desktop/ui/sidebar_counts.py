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
A group opened later, for the search shown, needs its people and places
only (:func:`entity_counting`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from desktop.store import Store
from desktop.store.entity_facets import KINDS, EntityCounts
from desktop.store.facets import BUDGET, CAP, TopicCounts


@dataclass(frozen=True, slots=True)
class SidebarCounts:
    """One step's numbers; a part that is None is not in this step (shown ones stay)."""

    #: None: a step of people and places alone (a group opened later).
    topics: TopicCounts | None = None
    #: None: people and places are not counted (their groups were closed when asked).
    entities: EntityCounts | None = None

    @property
    def exact(self) -> bool:
        """Every number this step carries is final."""
        return all(part is None or part.exact for part in (self.topics, self.entities))


def counting(
    store: Store, query: str, topic: str | None, *, entities: bool
) -> Iterator[SidebarCounts]:
    """The numbers for ``query`` (and, for people and places, ``topic``), step by step.

    Raises ``QueryError`` at once for a query that cannot run, and
    ``Interrupted`` when ``Store.interrupt`` stops a step.
    """
    cap = CAP
    topics = store.topic_counts(query, cap=cap, budget=BUDGET)
    named = store.entity_counts(query, topic=topic, kinds=KINDS, cap=cap) if entities else None
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
        named = store.entity_counts(query, topic=topic, kinds=KINDS)
        yield SidebarCounts(topics, named)


def entity_counting(store: Store, query: str, topic: str | None) -> Iterator[SidebarCounts]:
    """People and places alone (topics None), first from the first matches, then exact.

    Raises as :func:`counting` does.
    """
    named = store.entity_counts(query, topic=topic, kinds=KINDS, cap=CAP)
    yield SidebarCounts(entities=named)
    if not named.exact:
        yield SidebarCounts(entities=store.entity_counts(query, topic=topic, kinds=KINDS))
