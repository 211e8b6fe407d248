"""Dropping files (or text) onto the window imports them.

An event filter, so the window class needs no drag-and-drop methods: local
files become paths, dropped text opens the paste dialog, and a web address
is refused with a reason (it would be imported as a one-line article).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget


class DropTarget(QObject):
    files_dropped = Signal(object)  # list[Path]
    text_dropped = Signal(str)
    refused = Signal(str)  # why the drop was not taken

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            if _usable(event.mimeData()):
                event.acceptProposedAction()
                return True
            return False
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            self._take(event.mimeData())
            event.acceptProposedAction()
            return True
        return False

    def _take(self, mime: QMimeData) -> None:
        urls = mime.urls() if mime.hasUrls() else []
        paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
        if paths:
            self.files_dropped.emit(paths)
        elif urls:
            self.refused.emit(
                "Only files can be dropped here; to import a web page, save it as .html first."
            )
        elif mime.hasText() and mime.text().strip():
            self.text_dropped.emit(mime.text())


def _usable(mime: QMimeData | None) -> bool:
    return mime is not None and (mime.hasUrls() or mime.hasText())
