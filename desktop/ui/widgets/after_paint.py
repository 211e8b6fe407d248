"""Runs work once a widget has painted, so a keystroke's table reaches the screen first.

A search changes the table at once; the detail pane, the reader and the chart
can wait a frame. :meth:`AfterPaint.call` queues a callable (each key once:
the last one asked for wins) and runs the queue just after the next paint of
one of the watched widgets (the table, or the "no match" notice that stands
in for it), or at the next turn of the event loop when none is visible. A
fallback timer runs it anyway if no paint comes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 50


class AfterPaint(QObject):
    def __init__(self, widgets: Sequence[QWidget], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._widgets = tuple(widgets)
        self._pending: dict[str, Callable[[], None]] = {}
        self._kept: list[object] = []
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.setInterval(FALLBACK_MS)
        self._fallback.timeout.connect(self.flush)
        for widget in self._widgets:
            widget.installEventFilter(self)

    @property
    def pending(self) -> bool:
        return bool(self._pending)

    def call(self, key: str, work: Callable[[], None]) -> None:
        """Run ``work`` after the next paint; replaces work queued under the same key."""
        self._pending.pop(key, None)
        self._pending[key] = work
        if any(widget.isVisible() for widget in self._widgets):
            self._fallback.start()
        else:
            QTimer.singleShot(0, self.flush)

    def keep(self, thing: object) -> None:
        """Keep ``thing`` alive until after the next paint: letting go of a big
        object (a million ids: up to 2 ms to give back to the system) can wait too."""
        self._kept.append(thing)
        self.call("let go", self._kept.clear)

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
