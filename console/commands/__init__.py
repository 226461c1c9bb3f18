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


class UserError(Exception):
    """A mistake the user can fix: printed as one line, exit code non-zero."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        help="database file (default: $PNF_CONSOLE_DB, else the user data folder)",
    )


def resolve_db(args: argparse.Namespace) -> Path | None:
    """--db wins over PNF_CONSOLE_DB; None means the default in the user data folder."""
    given = getattr(args, "db", None)
    if given is not None:
        return Path(given)
    env = os.environ.get("PNF_CONSOLE_DB")
    return Path(env) if env else None
