"""The main window: sidebar, search, fact table, detail, article reader, charts.

It only wires parts together. Searching happens in :class:`SearchState`
(Qt-free, ids only); the table model fetches rows lazily; each view is told
what changed and redraws itself. Work the first paint does not need (pandas
for entity names, pyqtgraph for charts) runs right after that paint.
"""

from __future__ import annotations

import time
from array import array
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from desktop import __version__
from desktop.domain import Topic
from desktop.store import Store
from desktop.ui.catalog import Catalog
from desktop.ui.charts_data import chart_for
from desktop.ui.clipboard import copy_fact, copy_selected_text
from desktop.ui.export import export_facts
from desktop.ui.importing import ImportController
from desktop.ui.menus import build_menus
from desktop.ui.models.fact_table_model import FactTableModel
from desktop.ui.models.sidebar_model import GROUPS, SidebarModel
from desktop.ui.review_logic import TO_REVIEW, Change
from desktop.ui.reviewing import ReviewController
from desktop.ui.settings import save_window
from desktop.ui.sidebar_counts import SidebarCounts
from desktop.ui.state import SearchResult, SearchState, status_text
from desktop.ui.tasks import BackgroundSearch
from desktop.ui.theme import THEMES, apply_theme
from desktop.ui.widgets.after_paint import AfterPaint
from desktop.ui.widgets.article_view import ArticleView
from desktop.ui.widgets.chart_panel import ChartPanel
from desktop.ui.widgets.dialogs import ShortcutsDialog, about_box
from desktop.ui.widgets.empty_state import EmptyState
from desktop.ui.widgets.fact_detail import FactDetail
from desktop.ui.widgets.fact_table import FactTable
from desktop.ui.widgets.first_paint import FirstPaintWatcher
from desktop.ui.widgets.search_bar import SearchBar
from desktop.ui.widgets.sidebar import Sidebar

APP_TITLE = "Fact Browser"


class MainWindow(QMainWindow):
    ready = Signal()  # deferred loading done: names, sidebar, charts

    def __init__(self, store: Store, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.catalog = Catalog(store)
        self.state = SearchState(store)
        self.topic: str | None = None
        self.theme = "system"
        self.is_ready = False
        self._loading = False
        self.last_result: SearchResult | None = None
        self._dialogs: dict[str, QWidget] = {}
        # The worker's requests, by the generation of the search they are for:
        self._asked = 0  # the last search the worker was asked about
        self._entities_asked = 0  # the last whose people and places it was asked for
        self._topics_for = 0  # topic numbers awaited (0: none, or they are exact)
        self._entities_for = 0  # people and places awaited
        self._searching = False  # the table's current row is moving because of a search
        self._pending_since = 0.0  # when the search the worker finishes began
        self.background = BackgroundSearch(store.path, self)
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(APP_TITLE)
        self._build()
        self.importing = ImportController(self)
        self.reviewing = ReviewController(self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.background.stop)
            app.aboutToQuit.connect(self.importing.stop)
        self.actions = build_menus(self)
        self.detail.set_review_actions(
            self.actions.accept, self.actions.edit_fact, self.actions.delete_fact
        )
        self.reviewing.update_actions(None)
        self._connect()
        self._first_paint = FirstPaintWatcher(self.table.viewport(), self.empty, self.status)
        self._first_paint.painted.connect(self.finish_loading)

    # -- building ---------------------------------------------------------------

    def _build(self) -> None:
        self.search = SearchBar()
        toolbar = self.addToolBar("Search")
        toolbar.setObjectName("search_toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.search)
        self.sidebar_model = SidebarModel(self)
        self.sidebar = Sidebar(self.sidebar_model)
        self.model = FactTableModel(self.store, self.catalog, self)
        self.table = FactTable(self.model)
        self.empty = EmptyState()
        # What a keystroke needs beyond the table waits until the table (or, when
        # nothing matches, the empty state) has painted.
        self.after_paint = AfterPaint((self.table.viewport(), self.empty), self)
        self.empty.clear_button.clicked.connect(self.clear_search)
        self.results = _stack(self.table, self.empty)
        self.detail = FactDetail(self.store, self.catalog)
        self.charts = ChartPanel()
        self.reader = ArticleView()
        self.bottom_split = _splitter(Qt.Orientation.Horizontal, "bottom", self.detail, self.charts)
        self.center_split = _splitter(
            Qt.Orientation.Vertical, "center", self.results, self.bottom_split
        )
        self.main_split = _splitter(
            Qt.Orientation.Horizontal, "main", self.sidebar, self.center_split, self.reader
        )
        # Sizes for a 1280x800 window; every pane grows and shrinks in proportion
        # with the window (``_splitter``), so a small window is not all reader.
        self.main_split.setSizes([190, 760, 330])
        self.center_split.setSizes([330, 420])
        self.bottom_split.setSizes([400, 360])
        # Shown once the fact has a chart: a quote's detail pane gets the whole width.
        self.charts.hide()
        self.setCentralWidget(self.main_split)
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)

    def _connect(self) -> None:
        self.search.search_requested.connect(self._on_search_requested)
        self.search.move_down.connect(self._on_search_down)
        self.search.activated.connect(self._on_search_activated)
        self.sidebar.topic_chosen.connect(self._on_topic_chosen)
        self.sidebar.query_chosen.connect(self.search.set_query)
        self.sidebar.forget_requested.connect(self.sidebar_model.remove_saved_search)
        self.sidebar.entities_shown.connect(self._on_entities_shown)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.copy_requested.connect(self.copy_fact)
        self.table.open_requested.connect(self._on_open_requested)
        self.table.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.detail.entity_clicked.connect(self.search.set_query)
        self.detail.copy_requested.connect(self.copy_fact)
        self.detail.show_in_article.connect(self._on_show_in_article)
        self.reader.fact_clicked.connect(self.select_rowid)
        self.charts.fact_clicked.connect(self._on_chart_fact_clicked)
        self.charts.has_chart_changed.connect(self._on_has_chart_changed)
        self.background.searched.connect(self._on_full_results)
        self.background.counted.connect(self._on_counts)
        self.background.catalog_read.connect(self._on_catalog_read)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_color_scheme_changed)

    # -- starting --------------------------------------------------------------------

    def start(self, query: str | None = None, topic: str | None = None) -> None:
        """Show the saved (or given) search; the rest loads after the first paint."""
        if query is None:
            query = str(self.settings.value("search/query", "") or "")
            topic = str(self.settings.value("search/topic", "") or "") or None
        # As a click on the topic in the sidebar: the topic narrows the query beside it.
        self._set_topic(topic if topic in {t.value for t in Topic} else None)
        self.search.set_query(query)

    def finish_loading(self) -> None:
        """After the first paint: charts here; names and article list in the worker."""
        if self.is_ready or self._loading:
            return
        self._loading = True
        self.charts.load()  # pyqtgraph (and numpy) on this thread, before pandas over there
        self.background.read_catalog()

    def _on_catalog_read(self, entities: dict[str, Any], articles: list[dict[str, Any]]) -> None:
        self.catalog.adopt(entities, articles)
        self.sidebar_model.set_entities({k: self.catalog.entities(k) for k, _ in GROUPS})
        self.sidebar_model.set_articles(articles)
        self.importing.recount()
        if self.is_ready:  # read again after an import: new names, new articles
            self._show_fact(self.current_fact(), force=True)
            self._update_status()
            return
        if articles:  # the reader shows the newest article even when nothing matches
            newest = max(articles, key=lambda a: a.get("date") or "")
            self.reader.load(self.store, self.catalog.article(newest["id"]))
        self.is_ready = True
        if self.sidebar.shows_entities():  # opened while the names were loading
            self._on_entities_shown()
        if self.table.current_row() < 0 and self.model.rowCount():
            self.table.select_row(0)
        else:
            self._show_fact(self.current_fact())
        self._update_status()
        self.ready.emit()

    # -- searching -------------------------------------------------------------------

    def _on_search_requested(self, query: str) -> None:
        self._apply(self.state.run(query, self.topic))

    def _on_topic_chosen(self, topic: str | None) -> None:
        self._set_topic(topic, clicked=True)
        self.search.flush()

    def _set_topic(self, topic: str | None, *, clicked: bool = False) -> None:
        """The topic the search is narrowed to: chosen in the sidebar (``clicked``), at
        start or by a query shown over all topics. The sidebar marks it and the empty
        search field names it; the query in the field stays the person's own."""
        self.topic = topic
        if not clicked:
            self.sidebar.select_topic(topic)
        self.search.set_topic(topic)

    def _apply(self, result: SearchResult) -> None:
        if not self.state.is_current(result):
            return  # a newer search has been asked for: this answer is stale
        if not result.ok:
            self.search.set_error(result.error)
            self.statusBar().showMessage(result.error or "", 8000)
            if self.last_result is None:  # nothing on screen yet: all facts meanwhile
                self._show_result(self.state.run("", self.topic))
            return
        self.search.set_error(None)
        self.statusBar().clearMessage()
        if result.pending:
            self._search_in_background(result)
        else:
            self._show_result(result)

    def _search_in_background(self, result: SearchResult) -> None:
        """A search too slow for this thread: the table keeps what it shows (the status
        says it is searching) until the worker's full list replaces it."""
        self.background.hold(result.generation)
        self._topics_for, self._entities_for = result.generation, 0
        self.last_result = result
        self._pending_since = time.perf_counter() - result.elapsed_ms / 1000
        if self.results.currentWidget() is self.empty:  # not the old query's "no match"
            self.empty.show_searching(result.query or f"topic:{result.topic}")
        self._ask_worker(result, rows=True)
        self._update_status()

    def _show_result(self, result: SearchResult, *, counted: bool = False) -> None:
        """The first page now; after the paint, the worker's request, then the detail pane.

        Whatever the worker does for an older search stops at once, so that it
        does not share the CPU with this thread while the table is drawn
        (counting beside the paint made the table 1-3 ms slower at p50); the new
        request goes out first thing after the paint, before the detail pane,
        and its first numbers come a few ms later. The chart waits until the
        person pauses (``ChartPanel.show_later``).
        """
        self.charts.postpone()
        if not counted:  # (the worker's answer to a pending search has its numbers already)
            self.background.hold(result.generation)
            self._topics_for, self._entities_for = result.generation, 0
            # (A newer search before the paint replaces this request with its own.)
            self.after_paint.call(
                "worker", lambda: self._ask_worker(result, rows=not result.complete)
            )
        self.last_result = result
        keep = self.current_rowid()
        # The old ids (up to a million: 2 ms to give back to the system) go after the paint.
        self.after_paint.keep(self.model.ids())
        # The reset clears the current row too: while the rows change, any move of the
        # current row only asks for the detail pane after the paint.
        self._searching = True
        try:
            self.model.set_rowids(result.rowids)
            self.table.mark_matches(result.query)
            # Shown before a row is chosen: the detail pane waits for the paint of what
            # is visible, and a hidden table would have let it run before the paint.
            if result.rowids:
                self.results.setCurrentWidget(self.table)
            else:
                self.empty.show_for(result.query or f"topic:{result.topic}")
                self.results.setCurrentWidget(self.empty)
            row = self.model.row_of(keep) if keep is not None else -1
            if row < 0 and self.is_ready and self.model.rowCount():
                row = 0
            if row >= 0:
                self.table.select_row(row)
            else:
                self._show_fact_later()
        finally:
            self._searching = False
        self._update_status()

    def _ask_worker(self, result: SearchResult, *, rows: bool) -> None:
        """The sidebar's numbers for ``result`` (people and places while their group is
        open), then, if ``rows``, every id of it."""
        entities = self.sidebar.shows_entities()
        generation = result.generation
        self._asked = self._topics_for = generation
        self._entities_asked = self._entities_for = generation if entities else 0
        if not entities:
            self.sidebar_model.set_entity_counts(None)  # not counted for this search
        self.background.submit(generation, result.query, result.topic, rows, entities=entities)

    def _on_entities_shown(self) -> None:
        """People or places were opened: count them (them only) for the search shown,
        unless its request counts them already or is still to go (it will)."""
        result = self.last_result
        if result is None or not self.is_ready or self._asked != result.generation:
            return  # names not loaded yet (loading asks then), or asked with the search
        if self._entities_asked == result.generation:
            return  # the other group's opening asked already: both kinds are counted
        self._entities_asked = self._entities_for = result.generation
        self.sidebar_model.set_entities_pending()
        self.background.count_entities(result.generation, result.query, result.topic)

    def _show_fact_later(self) -> None:
        """The current fact in the detail pane, reader and chart, once the table is drawn."""
        self.after_paint.call("detail", lambda: self._show_fact(self.current_fact(), typing=True))

    def _on_full_results(self, generation: int, rowids: array[int]) -> None:
        """The whole result behind a first page: append it (or swap it in)."""
        result = self.last_result
        if result is None or generation != result.generation or result.complete:
            return  # stale: the table shows a newer search by now
        if result.pending:  # nothing of it shown yet: show all of it, as a keystroke would
            took = (time.perf_counter() - self._pending_since) * 1000
            done = replace(result, rowids=rowids, complete=True, pending=False, elapsed_ms=took)
            self._show_result(done, counted=True)
            return
        keep = self.current_rowid()
        if not self.model.extend(rowids):
            self.model.set_rowids(rowids)
            row = self.model.row_of(keep) if keep is not None else -1
            if row >= 0:
                self.table.select_row(row)
        self.last_result = replace(result, rowids=rowids, complete=True)
        self._update_status()

    def _on_counts(self, generation: int, counts: SidebarCounts) -> None:
        """Capped counts ("1,000+") first, then exact ones, for the search shown."""
        result = self.last_result
        if result is None or generation != result.generation:
            return  # a newer search is shown: these numbers are not its own
        self.sidebar_model.set_counts(counts)
        topics, named = counts.topics, counts.entities
        if topics is not None and topics.exact and self._topics_for == generation:
            self._topics_for = 0
        if named is not None and named.exact and self._entities_for == generation:
            self._entities_for = 0

    @property
    def counts_pending(self) -> bool:
        """Numbers the sidebar waits for: topics, or people and places."""
        return self._topics_for != 0 or self._entities_for != 0

    @property
    def busy(self) -> bool:
        """Work a search left for later (detail pane, worker request, chart, or the whole
        search when it was too slow for this thread) is waiting."""
        pending = self.last_result is not None and self.last_result.pending
        return pending or self.after_paint.pending or self.charts.pending

    def _catch_up(self) -> None:
        """The person stopped typing (Enter, Down, a click): what waits is drawn now."""
        self.after_paint.flush()
        self.charts.flush()

    def clear_search(self) -> None:
        self.show_query("")

    def show_query(self, query: str) -> None:
        """Search ``query`` over all topics (a sidebar click, the facts an import added)."""
        self._set_topic(None)
        if query == TO_REVIEW:
            self.sidebar.setCurrentIndex(self.sidebar_model.review_item().index())
        self.search.set_query(query)
        self._catch_up()  # not typed: show the fact at once

    def save_search(self) -> None:
        if query := self.search.text().strip():
            self.sidebar_model.add_saved_search(query)
            self.statusBar().showMessage(f"Saved “{query}” under Saved searches.", 4000)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_search_down(self) -> None:
        if self.search.pending:
            self.search.flush()
        self._catch_up()
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
            if self.table.current_row() < 0:
                self.table.select_row(0)

    def _on_search_activated(self) -> None:
        self._catch_up()  # Enter after typing: the detail of the first match now
        if self.model.rowCount() and self.table.current_row() < 0:
            self.table.select_row(0)
        self._on_open_requested()

    def _update_status(self) -> None:
        articles = self.catalog.article_count() if self.catalog.loaded else None
        self.status.setText(status_text(self.last_result, self.state.total, articles))

    # -- the current fact ------------------------------------------------------------

    def current_rowid(self) -> int | None:
        row = self.table.current_row()
        return self.model.rowid_at(row) if 0 <= row < self.model.rowCount() else None

    def current_fact(self) -> dict[str, Any] | None:
        return self.model.fact_at(self.table.current_row())

    def _on_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        if self._searching:
            self._show_fact_later()
            return
        self.after_paint.cancel("detail")
        self._show_fact(self.current_fact())

    def _show_fact(
        self, fact: dict[str, Any] | None, force: bool = False, *, typing: bool = False
    ) -> None:
        """The fact in the detail pane, reader and chart (which, while the person
        types, waits for a pause)."""
        if not self.is_ready:
            return  # names and charts are not loaded yet; finish_loading shows it
        shown = self.detail.fact
        if not force and fact is not None and shown is not None and fact["id"] == shown["id"]:
            return  # the same fact after a new search: nothing to redraw
        self.detail.show_fact(fact)
        self.reviewing.update_actions(fact)
        if fact is not None and fact["article_id"] != self.reader.article_id:
            self.reader.load(self.store, self.catalog.article(fact["article_id"]))
        self.reader.select_fact(fact)
        if typing:
            self.charts.show_later(lambda: chart_for(self.store, self.catalog, fact))
        else:
            self.charts.show_spec(chart_for(self.store, self.catalog, fact))
        article = self.catalog.article(fact["article_id"]) if fact else None
        title = f"{APP_TITLE} — {article['title']}" if article else APP_TITLE
        self.setWindowTitle(title)

    def select_rowid(self, rowid: int) -> None:
        """Select a fact chosen elsewhere (reader, chart); say so if it is filtered out."""
        row = self.model.row_of(rowid)
        if row >= 0:
            self.table.select_row(row)
            return
        self.table.selectionModel().clearCurrentIndex()
        self.table.selectionModel().clearSelection()
        facts = self.store.rows([rowid])
        self._show_fact(facts[0] if facts else None)
        self.statusBar().showMessage("That fact is outside the current search.", 6000)

    def _on_chart_fact_clicked(self, fact_id: str) -> None:
        if (rowid := self.reader.rowid_of(fact_id)) is not None:
            self.select_rowid(rowid)

    def _on_open_requested(self) -> None:
        if self.center_split.sizes()[1] == 0:  # the detail pane was collapsed: open it
            self.center_split.setSizes([330, 420])
        self._on_show_in_article()

    def _on_show_in_article(self) -> None:
        self.set_pane_visible("reader", True)
        self.reader.select_fact(self.detail.fact)

    # -- changes to the store: imports and review ------------------------------------

    def apply_change(
        self, change: Change, *, appended: bool = False, query: str | None = None
    ) -> None:
        """Redraw what an import or a review step changed.

        ``appended``: an import only added rows (keep the user's place);
        ``query``: show this search afterwards instead of the current one.
        """
        self.catalog.forget(change.article_ids)
        if change.articles_changed and (self.is_ready or self._loading):
            self.background.read_catalog()  # names and the article list, off this thread
        self.state.total = self.store.count()
        if not appended:  # an import counts what it adds itself
            self.importing.recount()
        if change.facts_changed:
            # Also when facts were added or removed: SQLite gives new facts the rowids
            # of removed ones (an undone import), and the rows are cached by rowid.
            self.model.invalidate()
        if query is not None:
            self.show_query(query)
            return
        if appended and self._append_rows():
            return
        row, rowid = self.table.current_row(), self.current_rowid()
        self._apply(self.state.run(self.search.text(), self.topic, wait=True))
        focus = self.store.search(f'id:"{change.focus}"') if change.focus else []
        if focus and self.model.row_of(focus[0]) >= 0:
            self.table.select_row(self.model.row_of(focus[0]))
        elif rowid is not None and self.model.row_of(rowid) < 0 and self.model.rowCount():
            self.table.select_row(min(row, self.model.rowCount() - 1))  # the next fact
        if self.reader.article_id in change.article_ids:
            self.reader.load(self.store, self.catalog.article(self.reader.article_id))
        self._catch_up()
        self._show_fact(self.current_fact(), force=True)
        if change.error or change.message:  # after the search, which clears the status bar
            self.statusBar().showMessage(change.error or change.message, 8000)

    def _append_rows(self) -> bool:
        """Facts an import is adding: append them, keeping the user's place and selection."""
        result = self.state.run(self.search.text(), self.topic)
        shown = self.model.rowids()
        if not result.ok:
            return False
        if result.pending:  # a slow search: the worker lists it, now (not when the import ends)
            self._apply(result)
            return True
        if result.rowids[: len(shown)] == shown:
            if not self.model.extend(result.rowids):
                return False  # the user sorted a column: redraw in order
        elif result.complete or shown[: len(result.rowids)] != result.rowids:
            return False
        self.last_result = replace(result, rowids=self.model.rowids())
        if self.model.rowCount():
            self.results.setCurrentWidget(self.table)
            if self.table.current_row() < 0 and self.is_ready:
                self.table.select_row(0)
        # Rows past the first page are listed when the import ends, not every second.
        self.after_paint.cancel("worker")
        self._ask_worker(result, rows=not result.complete and not self.importing.busy)
        self._update_status()
        return True

    # -- actions -------------------------------------------------------------------

    def copy(self) -> None:
        """Edit ▸ Copy: text the user selected, else the current fact with its citation."""
        focus = QApplication.focusWidget()
        if focus is self.table or not copy_selected_text(focus):
            self.copy_fact()

    def copy_fact(self) -> None:
        if (fact := self.detail.fact) is not None:
            copy_fact(fact, self.catalog.article(fact["article_id"]))
            self.statusBar().showMessage("Copied with citation.", 3000)

    def ask_export(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, "Export facts", "facts.csv", "CSV (*.csv);;JSON (*.json);;Excel (*.xlsx)"
        )
        if name:
            self.export_view(Path(name))

    def export_view(self, target: Path) -> bool:
        """Write the facts in view, in the table's order; the status bar says how it went."""
        from desktop.cli import UserError

        try:
            written = export_facts(self.store, self.model.rowids(), target)
        except UserError as exc:
            self.statusBar().showMessage(str(exc), 8000)
            return False
        self.statusBar().showMessage(f"Exported {self.model.rowCount()} facts to {written}", 8000)
        return True

    def set_theme(self, theme: str) -> None:
        self.theme = theme if theme in THEMES else "system"
        self.actions.themes[self.theme].setChecked(True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.theme)
        self.reader.refresh_colours()
        self.charts.refresh_colours()
        self.detail.show_fact(self.detail.fact)

    def _on_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.theme == "system":
            self.set_theme("system")

    def set_pane_visible(self, pane: str, visible: bool) -> None:
        widget = {"sidebar": self.sidebar, "reader": self.reader, "charts": self.charts}.get(pane)
        if widget is None:
            return
        self.actions.panes[pane].setChecked(visible)
        # The chart pane also waits for a fact with a chart (``_on_has_chart_changed``).
        widget.setVisible(visible and (widget is not self.charts or self.charts.has_chart))

    def _on_has_chart_changed(self, has_chart: bool) -> None:
        """A fact without a chart gives the chart's room to the detail pane, and the next
        fact with one takes it back (the splitter keeps its width meanwhile). Charts
        are drawn when the person pauses typing, so this never happens per keystroke."""
        self.charts.setVisible(has_chart and self.actions.panes["charts"].isChecked())

    def show_shortcuts(self) -> None:
        self._dialogs.setdefault("shortcuts", ShortcutsDialog(self)).show()

    def show_about(self) -> None:
        self._dialogs["about"] = about_box(self, APP_TITLE, __version__, str(self.store.path))
        self._dialogs["about"].open()

    def closeEvent(self, event: Any) -> None:
        self.importing.stop()
        self.after_paint.cancel("worker")
        self.after_paint.cancel("detail")
        self.charts.cancel()
        self.background.stop()  # the store may close right after the window
        self.search.cancel()
        save_window(self)
        super().closeEvent(event)


def _stack(*widgets: QWidget) -> QStackedWidget:
    stack = QStackedWidget()
    for widget in widgets:
        stack.addWidget(widget)
    return stack


def _splitter(orientation: Qt.Orientation, name: str, *widgets: QWidget) -> QSplitter:
    """A named splitter (its name keys the saved sizes) whose panes all grow and shrink
    with it, in proportion to their sizes (equal stretch factors do that)."""
    splitter = QSplitter(orientation)
    splitter.setObjectName(name)
    splitter.setChildrenCollapsible(True)
    for index, widget in enumerate(widgets):
        splitter.addWidget(widget)
        splitter.setStretchFactor(index, 1)
    return splitter
