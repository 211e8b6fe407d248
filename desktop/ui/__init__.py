"""The Qt layer: a window that adapts the Qt-free store (``desktop.store``).

Modules here that do not start with ``app``, ``models`` or ``widgets`` and do
not import PySide6 (``state``, ``catalog``, ``charts_data``, ``fact_text``)
hold the logic, so it is tested without a screen.
"""

from desktop.ui._compat import keep_singletons_alive

keep_singletons_alive()
