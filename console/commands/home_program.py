"""`pnf-console home-program --patient ID --out FILE.pdf [--lang en|es] [--large-print]
[--version N]`: a patient's home program handout as a PDF file.

The current version unless `--version` names another; in the version's language unless
`--lang` chooses (a version saved without one is in the patient's language); large
print when the version was saved so or `--large-print` asks. The clinic letterhead and
the paper size are those of the settings file. Writing the file is audited as an export.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from console.commands import UserError, add_db_option
from console.commands._storage import open_repository


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "home-program",
        help="print a patient's home program to a PDF file",
        description="Write a patient's home program handout (the current version, or the "
        "one given) as a PDF file. The export is audited.",
    )
    parser.add_argument("--patient", required=True, type=_number, metavar="ID")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    parser.add_argument(
        "--lang", choices=("en", "es"), default=None, help="handout language (default: saved)"
    )
    parser.add_argument("--large-print", action="store_true", help="body text at 16 pt or more")
    parser.add_argument(
        "--version",
        type=_number,
        default=None,
        metavar="N",
        help="a past version (default: current)",
    )
    add_db_option(parser)
    parser.set_defaults(handler=run)


def _number(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a number from 1, not {value!r}")
    return number


def run(args: argparse.Namespace) -> int:
    from console import resources
    from console.domain.home_program import HomeProgramError
    from console.domain.library import load_library
    from console.reports.handout import program_of, render_handout
    from console.storage.errors import NotFound, StorageError
    from console.storage.paths import protocol_sources
    from console.storage.settings_file import load_settings

    out: Path = args.out
    if out.is_dir():
        raise UserError(f"--out names a folder, not a file: {out}", 2)
    repo = open_repository(args)
    try:
        try:
            patient = repo.patients.get(args.patient)
        except NotFound:
            raise UserError(f"there is no patient number {args.patient}") from None
        version = repo.home_programs.get(args.patient, args.version)
        if version is None and args.version is not None:
            raise UserError(f"patient {args.patient} has no home program version {args.version}")
        if version is None or not version.items:
            raise UserError(f"patient {args.patient} has no home program to print")
        settings = load_settings(set_aside=False).settings
        library = load_library(
            protocol_sources(
                resources.protocols_dir(), [Path(f) for f in settings.protocol_folders]
            ),
            illustrations=resources.illustrations_dir(),
        )
        therapists = {t.id: t.name for t in repo.therapists.all(include_inactive=True)}
        program = program_of(
            version,
            patient,
            today=repo.today(),
            therapist_name=therapists.get(version.therapist_id or 0, ""),
            language=args.lang,
            large_print=True if args.large_print else None,
        )
        data = render_handout(program, library.protocols, settings)
        try:
            out.write_bytes(data)
        except OSError as error:
            raise UserError(f"cannot write {out}: {error.strerror or error}") from error
        repo.audit.log(
            "export",
            "home_program",
            version.id,
            patient.id,
            detail=f"version {version.version}, pdf",
        )
    except HomeProgramError as error:
        raise UserError(str(error)) from error
    except StorageError as error:
        raise UserError(error.message) from error
    finally:
        repo.close()
    return 0
