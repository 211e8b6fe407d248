"""Import in the window: File ▸ Import…, Paste article, drag and drop; progress; the report.

The three ways in all end in :meth:`ImportController.start`, which hands the
sources to the background :class:`Importer`. While it runs, new facts are
shown about once a second (``REFRESH_MS``), not per article, so a thousand
articles cost the window a handful of refreshes. When it ends: one line in the
status bar and one message naming every file that was refused.

The import's undo step is pushed with its first stored article, before the
user can review any of its facts, so review steps on them land above it; Undo
stays off while that step is next and the import still runs (or it grew too
large to undo). Undoing the import then always comes after undoing every
review of its facts, and redoing it before redoing them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox
from shiboken6 import isValid

from desktop.ui.file_drop import DropTarget
from desktop.ui.import_jobs import Outcome, Source, failures, summary
from desktop.ui.import_worker import UNDO_LIMIT, Importer
from desktop.ui.review_commands import ImportArticles
from desktop.ui.review_logic import TO_REVIEW, Change
from desktop.ui.widgets.import_progress import ImportProgress
from desktop.ui.widgets.paste_dialog import PasteDialog

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

REFRESH_MS = 1000
FILE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"


class ImportController(QObject):
    finished = Signal()  # an import (and its report) is done: for tests and scripts

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.importer = Importer(window.store.path, self)
        self.progress = ImportProgress()
        window.statusBar().addPermanentWidget(self.progress)
        self.paste_dialog: PasteDialog | None = None
        self.report: QMessageBox | None = None
        self.last_summary = ""
        self.review_count = 0  # facts waiting for review, shown beside "To review"
        self.drop = DropTarget(window)
        self._fresh: list[str] = []  # articles stored since the last refresh
        self._started_on: tuple[str, str | None] | None = None
        self._command: ImportArticles | None = None  # the running import's undo step
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._show_fresh)
        self.importer.progressed.connect(self.progress.show_progress)
        self.importer.imported.connect(self._on_imported)
        self.importer.finished.connect(self._on_finished)
        self.importer.review_counted.connect(self._on_review_counted)
        self.progress.cancel_requested.connect(self.cancel)
        self.drop.files_dropped.connect(self.import_paths)
        self.drop.text_dropped.connect(self.ask_paste)
        self.drop.refused.connect(lambda reason: window.statusBar().showMessage(reason, 8000))
        # Emitted after canUndoChanged (which enables the Undo action): the guard has the last word.
        window.undo_stack.undoTextChanged.connect(self._guard_undo)

    @property
    def busy(self) -> bool:
        return self.importer.busy

    # -- the ways in ----------------------------------------------------------------

    def ask_files(self) -> None:
        """File ▸ Import…: choose one or more articles."""
        folder = str(self._window.settings.value("import/folder", "") or "")
        names, _filter = QFileDialog.getOpenFileNames(
            self._window, "Import articles", folder, FILE_FILTER
        )
        if names:
            self._window.settings.setValue("import/folder", str(Path(names[0]).parent))
            self.import_paths(names)

    def ask_paste(self, text: str | None = None) -> None:
        """File ▸ Paste article (Ctrl+Shift+V); dropped text opens it too."""
        if self.paste_dialog is None:
            self.paste_dialog = PasteDialog(self._window)
            self.paste_dialog.submitted.connect(lambda source: self.start([source]))
        self.paste_dialog.start(text if isinstance(text, str) else None)

    def import_paths(self, paths: Iterable[str | Path]) -> None:
        self.start([Source.file(path) for path in paths])

    def start(self, sources: Sequence[Source]) -> None:
        if not sources:
            return
        if not self.importer.busy:
            self._started_on = (self._window.search.text(), self._window.topic)
        count = len(sources)
        what = sources[0].name if count == 1 else f"{count:,} files"
        self._window.statusBar().showMessage(f"Importing {what} in the background…")
        self.importer.start(sources)

    def cancel(self) -> None:
        self.importer.cancel()

    def recount(self) -> None:
        """Count the facts to review again (off this thread); the sidebar follows."""
        self.importer.recount()

    def _on_review_counted(self, count: int) -> None:
        self.review_count = count
        self._window.sidebar_model.set_review_count(count)

    def stop(self) -> None:
        """The window closes: cancel, and wait for the article being read."""
        self._timer.stop()
        self.importer.stop()

    # -- while it runs ------------------------------------------------------------

    def _on_imported(self, outcome: Outcome) -> None:
        if outcome.added and outcome.article_id:
            self._record_for_undo(outcome)
            self._fresh.append(outcome.article_id)
            self.review_count += len(outcome.fact_ids)
            if not self._timer.isActive():
                self._timer.start()

    def _record_for_undo(self, outcome: Outcome) -> None:
        """Add the article to the import's undo step, pushing it with the first one."""
        command = self._command
        if command is not None and isValid(command):
            command.add(outcome.dataset)
            self._refresh_undo()
            return
        # The first article (or the step was dropped by a push after a refused undo).
        window = self._window
        command = ImportArticles(window.store, window.apply_change)
        command.add(outcome.dataset)
        self._command = command
        window.undo_stack.push(command)  # stored already: its first redo does nothing

    def _guard_undo(self, _text: str = "") -> None:
        """Keep Undo off while the next step is an import that cannot be undone (yet)."""
        actions = getattr(self._window, "actions", None)
        stack = self._window.undo_stack
        if actions is None or not isValid(stack) or not isValid(actions.undo):
            return  # the menus are not built yet, or the window is being destroyed
        index = stack.index()
        following = stack.command(index - 1) if index > 0 else None
        blocked = isinstance(following, ImportArticles) and following.blocked
        actions.undo.setEnabled(stack.canUndo() and not blocked)

    def _refresh_undo(self) -> None:
        """The Undo action's text and state follow a step that changed in place."""
        stack = self._window.undo_stack
        stack.undoTextChanged.emit(stack.undoText())  # the action's text, then the guard

    def _show_fresh(self) -> None:
        if self._fresh:
            fresh, self._fresh = tuple(self._fresh), []
            self._window.sidebar_model.set_review_count(self.review_count)
            self._window.apply_change(Change(article_ids=fresh), appended=True)

    # -- when it ends -------------------------------------------------------------

    def _on_finished(self, outcomes: list[Outcome], cancelled: bool) -> None:
        self._timer.stop()
        self._fresh = []
        self.progress.finish()
        window = self._window
        added = [o for o in outcomes if o.added]
        self.last_summary = summary(outcomes, self.importer.total, cancelled)
        command, self._command = self._command, None
        if command is not None and isValid(command):
            command.finish()
            if not command.undoable:
                self.last_summary += (
                    f" Imports of more than {UNDO_LIMIT} articles cannot be undone."
                )
                self._drop_if_last(command)
            self._refresh_undo()
        if added:
            fresh = tuple(o.article_id for o in added if o.article_id)
            query = None
            if self._started_on == (window.search.text(), window.topic):
                # The user has not searched meanwhile: show what came in.
                query = f"article:{fresh[0]}" if len(fresh) == 1 else TO_REVIEW
            change = Change(article_ids=fresh, articles_changed=True)
            window.apply_change(change, appended=True, query=query)
        self.recount()
        window.statusBar().showMessage(self.last_summary, 20000)
        if errors := failures(outcomes):
            self._report(errors, len(outcomes))
        self.finished.emit()

    def _drop_if_last(self, command: ImportArticles) -> None:
        """An import that cannot be undone and has no step above it leaves the stack.

        (With review steps above, it stays as the floor Undo stops at.)
        """
        stack = self._window.undo_stack
        if stack.index() == stack.count() and stack.command(stack.count() - 1) is command:
            command.setObsolete(True)
            stack.undo()  # an obsolete step is removed, not undone

    def _report(self, errors: list[str], count: int) -> None:
        """One message for the whole import, naming each file refused and why."""
        if self.report is None:
            self.report = QMessageBox(self._window)
            self.report.setObjectName("import_report")
            self.report.setIcon(QMessageBox.Icon.Warning)
            self.report.setWindowTitle("Import")
        if len(errors) == 1:
            text = errors[0]
        else:
            shown = errors[:12]
            more = len(errors) - len(shown)
            text = f"{len(errors)} of {count} sources were not imported:\n\n" + "\n".join(
                f"• {e}" for e in shown
            )
            if more:
                text += f"\n… and {more} more."
        self.report.setText(text)
        self.report.setInformativeText("Nothing already stored was changed.")
        self.report.open()
