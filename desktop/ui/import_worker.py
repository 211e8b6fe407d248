"""Imports off the UI thread: one worker thread, one writable connection, a cancel flag.

The worker opens its own :class:`Store` on its thread (SQLite connections
belong to the thread that made them) and keeps it for every import, so all
the import's writing goes through that one connection, one transaction per
article. The window's thread only sends sources and receives outcomes by
signal, so it stays free to search and scroll while a thousand articles go in.

Extraction is pure Python, and a Python thread shares one interpreter lock
with the window's thread: every redraw would take twice as long while it
runs. So a larger import (``PROCESS_FROM`` sources or more) is extracted in a
separate process, a few articles ahead of the storing; the thread only
stores. Small imports, and any machine where a process cannot start, extract
on the thread itself. The processes end with their batch (and what they read
ahead is dropped on Cancel), so no idle interpreter outlives an import.

Sources sent while an import runs queue behind it and share its progress;
Cancel stops everything queued so far. The worker checks the flag before each
source and again between extracting and storing, so a cancelled article is
never half-written (see ``import_jobs``).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import suppress
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, Signal, Slot

from desktop.seed import Dataset
from desktop.store import Store, StoreError
from desktop.ui.import_jobs import Outcome, Source, extract_source, store_extracted
from desktop.ui.review_logic import TO_REVIEW

log = logging.getLogger(__name__)

#: From this many sources on, articles are extracted in another process.
PROCESS_FROM = 8
#: How many articles are extracted ahead of the one being stored.
AHEAD = 4
#: Undoing an import removes its articles on the window's thread (~5 ms each), and
#: redoing it needs what was stored: an import of more articles is not undoable, and
#: its datasets are not kept (they would only grow the heap the collector walks).
UNDO_LIMIT = 100


class _Worker(QObject):
    starting = Signal(int, str)  # batch, the source's name
    imported = Signal(int, object)  # batch, Outcome
    batch_done = Signal(int)
    review_counted = Signal(int)

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self._db_path = db_path
        self._store: Store | None = None
        self._pool: ProcessPoolExecutor | None = None
        self._pool_failed = False
        #: Articles extracted in another process (for tests and diagnostics).
        self.extracted_in_process = 0
        #: Batches up to this number are cancelled; written by the UI thread (an int is atomic).
        self.cancelled_upto = 0

    @Slot(int, object)
    def run(self, batch: int, sources: Sequence[Source]) -> None:
        def cancelled() -> bool:
            return batch <= self.cancelled_upto

        try:
            store = self._open()
        except StoreError as exc:
            for source in sources:
                self.imported.emit(
                    batch, Outcome(source, error=f"Cannot import {source.name}: {exc}")
                )
            self.batch_done.emit(batch)
            return
        extracting = self._extracted(batch, sources, cancelled)
        try:
            for source, extracted in extracting:
                if cancelled():
                    break  # extracted after the cancel: nothing of it is written
                self.imported.emit(batch, store_extracted(store, source, extracted))
        finally:
            extracting.close()
            # Done or cancelled: the processes end, and what they read ahead is dropped.
            self._drop_pool()
        self.batch_done.emit(batch)

    def _extracted(
        self, batch: int, sources: Sequence[Source], cancelled: Callable[[], bool]
    ) -> Iterator[tuple[Source, Dataset | str]]:
        """Each source with its dataset (or refusal), in order, until cancelled."""
        pool = self._ensure_pool() if len(sources) >= PROCESS_FROM else None
        queue = deque(sources)
        ahead: deque[tuple[Source, Future[Dataset | str]]] = deque()
        while queue or ahead:
            if cancelled():
                for _source, future in ahead:
                    future.cancel()
                return
            while pool is not None and queue and len(ahead) < AHEAD:
                source = queue.popleft()
                ahead.append((source, pool.submit(extract_source, source)))
            if ahead:
                source, future = ahead.popleft()
                self.starting.emit(batch, source.name)
                try:
                    result = future.result()
                except BrokenProcessPool:  # the process died: go on without it
                    log.warning("the extraction process failed; extracting on the thread")
                    self._drop_pool(failed=True)
                    queue.extendleft(reversed([source, *(s for s, _f in ahead)]))
                    ahead.clear()
                    pool = None
                    continue
                self.extracted_in_process += 1
                yield source, result
                continue
            source = queue.popleft()
            self.starting.emit(batch, source.name)
            yield source, extract_source(source)

    @Slot()
    def count_review(self) -> None:
        """How many facts wait for review: a scan of every fact, so not on the UI thread."""
        with suppress(StoreError):
            self.review_counted.emit(self._open().count(TO_REVIEW))

    def _open(self) -> Store:
        if self._store is None:
            self._store = Store.open(self._db_path, seed=False)
        return self._store

    def _ensure_pool(self) -> ProcessPoolExecutor | None:
        if self._pool is None and not self._pool_failed:
            workers = max(1, min(4, (os.cpu_count() or 2) - 1))
            try:
                # spawn, not fork: this process runs Qt's threads.
                context = multiprocessing.get_context("spawn")
                self._pool = ProcessPoolExecutor(workers, mp_context=context)
            except (OSError, ValueError) as exc:
                log.warning(
                    "cannot start an extraction process (%s); extracting on the thread", exc
                )
                self._pool_failed = True
        return self._pool

    def _drop_pool(self, failed: bool = False) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
        self._pool_failed = self._pool_failed or failed

    @Slot()
    def close(self) -> None:
        self._drop_pool()
        if self._store is not None:
            self._store.close()
            self._store = None


class Importer(QObject):
    """The window's side of the worker: start, cancel, and progress across queued batches."""

    progressed = Signal(int, int, str)  # done, total, the name being read
    imported = Signal(object)  # an Outcome, as each source finishes
    finished = Signal(object, bool)  # every Outcome of the run, and whether it was cancelled
    #: Facts waiting for review, counted on the worker's thread; it arrives in order
    #: with ``imported``, so outcomes after it add to it.
    review_counted = Signal(int)
    _run = Signal(int, object)
    _recount = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._worker: _Worker | None = None
        self._thread: QThread | None = None
        self._batch = 0
        self._pending: set[int] = set()
        self._outcomes: list[Outcome] = []
        self._kept = 0  # datasets kept for undo
        self._total = 0
        self._cancelled = False

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    @property
    def total(self) -> int:
        return self._total

    @property
    def done(self) -> int:
        return len(self._outcomes)

    def start(self, sources: Sequence[Source]) -> None:
        """Import ``sources`` after whatever is running now."""
        if not sources:
            return
        self._ensure_worker()
        if not self._pending:
            # (No gc.freeze here: the app froze what loading made; heap.py says why.)
            self._outcomes, self._kept, self._total, self._cancelled = [], 0, 0, False
        self._batch += 1
        self._pending.add(self._batch)
        self._total += len(sources)
        self.progressed.emit(self.done, self._total, sources[0].name)
        self._run.emit(self._batch, list(sources))

    def recount(self) -> None:
        """Ask for ``review_counted`` (after the import that runs now, if any)."""
        self._ensure_worker()
        self._recount.emit()

    def cancel(self) -> None:
        """Stop after the article being stored; the one being read is dropped."""
        if self._worker is not None and self._pending:
            self._cancelled = True
            self._worker.cancelled_upto = self._batch

    def stop(self) -> None:
        """Cancel, close the worker's connection and end its thread (the window closes)."""
        self.cancel()
        if self._worker is not None and self._thread is not None and self._thread.isRunning():
            # Blocks until the source being read is done (the cancel flag is set).
            QMetaObject.invokeMethod(
                self._worker, "close", Qt.ConnectionType.BlockingQueuedConnection
            )
            self._thread.quit()
            self._thread.wait(10000)

    def _ensure_worker(self) -> _Worker:
        if self._worker is None:
            self._worker = _Worker(self._db_path)
            self._thread = QThread(self)
            self._thread.setObjectName("fact-browser-import")
            self._worker.moveToThread(self._thread)
            self._run.connect(self._worker.run)
            self._recount.connect(self._worker.count_review)
            self._worker.review_counted.connect(self.review_counted)
            self._worker.starting.connect(self._on_starting)
            self._worker.imported.connect(self._on_imported)
            self._worker.batch_done.connect(self._on_batch_done)
            self._thread.finished.connect(self._worker.deleteLater)
            self._thread.start()
        return self._worker

    def _on_starting(self, _batch: int, name: str) -> None:
        self.progressed.emit(self.done, self._total, name)

    def _on_imported(self, _batch: int, outcome: Outcome) -> None:
        if outcome.dataset is not None:
            self._kept += 1
            if self._kept > UNDO_LIMIT:  # too many to undo: keep none
                outcome = replace(outcome, dataset=None)
                if self._kept == UNDO_LIMIT + 1:
                    self._outcomes = [replace(o, dataset=None) for o in self._outcomes]
        self._outcomes.append(outcome)
        self.imported.emit(outcome)
        self.progressed.emit(self.done, self._total, outcome.source.name)

    def _on_batch_done(self, batch: int) -> None:
        self._pending.discard(batch)
        if not self._pending:
            self.finished.emit(list(self._outcomes), self._cancelled)
