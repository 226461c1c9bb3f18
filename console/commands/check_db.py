"""`pnf-console check-db`: SQLite's integrity check, the audit log's hash chain, and
every saved row and signed session against what the audit trail sealed."""

from __future__ import annotations

import argparse
import time

from console.commands import UserError
from console.commands._storage import db_path
from console.storage.database_check import check_database


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "check-db",
        help="check the database file and its audit log; exit 1 with one line per problem",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    path = db_path(args)
    if not path.is_file():
        raise UserError(f"no database at {path}")
    from console.commands._passphrase import for_database

    passphrase = for_database(path)
    started = time.perf_counter()
    problems = check_database(path, passphrase=passphrase)
    took = f"checked in {time.perf_counter() - started:.1f} s"
    for problem in problems:
        print(problem)
    if problems:
        found = "1 problem" if len(problems) == 1 else f"{len(problems)} problems"
        print(f"{path}: {found} found; nothing was changed ({took})")
        return 1
    print(
        f"{path}: ok (integrity check passed, audit log chain intact, "
        f"saved content matches its seals; {took})"
    )
    return 0
