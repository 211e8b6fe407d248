"""The fact table's model: rowids in, rows fetched lazily in chunks and cached.

A million results cost a million ints here, not a million dicts: only the
rows a view asks for are read from the store, a chunk at a time, and kept in
a bounded cache keyed by rowid (so sorting does not invalidate it).
"""

from __future__ import annotations

import bisect
from array import array
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from desktop.formatting import fact_value_text, period_text
from desktop.store import Store
from desktop.ui.catalog import Catalog
from desktop.ui.theme import topic_colour

ModelIndex = QModelIndex | QPersistentModelIndex

FACT_ROLE = Qt.ItemDataRole.UserRole + 1
ROWID_ROLE = Qt.ItemDataRole.UserRole + 2


class FactTableModel(QAbstractTableModel):
    #: Sorting reads every row of the result (the store sorts only by article), so
    #: beyond this many the model refuses rather than freeze the window.
    SORT_LIMIT = 100_000
    sort_refused = Signal(int)  # how many rows a sort was asked for

    COLUMNS = ("Statement", "Value", "Period", "Topic", "Source")
    STATEMENT, VALUE, PERIOD, TOPIC, SOURCE = range(5)
    #: Rows read together: a screenful and a little scrolling. A keystroke reads the
    #: first chunk while the table paints (~10 µs a row: 256 rows took 3 ms).
    CHUNK = 64
    CACHE_ROWS = 8192

    def __init__(self, store: Store, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._catalog = catalog
        # int64s, not Python ints: a million of them cost nothing to free or to copy.
        self._rowids: array[int] = array("q")
        self._cache: OrderedDict[int, _Row] = OrderedDict()
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.fetches = 0  # how many chunks were read: tests check laziness

    # -- the ids ---------------------------------------------------------------

    def set_rowids(self, rowids: Sequence[int]) -> None:
        """Show a new result; keeps the user's sort."""
        self.beginResetModel()
        self._rowids = _ids(rowids)
        if self._sort_column >= 0 and len(self._rowids) <= self.SORT_LIMIT:
            self._rowids = _ids(self._sorted(self._rowids, self._sort_column, self._sort_order))
        self.endResetModel()

    def extend(self, full: Sequence[int]) -> bool:
        """Grow a first page into the full list by appending rows (selection stays).

        Returns False when ``full`` does not start with the rows shown (or a
        user sort is active); the caller then replaces the rows instead.
        """
        shown = len(self._rowids)
        if self._sort_column >= 0 or _ids(full[:shown]) != self._rowids:
            return False
        if len(full) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(full) - 1)
            self._rowids = _ids(full)
            self.endInsertRows()
        return True

    def rowids(self) -> list[int]:
        return list(self._rowids)

    def ids(self) -> array[int]:
        """The rowids shown, as the array itself (not a copy)."""
        return self._rowids

    def invalidate(self) -> None:
        """Facts were edited in the store: forget cached rows and redraw what is shown."""
        self._cache.clear()
        if self._rowids:
            last = self.index(len(self._rowids) - 1, len(self.COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rowid_at(self, row: int) -> int:
        return self._rowids[row]

    def row_of(self, rowid: int) -> int:
        """The row showing ``rowid``, or -1 if it is not in this result.

        In article order the ids ascend, so a binary search finds it at once;
        a user's sort falls back to a scan.
        """
        if self._sort_column < 0 and self._sort_order == Qt.SortOrder.AscendingOrder:
            row = bisect.bisect_left(self._rowids, rowid)
            return row if row < len(self._rowids) and self._rowids[row] == rowid else -1
        try:
            return self._rowids.index(rowid)
        except ValueError:
            return -1

    def fact_at(self, row: int) -> dict[str, Any] | None:
        if not 0 <= row < len(self._rowids):
            return None
        cached = self._row(row)
        return cached.fact if cached is not None else None

    def _row(self, row: int) -> _Row | None:
        """The cached row (reading its chunk if needed); ``row`` must be in range.

        Not moved to the end of the cache on each use: a paint asks ~90 times,
        and the rows on screen were read last anyway.
        """
        rowid = self._rowids[row]
        cached = self._cache.get(rowid)
        if cached is None:
            self._fetch_around(row)
            cached = self._cache.get(rowid)
        return cached

    def _fetch_around(self, row: int) -> None:
        start = row - row % self.CHUNK
        wanted = [r for r in self._rowids[start : start + self.CHUNK] if r not in self._cache]
        self._remember(wanted, self._store.rows(wanted))

    def _remember(self, rowids: list[int], rows: list[dict[str, Any]]) -> None:
        self.fetches += 1
        if len(rows) != len(rowids):  # a fact vanished meanwhile: match one by one
            rows_by_id = {}
            for rowid in rowids:
                got = self._store.rows([rowid])
                if got:
                    rows_by_id[rowid] = got[0]
        else:
            rows_by_id = dict(zip(rowids, rows, strict=True))
        self._cache.update((rowid, _Row(fact)) for rowid, fact in rows_by_id.items())
        while len(self._cache) > self.CACHE_ROWS:
            self._cache.popitem(last=False)

    # -- Qt's model interface ----------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rowids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.COLUMNS[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section == self.VALUE:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked ~7 times for every cell on every paint, from C++: the roles the table
        # never answers return first, and a cell's text is formatted once per row read.
        if role not in _ROLES:
            return None
        row = index.row()
        if not 0 <= row < len(self._rowids):  # an invalid index has row -1
            return None
        if role == ROWID_ROLE:
            return self._rowids[row]
        cached = self._row(row)
        if cached is None:
            return None
        column = index.column()
        if role == _DISPLAY:
            text = cached.texts[column]
            if text is None:
                text = cached.texts[column] = self._text(cached.fact, column)
            return text
        fact = cached.fact
        if role == FACT_ROLE:
            return fact
        derived = column == self.VALUE and fact["origin"] == "derived"
        if role == _FONT:
            return _ITALIC if derived else None
        if role == _ALIGNMENT:
            return _RIGHT if column == self.VALUE else None
        unreviewed = column == self.STATEMENT and not fact["reviewed"]
        if role == _DECORATION:
            if column == self.TOPIC:
                return _topic_colour(fact["topic"])
            if unreviewed and fact["origin"] == "extracted":
                return _unreviewed_icon()
            return None
        # The tooltip: the only role left.
        if unreviewed and fact["origin"] == "extracted":
            return f"{fact['statement']}\n\n{UNREVIEWED_HINT}"
        if derived:
            return f"Derived, not stated in the article: {fact.get('formula') or ''}".strip()
        return fact["statement"] if column == self.STATEMENT else fact["evidence"]["text"]

    def _text(self, fact: dict[str, Any], column: int) -> str:
        if column == self.STATEMENT:
            return fact["statement"]
        if column == self.VALUE:
            return fact_value_text(fact)
        if column == self.PERIOD:
            return period_text(fact)
        if column == self.TOPIC:
            return fact["topic"].capitalize()
        article = self._catalog.header(fact["article_id"])
        # An imported file names no outlet: its title tells the rows apart instead.
        return (article or {}).get("source") or (article or {}).get("title") or ""

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS  # asked for every visible cell on each paint: not recombined each time

    # -- sorting ---------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (value: numerically); column -1 is article order."""
        if column >= 0 and len(self._rowids) > self.SORT_LIMIT:
            self.sort_refused.emit(len(self._rowids))
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self._rowids[i.row()], i.column()) for i in persistent]
        self._rowids = _ids(self._sorted(self._rowids, column, order))
        if persistent:
            position = {rowid: row for row, rowid in enumerate(self._rowids)}
            moved = [self.index(position[rowid], col) for rowid, col in kept]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _sorted(self, rowids: Sequence[int], column: int, order: Qt.SortOrder) -> list[int]:
        descending = order == Qt.SortOrder.DescendingOrder
        if column < 0 or column >= len(self.COLUMNS):
            return sorted(rowids, reverse=descending)
        keys: dict[int, Any] = {}
        for start in range(0, len(rowids), 4096):
            chunk = rowids[start : start + 4096]
            rows = self._store.rows(chunk)
            if len(rows) != len(chunk):  # a fact vanished meanwhile: skip it
                continue
            for rowid, fact in zip(chunk, rows, strict=True):
                keys[rowid] = self._sort_key(fact, column)
        present = [r for r in rowids if keys.get(r) is not None]
        missing = [r for r in rowids if keys.get(r) is None]
        # Facts without a value go last whichever way the column is sorted.
        return sorted(present, key=keys.__getitem__, reverse=descending) + missing

    def _sort_key(self, fact: dict[str, Any], column: int) -> Any:
        if column == self.VALUE:
            return fact["value"]
        text = self._text(fact, column)
        return text.casefold() or None


def _ids(rowids: Sequence[int]) -> array[int]:
    """The ids as an array (an array passed in is used as it is, not copied)."""
    return rowids if isinstance(rowids, array) else array("q", rowids)


_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_ITALIC = QFont()
_ITALIC.setItalic(True)

UNREVIEWED_HINT = "Extracted, not reviewed yet: Accept (Ctrl+Enter), Edit (F2) or Delete."
_ICONS: dict[str, QIcon] = {}


def _unreviewed_icon() -> QIcon:
    """A small blue dot, as mail marks unread messages (made once, after the app exists)."""
    if "unreviewed" not in _ICONS:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#3d7ae0"))
        painter.drawEllipse(2, 2, 8, 8)
        painter.end()
        _ICONS["unreviewed"] = QIcon(pixmap)
    return _ICONS["unreviewed"]


class _Row:
    """A fact read for the table, with its cells' texts once a view has asked for them."""

    __slots__ = ("fact", "texts")

    def __init__(self, fact: dict[str, Any]) -> None:
        self.fact = fact
        self.texts: list[str | None] = [None] * len(FactTableModel.COLUMNS)


# Plain ints: reading an enum member costs more than the comparison.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_COLOURS: dict[str, QColor] = {}


def _topic_colour(topic: str) -> QColor:
    """The topic's colour, made once (the table asks for it on every paint)."""
    colour = _COLOURS.get(topic)
    if colour is None:
        colour = _COLOURS[topic] = topic_colour(topic)
    return colour


#: The roles the model answers; views also ask for background, foreground and
#: check state, which it leaves to the style.
_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.DecorationRole,
        FACT_ROLE,
        ROWID_ROLE,
    )
)
