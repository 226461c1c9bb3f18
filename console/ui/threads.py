"""Ending a worker thread that talks to a speech engine, which may hang."""

from __future__ import annotations

import logging

from PySide6.QtCore import QThread

log = logging.getLogger(__name__)

#: How long a thread may take to stop before it is abandoned.
STOP_WAIT_MS = 1500


def stop_thread(thread: QThread | None, what: str) -> None:
    """Ask `thread` to stop; a hung engine is ended, never waited on for long."""
    if thread is None:
        return
    thread.quit()
    if not thread.wait(STOP_WAIT_MS):
        log.warning("the %s did not stop; ending it", what)
        thread.terminate()
        thread.wait(STOP_WAIT_MS)
