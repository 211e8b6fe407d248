"""The full result list as the window's worker reads it: the same ids as a search."""

from __future__ import annotations

from array import array

import pytest

from desktop.store import QueryError, Store, id_lists


@pytest.mark.parametrize(
    "query", ["", "t", "trade", "topic:trade", "year:2023 t", "-trade", "person:tokayev", "xyzzy"]
)
def test_search_ids_are_the_search_as_int64s(store: Store, query: str) -> None:
    ids = store.search_ids(query)
    assert isinstance(ids, array) and ids.typecode == "q"
    assert list(ids) == store.search(query)
    assert list(store.search_ids(query, topic="trade")) == store.search(query, topic="trade")


def test_ids_survive_the_text_round_trip_in_every_slice() -> None:
    wanted = [1, 2**40 + 7, 2**63 - 1, -5, *range(10, 10 + 3 * id_lists.SLICE)]
    text = "".join(f"{n & (2**64 - 1):016x}" for n in wanted)
    assert list(id_lists.decoded(text)) == wanted
    assert list(id_lists.decoded(None)) == []


def test_a_query_that_cannot_run_says_so(store: Store) -> None:
    with pytest.raises(QueryError):
        store.search_ids("topic:nonsense")


def test_an_interrupted_list_raises_interrupted_not_query_error(store: Store, interrupting) -> None:
    """A newer search stops the worker's list: that is no invalid query, and the
    worker must not mistake it for one (it would show an empty table)."""
    from desktop.store import Interrupted

    with interrupting(store):
        with pytest.raises(Interrupted):
            store.search_ids("t")
        with pytest.raises(Interrupted):
            store.search("t")
    assert list(store.search_ids("t")) == store.search("t")  # the connection works on
