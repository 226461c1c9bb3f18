"""The clinic passphrase for commands that open an encrypted database.

Taken from ``PNF_CONSOLE_PASSPHRASE`` when set, else asked on the terminal (never
echoed). A plain database needs none.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from console.commands import UserError
from console.storage import encryption

ENV = "PNF_CONSOLE_PASSPHRASE"


def ask(prompt: str) -> str:
    """A passphrase from the environment or the terminal; UserError when neither."""
    given = os.environ.get(ENV)
    if given:
        return given
    if not sys.stdin.isatty():
        raise UserError(f"the database is encrypted: set {ENV} or run this from a terminal")
    try:
        text = getpass.getpass(prompt)
    except EOFError as error:
        raise UserError("no passphrase given") from error
    if not text:
        raise UserError("no passphrase given")
    return text


def for_database(path: Path) -> str | None:
    """The passphrase that ``path`` needs: None for a plain (or missing) database."""
    kind = encryption.file_kind(path)
    if kind == "encrypted" or (kind == "unknown" and os.environ.get(ENV)):
        return ask(f"Passphrase for {path.name}: ")
    return None


def new_passphrase() -> str:
    """A new passphrase, typed twice on a terminal (or from the environment)."""
    given = os.environ.get(ENV)
    if given:
        return given
    first = ask("New clinic passphrase: ")
    if len(first) < 8:
        raise UserError("choose a passphrase of at least 8 characters")
    if ask("The same passphrase again: ") != first:
        raise UserError("the two passphrases differ; nothing was changed")
    return first
