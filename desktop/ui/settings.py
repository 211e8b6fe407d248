"""Where the window keeps its state: one INI file in the user's config dir.

An explicit file path (not QSettings' cached default location) means each
test, whose XDG_CONFIG_HOME points into a temporary folder, gets its own file.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from desktop.paths import APP_NAME

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def settings_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME")
    if base:
        return Path(base) / APP_NAME / "settings.ini"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "settings.ini"


def open_settings(path: Path | None = None) -> QSettings:
    return QSettings(str(path or settings_path()), QSettings.Format.IniFormat)


def restore_window(window: MainWindow) -> None:
    """Geometry, splitters, columns and theme as the user left them."""
    s = window.settings
    if (geometry := s.value("window/geometry")) is not None:
        window.restoreGeometry(geometry)
    if (state := s.value("window/state")) is not None:
        window.restoreState(state)
    for splitter in (window.main_split, window.center_split, window.bottom_split):
        if (sizes := s.value(f"splitters/{splitter.objectName()}")) is not None:
            splitter.restoreState(sizes)
    table = window.table
    if (header := s.value("table/header")) is not None:
        table.horizontalHeader().restoreState(header)
    if (widths := s.value("table/widths")) is not None:
        table.set_column_widths(_numbers(widths))
    elif header is not None:  # saved before the wanted widths were: the header's, then
        sizes = table.horizontalHeader().sectionSize
        table.set_column_widths([sizes(column) for column in sorted(table.widths)])
    window.set_theme(str(s.value("view/theme", "system")))
    saved = s.value("search/saved") or []
    window.sidebar_model.set_saved_searches([saved] if isinstance(saved, str) else list(saved))


def save_window(window: MainWindow) -> None:
    """Everything restore_window reads, plus the last query and topic for start()."""
    s = window.settings
    s.setValue("window/geometry", window.saveGeometry())
    s.setValue("window/state", window.saveState())
    for splitter in (window.main_split, window.center_split, window.bottom_split):
        s.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
    s.setValue("table/header", window.table.horizontalHeader().saveState())
    # The widths wanted, not the ones a narrow window made the columns give way to.
    s.setValue("table/widths", window.table.column_widths())
    s.setValue("search/query", window.search.text())
    s.setValue("search/topic", window.topic or "")
    s.setValue("view/theme", window.theme)
    s.setValue("search/saved", window.sidebar_model.saved_searches())
    s.sync()


def _numbers(value: object) -> list[int]:
    """A list of ints as the INI file gives it back (strings; one alone is not a list)."""
    items = value if isinstance(value, list | tuple) else [value]
    try:
        return [int(item) for item in items]
    except (TypeError, ValueError):
        return []
