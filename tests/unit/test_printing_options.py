"""The parts of console/reports/printing.py that need no print system: the job's
options, the handout's paper for a queue, and the messages of each problem."""

from __future__ import annotations

import pytest

from console.domain.settings import PrintingSettings
from console.reports.printing import (
    PrintFailure,
    PrintOptions,
    PrintProblem,
    QueueOffer,
    handout_paper,
    options_for,
)


def test_options_name_copies_paper_and_sides() -> None:
    assert PrintOptions().arguments() == ["-n", "1", "-o", "sides=one-sided"]
    two = PrintOptions(copies=2, paper="Letter", duplex=True).arguments()
    assert two == ["-n", "2", "-o", "media=Letter", "-o", "sides=two-sided-long-edge"]


def test_two_sided_only_where_the_printer_offers_it() -> None:
    settings = PrintingSettings(duplex=True, paper="A4", copies=3)
    assert options_for(settings, QueueOffer(duplex=False)) == PrintOptions(3, "A4", False)
    assert options_for(settings, QueueOffer(duplex=True)) == PrintOptions(3, "A4", True)
    # The paper in the printer: no size is sent with the job.
    assert options_for(PrintingSettings(), QueueOffer()).paper is None


@pytest.mark.parametrize(
    ("default", "paper"),
    [
        ("A4", "A4"),
        ("Letter", "Letter"),
        ("Letter.Fullbleed", "Letter"),
        ("Legal", "A4"),
        ("", "A4"),
    ],
)
def test_the_handout_is_laid_out_on_the_printers_paper(default: str, paper: str) -> None:
    assert handout_paper(QueueOffer(default_paper=default), "A4") == paper


def test_each_problem_says_which_and_what_to_do() -> None:
    stopped = PrintFailure(PrintProblem.STOPPED, "ClinicPDF", "Out of paper")
    assert stopped.message.startswith("the printer ClinicPDF is stopped (Out of paper): check")
    assert str(stopped) == stopped.message
    messages = {PrintFailure(problem, "Room").message for problem in PrintProblem}
    assert len(messages) == len(PrintProblem)  # no two problems read alike
