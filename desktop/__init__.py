"""Fact Browser: news articles as facts you can browse, trace, chart and search.

The package root is the Python API for notebooks and scripts::

    import desktop
    store = desktop.open_store()
    store.facts("topic:trade value>1e9")
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.store import Store

__version__ = "0.1.0"


def open_store(path: str | Path | None = None) -> Store:
    """Open the fact store at ``path`` (default: ``$FACT_BROWSER_DB`` or the user data dir)."""
    from desktop.store import Store

    return Store.open(path)


__all__ = ["__version__", "open_store"]
