"""What the app loaded stays out of the garbage collector's way while the person types.

Names, article headers, pandas and pyqtgraph are loaded once and live as long
as the window. Python's full collections walk every object they have not
frozen: at a million facts they took 21-51 ms with the GIL held, long enough
to miss a frame whenever one fell between two keystrokes. Frozen after
loading, those objects are never walked again.

The one policy, and the one place that calls ``gc.freeze``: the app freezes
once per process, when its window has loaded (``app.run_app`` connects the
window's ``ready`` to :func:`freeze_once`). A frozen object in a reference
cycle is never collected; that costs nothing there, since the app's process
shows one window, which lives until the process ends. Nothing else freezes:

* not a window as it loads: the tests, the screenshot and the benchmarks open
  several windows in one process, and each closed one must be collected;
* not an import: a freeze at each import's start kept whatever lived then
  uncollectable for the session, and saves nothing once loading's objects are
  frozen (a full pass then walks a few hundred objects, 0.2 ms, against 51 ms
  unfrozen, on a 30,000-fact store).

Nor is anything thawed: ``gc.unfreeze`` at the end of an import made 3 of 12
full test runs crash inside PySide6. A tool that measures the window as the
app runs it (``tests/ui/bench``) calls :func:`freeze_once` as the app does.
"""

from __future__ import annotations

import gc

_frozen = False


def freeze_once() -> None:
    """Freeze what lives now, the first time only (later calls do nothing)."""
    global _frozen
    if not _frozen:
        gc.freeze()
        _frozen = True
