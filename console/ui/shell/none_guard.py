"""Keep ``None`` alive under PySide6 6.12 on Python 3.11.

The PySide6 6.12.0 wheels (``cp310-abi3``) return ``None`` from every void method
without taking a reference to it, as if ``None`` were immortal (it is only from
Python 3.12 on). On Python 3.11 each such call (``painter.drawEllipse``,
``widget.update``, ``label.setText``...) drops ``None``'s reference count by one, and
after a few thousand calls the interpreter aborts with "none_dealloc: deallocating
None". The runner repaints sixty times a second and would abort within a minute.
``Signal.emit`` does the same with the ``True`` or ``False`` it returns ("bool_dealloc"
after about a thousand emits): the views' ``changed`` signal is emitted for every save,
this console's and, on the clinic server, every other room's.

``keep_none_alive()`` adds a very large number of references to ``None``, ``True`` and
``False`` once, so their counts never reach zero in a process's life. It does nothing
on Python 3.12 and later, where they are immortal.
"""

from __future__ import annotations

import ctypes
import sys

#: About 10^12 references: a billion void calls an hour for over a century.
_EXTRA_REFERENCES = 1 << 40

_done = False


def keep_none_alive() -> None:
    """Add the references once per process (safe to call again)."""
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    # ob_refcnt is the first field of every object in a release build of CPython.
    for constant in (None, True, False):
        ctypes.c_ssize_t.from_address(id(constant)).value += _EXTRA_REFERENCES
    _done = True
