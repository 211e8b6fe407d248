"""Starting the window: the store first, then Qt, then the saved state.

The store opens before any Qt object exists, so a bad ``--db`` ends with the
command line's one-line message (it catches StoreError) and no window.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QSettings, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from desktop.paths import APP_NAME
from desktop.store import Store
from desktop.ui.heap import freeze_once
from desktop.ui.main_window import APP_TITLE, MainWindow
from desktop.ui.settings import open_settings, restore_window
from desktop.ui.theme import apply_theme


def application() -> QApplication:
    """The one QApplication, created with the app's names on first call."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    qInstallMessageHandler(_quiet_platform_notes)
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_TITLE)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_NAME)
    return app


#: Notes the offscreen platform prints for every window; they are not problems.
_PLATFORM_NOTES = ("This plugin does not support propagateSizeHints()",)


def _quiet_platform_notes(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if message in _PLATFORM_NOTES:
        return
    sys.stderr.write(message + "\n")


def build_window(
    store: Store, settings: QSettings, *, restore: bool = True, theme: str | None = None
) -> MainWindow:
    """The window as the app shows it (also used by the screenshot and the tests)."""
    app = application()
    apply_theme(app, theme or str(settings.value("view/theme", "system")))
    window = MainWindow(store, settings)
    if restore:
        restore_window(window)
    else:
        window.resize(1280, 800)
        window.set_theme(theme or "system")
    return window


def run_app(db_path: str | None, settings_file: Path | None = None) -> int:
    """Open the store, show the window on the last search, run until quit."""
    store = Store.open(db_path)
    app = application()
    window = build_window(store, open_settings(settings_file))
    if not window.settings.contains("window/geometry"):
        window.resize(1280, 800)
    window.ready.connect(freeze_once)  # what loading made is never walked again (heap.py)
    window.show()
    window.start()
    try:
        return app.exec()
    finally:
        store.close()
