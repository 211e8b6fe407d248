"""Background threads give way to the UI thread when the two must share a core.

The worker counts and lists ids on the second core while the UI thread draws
the table. When another program keeps that core busy, both threads share one,
and with equal shares a keystroke's table took twice as long to paint. A
thread that calls :func:`lower_this_thread` gets a tenth of a shared core
(niceness 10 against 0) and still all of an idle one.
"""

from __future__ import annotations

import os
import sys
import threading
from contextlib import suppress

from PySide6.QtCore import QThread

#: Niceness of background threads: CFS weighs nice 10 against 0 as about 1 to 9.
NICE = 10


def lower_this_thread() -> None:
    """Lower the calling thread's CPU priority (never the UI thread's: call it from a worker).

    On Linux niceness is per thread (a thread id names it); Qt cannot lower
    an ordinary Linux thread, but it can elsewhere.
    """
    if sys.platform.startswith("linux"):
        with suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), NICE)
    else:
        QThread.currentThread().setPriority(QThread.Priority.LowPriority)
