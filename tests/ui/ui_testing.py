"""Helpers the window tests share: typing like a user, reading what the table shows.

A plain module (not conftest) so tests import it by name; pytest puts this
folder on ``sys.path`` because it is not a package.
"""

from __future__ import annotations

SEED = "7f242fc889ef2bf1"


def fact_id(suffix: str) -> str:
    return f"{SEED}-{suffix}"


def search_now(qtbot, window, text: str) -> None:
    """Type ``text`` as a user would and wait for the debounced search, its detail
    pane (drawn after the table) and its sidebar counts."""
    window.search.clear()
    window.search.setFocus()
    qtbot.keyClicks(window.search, text)
    qtbot.waitUntil(
        lambda: not window.search.pending and not window.busy and not window.counts_pending,
        timeout=3000,
    )


def statements(window) -> list[str]:
    model = window.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]
