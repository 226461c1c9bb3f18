"""Command-line sub-commands (one module each); see console/cli.py.

Each module has ``register(subparsers)``: it adds its parser and sets
``handler=<function(args) -> exit code>`` with ``set_defaults``. The global options
(``--db``) come from the parent parser console/cli.py gives every command, so they
work before or after the command's name; a command does not add them itself.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from console.storage.errors import StorageError


class UserError(Exception):
    """A mistake the user can fix: printed as one line, exit code non-zero."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        help=(
            "database file, or the clinic server's postgresql:// URL "
            "(default: $PNF_CONSOLE_DB, else Settings -> Database, else a file in the "
            "user data folder)"
        ),
    )


def as_target(text: str | Path) -> Path | str:
    """A server URL stays text; anything else is a file path."""
    from console.storage.location import is_server_url

    return str(text) if is_server_url(text) else Path(text)


def resolve_db(args: argparse.Namespace) -> Path | str | None:
    """--db wins over PNF_CONSOLE_DB, which wins over Settings -> Database; None means
    the default in the user data folder. A file path comes back as a Path, a server
    URL as text."""
    given = getattr(args, "db", None)
    if given is not None:
        return as_target(given)
    env = os.environ.get("PNF_CONSOLE_DB")
    if env:
        return as_target(env)
    from console.storage.settings_file import load_settings

    configured = load_settings(set_aside=False).settings.database
    return as_target(configured) if configured else None


def count(n: int, noun: str, plural: str | None = None) -> str:
    """'1 patient', '2 patients': the command line's messages are English only."""
    return f"1 {noun}" if n == 1 else f"{n} {plural or noun + 's'}"


def one_line(error: StorageError) -> str:
    """A storage problem as one line: its message, and the first line of its detail."""
    detail = (error.detail or "").strip().splitlines()
    return f"{error.message} ({detail[0]})" if detail else error.message
