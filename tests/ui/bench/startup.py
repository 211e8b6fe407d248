"""Cold start to first paint (and to charts drawn), against a bare PySide6 window.

    QT_QPA_PLATFORM=offscreen python tests/ui/bench/startup.py bare
    QT_QPA_PLATFORM=offscreen python tests/ui/bench/startup.py app [DB]

Run each a few times in the same session; the first line printed is the
time from interpreter start (this module's first line) to the first paint.
"""

from __future__ import annotations

import time

T0 = time.perf_counter()

import os  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget  # noqa: E402

marks: dict[str, float] = {}


class PaintSpy(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            marks.setdefault("first paint", time.perf_counter() - T0)
        return False


def watch(widget: QWidget) -> PaintSpy:
    spy = PaintSpy()
    widget.installEventFilter(spy)
    return spy


def bare() -> None:
    app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QLabel("hello"))
    window.resize(1280, 800)
    spy = watch(window.centralWidget())
    window.show()
    QTimer.singleShot(300, app.quit)
    app.exec()
    del spy


def full(db: str | None) -> None:
    from desktop.store import Store
    from desktop.ui.app import application, build_window
    from desktop.ui.heap import freeze_once
    from desktop.ui.settings import open_settings

    store = Store.open(db)
    app = application()
    with tempfile.TemporaryDirectory() as folder:
        settings = open_settings(os.path.join(folder, "s.ini"))  # type: ignore[arg-type]
        window = build_window(store, settings, restore=False, theme="light")
        window.resize(1280, 800)
        spy = watch(window.table.viewport())
        window.ready.connect(lambda: marks.setdefault("charts drawn", time.perf_counter() - T0))
        window.ready.connect(freeze_once)  # as run_app does
        window.show()
        window.start("", None)
        QTimer.singleShot(2500, app.quit)
        app.exec()
        window.close()
        del spy


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        full(sys.argv[2] if len(sys.argv) > 2 else None)
    print(sys.argv[1], {name: f"{value:.3f} s" for name, value in marks.items()})
