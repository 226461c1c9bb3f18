"""`pnf-console check-db`: SQLite's integrity check and the audit log's hash chain."""

from __future__ import annotations

import argparse

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

    problems = check_database(path, passphrase=for_database(path))
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print(f"{path}: ok (integrity check passed, audit log chain intact)")
    return 0
