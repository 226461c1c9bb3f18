"""`pnf-console demo-data --patients N --sessions M`: synthetic patients for demos."""

from __future__ import annotations

import argparse
import datetime as dt
import time

from console.commands import UserError
from console.commands._storage import db_path, open_repository
from console.storage import demo
from console.storage.errors import StorageError


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "demo-data",
        help="fill a database with synthetic patients, sessions and records",
        description="Adds synthetic patients (none of them real) with weekly sessions, "
        "grades, pain scores, notes, SOAP notes, signed sessions and home programs.",
    )
    parser.add_argument("--patients", type=_count, required=True, metavar="N")
    parser.add_argument(
        "--sessions", type=_count, required=True, metavar="M", help="sessions per patient"
    )
    parser.add_argument(
        "--records-per-session",
        type=_count,
        default=None,
        metavar="K",
        help="exactly K records in every session (at least 3; default: as the plan gives)",
    )
    parser.add_argument("--seed", type=int, default=1, help="same seed, same data (default 1)")
    parser.add_argument(
        "--language",
        choices=("en", "es"),
        default="en",
        help="the language of diagnoses, notes and SOAP notes (default en)",
    )
    parser.add_argument(
        "--today",
        type=dt.date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help="the day the newest sessions lead up to (default: today)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.records_per_session is not None and args.records_per_session < 3:
        raise UserError("--records-per-session is at least 3 (pain at start and end, a grade)", 2)
    repo = open_repository(args, must_exist=False)
    started = time.perf_counter()
    try:
        summary = demo.generate(
            repo.transactions,
            patients=args.patients,
            sessions=args.sessions,
            seed=args.seed,
            records_per_session=args.records_per_session,
            today=args.today,
            language=args.language,
        )
    except StorageError as error:
        raise UserError(error.message) from error
    finally:
        repo.close()
    seconds = time.perf_counter() - started
    added = ", ".join(
        _counted(n, noun)
        for n, noun in (
            (summary.patients, "patient"),
            (summary.sessions, "session"),
            (summary.records, "record"),
        )
    )
    print(f"{db_path(args)}: added {added} in {seconds:.1f} s")
    return 0


def _counted(n: int, noun: str) -> str:
    """'1 patient', '2 patients': the command line is English only."""
    return f"1 {noun}" if n == 1 else f"{n} {noun}s"
