"""Resistance grades (Oxford/MRC 0 to 5 with + and -) and pain scores (NPRS 0 to 10)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

Modifier = Literal["", "+", "-"]

_GRADE = re.compile(r"^\s*([0-5])\s*([+-]?)\s*$")

#: How far a + or - moves a grade on the numeric scale used by trend charts.
STEP = 1 / 3


@dataclass(frozen=True, order=False)
class ResistanceGrade:
    """One Oxford/MRC grade: a whole number 0 to 5, optionally with + or -.

    ``5+`` and ``0-`` do not exist. ``numeric`` places a grade on a line for charts:
    ``4-`` is 3.67, ``4`` is 4.0, ``4+`` is 4.33.
    """

    base: int
    modifier: Modifier = ""

    def __post_init__(self) -> None:
        if not 0 <= self.base <= 5:
            raise ValueError(f"a resistance grade is 0 to 5, not {self.base}")
        if self.modifier not in ("", "+", "-"):
            raise ValueError(f"a grade modifier is + or -, not {self.modifier!r}")
        if (self.base, self.modifier) in ((5, "+"), (0, "-")):
            raise ValueError(f"there is no grade {self.base}{self.modifier}")

    @classmethod
    def parse(cls, text: str) -> ResistanceGrade:
        """'4+' -> ResistanceGrade(4, '+'); raises ValueError for anything else."""
        match = _GRADE.match(text)
        if match is None:
            raise ValueError(f"{text!r} is not a resistance grade (0 to 5, with + or -)")
        modifier: Modifier = "+" if match.group(2) == "+" else "-" if match.group(2) else ""
        return cls(int(match.group(1)), modifier)

    @property
    def numeric(self) -> float:
        offset = STEP if self.modifier == "+" else -STEP if self.modifier == "-" else 0.0
        return round(self.base + offset, 2)

    def __str__(self) -> str:
        return f"{self.base}{self.modifier}"

    def __lt__(self, other: ResistanceGrade) -> bool:
        return self.numeric < other.numeric

    def __le__(self, other: ResistanceGrade) -> bool:
        return self.numeric <= other.numeric


PAIN_MIN = 0
PAIN_MAX = 10


def parse_pain(value: int | str) -> int:
    """An NPRS pain score 0 to 10 from a number or its text; raises ValueError."""
    if isinstance(value, bool):
        raise ValueError("a pain score is a number 0 to 10")
    if isinstance(value, str):
        text = value.strip()
        if re.fullmatch(r"[0-9]{1,2}", text) is None:
            raise ValueError(f"{value!r} is not a pain score (0 to 10)")
        value = int(text)
    if not PAIN_MIN <= value <= PAIN_MAX:
        raise ValueError(f"a pain score is 0 to 10, not {value}")
    return value


@cache
def numeric_grade(text: str) -> float:
    """``ResistanceGrade.parse(text).numeric``, remembered (charts convert thousands)."""
    return ResistanceGrade.parse(text).numeric
