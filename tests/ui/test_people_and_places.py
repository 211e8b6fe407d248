"""Opening People or Places while the worker is busy with the search shown.

The worker is held inside one of its SQLite statements (a progress handler that
waits) while the person opens a group in the sidebar, so each race is met every
time, not by luck of timing. The store is the seed; a first page of 5 rows makes
its searches behave as broad ones do at a million facts (first page, then the list).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from desktop.store import Store


@dataclass
class WorkerCalls:
    """What the worker threads asked the store for, by method; one statement held."""

    calls: dict[str, list[tuple]] = field(default_factory=dict)
    entered: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)
    hold: str | None = None  # the method whose first statement waits for ``release``

    def __call__(self, name: str) -> list[tuple]:
        return self.calls.setdefault(name, [])


@pytest.fixture
def worker_calls(monkeypatch) -> Iterator[WorkerCalls]:
    """Record the worker's counts and lists; hold the first one of ``hold`` mid-statement."""
    seen = WorkerCalls()

    def wrap(name: str) -> None:
        real = getattr(Store, name)

        def observed(self, *args, **kwargs):
            if threading.current_thread() is threading.main_thread():
                return real(self, *args, **kwargs)
            seen(name).append((args, kwargs))
            if name != seen.hold or seen.entered.is_set():
                return real(self, *args, **kwargs)

            def wait_inside() -> int:  # called by SQLite while the statement runs
                if not seen.entered.is_set():
                    seen.entered.set()
                    seen.release.wait(10)
                return 0

            self._conn.set_progress_handler(wait_inside, 1)
            try:
                return real(self, *args, **kwargs)
            finally:
                self._conn.set_progress_handler(None, 1)

        monkeypatch.setattr(Store, name, observed)

    for name in ("topic_counts", "search_ids", "entity_counts"):
        wrap(name)
    yield seen
    seen.release.set()  # never leave the worker waiting


def settle(qtbot, window) -> None:
    """The search, its detail pane, its full list and every sidebar number are in."""
    qtbot.waitUntil(
        lambda: (
            not window.search.pending
            and not window.busy
            and not window.counts_pending
            and window.last_result.complete
        ),
        timeout=5000,
    )


def type_search(qtbot, window, text: str) -> None:
    window.search.clear()
    window.search.setFocus()
    qtbot.keyClicks(window.search, text)
    qtbot.waitUntil(lambda: not window.search.pending, timeout=3000)


def open_group(window, kind: str) -> None:
    """The person clicks the arrow of People or Places."""
    window.sidebar.expand(window.sidebar_model.group(kind).index())


def shown(window, kind: str) -> dict[str, str]:
    group = window.sidebar_model.group(kind)
    return {group.child(r, 0).text(): group.child(r, 1).text() for r in range(group.rowCount())}


def truth(window, kind: str, query: str) -> dict[str, str]:
    counts = window.store.entity_counts(query, topic=window.topic)
    return {e["name"]: counts.label(e["id"]) for e in window.catalog.entities(kind)}


@pytest.fixture
def broad(window):
    """The window with a first page of 5: "trade" (9 facts) is listed by the worker."""
    window.state.page = 5
    return window


def test_opening_people_while_the_ids_are_listed_keeps_the_rows(qtbot, broad, worker_calls) -> None:
    window = broad
    worker_calls.hold = "search_ids"
    type_search(qtbot, window, "trade")
    assert window.model.rowCount() == 5 and not window.last_result.complete
    # After the paint the worker is asked; it counts, then stops inside the list's statement.
    qtbot.waitUntil(worker_calls.entered.is_set, timeout=5000)
    open_group(window, "person")
    assert set(shown(window, "person").values()) == {"…"}  # to come after the list
    assert window.model.rowCount() == 5
    worker_calls.release.set()
    settle(qtbot, window)
    assert window.model.rowCount() == window.store.count("trade") == 9
    assert window.status.text().startswith("9 of 34 facts")
    assert len(worker_calls("search_ids")) == 1  # listed once, never again
    assert shown(window, "person") == truth(window, "person", "trade")


def test_people_numbers_come_when_opened_while_topics_are_counted(
    qtbot, broad, worker_calls
) -> None:
    window = broad
    worker_calls.hold = "topic_counts"
    type_search(qtbot, window, "trade")
    qtbot.waitUntil(worker_calls.entered.is_set, timeout=5000)  # it counts the topics
    open_group(window, "person")
    worker_calls.release.set()
    settle(qtbot, window)
    people = shown(window, "person")
    assert people == truth(window, "person", "trade")
    assert "" not in people.values() and "…" not in people.values()
    assert window.model.rowCount() == 9
    assert len(worker_calls("topic_counts")) == 1 and len(worker_calls("search_ids")) == 1


def test_opening_people_then_places_counts_only_them_once(qtbot, broad, worker_calls) -> None:
    window = broad
    type_search(qtbot, window, "trade")
    settle(qtbot, window)
    listed, topics = len(worker_calls("search_ids")), len(worker_calls("topic_counts"))
    assert listed == 1 and topics == 1
    open_group(window, "person")
    settle(qtbot, window)
    assert shown(window, "person") == truth(window, "person", "trade")
    counted = len(worker_calls("entity_counts"))
    assert counted >= 1
    open_group(window, "place")  # counted with the people already
    settle(qtbot, window)
    qtbot.wait(50)
    assert shown(window, "place") == truth(window, "place", "trade")
    assert len(worker_calls("entity_counts")) == counted
    # Neither group read the topics or the list again.
    assert (len(worker_calls("search_ids")), len(worker_calls("topic_counts"))) == (1, 1)


def test_a_group_opened_before_the_request_leaves_is_counted_with_it(
    qtbot, broad, worker_calls
) -> None:
    window = broad
    window._on_search_requested("trade")  # typed and drawn; the worker is asked after the paint
    assert window.after_paint.pending
    open_group(window, "person")
    settle(qtbot, window)
    assert shown(window, "person") == truth(window, "person", "trade")
    # One request: topics, list and people once each (the seed's first counts are exact).
    assert [len(worker_calls(name)) for name in ("topic_counts", "search_ids")] == [1, 1]
    assert len(worker_calls("entity_counts")) == 1
