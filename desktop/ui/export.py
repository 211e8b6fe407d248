"""Export of the facts in view, through the command line's writer. Qt-free.

One writer for ``fact-browser export`` and File ▸ Export…, so a CSV from the
window and one from the terminal have the same columns.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from desktop.store import Store


def export_facts(store: Store, rowids: Sequence[int], target: Path) -> Path:
    """Write the facts ``rowids`` (in that order) to ``target``; returns the path written.

    A name without a known suffix gets ``.csv``. Raises ``desktop.cli.UserError``
    with one readable sentence when the file cannot be written.
    """
    from desktop.cli import EXPORT_SUFFIXES, UserError, write_facts

    if target.suffix.lower() not in EXPORT_SUFFIXES:
        target = target.with_suffix(".csv")
    if not target.parent.is_dir():
        raise UserError(f"Cannot write {target}: the folder {target.parent} does not exist.")
    try:
        write_facts(store.rows(list(rowids)), target)
    except OSError as exc:
        raise UserError(f"Cannot write {target}: {exc.strerror or exc}.") from exc
    return target
