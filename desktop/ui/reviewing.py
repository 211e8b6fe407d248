"""Accept, edit and delete facts from the window, each one step on the undo stack.

The controller acts on the fact the detail pane shows. A step is tried on the
store first; when the store refuses it (the evidence does not state the new
value, a date is not a date…) the reason is shown where the user is, in the
editor and the status bar, and nothing reaches the undo stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from desktop.ui.review_commands import FAILURES, DeleteFact, UpdateFact, failure_reason
from desktop.ui.review_logic import needs_review
from desktop.ui.widgets.fact_editor import FactEditor

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class ReviewController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.editor: FactEditor | None = None

    @property
    def fact(self) -> dict[str, Any] | None:
        return self._window.detail.fact

    def update_actions(self, fact: dict[str, Any] | None) -> None:
        """Enable what makes sense for the fact on screen."""
        actions = self._window.actions
        actions.accept.setEnabled(needs_review(fact))
        actions.edit_fact.setEnabled(fact is not None)
        actions.delete_fact.setEnabled(fact is not None)

    def accept(self) -> None:
        """Edit ▸ Accept fact (Ctrl+Enter): the extracted fact is right as it stands."""
        fact = self.fact
        if fact is None:
            return
        if not needs_review(fact):
            self._say("This fact needs no review.")
            return
        self._push(fact["id"], {"reviewed": True}, "Accepted. Ctrl+Z undoes it.")

    def edit(self) -> None:
        """Edit ▸ Edit fact… (F2)."""
        fact = self.fact
        if fact is None:
            return
        if self.editor is None:
            self.editor = FactEditor(self._window)
            self.editor.submitted.connect(self._on_submitted)
        self.editor.edit(fact)

    def delete(self) -> None:
        """Edit ▸ Delete fact (Delete in the table)."""
        fact = self.fact
        if fact is None:
            return
        window = self._window
        try:
            command = DeleteFact(window.store, fact["id"], window.apply_change)
        except FAILURES as exc:
            self._say(f"Cannot delete this fact: {failure_reason(exc)}")
            return
        window.undo_stack.push(command)
        window.apply_change(command.change("Deleted. Ctrl+Z brings it back."))

    def _on_submitted(self, fact_id: str, changes: dict[str, Any]) -> None:
        assert self.editor is not None
        if not changes:
            self.editor.accept()
            self._say("Nothing changed.")
            return
        if self._push(fact_id, changes, "Saved. Ctrl+Z undoes the edit."):
            self.editor.accept()

    def _push(self, fact_id: str, changes: dict[str, Any], message: str) -> bool:
        window = self._window
        try:
            command = UpdateFact(window.store, fact_id, changes, window.apply_change)
        except FAILURES as exc:
            reason = failure_reason(exc)
            if self.editor is not None and self.editor.isVisible():
                self.editor.show_error(reason)
            self._say(f"Not saved: {reason}")
            return False
        window.undo_stack.push(command)
        window.apply_change(command.change(message))
        return True

    def _say(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 8000)
