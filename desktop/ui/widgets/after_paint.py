"""Runs work once a widget has painted, so a keystroke's table reaches the screen first.

A search changes the table at once; the detail pane, the reader, the chart and
the worker's counts can wait a frame. :meth:`AfterPaint.call` queues a callable
(each key once: the last one asked for wins) and runs the queue just after the
watched widget's next paint, or at the next turn of the event loop when the
widget is hidden. A fallback timer runs it anyway if no paint comes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 50


class AfterPaint(QObject):
    def __init__(self, widget: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._widget = widget
        self._pending: dict[str, Callable[[], None]] = {}
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.setInterval(FALLBACK_MS)
        self._fallback.timeout.connect(self.flush)
        widget.installEventFilter(self)

    @property
    def pending(self) -> bool:
        return bool(self._pending)

    def call(self, key: str, work: Callable[[], None]) -> None:
        """Run ``work`` after the next paint; replaces work queued under the same key."""
        self._pending.pop(key, None)
        self._pending[key] = work
        if self._widget.isVisible():
            self._fallback.start()
        else:
            QTimer.singleShot(0, self.flush)

    def cancel(self, key: str) -> None:
        self._pending.pop(key, None)

    def flush(self) -> None:
        """Run what is queued now, in the order it was asked for."""
        self._fallback.stop()
        while self._pending:
            key = next(iter(self._pending))
            self._pending.pop(key)()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._pending and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self.flush)  # after this paint has finished
        return False
