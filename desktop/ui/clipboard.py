"""Edit ▸ Copy: selected text where the user selected some, else the fact with its source."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from desktop.ui.fact_text import citation


def copy_selected_text(focus: QWidget | None) -> bool:
    """Copy the focused field's selection (search field, reader, sentence), if any."""
    if focus is None or not hasattr(focus, "copy"):
        return False
    has_text = getattr(focus, "hasSelectedText", None)
    cursor = getattr(focus, "textCursor", None)
    if (has_text and has_text()) or (cursor and cursor().hasSelection()):
        focus.copy()
        return True
    return False


def copy_fact(fact: dict[str, Any], article: dict[str, Any] | None) -> str:
    """Put ``Statement — Source, Place, Date`` on the clipboard; returns the text."""
    text = citation(fact, article)
    QGuiApplication.clipboard().setText(text)
    return text
