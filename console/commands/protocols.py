"""`pnf-console protocols check PATH...` and `pnf-console protocols list [--json]`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from console import resources
from console.commands import UserError
from console.domain.library import Library, load_library
from console.storage.paths import protocol_sources


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("protocols", help="check or list protocol files")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    check = actions.add_parser(
        "check", help="validate protocol files or folders; exit 1 if any is bad"
    )
    check.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    check.set_defaults(handler=run_check)

    listing = actions.add_parser("list", help="list the loaded protocol library")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument(
        "--folder",
        action="append",
        type=Path,
        default=[],
        help="also load this folder (may be given more than once)",
    )
    listing.set_defaults(handler=run_list)


def run_check(args: argparse.Namespace) -> int:
    missing = [p for p in args.paths if not p.exists()]
    if missing:
        raise UserError(f"no such file or folder: {missing[0]}", exit_code=2)
    library = load_library(
        [(path, False) for path in args.paths], illustrations=resources.illustrations_dir()
    )
    for error in library.errors:
        print(error)
    checked = len(library.protocols) + len(library.templates) + len(library.rejected)
    if checked == 0:
        print("pnf-console: no protocol files (*.toml) found", file=sys.stderr)
        return 1
    bad = len(library.rejected)
    print(f"{checked} file(s) checked, {bad} rejected", file=sys.stderr)
    return 1 if bad else 0


def describe(library: Library) -> list[dict[str, Any]]:
    rows = []
    for protocol in library:
        spec = protocol.spec
        rows.append(
            {
                "id": spec.id,
                "title": spec.title.en,
                "title_es": spec.title.in_("es"),
                "kind": spec.kind,
                "region": spec.region.value,
                "pattern": spec.pattern,
                "technique": spec.technique.value if spec.technique else None,
                "sides": list(spec.sides),
                "builtin": protocol.builtin,
                "path": str(protocol.path),
            }
        )
    return rows


def run_list(args: argparse.Namespace) -> int:
    from console.storage.settings_file import load_settings

    # The same folders the app reads: built-in, the user folder, Settings, then --folder.
    folders = [Path(f) for f in load_settings(set_aside=False).settings.protocol_folders]
    library = load_library(
        protocol_sources(resources.protocols_dir(), folders + list(args.folder)),
        illustrations=resources.illustrations_dir(),
    )
    rows = describe(library)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            technique = row["technique"] or "-"
            print(f"{row['id']:<48} {row['kind']:<5} {row['region']:<16} {technique}")
    for rejected in library.rejected:
        for error in rejected.errors:
            print(f"rejected: {error}", file=sys.stderr)
    return 0
