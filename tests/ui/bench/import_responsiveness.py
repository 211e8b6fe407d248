"""How responsive the window stays while it imports a thousand articles.

    QT_QPA_PLATFORM=offscreen python tests/ui/bench/import_responsiveness.py [--articles 1000]

Writes ~500-word wire articles (built from the hand-annotated test articles,
as tests/extract/bench_extract.py does, each made distinct) into a temporary
folder, opens the real window on a fresh database, and imports them all
through ``ImportController.import_paths`` — the path File ▸ Import… takes.
Meanwhile a 10 ms timer measures how late the event loop runs it (a stall),
and a simulated user searches every 300 ms (the window's first-page search,
as a keystroke does). Reports the import's rate and the stalls.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "extract"))

from bench_extract import corpus
from PySide6.QtCore import QTimer

from desktop.store import Store
from desktop.ui.app import application, build_window
from desktop.ui.heap import freeze_once
from desktop.ui.settings import open_settings

TICK_MS = 10
QUERIES = ["trade", "investment", "minister", "topic:trade value>1e9", "wheat", ""]


def write_articles(folder: Path, count: int) -> list[Path]:
    texts = corpus()
    paths = []
    for i in range(count):
        path = folder / f"wire-{i + 1:04d}.txt"
        path.write_text(
            f"{texts[i % len(texts)]}\n\nThis is dispatch {i + 1} of {count}.", encoding="utf-8"
        )
        paths.append(path)
    return paths


def report(phase: str, gaps: list[float], searches: list[float]) -> None:
    stalls = sorted(gaps)
    p99 = stalls[int(len(stalls) * 0.99)] if stalls else 0.0
    print(
        f"{phase}: {len(stalls)} ticks of {TICK_MS} ms; event-loop stall median "
        f"{statistics.median(stalls):.1f} ms, p99 {p99:.1f} ms, max {stalls[-1]:.1f} ms; "
        f"{sum(1 for g in stalls if g > 50)} over 50 ms, {sum(1 for g in stalls if g > 100)} over 100 ms"
    )
    if searches:
        print(
            f"  {len(searches)} searches typed: median {statistics.median(searches):.1f} ms, "
            f"max {max(searches):.1f} ms"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description="window responsiveness during an import")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--no-typing", action="store_true", help="do not search meanwhile")
    parser.add_argument(
        "--in-thread", action="store_true", help="extract on the import thread, not in a process"
    )
    args = parser.parse_args()
    if args.in_thread:
        import desktop.ui.import_worker

        desktop.ui.import_worker.PROCESS_FROM = sys.maxsize
    app = application()
    with tempfile.TemporaryDirectory(prefix="fact-browser-import-bench-") as folder:
        root = Path(folder)
        (root / "wires").mkdir()
        paths = write_articles(root / "wires", args.articles)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths) / len(paths)
        store = Store.open(root / "bench.sqlite")
        window = build_window(store, open_settings(root / "settings.ini"), restore=False)
        window.resize(1280, 800)
        window.show()
        window.start("", None)
        while not window.is_ready:
            app.processEvents()
        freeze_once()  # as run_app does when the window is ready (heap.py)

        gaps: list[float] = []
        searches: list[float] = []
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            gaps.append((now - last[0]) * 1000 - TICK_MS)
            last[0] = now

        def type_query() -> None:
            query = QUERIES[len(searches) % len(QUERIES)]
            started = time.perf_counter()
            window.search.set_query(query)
            searches.append((time.perf_counter() - started) * 1000)

        timer = QTimer()
        timer.setInterval(TICK_MS)
        timer.timeout.connect(tick)
        typing = QTimer()
        typing.setInterval(300)
        typing.timeout.connect(type_query)
        done: list[float] = []
        window.importing.finished.connect(lambda: done.append(time.perf_counter()))

        started = time.perf_counter()
        window.importing.import_paths(paths)
        last[0] = time.perf_counter()
        timer.start()
        if not args.no_typing:
            typing.start()
        while not done:
            app.processEvents()
            time.sleep(0.001)
        # The catalog is read again after the import: count the stall it causes too.
        settle = time.perf_counter() + 2.0
        while time.perf_counter() < settle:
            app.processEvents()
            time.sleep(0.001)
        during, typed = list(gaps), list(searches)
        # The same typing on the same store with no import running, for comparison.
        gaps.clear()
        searches.clear()
        last[0] = time.perf_counter()
        settle = time.perf_counter() + min(10.0, done[0] - started)
        while time.perf_counter() < settle:
            app.processEvents()
            time.sleep(0.001)
        timer.stop()
        typing.stop()
        elapsed = done[0] - started
        stored = len(store.articles()) - 1
        facts = store.count("origin:extracted")
        print(
            f"{stored} of {len(paths)} articles (~{words:.0f} words), {facts:,} facts "
            f"imported in {elapsed:.1f} s ({stored / elapsed:.0f} articles/s)"
        )
        report("during the import", during, typed)
        report("after it, same store", gaps, searches)
        window.close()
        app.processEvents()
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
