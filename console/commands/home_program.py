"""`pnf-console home-program --patient ID (--out FILE.pdf | --print [PRINTER]) [--lang en|es]
[--large-print] [--version N]`: a patient's home program handout as a PDF file, or
printed.

The current version unless `--version` names another; in the version's language unless
`--lang` chooses (a version saved without one is in the patient's language); large
print when the version was saved so or `--large-print` asks. The clinic letterhead and
the paper size are those of the settings file. Writing the file is audited as an export.

`--print` sends the handout to a print queue (console/reports/printing.py): the one
named, else the printer of Settings -> Printing, else the system default; with that
section's paper, copies and two-sided printing. It exits 0 once the queue accepted the
job and prints the job id; the print is audited with the printer and the job id. A
queue that is missing, stopped or rejects jobs is an error (exit 1) that says which.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from console.commands import UserError
from console.commands._storage import open_repository


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "home-program",
        help="print a patient's home program, or write it to a PDF file",
        description="Write a patient's home program handout (the current version, or the "
        "one given) as a PDF file, or send it to a printer. The export or print is audited.",
    )
    parser.add_argument("--patient", required=True, type=_number, metavar="ID")
    output = parser.add_mutually_exclusive_group(required=True)
    output.add_argument("--out", type=Path, metavar="FILE.pdf")
    output.add_argument(
        "--print",
        nargs="?",
        const="",
        default=None,
        dest="printer",
        metavar="PRINTER",
        help="send it to PRINTER (default: the printer of Settings, else the system's)",
    )
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
    from console.reports.printing import PrintFailure, print_handout
    from console.storage.errors import NotFound, StorageError
    from console.storage.paths import protocol_sources
    from console.storage.settings_file import load_settings

    out: Path | None = args.out
    if out is not None and out.is_dir():
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

        def log_handout(action: str, how: str) -> None:
            repo.audit.log(
                action,
                "home_program",
                version.id,
                patient.id,
                detail=f"version {version.version}, {how}",
            )

        if out is None:
            try:
                job = print_handout(
                    lambda paper: render_handout(
                        program,
                        library.protocols,
                        settings.model_copy(update={"paper_size": paper}),
                    ),
                    settings.printing,
                    printer=args.printer or None,
                    fallback_paper=settings.paper_size,
                )
            except PrintFailure as error:
                raise UserError(f"not printed: {error.message}") from error
            log_handout("print", f"printer {job.printer}, job {job.job_id}")
            print(job.job_id)
            return 0
        data = render_handout(program, library.protocols, settings)
        try:
            out.write_bytes(data)
        except OSError as error:
            raise UserError(f"cannot write {out}: {error.strerror or error}") from error
        log_handout("export", "pdf")
    except HomeProgramError as error:
        raise UserError(str(error)) from error
    except StorageError as error:
        raise UserError(error.message) from error
    finally:
        repo.close()
    return 0
