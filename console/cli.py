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
from typing import Any, cast

from console.commands import UserError, add_db_option, resolve_db

# Sub-command name -> (module, one-line help). Only the module of the command given is
# imported, so starting the app does not pay for every command's imports.
COMMANDS: dict[str, tuple[str, str]] = {
    "protocols": ("console.commands.protocols", "check or list protocol files"),
    "export": ("console.commands.export", "export a patient's record: JSON, zipped CSV or FHIR"),
    "demo-data": ("console.commands.demo_data", "fill a database with synthetic patients"),
    "check-db": ("console.commands.check_db", "check the database and its audit log"),
    "backup": ("console.commands.backup", "copy the database (online) to a backup file"),
    "restore": ("console.commands.restore", "check a backup and put it in place of the database"),
    "encrypt": ("console.commands.encrypt", "encrypt the database with a clinic passphrase"),
    "decrypt": ("console.commands.decrypt", "turn an encrypted database back into a plain one"),
    "server": ("console.commands.server", "set up the clinic's PostgreSQL server (server init)"),
    "journal": (
        "console.commands.journal",
        "list the entries this room has not delivered to the clinic server",
    ),
    "migrate": (
        "console.commands.migrate",
        "copy a database file onto the clinic server (migrate --from FILE --to URL)",
    ),
    "home-program": (
        "console.commands.home_program",
        "print a patient's home program on a printer, or write it to a PDF file",
    ),
}


def global_options() -> argparse.ArgumentParser:
    """The options every command takes, before or after the command's name."""
    options = argparse.ArgumentParser(add_help=False)
    add_db_option(options)
    return options


class _CommandParser(argparse.ArgumentParser):
    """A sub-command's parser: argparse's parent mechanism gives it the global options."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs["parents"] = [*kwargs.get("parents", ()), global_options()]
        super().__init__(**kwargs)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, with the full parser of `command` (None: only stubs).

    A stub knows a command's name, help line and the global options; the full parser
    is built from the command's module, imported only when that command is given.
    """
    parser = argparse.ArgumentParser(
        prog="pnf-console",
        description="Treatment-room console for PNF therapy.",
        parents=[global_options()],
        epilog="Every command takes --db PATH, before or after the command's name.",
    )
    parser.add_argument("--demo", action="store_true", help="open a throw-away demo database")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="show the main window and exit 0 after the first paint",
    )
    parser.add_argument(
        "--usable-test",
        action="store_true",
        help="start as usual and exit 0 once Today's lists are filled from the database",
    )
    sub = cast(
        "argparse._SubParsersAction[argparse.ArgumentParser]",
        parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_CommandParser),
    )
    for name, (module, help_text) in COMMANDS.items():
        if name == command:
            importlib.import_module(module).register(sub)
        else:
            sub.add_parser(name, help=help_text, add_help=False)
    return parser


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """Parse in two passes, both argparse: which command, then that command in full."""
    known, _rest = build_parser().parse_known_args(argv)
    parser = build_parser(known.command)
    args = parser.parse_args(argv)
    if args.command is not None:
        app_only = [
            flag
            for flag, on in (
                ("--demo", args.demo),
                ("--smoke-test", args.smoke_test),
                ("--usable-test", args.usable_test),
            )
            if on
        ]
        if app_only:
            parser.error(f"{' and '.join(app_only)}: for the app only, not with {args.command}")
        if getattr(args, "handler", None) is None:
            parser.error(f"{args.command}: the command could not be loaded")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    # check-db runs part of its work in a second process ("spawn"); in the one-folder
    # bundle that process starts this same executable, which must hand it over.
    import multiprocessing

    multiprocessing.freeze_support()
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--speech-host"]:
        # Internal: the console starts itself this way to own the speech engine.
        from console.ui.runner.speech_host import main as speech_host

        return speech_host(argv[1:])
    args = parse_arguments(argv)
    try:
        handler = getattr(args, "handler", None)
        if handler is not None:
            return int(handler(args))
        from console.ui.shell.app import run_app

        return run_app(args, db=resolve_db(args))
    except UserError as error:
        print(f"pnf-console: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
