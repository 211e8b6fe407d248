"""The fact table view: sortable, keyboard-first, copies a fact with its citation.

The statement takes what the other columns leave. Those are as wide as their
usual content ("≈ $25 bn", "Jan–Sep 2023", "Cooperation") or as the user
dragged them (kept in the settings); when the table is narrow they give way,
the source first, so that the statement keeps a fair share and no column is
pushed out of sight. Widths change only when the table is resized, never while
the person types.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QKeyEvent, QKeySequence, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop.ui.fact_text import query_terms
from desktop.ui.models.fact_table_model import FactTableModel
from desktop.ui.widgets.match_delegate import MatchDelegate

#: What each column beside the statement shows whole at its natural width.
SAMPLES = (
    (FactTableModel.VALUE, "= > $322 mn"),
    (FactTableModel.PERIOD, "Jan–Sep 2023"),
    (FactTableModel.TOPIC, "Cooperation"),
    (FactTableModel.SOURCE, "Akorda press service"),
)
#: The columns that give way when the table is narrow, first to last. Values and
#: periods keep their width: a number cut short reads as another number.
YIELDING = (FactTableModel.SOURCE, FactTableModel.TOPIC)
#: The statement's share of the width that the other columns give way to keep.
STATEMENT_SHARE = 0.35


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
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("Abc…") + 12)
        self._fitting = False
        #: The columns' widths as wanted: their content's, or as the user dragged them.
        self.widths = self.natural_widths()
        self._least = {
            FactTableModel.TOPIC: self._cell_width("Coop…", icon=True),
            FactTableModel.SOURCE: self._cell_width("Akorda…"),
        }
        for column, width in self.widths.items():
            header.resizeSection(column, width)
        header.sectionResized.connect(self._on_section_resized)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.sort_message = ""
        self.matches = MatchDelegate(self)
        self.setItemDelegateForColumn(FactTableModel.STATEMENT, self.matches)
        self.activated.connect(lambda _index: self.open_requested.emit())
        model.sort_refused.connect(self._on_sort_refused)

    # -- column widths -------------------------------------------------------------

    def natural_widths(self) -> dict[int, int]:
        """Each column's width for its usual content and its header, in this font."""
        header = self.horizontalHeader()
        widths = {}
        for column, sample in SAMPLES:
            cell = self._cell_width(
                sample,
                icon=column == FactTableModel.TOPIC,
                italic=column == FactTableModel.VALUE,
            )
            widths[column] = max(cell, header.sectionSizeHint(column)) + 8
        return widths

    def _cell_width(self, text: str, *, icon: bool = False, italic: bool = False) -> int:
        """How wide a cell must be to show ``text`` (and a topic's colour) whole."""
        option = QStyleOptionViewItem()
        option.initFrom(self)
        font = QFont(self.font())
        font.setItalic(italic)
        option.font = font
        option.fontMetrics = QFontMetrics(font)
        option.text = text
        option.features = QStyleOptionViewItem.ViewItemFeature.HasDisplay
        if icon:
            side = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
            option.decorationSize = QSize(side, side)
            option.icon = QIcon(QPixmap(side, side))
        size = self.style().sizeFromContents(
            QStyle.ContentsType.CT_ItemViewItem, option, QSize(), self
        )
        return size.width()

    def column_widths(self) -> list[int]:
        """The wanted widths of the columns beside the statement, for the settings."""
        return [self.widths[column] for column in sorted(self.widths)]

    def set_column_widths(self, widths: list[int]) -> None:
        """Widths the user chose before (``column_widths``), applied as far as they fit."""
        if len(widths) != len(self.widths):
            return
        for column, width in zip(sorted(self.widths), widths, strict=True):
            if width > 0:
                self.widths[column] = width
        self.fit_columns()

    def fit_columns(self) -> None:
        """The wanted widths; if the statement would get less than its share, the
        yielding columns narrow (down to a few letters) until it has it."""
        header = self.horizontalHeader()
        available = self.viewport().width()
        sizes = dict(self.widths)
        keep = max(header.minimumSectionSize() * 3, int(available * STATEMENT_SHARE))
        excess = sum(sizes.values()) + keep - available
        for column in YIELDING:
            if excess <= 0:
                break
            give = max(0, min(excess, sizes[column] - self._least[column]))
            sizes[column] -= give
            excess -= give
        self._fitting = True
        try:
            for column, size in sizes.items():
                if header.sectionSize(column) != size:
                    header.resizeSection(column, size)
        finally:
            self._fitting = False

    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        if not self._fitting and column in self.widths:  # the user dragged its edge
            self.widths[column] = new

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_columns()

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
