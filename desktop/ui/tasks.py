"""The background worker: full result lists and sidebar counts, off the UI thread.

One worker thread with its own read-only connection (SQLite in WAL mode lets
it read beside the UI's connection) serialises the slow work. Requests carry
a generation; the worker skips any request that is no longer the latest, so a
burst of keystrokes costs one full search, and the window drops answers that
arrive late.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop.store import Store
from desktop.ui.catalog import read_catalog
from desktop.ui.state import full_search, topic_counts


class _Worker(QObject):
    searched = Signal(int, object)  # generation, rowids
    counted = Signal(int, object)  # generation, {topic: count} | None
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
        if generation != self.latest:
            return  # a newer request is queued behind this one
        store = self._open()
        if want_rows:
            rowids = full_search(store, query, topic if isinstance(topic, str) else None)
            if generation != self.latest:
                return
            self.searched.emit(generation, rowids)
        counts = topic_counts(store, query, lambda: generation == self.latest)
        if counts is not None and generation == self.latest:
            self.counted.emit(generation, counts)

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
        self._request.emit(generation, query, topic, want_rows)

    def read_catalog(self) -> None:
        """Entities and article headers, read off the UI thread; answered by catalog_read."""
        self._read_catalog.emit()

    def stop(self) -> None:
        """Finish the current requests, close the connections, end the threads."""
        self._worker.latest = -1
        self._close.emit()
        for thread in self._threads:
            if thread.isRunning():
                thread.quit()
                thread.wait(5000)
