"""The topic sidebar: a tree whose clicks become filters."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from desktop.ui.models.sidebar_model import GROUPS, KIND_ROLE, VALUE_ROLE, SidebarModel


class Sidebar(QTreeView):
    """Emits what a click means; the window decides how to search."""

    topic_chosen = Signal(object)  # a topic name, or None for all topics
    query_chosen = Signal(str)
    forget_requested = Signal(str)  # a saved search to remove
    entities_shown = Signal()  # a group of people or places was opened

    def __init__(self, model: SidebarModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setAccessibleName("Topics, people, places and articles")
        self.setModel(model)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.expand(model.group("topics").index())
        # Never so narrow that a topic's name or its count is cut (in a small window
        # the splitter narrows the other panes instead).
        count = self.fontMetrics().horizontalAdvance("999")
        self.setMinimumWidth(self.sizeHintForColumn(0) + count + 2 * self.frameWidth() + 8)
        self.activated.connect(self._on_activated)
        self.clicked.connect(self._on_activated)
        self.expanded.connect(self._on_expanded)

    def shows_entities(self) -> bool:
        """Whether a group of people or places is open (their numbers are worth counting)."""
        model = self.model()
        assert isinstance(model, SidebarModel)
        return any(self.isExpanded(model.group(kind).index()) for kind, _title in GROUPS)

    def _on_expanded(self, index: QModelIndex) -> None:
        if index.data(KIND_ROLE) == "group" and index.data(VALUE_ROLE) in dict(GROUPS):
            self.entities_shown.emit()

    def select_topic(self, topic: str | None) -> None:
        """Show ``topic`` as the current node without emitting a click."""
        model = self.model()
        assert isinstance(model, SidebarModel)
        index = model.topic_item(topic).index() if topic else model.index(0, 0)
        self.blockSignals(True)
        self.setCurrentIndex(index)
        self.blockSignals(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if event.key() == Qt.Key.Key_Delete and index.data(KIND_ROLE) == "saved":
            self.forget_requested.emit(index.data(VALUE_ROLE))
        else:
            super().keyPressEvent(event)

    def _on_activated(self, index: QModelIndex) -> None:
        kind = index.data(KIND_ROLE)
        value = index.data(VALUE_ROLE)
        if kind == "all":
            self.topic_chosen.emit(None)
        elif kind == "topic":
            self.topic_chosen.emit(value)
        elif kind in ("query", "saved"):
            self.query_chosen.emit(value)
        elif kind == "group":
            name_index = index.siblingAtColumn(0)
            self.setExpanded(name_index, not self.isExpanded(name_index))
