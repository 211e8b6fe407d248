"""Help windows. Non-modal, so they never block the window (or a test)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.menus import SHORTCUTS


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        table = QTableWidget(len(SHORTCUTS), 2, self)
        table.setObjectName("shortcuts")
        table.setHorizontalHeaderLabels(["Keys", "Action"])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, what) in enumerate(SHORTCUTS):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(what))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        self.resize(460, 320)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)


def about_box(parent: QWidget, app: str, version: str, db_path: str) -> QMessageBox:
    """A window-modal box opened with ``open()``: it never blocks the event loop."""
    box = QMessageBox(parent)
    box.setWindowTitle(f"About {app}")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        f"{app} {version}\n\nRead news articles as facts: every number one click from its sentence."
        f"\nDatabase: {db_path}"
    )
    return box
