"""The fact table view: sortable, keyboard-first, copies a fact with its citation."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.ui.fact_text import query_terms
from desktop.ui.models.fact_table_model import FactTableModel
from desktop.ui.widgets.match_delegate import MatchDelegate


class FactTable(QTableView):
    copy_requested = Signal()
    open_requested = Signal()
    notice = Signal(str)  # something the status bar should say

    def __init__(self, model: FactTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facts")
        self.setAccessibleName("Facts")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(FactTableModel.STATEMENT, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        # Wide enough for the longest usual value and period, in this font.
        samples = {
            FactTableModel.VALUE: "= > $322.5 mn",
            FactTableModel.PERIOD: "Jan–Sep 2023",
            FactTableModel.TOPIC: "Cooperation",
            FactTableModel.SOURCE: "Akorda press serv",
        }
        metrics = self.fontMetrics()
        for column, sample in samples.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 28)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.sort_message = ""
        self.matches = MatchDelegate(self)
        self.setItemDelegateForColumn(FactTableModel.STATEMENT, self.matches)
        self.activated.connect(lambda _index: self.open_requested.emit())
        model.sort_refused.connect(self._on_sort_refused)

    def mark_matches(self, query: str) -> None:
        """Highlight the free words of ``query`` in the statements."""
        self.matches.terms = query_terms(query)
        self.viewport().update()

    def _on_sort_refused(self, rows: int) -> None:
        """Too many rows to sort here: back to article order, and say why."""
        header = self.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        self.sort_message = (
            f"{rows:,} facts are too many to sort; narrow the search to "
            f"{FactTableModel.SORT_LIMIT:,} or fewer."
        )
        self.notice.emit(self.sort_message)

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        """Make ``row`` current and selected, and bring it into view."""
        index = self.model().index(row, 0)
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit()
        else:
            super().keyPressEvent(event)
