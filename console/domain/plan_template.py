"""Plan templates kept as files: named session plans that pair clinic protocols with
a home program.

A template file (format ``pnf-template/1``, see docs/protocol-format.md) lives among the
protocol files and is told apart by its ``format``. It names protocols by id; whether
those ids exist is checked once the whole library is loaded
(``reference_problems``), so a template never loads with a protocol missing.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictStr

from console.domain.plan import Overrides, PlanItem, SessionPlan
from console.domain.protocol import ID_PATTERN, Protocol, Side, Text

TEMPLATE_FORMAT = "pnf-template/1"
MAX_TEMPLATE_ITEMS = 40
MAX_HOME_EXERCISES = 10

ProtocolId = Annotated[StrictStr, Field(pattern=ID_PATTERN)]


class TemplateItem(BaseModel):
    """One clinic protocol of the template, on one side, with optional overrides."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    protocol: ProtocolId
    side: Side
    overrides: Overrides = Field(default_factory=Overrides)


class TemplateFile(BaseModel):
    """What a template file may hold; unknown fields are refused, as in protocols."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal["pnf-template/1"]
    id: ProtocolId
    name: Text
    summary: Text
    references: list[StrictStr] = Field(default_factory=list)
    home: Annotated[list[ProtocolId], Field(max_length=MAX_HOME_EXERCISES)] = Field(
        default_factory=list
    )
    items: Annotated[list[TemplateItem], Field(min_length=1, max_length=MAX_TEMPLATE_ITEMS)]
    x: dict[str, Any] | None = None


class PlanTemplate(BaseModel):
    """A validated template with where it came from. Built-in ones are read-only."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    spec: TemplateFile
    path: Path
    builtin: bool = False

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def name(self) -> Text:
        return self.spec.name

    @property
    def home(self) -> list[str]:
        return list(self.spec.home)

    def plan(self) -> SessionPlan:
        """The clinic part as a session plan the plan editor can load."""
        return SessionPlan(
            items=tuple(
                PlanItem(protocol_id=item.protocol, side=item.side, overrides=item.overrides)
                for item in self.spec.items
            )
        )

    def is_named(self, name: str) -> bool:
        """Whether `name` is this template's name in any language (case and spaces aside)."""
        wanted = " ".join(name.split()).casefold()
        return any(
            " ".join(text.split()).casefold() == wanted
            for text in (self.spec.name.en, self.spec.name.es)
            if text
        )


def reference_problems(
    spec: TemplateFile, protocols: Mapping[str, Protocol]
) -> list[tuple[tuple[str | int, ...], str]]:
    """(field location, message) for every id that names no fitting protocol."""
    problems: list[tuple[tuple[str | int, ...], str]] = []
    for index, item in enumerate(spec.items):
        found = protocols.get(item.protocol)
        where: tuple[str | int, ...] = ("items", index, "protocol")
        if found is None:
            problems.append((where, f"no protocol with id '{item.protocol}' is loaded"))
        elif found.kind != "pnf":
            problems.append((where, f"'{item.protocol}' is a home exercise; list it under home"))
        elif item.side not in found.spec.sides:
            sides = ", ".join(found.spec.sides)
            problems.append(
                (("items", index, "side"), f"'{item.protocol}' is done on {sides} only")
            )
    for index, home_id in enumerate(spec.home):
        found = protocols.get(home_id)
        if found is None:
            problems.append((("home", index), f"no home exercise with id '{home_id}' is loaded"))
        elif found.kind != "home":
            problems.append((("home", index), f"'{home_id}' is a clinic protocol, not a home one"))
    return problems
