"""Where the Settings and first-start screens meet the therapist PIN and encryption code.

PIN hashing and the conversion to an encrypted database belong to the security code;
these screens only ask for them. Each function here answers None when this build does
not have that part, and the screens then disable the control with a note saying so.

The security code provides, in ``console.ui.settings.security_actions``:

- ``set_pin(repository, therapist_id, pin) -> None``: hash and store a therapist's PIN
  (``None`` clears it).
- ``encrypt_database(context, parent) -> bool``: ask the clinic passphrase and convert
  the open database to an encrypted one; True when it is encrypted.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from console.storage.repository import Repository
    from console.ui.shell.context import AppContext

SECURITY_MODULE = "console.ui.settings.security_actions"

PinSetter = Callable[["Repository", int, "str | None"], None]
DatabaseEncrypter = Callable[["AppContext", "QWidget"], bool]


def _security() -> ModuleType | None:
    try:
        return importlib.import_module(SECURITY_MODULE)
    except ModuleNotFoundError as error:
        if error.name != SECURITY_MODULE:
            raise
        return None


def _function(name: str) -> Any:
    module = _security()
    function = getattr(module, name, None) if module is not None else None
    return function if callable(function) else None


def pin_setter() -> PinSetter | None:
    """The security code's ``set_pin``, or None when PINs are not in this build."""
    setter: PinSetter | None = _function("set_pin")
    return setter


def database_encrypter() -> DatabaseEncrypter | None:
    """The security code's ``encrypt_database``, or None when encryption is not here."""
    encrypter: DatabaseEncrypter | None = _function("encrypt_database")
    return encrypter
