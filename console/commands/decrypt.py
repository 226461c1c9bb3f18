"""`pnf-console decrypt`: back to a plain database (see console/commands/encrypt.py)."""

from __future__ import annotations

import argparse

from console.commands.encrypt import run_decrypt


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("decrypt", help="turn an encrypted database back into a plain one")
    parser.set_defaults(handler=run_decrypt)
