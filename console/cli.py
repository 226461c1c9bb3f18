"""The `pnf-console` command: the app, and the administrative sub-commands.

Sub-commands live in console/commands/<name>.py; each module has
``register(subparsers)`` which adds its parser and sets ``handler`` on it. A handler
takes the parsed arguments and returns the exit code. A user mistake raises
``UserError``: one readable line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from console.commands import UserError, add_db_option, resolve_db

COMMAND_MODULES = ("console.commands.protocols",)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pnf-console",
        description="Treatment-room console for PNF therapy.",
    )
    add_db_option(parser)
    parser.add_argument("--demo", action="store_true", help="open a throw-away demo database")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="show the main window and exit 0 after the first paint",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        handler = getattr(args, "handler", None)
        if handler is not None:
            return int(handler(args))
        from console.ui.app import run_app

        return run_app(args, db=resolve_db(args))
    except UserError as error:
        print(f"pnf-console: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
