"""What the table area shows when nothing matches: say so, and offer a way out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clear_button = QPushButton("Clear search")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_for(self, query: str) -> None:
        self.label.setText(f"No facts match “{query}”.")

    def show_searching(self, query: str) -> None:
        """A slow search is under way: the previous query's "no match" is no longer news."""
        self.label.setText(f"Searching for “{query}”…")
