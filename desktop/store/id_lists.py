"""Long lists of rowids, read without a Python object per row.

The window's worker lists every match of a broad search (up to a million
ids) while the UI thread draws the table. Fetched row by row, each id costs a
row tuple and an int made under the GIL, and SQLite gives the GIL back and
takes it again at every row: the UI thread waited for it, and a keystroke
that arrived meanwhile took 45-70 ms instead of 10. Here SQLite instead
concatenates the ids into one string of fixed-width hex digits in a single
step, during which Python's sqlite3 module holds no GIL, and C code turns the
string into an ``array`` of int64s a slice at a time, so the GIL is never held
for more than about a millisecond. A newer search can still interrupt the
statement (``Store.interrupt``).

Qt-free, like the rest of the store.
"""

from __future__ import annotations

import sys
from array import array

#: Hex digits per id: any int64, negative ones included (two's complement).
WIDTH = 16
#: Ids decoded per slice: ~0.5 ms of C code holding the GIL.
SLICE = 65_536


def concatenated(select_sql: str) -> str:
    """A statement whose single value is every ``id`` of ``select_sql``, in its order, as hex.

    ``select_sql`` must name its id column ``id`` and give its order itself;
    SQLite's ``group_concat`` keeps the order in which the rows arrive.
    """
    return f"SELECT group_concat(printf('%0{WIDTH}x', id), '') FROM ({select_sql})"


def decoded(text: str | None) -> array[int]:
    """The ids of a :func:`concatenated` value (``None``: nothing matched)."""
    ids: array[int] = array("q")
    if not text:
        return ids
    step = SLICE * WIDTH
    for start in range(0, len(text), step):
        ids.frombytes(bytes.fromhex(text[start : start + step]))
    if sys.byteorder == "little":  # the hex digits are big-endian
        ids.byteswap()
    return ids
