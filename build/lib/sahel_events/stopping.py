"""A stop asked for by a signal, kept so that it is never lost.

The CLI turns SIGTERM into ``KeyboardInterrupt`` so that a command stops as on Ctrl-C and
its clean-up runs. Python drops an exception raised by a signal handler when the signal
lands while a weakref callback or a ``__del__`` method runs ("Exception ignored in ...",
seen under load inside the import system's module locks): the command would go on and a
release would be published after all. So the handler also records the stop here, and the
points of no return (publishing a release or a dataset) call :func:`check` first.
"""

from __future__ import annotations

import threading

_requested = threading.Event()


def request() -> None:
    """Record that the process was asked to stop."""
    _requested.set()


def clear() -> None:
    """Forget an earlier stop (a new command starts)."""
    _requested.clear()


def check() -> None:
    """Raise ``KeyboardInterrupt`` when a stop was asked for, even if the signal
    handler's own exception was lost."""
    if _requested.is_set():
        raise KeyboardInterrupt
