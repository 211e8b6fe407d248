"""Tells when the window has first been painted, so deferred work can start then."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


class FirstPaintWatcher(QObject):
    """Emits ``painted`` once, just after whichever watched widget paints first.

    Several widgets are watched because any one may be hidden at start (the
    table gives way to "No facts match" when a saved query finds nothing).
    """

    painted = Signal()

    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        self._widgets = list(widgets)
        for widget in self._widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._widgets:
            for widget in self._widgets:
                widget.removeEventFilter(self)
            self._widgets = []
            QTimer.singleShot(0, self.painted.emit)  # after this paint has finished
        return False
