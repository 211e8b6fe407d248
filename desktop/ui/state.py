"""What the window shows, computed without Qt: the search and the sidebar counts.

Searching returns ids only (as Anki's browser does). A keystroke asks for the
first page only (``PAGE`` ids, a few ms even at a million facts); the sidebar's
numbers and, when more match, the full list are computed off the UI thread
(see ``tasks.py``) with ``sidebar_counts.counting`` and :func:`full_search`.
The numbers come in steps, the first within a few ms ("1,000+" and "…" for a
broad query) and exact ones after, if the person pauses long enough. Each
result carries a generation number, so one that arrives after a newer request
is recognised as stale and dropped.
"""

from __future__ import annotations

import time
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.store import Interrupted, QueryError, Store

PAGE = 500
#: How long the window's thread may search for a first page. Nearly every query
#: answers in a few ms at a million facts; one that must scan the table
#: ("value>1e12", "-xinjiang": 100-300 ms) goes to the worker instead. Not less:
#: while the worker counts people and places, a 2 ms search can take 15 ms to
#: get the interpreter back, and handing it over then made it arrive a second later.
BUDGET_MS = 25.0


@dataclass(frozen=True, slots=True)
class SearchResult:
    """The answer to one search: the rowids, or the reason it could not run.

    ``complete`` is False when only the first page is here and the rest is
    being fetched in the background. ``pending`` when not even the first page
    came within the window's budget: the worker finds all of it.
    """

    generation: int
    query: str
    topic: str | None
    #: A list for a first page; the full list from the worker is an ``array("q")``.
    rowids: Sequence[int] = field(default_factory=list)
    elapsed_ms: float = 0.0
    error: str | None = None
    complete: bool = True
    pending: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None


class SearchState:
    """Runs first-page searches against the store, each under a generation number."""

    def __init__(self, store: Store, page: int = PAGE, budget_ms: float = BUDGET_MS) -> None:
        self._store = store
        self._generation = 0
        self.page = page
        self.budget_ms = budget_ms
        self.total = store.count("")

    def request(self) -> int:
        """Reserve a generation for a search about to run; older ones become stale."""
        self._generation += 1
        return self._generation

    @property
    def generation(self) -> int:
        return self._generation

    def is_current(self, result: SearchResult) -> bool:
        return result.generation == self._generation

    def run(
        self, query: str, topic: str | None, generation: int | None = None, *, wait: bool = False
    ) -> SearchResult:
        """The first page now, or ``pending`` if it takes longer than the budget (unless
        ``wait``: after an edit, a delete or an undo the window must place the selection
        in the new rows); an invalid query yields ``error`` set, never raises."""
        generation = self.request() if generation is None else generation
        started = time.perf_counter()
        try:
            rowids = self._store.search(
                query, topic=topic, limit=self.page + 1, budget_ms=None if wait else self.budget_ms
            )
        except QueryError as exc:
            return SearchResult(generation, query, topic, error=str(exc))
        except Interrupted:
            elapsed = (time.perf_counter() - started) * 1000
            return SearchResult(generation, query, topic, [], elapsed, complete=False, pending=True)
        complete = len(rowids) <= self.page
        rowids = sorted(rowids[: self.page])  # article order, as the full search gives
        elapsed = (time.perf_counter() - started) * 1000
        result = SearchResult(generation, query, topic, rowids, elapsed, complete=complete)
        return result


def full_search(store: Store, query: str, topic: str | None) -> array[int]:
    """Every matching rowid in article order (may take a second at a million facts).

    An array of int64s: a million Python ints would cost the UI thread
    milliseconds to copy and to free, and the worker's GIL to make. Empty for a
    query that cannot run; raises ``Interrupted`` when a newer search stops it
    (an interrupted list is no list: it must not be shown).
    """
    try:
        return store.search_ids(query, topic=topic)
    except QueryError:
        return array("q")


def status_text(result: SearchResult | None, total: int, articles: int | None) -> str:
    """``12 of 34 facts · 1 article · 0.8 ms``; ``500+`` while the rest is loading."""
    if result is not None and result.pending:
        return f"Searching {total:,} facts…"
    shown = len(result.rowids) if result else 0
    more = "" if result is None or result.complete else "+"
    parts = [f"{shown:,}{more} of {total:,} facts"]
    if articles is not None:
        parts.append(f"{articles:,} article" + ("" if articles == 1 else "s"))
    if result:
        parts.append(f"{result.elapsed_ms:.1f} ms")
    return " · ".join(parts)
