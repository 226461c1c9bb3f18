"""Sending a handout to a print queue of the system's print service (CUPS).

The CUPS command-line tools do the work, each called with an explicit argument list
and the "C" locale so their answers can be read: `lp` submits (the PDF on its standard
input) and answers with the job id, `lpstat` tells the queues, the default queue, a
queue's state and whether a job is still waiting, `lpoptions` tells what a queue's
driver offers (paper sizes, two-sided printing). The tools honour `CUPS_SERVER`, so the
same code prints on the computer's scheduler or on another one.

Everything that can go wrong ends in one `PrintFailure` whose `problem` says which
kind: the print service is missing or not running, no printer is installed, the named
printer does not exist, the queue is stopped (paused, out of paper, switched off), the
queue rejects jobs, the job failed, or the job did not finish in time. A stopped queue
is found before the job is sent, so no handout waits unseen in a paused queue.
"""

from __future__ import annotations

import enum
import os
import re
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from console.domain.settings import PrintingSettings

Paper = Literal["A4", "Letter"]

#: Seconds a CUPS tool may take before the print service counts as not answering.
TOOL_TIMEOUT_S = 20.0

_JOB_ID = re.compile(r"request id is (\S+)")
_DEFAULT = re.compile(r"system default destination: (\S+)")


class PrintProblem(enum.Enum):
    NO_PRINT_SYSTEM = "no print system"
    NO_PRINTER = "no printer"
    UNKNOWN_PRINTER = "unknown printer"
    STOPPED = "stopped"
    REJECTING = "rejecting"
    JOB_FAILED = "job failed"
    NOT_FINISHED = "not finished"


@dataclass
class PrintFailure(Exception):
    """Printing did not happen; `message` says which problem and what to do."""

    problem: PrintProblem
    printer: str = ""
    detail: str = ""

    def __post_init__(self) -> None:
        super().__init__(self.message)

    @property
    def message(self) -> str:
        printer, detail = self.printer, f" ({self.detail})" if self.detail else ""
        match self.problem:
            case PrintProblem.NO_PRINT_SYSTEM:
                return (
                    f"the print service is not available{detail}: install CUPS "
                    "(Debian: cups) or start it, or save the handout as PDF"
                )
            case PrintProblem.NO_PRINTER:
                return (
                    "no printer is installed and none is the default: add one in the "
                    "system's printer settings, or save the handout as PDF"
                )
            case PrintProblem.UNKNOWN_PRINTER:
                return (
                    f"there is no printer named {printer!r}: choose one of the installed printers"
                )
            case PrintProblem.STOPPED:
                return (
                    f"the printer {printer} is stopped{detail}: check that it is switched on "
                    "and has paper, resume it, then try again"
                )
            case PrintProblem.REJECTING:
                return (
                    f"the printer {printer} is not accepting jobs{detail}: let it accept "
                    "jobs again (cupsaccept) or choose another printer"
                )
            case PrintProblem.JOB_FAILED:
                return f"the printer {printer} could not print the handout{detail}: try again"
            case PrintProblem.NOT_FINISHED:
                return (
                    f"the printer {printer} took the job but has not printed it yet{detail}: "
                    "check the printer"
                )


@dataclass(frozen=True)
class PrintOptions:
    """How a job is printed: copies, paper (None: the printer's own), two-sided."""

    copies: int = 1
    paper: Paper | None = None
    duplex: bool = False

    def arguments(self) -> list[str]:
        args = ["-n", str(self.copies)]
        if self.paper is not None:
            args += ["-o", f"media={self.paper}"]
        args += ["-o", "sides=two-sided-long-edge" if self.duplex else "sides=one-sided"]
        return args


@dataclass(frozen=True)
class PrintJob:
    """A job the queue accepted."""

    printer: str
    job_id: str


@dataclass(frozen=True)
class QueueState:
    name: str
    enabled: bool
    accepting: bool
    reason: str = ""


@dataclass(frozen=True)
class QueueOffer:
    """What a queue's driver offers: paper sizes (its default first), two-sided."""

    papers: tuple[str, ...] = ()
    default_paper: str = ""
    duplex: bool = False


def _run(args: Sequence[str], data: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, LC_ALL="C", LANG="C", LANGUAGE="C")
    try:
        return subprocess.run(
            list(args),
            input=data,
            capture_output=True,
            env=env,
            timeout=TOOL_TIMEOUT_S,
            check=False,
        )
    except FileNotFoundError:
        raise PrintFailure(PrintProblem.NO_PRINT_SYSTEM, detail=f"{args[0]} is missing") from None
    except subprocess.TimeoutExpired:
        raise PrintFailure(PrintProblem.NO_PRINT_SYSTEM, detail="it does not answer") from None


def _text(process: subprocess.CompletedProcess[bytes]) -> str:
    return process.stdout.decode("utf-8", "replace")


def _error(process: subprocess.CompletedProcess[bytes]) -> str:
    return " ".join(process.stderr.decode("utf-8", "replace").split())


def scheduler_running() -> bool:
    return "scheduler is running" in _text(_run(["lpstat", "-r"]))


def printers() -> list[str]:
    """The names of the queues of the print service, as it lists them."""
    if not scheduler_running():
        return []
    return [line.strip() for line in _text(_run(["lpstat", "-e"])).splitlines() if line.strip()]


def default_printer() -> str | None:
    """The system's (or this user's) default queue; None when there is none."""
    match = _DEFAULT.search(_text(_run(["lpstat", "-d"])))
    return match.group(1) if match else None


def queue_state(printer: str) -> QueueState:
    """Whether `printer` prints (enabled) and takes jobs (accepting), and why not."""
    process = _run(["lpstat", "-p", printer, "-a", printer])
    if process.returncode != 0:
        if not scheduler_running():
            raise PrintFailure(PrintProblem.NO_PRINT_SYSTEM, printer, "CUPS is not running")
        raise PrintFailure(PrintProblem.UNKNOWN_PRINTER, printer)
    lines = _text(process).splitlines()
    enabled, accepting, reasons = True, True, []
    for number, line in enumerate(lines):
        following = lines[number + 1] if number + 1 < len(lines) else ""
        reason = following.strip() if following.startswith((" ", "\t")) else ""
        if line.startswith(f"printer {printer} disabled"):
            enabled = False
            reasons.append(reason)
        elif line.startswith(f"{printer} not accepting"):
            accepting = False
            reasons.append(reason)
    # CUPS's own placeholders say nothing a therapist can act on.
    quiet = ("Rejecting Jobs", "Paused", "reason unknown")
    reason = "; ".join(r for r in reasons if r and r not in quiet)
    return QueueState(printer, enabled, accepting, reason)


def queue_offer(printer: str) -> QueueOffer:
    """Paper sizes and two-sided printing as the queue's driver lists them."""
    process = _run(["lpoptions", "-p", printer, "-l"])
    if process.returncode != 0:
        return QueueOffer()
    papers: tuple[str, ...] = ()
    default, duplex = "", False
    for line in _text(process).splitlines():
        name, _, values = line.partition(":")
        key = name.split("/", 1)[0].strip()
        choices = values.split()
        if key == "PageSize":
            papers = tuple(choice.lstrip("*") for choice in choices)
            default = next((c[1:] for c in choices if c.startswith("*")), "")
        elif key == "Duplex":
            duplex = any(c.lstrip("*") not in ("None", "Off") for c in choices)
    return QueueOffer(papers=papers, default_paper=default, duplex=duplex)


def handout_paper(offer: QueueOffer, fallback: Paper) -> Paper:
    """The handout's paper for a queue whose paper is "the printer's own"."""
    size = offer.default_paper.split(".")[0].lower()
    if size in ("a4", "iso_a4_210x297mm"):
        return "A4"
    if size in ("letter", "na_letter_8.5x11in", "usletter"):
        return "Letter"
    return fallback


def chosen_printer(name: str | None) -> str:
    """`name`, or the default queue when it is None or empty."""
    if name:
        return name
    default = default_printer()
    if default is not None:
        return default
    if not scheduler_running():
        raise PrintFailure(PrintProblem.NO_PRINT_SYSTEM, detail="CUPS is not running")
    raise PrintFailure(PrintProblem.NO_PRINTER)


def options_for(settings: PrintingSettings, offer: QueueOffer) -> PrintOptions:
    paper: Paper | None = None if settings.paper == "printer" else settings.paper
    return PrintOptions(
        copies=settings.copies, paper=paper, duplex=settings.duplex and offer.duplex
    )


def submit(
    data: bytes, printer: str | None, options: PrintOptions, *, title: str = "Home program"
) -> PrintJob:
    """Send the PDF `data` to `printer` (None: the default); the job the queue accepted.

    A queue that is stopped or rejects jobs, or does not exist, raises `PrintFailure`
    before anything is sent.
    """
    name = chosen_printer(printer)
    state = queue_state(name)
    if not state.accepting:
        raise PrintFailure(PrintProblem.REJECTING, name, state.reason)
    if not state.enabled:
        raise PrintFailure(PrintProblem.STOPPED, name, state.reason)
    process = _run(["lp", "-d", name, "-t", title, *options.arguments(), "--"], data)
    if process.returncode != 0:
        error = _error(process)
        if "not accepting jobs" in error:
            raise PrintFailure(PrintProblem.REJECTING, name)
        if "does not exist" in error:
            raise PrintFailure(PrintProblem.UNKNOWN_PRINTER, name)
        raise PrintFailure(PrintProblem.JOB_FAILED, name, error.removeprefix("lp: "))
    match = _JOB_ID.search(_text(process))
    if match is None:
        raise PrintFailure(PrintProblem.JOB_FAILED, name, "the print service gave no job id")
    return PrintJob(name, match.group(1))


def job_pending(job: PrintJob) -> bool:
    """Whether the job still waits or prints."""
    process = _run(["lpstat", "-W", "not-completed", "-o", job.printer])
    return any(line.split()[:1] == [job.job_id] for line in _text(process).splitlines())


def job_done(job: PrintJob) -> bool:
    """Whether the job has left the queue (False: it still waits or prints).

    A job the printer cannot print stops the queue (CUPS's stop-printer error policy,
    the default) and waits there: a stopped queue holding the job means the job failed,
    with the printer's reason ("Unable to open serial port", "Out of paper"). The job
    is then cancelled, so it does not come out later beside the one printed again.
    """
    if not job_pending(job):
        return True
    state = queue_state(job.printer)
    if not state.enabled:
        _run(["cancel", job.job_id])
        raise PrintFailure(PrintProblem.JOB_FAILED, job.printer, state.reason)
    return False


def wait_for_job(
    job: PrintJob,
    timeout_s: float = 60.0,
    *,
    clock: Callable[[], float] = time.monotonic,
    pause: Callable[[float], None] = time.sleep,
) -> None:
    """Return once the job has left the queue printed; raise when it failed or waits on."""
    deadline = clock() + timeout_s
    while not job_done(job):
        if clock() >= deadline:
            raise PrintFailure(PrintProblem.NOT_FINISHED, job.printer, f"job {job.job_id}")
        pause(0.2)


def print_handout(
    render: Callable[[Paper], bytes],
    settings: PrintingSettings,
    *,
    printer: str | None = None,
    fallback_paper: Paper = "A4",
    title: str = "Home program",
) -> PrintJob:
    """Render a handout on the paper the queue prints on and send it there.

    `printer` (None: the one of `settings`, or the system default when that is empty)
    is checked before the handout is rendered, so a stopped queue answers at once.
    """
    name = chosen_printer(printer or settings.printer or None)
    state = queue_state(name)
    if not state.accepting:
        raise PrintFailure(PrintProblem.REJECTING, name, state.reason)
    if not state.enabled:
        raise PrintFailure(PrintProblem.STOPPED, name, state.reason)
    offer = queue_offer(name)
    paper = handout_paper(offer, fallback_paper) if settings.paper == "printer" else settings.paper
    return submit(render(paper), name, options_for(settings, offer), title=title)
