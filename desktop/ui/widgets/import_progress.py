"""The import's progress in the status bar: what is being read, a bar, and Cancel.

It sits in the status bar rather than in a modal dialog so the window stays
usable while articles go in. Short imports finish before it would appear
(``SHOW_AFTER_MS``), so pasting one article does not flash a bar.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

SHOW_AFTER_MS = 400


class ImportProgress(QWidget):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_progress")
        self.label = QLabel()
        self.label.setMaximumWidth(320)
        self.bar = QProgressBar()
        self.bar.setFixedWidth(160)
        self.bar.setTextVisible(True)
        self.bar.setFormat("%v / %m")
        self.bar.setAccessibleName("Import progress")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip(
            "Stop the import; articles already stored stay (Ctrl+Z removes them)"
        )
        self.cancel_button.clicked.connect(self._on_cancel)
        self.cancel_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_AFTER_MS)
        self._timer.timeout.connect(self.show)
        self.hide()

    def show_progress(self, done: int, total: int, name: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if not self.isVisible() and not self._timer.isActive():
            self._timer.start()
        if not self.cancel_button.isEnabled():
            return  # "Cancelling…" stays until the worker stops
        text = f"Importing {min(done + 1, total):,} of {total:,}: {name}"
        elided = self.label.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideMiddle, self.label.maximumWidth()
        )
        self.label.setText(elided)
        self.label.setToolTip(text)

    def finish(self) -> None:
        self._timer.stop()
        self.hide()
        self.cancel_button.setEnabled(True)

    def _on_cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText("Cancelling…")
        self.cancel_requested.emit()
