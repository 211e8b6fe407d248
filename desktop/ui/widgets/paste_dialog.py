"""File ▸ Paste article (Ctrl+Shift+V): text from the clipboard, with a title and a date.

The dialog only collects; the window imports what it hands over (``submitted``)
in the background like any file. A date that is not YYYY-MM-DD is refused here,
next to the field, before anything runs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.import_jobs import Source, check_date


class PasteDialog(QDialog):
    submitted = Signal(object)  # a Source

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paste_dialog")
        self.setWindowTitle("Paste article")
        self.title = QLineEdit()
        self.title.setObjectName("paste_title")
        self.title.setPlaceholderText("Optional — else the article's first words")
        self.date = QLineEdit()
        self.date.setObjectName("paste_date")
        self.date.setPlaceholderText("YYYY-MM-DD — optional; resolves “last year” and the like")
        self.date.setMaxLength(10)
        self.text = QPlainTextEdit()
        self.text.setObjectName("paste_text")
        self.text.setPlaceholderText("Paste the article's text here (Ctrl+V).")
        self.text.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setObjectName("paste_error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #c62828; }")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText("Import")
        self.import_button.setToolTip(
            "Extract the facts of this text in the background (Ctrl+Enter)"
        )
        self.buttons.accepted.connect(self._on_import)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("&Title", self.title)
        form.addRow("&Date", self.date)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._on_import)
        self.text.textChanged.connect(self._update_button)
        self.date.textEdited.connect(lambda _text: self.error.hide())
        self.resize(620, 460)

    def start(self, text: str | None = None) -> None:
        """Open with ``text`` (else the clipboard's) and focus where typing goes next."""
        if text is None:
            text = QGuiApplication.clipboard().text()
        self.title.clear()
        self.date.clear()
        self.error.hide()
        self.text.setPlainText(text if text.strip() else "")
        self._update_button()
        self.open()
        QTimer.singleShot(0, self.activateWindow)  # once shown: its Ctrl+Enter works at once
        (self.title if text.strip() else self.text).setFocus()

    def _update_button(self) -> None:
        self.import_button.setEnabled(bool(self.text.toPlainText().strip()))

    def _on_import(self) -> None:
        if not self.import_button.isEnabled():
            return
        if reason := check_date(self.date.text()):
            self.error.setText(reason)
            self.error.show()
            self.date.setFocus()
            return
        self.submitted.emit(
            Source.pasted(self.text.toPlainText(), self.title.text(), self.date.text())
        )
        self.accept()
