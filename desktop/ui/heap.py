"""What loading made stays out of the garbage collector's way while the person types.

Names, article headers, pandas and pyqtgraph are loaded once and live as long
as the window. Python's full collections walk every object they have not
frozen: at a million facts they took 21-51 ms with the GIL held, long enough
to miss a frame whenever one fell between two keystrokes. Frozen after
loading, those objects are never walked again.
"""

from __future__ import annotations

import gc

_frozen = False


def freeze_loaded() -> None:
    """Freeze what lives now; once per process (a second window, as in the tests,
    would only freeze what the first left behind)."""
    global _frozen
    if not _frozen:
        gc.freeze()
        _frozen = True
