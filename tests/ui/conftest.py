"""Fixtures for the window tests: a seeded store, private settings, a shown window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.store import Store


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.ini"


@pytest.fixture
def ui_store(db_path: Path) -> Iterator[Store]:
    store = Store.open(db_path)
    yield store
    store.close()


@pytest.fixture
def make_window(qtbot, ui_store: Store, settings_file: Path):
    """Build windows as the app does; each is shown and fully loaded."""
    from desktop.ui.app import build_window
    from desktop.ui.settings import open_settings

    def make(query: str = "", topic: str | None = None, *, restore: bool = False):
        window = build_window(
            ui_store,
            open_settings(settings_file),
            restore=restore,
            theme=None if restore else "light",
        )
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        window.start(query, topic)
        qtbot.waitUntil(lambda: window.is_ready, timeout=10000)
        return window

    return make


@pytest.fixture
def window(make_window):
    return make_window()
