"""The background worker: full result lists and sidebar counts, off the UI thread.

One worker thread with its own read-only connection (SQLite in WAL mode lets
it read beside the UI's connection) serialises the slow work. Requests carry
the generation of the search they are for; a new search makes every request
of older ones stale: the worker skips them, and the statement it is running
for one is interrupted (``Store.interrupt``), so a burst of keystrokes costs
one full search and the window drops answers that arrive late.

For a search the worker sends, in this order and as long as the search is
the latest: the sidebar's numbers step by step (``sidebar_counts``: the first
within a few ms, exact topics up to ~300 ms at a million facts), the full list
of ids when the first page was not all of it (up to ~0.8 s, read without a
Python object per id: ``Store.search_ids``), then the exact numbers of people
and places if they are shown (up to ~1.3 s). Its thread runs at a lower
priority than the UI's (``priority``).

A group of people or places opened later asks for their numbers alone
(:meth:`BackgroundSearch.count_entities`). That request interrupts nothing: it
waits behind the search's own, which goes on to its end. So each part of a
search's answer (topics, list, people and places) is asked for once and comes
from one request: an answer's generation says all there is to know about it,
and a statement stopped by a newer search is dropped whole (``Interrupted``:
an interrupted list is never sent as an empty one).
"""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop.store import Interrupted, QueryError, Store
from desktop.ui.catalog import read_catalog
from desktop.ui.priority import lower_this_thread
from desktop.ui.sidebar_counts import counting, entity_counting
from desktop.ui.state import full_search


class _Worker(QObject):
    searched = Signal(int, object)  # generation, rowids (an array of int64)
    counted = Signal(int, object)  # generation, sidebar_counts.SidebarCounts
    catalog_read = Signal(object, object)  # entities by id, article headers

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self._db_path = db_path
        self._store: Store | None = None
        self.latest = 0  # written by the UI thread; an int store is atomic

    @Slot()
    def lower_priority(self) -> None:
        """On this worker's thread, when it starts: the UI thread comes first."""
        lower_this_thread()

    def _open(self) -> Store:
        if self._store is None:
            self._store = Store.open(self._db_path, seed=False)
        return self._store

    @Slot(int, str, object, bool, bool)
    def run(
        self, generation: int, query: str, topic: object, want_rows: bool, entities: bool
    ) -> None:
        """A search's numbers (people and places too if ``entities``) and, if
        ``want_rows``, its full list."""
        if generation != self.latest:
            return  # a newer search is queued behind this one
        topic_name = topic if isinstance(topic, str) else None
        with suppress(Interrupted):  # by a newer search: nothing of this one is sent
            self._answer(generation, query, topic_name, want_rows, entities)

    @Slot(int, str, object)
    def count_entities(self, generation: int, query: str, topic: object) -> None:
        """People and places alone, for a search whose numbers came without them."""
        if generation != self.latest:
            return
        topic_name = topic if isinstance(topic, str) else None
        with suppress(Interrupted, QueryError):
            for counts in entity_counting(self._open(), query, topic_name):
                if generation != self.latest:
                    return
                self.counted.emit(generation, counts)

    def _answer(
        self, generation: int, query: str, topic: str | None, want_rows: bool, entities: bool
    ) -> None:
        store = self._open()
        with suppress(QueryError):  # a query that cannot run has no numbers
            for counts in counting(store, query, topic, entities=entities):
                if generation != self.latest:
                    return
                self.counted.emit(generation, counts)
                if want_rows and counts.topics is not None and counts.topics.exact:
                    # The list (the status bar's total, rows past the first page) before
                    # the exact numbers of people and places, the slowest to come.
                    self._list(generation, query, topic)
                    want_rows = False
        if want_rows:
            self._list(generation, query, topic)

    def _list(self, generation: int, query: str, topic: str | None) -> None:
        if generation == self.latest:
            rowids = full_search(store=self._open(), query=query, topic=topic)
            if generation == self.latest:
                self.searched.emit(generation, rowids)

    def interrupt(self) -> None:
        """Stop the statement this worker runs now (called from the UI thread)."""
        store = self._store
        if store is not None:
            with suppress(sqlite3.ProgrammingError):  # closed meanwhile: nothing runs
                store.interrupt()

    @Slot()
    def read_catalog(self) -> None:
        self.catalog_read.emit(*read_catalog(self._open()))

    @Slot()
    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


class BackgroundSearch(QObject):
    """Two worker threads, each with its own connection: one for searches (where
    :meth:`submit` replaces whatever was asked before), one for the one-off
    catalog read, so a slow first search never delays the names in the detail pane.
    """

    searched = Signal(int, object)
    counted = Signal(int, object)
    catalog_read = Signal(object, object)
    _request = Signal(int, str, object, bool, bool)
    _count_entities = Signal(int, str, object)
    _read_catalog = Signal()
    _close = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = _Worker(db_path)
        self._loader = _Worker(db_path)
        self._threads = [self._thread_for(self._worker), self._thread_for(self._loader)]
        self._request.connect(self._worker.run)
        self._count_entities.connect(self._worker.count_entities)
        self._read_catalog.connect(self._loader.read_catalog)
        self._worker.searched.connect(self.searched)
        self._worker.counted.connect(self.counted)
        self._loader.catalog_read.connect(self.catalog_read)
        for thread in self._threads:
            thread.start()

    def _thread_for(self, worker: _Worker) -> QThread:
        thread = QThread(self)
        thread.setObjectName("fact-browser-worker")
        worker.moveToThread(thread)
        thread.started.connect(worker.lower_priority)
        self._close.connect(worker.close)
        return thread

    def submit(
        self,
        generation: int,
        query: str,
        topic: str | None,
        want_rows: bool,
        *,
        entities: bool = False,
    ) -> None:
        """Count for the sidebar (people and places too if ``entities``), then list
        every id if ``want_rows``; replaces whatever was asked before."""
        self._worker.latest = generation
        self._worker.interrupt()  # whatever it counts or lists now is stale
        self._request.emit(generation, query, topic, want_rows, entities)

    def count_entities(self, generation: int, query: str, topic: str | None) -> None:
        """People and places for the search ``generation`` (asked without them): after
        what the worker does for it now, which this does not interrupt."""
        self._count_entities.emit(generation, query, topic)

    def hold(self, generation: int) -> None:
        """A request for ``generation`` is coming: stop the worker's older work now."""
        self._worker.latest = generation
        self._worker.interrupt()

    def read_catalog(self) -> None:
        """Entities and article headers, read off the UI thread; answered by catalog_read."""
        self._read_catalog.emit()

    def stop(self) -> None:
        """Stop the current requests, close the connections, end the threads."""
        self._worker.latest = -1
        self._worker.interrupt()  # a full list of a million ids need not finish first
        self._close.emit()
        for thread in self._threads:
            if thread.isRunning():
                thread.quit()
                thread.wait(5000)
