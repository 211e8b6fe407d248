"""The background worker: full result lists and sidebar counts, off the UI thread.

One worker thread with its own read-only connection (SQLite in WAL mode lets
it read beside the UI's connection) serialises the slow work. Requests carry
a generation; the worker skips any request that is no longer the latest, and
a new request interrupts the statement the worker is running for an older one
(``Store.interrupt``), so a burst of keystrokes costs one full search and the
window drops answers that arrive late.

For each request the worker sends, in this order and as long as the request is
the latest: the sidebar counts capped at ``facets.CAP`` and cut off after
``facets.BUDGET`` (so within ~50 ms), the exact counts if any topic was capped
or not reached (up to ~300 ms at a million facts), then the full list of ids
when the first page was not all of it (up to ~1 s).
"""

from __future__ import annotations

import sqlite3
from array import array
from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop.store import Store
from desktop.store.facets import BUDGET, CAP, Interrupted
from desktop.ui.catalog import read_catalog
from desktop.ui.state import full_search, topic_counts


class _Worker(QObject):
    searched = Signal(int, object)  # generation, rowids (an array of int64)
    counted = Signal(int, object)  # generation, facets.TopicCounts
    catalog_read = Signal(object, object)  # entities by id, article headers

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self._db_path = db_path
        self._store: Store | None = None
        self.latest = 0  # written by the UI thread; an int store is atomic

    def _open(self) -> Store:
        if self._store is None:
            self._store = Store.open(self._db_path, seed=False)
        return self._store

    @Slot(int, str, object, bool)
    def run(self, generation: int, query: str, topic: object, want_rows: bool) -> None:
        for _attempt in range(2):
            if generation != self.latest:
                return  # a newer request is queued behind this one
            try:
                self._answer(
                    generation, query, topic if isinstance(topic, str) else None, want_rows
                )
                return
            except Interrupted:
                continue  # by a newer request, or (rarely) one that came just too late

    def _answer(self, generation: int, query: str, topic: str | None, want_rows: bool) -> None:
        store = self._open()
        counts = topic_counts(store, query, cap=CAP, budget=BUDGET)
        if counts is not None and generation == self.latest:
            self.counted.emit(generation, counts)
            if not counts.exact:
                counts = topic_counts(store, query, known=counts)
                if counts is not None and generation == self.latest:
                    self.counted.emit(generation, counts)
        if want_rows and generation == self.latest:
            # An interrupted full search reads as an invalid one (no ids); it is dropped here.
            # An array, made here: a million Python ints would cost the UI thread
            # milliseconds to copy now and to free at the next keystroke.
            rowids = array("q", full_search(store, query, topic))
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
    _request = Signal(int, str, object, bool)
    _read_catalog = Signal()
    _close = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = _Worker(db_path)
        self._loader = _Worker(db_path)
        self._threads = [self._thread_for(self._worker), self._thread_for(self._loader)]
        self._request.connect(self._worker.run)
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
        self._close.connect(worker.close)
        return thread

    def submit(self, generation: int, query: str, topic: str | None, want_rows: bool) -> None:
        self._worker.latest = generation
        self._worker.interrupt()  # whatever it counts or lists now is stale
        self._request.emit(generation, query, topic, want_rows)

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
