"""``fact-browser screenshot``: the real window, offscreen, in a given state.

Same code path as the app (build_window), but with throw-away settings so a
screenshot neither reads nor changes the user's saved window.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop

from desktop.store import Store
from desktop.ui.app import application, build_window
from desktop.ui.settings import open_settings


def save_screenshot(
    target: Path,
    *,
    db_path: str | None,
    query: str,
    topic: str | None,
    size: tuple[int, int],
    theme: str = "light",
) -> None:
    store = Store.open(db_path)
    app = application()
    with tempfile.TemporaryDirectory(prefix="fact-browser-shot-") as folder:
        settings = open_settings(Path(folder) / "settings.ini")
        window = build_window(store, settings, restore=False, theme=theme)
        window.resize(*size)
        window.show()
        window.start(query, topic)
        _settle(lambda: window.is_ready, timeout=3.0)
        window.finish_loading()  # in case no paint event arrived offscreen
        _settle(lambda: window.is_ready, timeout=30.0)
        _settle(lambda: False, timeout=0.3)  # let charts and layouts paint
        image = window.grab()
        if not image.save(str(target), "PNG"):
            raise OSError(f"Cannot write {target}")
        window.close()
        window.deleteLater()
    app.processEvents()
    store.close()


def _settle(done: object, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if callable(done) and done():
            return
        time.sleep(0.01)
