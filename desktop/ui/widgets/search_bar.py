"""The search field: debounced, keyboard-driven, and honest about bad queries.

Typing restarts a single-shot timer; only when it fires is a search asked
for, so a burst of keystrokes costs one search. The window tells the field
whether the query was valid; an invalid one gets a red border and the reason
as its tooltip while the last valid results stay on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeyEvent, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

DEBOUNCE_MS = 120
HINT = 'Search facts: words, "phrase", topic:trade, person:tokayev, value>1e9, -word'


def placeholder(topic: str | None) -> str:
    """What the empty field says: the topic chosen in the sidebar, if one is, as the
    query that would choose it, so the sidebar teaches the query language."""
    return f"Search within topic:{topic}…  (Ctrl+K)" if topic else "Search facts…  (Ctrl+K)"


class SearchBar(QLineEdit):
    search_requested = Signal(str)
    move_down = Signal()
    activated = Signal()

    def __init__(self, parent: QWidget | None = None, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.setObjectName("search")
        self.setAccessibleName("Search facts")
        self.setPlaceholderText(placeholder(None))
        self.setClearButtonEnabled(True)
        self.setToolTip(HINT)
        self.setMinimumWidth(360)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._on_timeout)
        self.textEdited.connect(self._on_text_edited)
        # The clear button changes the text without textEdited.
        self.textChanged.connect(self._on_text_changed)
        self._error: str | None = None
        self.setProperty("invalid", False)
        # The red border of an invalid query must not change the field's height: that
        # moved everything below the toolbar and repainted the whole window (25 ms).
        self.setFixedHeight(self.sizeHint().height())

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def set_query(self, text: str) -> None:
        """Replace the text (a sidebar node, a chip) and search at once."""
        self.blockSignals(True)
        self.setText(text)
        self.blockSignals(False)
        self.flush()

    def set_topic(self, topic: str | None) -> None:
        """Name the topic the search is narrowed to while the field is empty."""
        self.setPlaceholderText(placeholder(topic))

    def flush(self) -> None:
        """Search now instead of waiting for the timer."""
        self._timer.stop()
        self.search_requested.emit(self.text())

    def cancel(self) -> None:
        """Forget a pending search (the window is closing)."""
        self._timer.stop()

    def set_error(self, reason: str | None) -> None:
        """Mark the field invalid, saying why in its tooltip (``None``: valid again)."""
        was_invalid = self._error is not None
        self._error = reason
        self.setToolTip(reason or HINT)
        if was_invalid == (reason is not None):
            return  # restyling the field costs up to 15 ms: only when validity flips
        self.setProperty("invalid", reason is not None)
        self.setStyleSheet(
            "QLineEdit#search { border: 2px solid #d64545; border-radius: 3px; }" if reason else ""
        )

    def _on_text_edited(self, _text: str) -> None:
        self._timer.start()

    def _on_text_changed(self, text: str) -> None:
        if not text and not self._timer.isActive():
            self.flush()

    def _on_timeout(self) -> None:
        self.search_requested.emit(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.text():
            self.clear()  # textChanged flushes the empty search
        elif key == Qt.Key.Key_Down:
            self.move_down.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.flush()
            self.activated.emit()
        else:
            super().keyPressEvent(event)
