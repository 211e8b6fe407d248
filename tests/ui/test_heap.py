"""One policy for freezing the heap (``desktop.ui.heap``): the app freezes once, when
its window has loaded; a window, an import or a test never does."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.store import Store
from desktop.ui import heap

DAIRY = (
    "---\ntitle: Kyrgyz dairy exports to China climb\ndate: 2025-05-02\n---\n"
    "BISHKEK— Kyrgyzstan exported 14,500 tonnes of dairy products to China in the first "
    "quarter of 2025, Agriculture Minister Bakyt Tursunaliev said on Friday.\n"
)


@pytest.fixture
def freezes(monkeypatch) -> list[int]:
    """Every gc.freeze() asked for (none done: the test process stays unfrozen),
    in a process that has not frozen yet."""
    asked: list[int] = []
    monkeypatch.setattr(gc, "freeze", lambda: asked.append(gc.get_count()[0]))
    monkeypatch.setattr(heap, "_frozen", False)
    return asked


def _load_and_close(qtbot, store: Store, settings_file: Path, freezes: list[int]) -> list:
    """A window as the app builds it, loaded (when the app freezes), then closed."""
    from desktop.ui.app import build_window
    from desktop.ui.settings import open_settings

    window = build_window(store, open_settings(settings_file), restore=False, theme="light")
    window.show()
    window.start("", None)
    qtbot.waitUntil(lambda: window.is_ready, timeout=10000)
    assert freezes == []  # loading froze nothing
    window.close()
    window.deleteLater()
    return [weakref.ref(window), weakref.ref(window.model), weakref.ref(window.catalog)]


def test_a_closed_window_is_collected(qtbot, ui_store: Store, settings_file: Path, freezes):
    gone = _load_and_close(qtbot, ui_store, settings_file, freezes)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert [ref() for ref in gone] == [None, None, None]


def test_an_import_freezes_nothing(qtbot, window, monkeypatch, tmp_path: Path, freezes) -> None:
    article = tmp_path / "dairy.md"
    article.write_text(DAIRY, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(article)], ""))
    with qtbot.waitSignal(window.importing.finished, timeout=30000):
        window.actions.import_files.trigger()
    assert window.store.count() > 34
    assert freezes == []


def test_the_app_freezes_once_when_its_window_has_loaded(db_path: Path, monkeypatch, freezes):
    from desktop.ui.app import run_app
    from desktop.ui.main_window import MainWindow

    seen: list[tuple[bool, int]] = []

    def fake_exec(self) -> int:
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        seen.append((window.is_ready, len(freezes)))
        while not window.is_ready:
            QApplication.processEvents()
        QApplication.processEvents()
        seen.append((window.is_ready, len(freezes)))
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert run_app(str(db_path)) == 0
    assert seen == [(False, 0), (True, 1)]
    heap.freeze_once()  # a second call in the same process does nothing
    assert len(freezes) == 1
