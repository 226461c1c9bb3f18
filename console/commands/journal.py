"""`pnf-console journal`: the entries this room's journal has not delivered to the
clinic server, for the admin.

Each line is one entry, oldest first: its number, when it was taken, the server it is
for, the session, what it is (a grade and its value, a note, a resume point...) and
whether it still waits for the server or the server refused it, with why. Exit 0 when
no entry was refused, 1 when one was (so a script can raise an alarm). ``--send-again
N`` puts a refused entry back in the queue once its cause is fixed; the console sends
it at its next start (or at once when it runs).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from console.commands import UserError
from console.storage.errors import StorageError
from console.storage.journal import Journal, JournalEntry, default_journal_path


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "journal", help="list the entries this room has not delivered to the clinic server"
    )
    parser.add_argument(
        "--file", type=Path, default=None, help="the journal file (default: this user's)"
    )
    parser.add_argument(
        "--send-again", type=int, metavar="N", help="send refused entry number N again"
    )
    parser.set_defaults(handler=run)


def describe(entry: JournalEntry) -> str:
    value = entry.body.get("value")
    what = entry.kind if value is None else f"{entry.kind} {value}"
    if entry.kind == "cursor":
        what = f"resume point at step {entry.body.get('phase_index')}"
    state = f"refused: {entry.problem}" if entry.problem else "waiting for the server"
    return (
        f"#{entry.seq}  {entry.taken_at}  {entry.server}  session {entry.session_id}  "
        f"{what}  ({entry.uid})  {state}"
    )


def run(args: argparse.Namespace) -> int:
    path: Path = args.file or default_journal_path()
    if not path.is_file():
        print(f"{path}: no journal (this room has never worked on a clinic server)")
        return 0
    try:
        journal = Journal(path)
    except StorageError as error:
        raise UserError(f"{path}: {error.message}") from error
    try:
        if args.send_again is not None:
            numbers = {entry.seq for entry in journal.undeliverable()}
            if args.send_again not in numbers:
                raise UserError(f"entry {args.send_again} was not refused by the server")
            journal.send_again(args.send_again)
            print(f"entry {args.send_again} will be sent again at the console's next try")
            return 0
        entries = journal.undelivered()
    finally:
        journal.close()
    if not entries:
        print(f"{path}: every entry has reached the server")
        return 0
    for entry in entries:
        print(describe(entry))
    refused = sum(1 for entry in entries if entry.problem)
    waiting = len(entries) - refused
    print(f"{waiting} waiting for the server, {refused} refused by it")
    return 1 if refused else 0
