"""Undoable review steps: accept or edit a fact, delete it, import articles.

Each command writes through the window's store and reports a
:class:`~desktop.ui.review_logic.Change` to ``notify``. A step is done once
*before* it is pushed (so a refused edit shows its reason and never reaches
the stack); the stack's first ``redo`` is then a no-op.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtGui import QUndoCommand

from desktop.domain import ContractError
from desktop.seed import Dataset
from desktop.store import Store, StoreError
from desktop.ui.review_logic import Change, describe_changes

Notify = Callable[[Change], None]
#: What a step may fail with; SQLite's own errors too ("database is locked" while the
#: import worker writes), so none escapes a slot as a traceback.
FAILURES = (ContractError, StoreError, OSError, sqlite3.Error)


def failure_reason(exc: BaseException) -> str:
    """Why a step failed, in a sentence for the status bar or the editor."""
    if isinstance(exc, sqlite3.Error):
        text = str(exc)
        if "locked" in text or "busy" in text:
            return "The database is busy (an import or another program is writing); try again."
        return f"The database refused the change ({text})."
    return str(exc)


class _Command(QUndoCommand):
    def __init__(self, store: Store, notify: Notify, text: str) -> None:
        super().__init__(text)
        self._store = store
        self._notify = notify
        self._pushed = False  # the step was done before push: the first redo skips it

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._run(self._do, f"Redo: {self.text()}")

    def undo(self) -> None:
        self._run(self._undo, f"Undo: {self.text()}")

    def _run(self, step: Callable[[], Change], message: str) -> None:
        try:
            change = step()
        except FAILURES as exc:
            change = Change(error=f"{message} failed: {failure_reason(exc)}")
        self._notify(replace(change, message=change.message or message))

    def _do(self) -> Change:
        raise NotImplementedError

    def _undo(self) -> Change:
        raise NotImplementedError


class UpdateFact(_Command):
    """Accept (``{"reviewed": True}``) or edit; done at once, raises ContractError if refused."""

    def __init__(self, store: Store, fact_id: str, changes: dict[str, Any], notify: Notify) -> None:
        super().__init__(store, notify, describe_changes(changes))
        self.fact_id = fact_id
        before = store.fact(fact_id)
        if before is None:
            raise ContractError(f"There is no fact {fact_id} in this database.")
        self._before = before
        self._changes = dict(changes)
        self.after = store.update_fact(fact_id, self._changes)

    def change(self, message: str = "") -> Change:
        return Change(
            fact_ids=(self.fact_id,),
            article_ids=(self._before["article_id"],),
            focus=self.fact_id,
            message=message,
        )

    def _do(self) -> Change:
        self._store.update_fact(self.fact_id, self._changes)
        return self.change()

    def _undo(self) -> Change:
        old = {key: self._before[key] for key in self._changes}
        try:
            self._store.update_fact(self.fact_id, old)
        except ContractError:
            # A value the evidence check cannot read back: put the saved record back whole.
            self._store.delete_fact(self.fact_id)
            self._store.restore_fact(self._before)
        return self.change()


class DeleteFact(_Command):
    def __init__(self, store: Store, fact_id: str, notify: Notify) -> None:
        super().__init__(store, notify, "Delete fact")
        self.fact_id = fact_id
        self.record = store.delete_fact(fact_id)

    def change(self, message: str = "", focus: bool = False) -> Change:
        return Change(
            fact_ids=(self.fact_id,),
            article_ids=(self.record["article_id"],),
            focus=self.fact_id if focus else None,
            message=message,
        )

    def _do(self) -> Change:
        self.record = self._store.delete_fact(self.fact_id)
        return self.change()

    def _undo(self) -> Change:
        self._store.restore_fact(self.record)
        return self.change(focus=True)


class ImportArticles(_Command):
    """An import the worker stores; undo removes its articles, redo re-adds them as extracted.

    The window pushes it with the import's first article, before any of its facts
    can be reviewed, and adds each later article with :meth:`add`: so every review
    step on an imported fact lands *above* it and is undone before it. While the
    import runs, or once it outgrew what is kept for undo, it is ``blocked``: the
    window keeps Undo off when it is the next step, and an undo that comes anyway
    (``QUndoStack.undo()`` called directly) leaves the store alone, as does the redo
    that follows it, so the stack and the store never disagree.
    """

    def __init__(self, store: Store, notify: Notify) -> None:
        super().__init__(store, notify, "Import")
        self._datasets: list[Dataset] = []
        self.count = 0
        self.running = True
        self.undoable = True
        self._skipped = False  # an undo refused while blocked: its redo is skipped too

    @property
    def blocked(self) -> bool:
        return self.running or not self.undoable

    def add(self, dataset: Dataset | None) -> None:
        """One more article stored; ``None``: its dataset was not kept, so no undo."""
        self.count += 1
        if dataset is None:
            self.undoable, self._datasets = False, []
        elif self.undoable:
            self._datasets.append(dataset)
        self.setText(f"Import {self.count} article{'' if self.count == 1 else 's'}")

    def finish(self) -> None:
        self.running = False
        if not self.undoable:
            self.setText(f"{self.text()} (cannot be undone)")

    def undo(self) -> None:
        if self.blocked:
            self._skipped = True
            why = "while it runs" if self.running else "(too many articles)"
            self._notify(Change(error=f"{self.text()} cannot be undone {why}."))
            return
        super().undo()

    def redo(self) -> None:
        if self._skipped:
            self._skipped = False
            return
        super().redo()

    def change(self, message: str = "") -> Change:
        return Change(
            article_ids=tuple(d.article.id for d in self._datasets),
            articles_changed=True,
            message=message,
        )

    def _do(self) -> Change:
        for dataset in self._datasets:
            self._store.add_dataset(dataset)
        return self.change()

    def _undo(self) -> Change:
        for dataset in self._datasets:
            self._store.remove_article(dataset.article.id)
        return self.change()
