"""Keystroke → updated table, and → updated sidebar counts, on a big store.

    python tests/ui/bench/make_store.py /tmp/big.sqlite 1000000   # once, a few minutes
    QT_QPA_PLATFORM=offscreen python tests/ui/bench/keystroke.py /tmp/big.sqlite
    QT_QPA_PLATFORM=offscreen python tests/ui/bench/keystroke.py /tmp/big.sqlite --people

Each "keystroke" is the search the debounce timer would run for that prefix
of the typed words; the table time includes the paint that follows. "counts"
is the time until the sidebar shows numbers for it (capped ones, "1,000+", for
a broad query), "no …" until no topic (nor, with ``--people``, person or
place) still reads "…", "exact" until they are all exact, as when the person
pauses. ``--people`` opens the People and Places groups first, so that their
numbers are counted too (closed, they are not).
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.store import Store
from desktop.ui.app import application, build_window
from desktop.ui.heap import freeze_once
from desktop.ui.settings import open_settings
from desktop.ui.sidebar_counts import SidebarCounts

TYPED = ["tokayev", "xinjiang trade", "urumqi", "investment", "topic:trade value>1e9", "partner"]


def _settled(counts: SidebarCounts) -> bool:
    """No number in the sidebar still reads "…"."""
    return not any(part is not None and part.pending for part in (counts.topics, counts.entities))


def main(path: str, people: bool = False) -> None:
    store = Store.open(path)
    app = application()
    with tempfile.TemporaryDirectory() as folder:
        window = build_window(store, open_settings(Path(folder) / "s.ini"), restore=False)
        window.resize(1280, 800)
        if people:
            for kind in ("person", "place"):
                window.sidebar.expand(window.sidebar_model.group(kind).index())
        started = time.perf_counter()
        window.show()
        window.start("", None)
        while not window.is_ready:
            app.processEvents()
        freeze_once()  # as run_app does when the window is ready (heap.py)
        print(f"window ready on {store.count(''):,} facts in {time.perf_counter() - started:.2f} s")
        # The first paint of what loading filled in (detail pane, chart, reader) and the
        # worker's answers for the start-up search belong to start-up (startup.py), not
        # to the first keystroke: let them finish first.
        quiet_from = time.perf_counter() + 0.3
        while (
            time.perf_counter() < quiet_from
            or window.busy
            or window.counts_pending
            or (window.last_result is not None and not window.last_result.complete)
        ):
            app.processEvents()
            time.sleep(0.0005)
        table, counts, settled, exact, full = [], [], [], [], []
        handed = 0  # searches the window's thread gave to the worker (see state.BUDGET_MS)
        arrived: dict[str, float] = {}

        def on_counted(_generation: int, numbers: SidebarCounts) -> None:
            arrived.setdefault("counts", time.perf_counter())
            if _settled(numbers):
                arrived.setdefault("settled", time.perf_counter())

        window.background.counted.connect(on_counted)
        window.background.searched.connect(
            lambda *_: arrived.setdefault("full", time.perf_counter())
        )
        for words in TYPED:
            for end in range(1, len(words) + 1):
                query = words[:end]
                arrived.clear()
                t0 = time.perf_counter()
                window._on_search_requested(query)
                app.processEvents()  # the table repaints
                if window.last_result is not None and window.last_result.pending:
                    # Too slow for the window's thread: the table shows it when the
                    # worker's list arrives, and that is when the person sees it.
                    handed += 1
                    while window.last_result.pending:
                        app.processEvents()
                        time.sleep(0.0005)
                table.append((time.perf_counter() - t0) * 1000)
                while window.counts_pending:
                    app.processEvents()
                    time.sleep(0.0005)
                exact.append((time.perf_counter() - t0) * 1000)
                # An invalid query (e.g. "topic:") changes no counts: nothing to wait for.
                counts.append((arrived.get("counts", time.perf_counter()) - t0) * 1000)
                settled.append((arrived.get("settled", time.perf_counter()) - t0) * 1000)
                # Let the worker finish the full list too, so that the next keystroke's
                # table time is the window's own, not shared with the worker's.
                while window.last_result is not None and not window.last_result.complete:
                    app.processEvents()
                    time.sleep(0.0005)
                if "full" in arrived:
                    full.append((arrived["full"] - t0) * 1000)
                print(
                    f"{query!r:26} {window.status.text():48}  table {table[-1]:6.1f} ms"
                    f"  counts {counts[-1]:7.1f} ms  no … {settled[-1]:7.1f} ms"
                    f"  exact {exact[-1]:7.1f} ms"
                )
        for name, values in (
            ("table", table),
            ("counts", counts),
            ("no …", settled),
            ("exact counts", exact),
            ("full list", full),
        ):
            if len(values) < 2:
                continue
            p95 = statistics.quantiles(values, n=20)[-1]
            print(
                f"{name}: n={len(values)} p50 {statistics.median(values):.1f} ms"
                f"  p95 {p95:.1f} ms  max {max(values):.1f} ms"
            )
        print(f"handed to the worker (past the window's budget): {handed} of {len(table)}")
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak RSS {rss:.0f} MB")
        window.close()
    store.close()


if __name__ == "__main__":
    main(sys.argv[1], people="--people" in sys.argv[2:])
