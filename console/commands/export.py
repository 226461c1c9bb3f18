"""`pnf-console export --patient ID|all --format json|csv [--out FILE]`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from console.commands import UserError
from console.commands._storage import open_repository
from console.storage.errors import StorageError
from console.storage.export import (
    FORMATS,
    export_all,
    export_patient,
    export_to_file,
    patient_parts,
    record_export,
    write_json,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "export",
        help="export a patient's whole record (or all patients): JSON, zipped CSV or FHIR R4",
        description="Export for a records request or a referral; the export is audited. "
        "The format is described in docs/export-format.md.",
    )
    parser.add_argument(
        "--patient", required=True, metavar="ID|all", help="patient number, or 'all'"
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="json",
        help="json (everything), csv (a zip, one file per table) or fhir (an R4 Bundle)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="FILE",
        help="output file (JSON goes to standard output without it; CSV needs it)",
    )
    parser.set_defaults(handler=run, out=None)


def _patient_choice(value: str) -> int | None:
    if value.strip().lower() == "all":
        return None
    try:
        number = int(value)
    except ValueError:
        raise UserError(f"--patient takes a patient number or 'all', not {value!r}", 2) from None
    if number < 1:
        raise UserError(f"--patient takes a patient number or 'all', not {value!r}", 2)
    return number


def run(args: argparse.Namespace) -> int:
    patient_id = _patient_choice(args.patient)
    out = args.out
    if args.format == "csv" and out is None:
        raise UserError("a CSV export is a zip file: give it a name with --out FILE.zip", 2)
    repo = open_repository(args)
    try:
        if out is not None:
            export_to_file(repo, patient_id, args.format, out)
        else:
            data = export_all(repo) if patient_id is None else export_patient(repo, patient_id)
            if args.format == "fhir":
                from console.storage.fhir import fhir_bundle

                write_json(fhir_bundle(data), sys.stdout)
            else:
                write_json(data, sys.stdout)
            sys.stdout.flush()
            patients = [part["patient"]["id"] for part in patient_parts(data)]
            record_export(repo, patients, args.format)
    except StorageError as error:
        raise UserError(error.message) from error
    except BrokenPipeError:  # the reader (head, less) stopped early: nothing to report
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except OSError as error:
        raise UserError(f"cannot write {out}: {error.strerror or error}") from error
    finally:
        repo.close()
    return 0
