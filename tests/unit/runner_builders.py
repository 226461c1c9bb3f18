"""Small protocols and plans for the plan and runner tests, built in code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from console.domain.clock import Clock
from console.domain.plan import Phases, PlanItem, SessionPlan, expand
from console.domain.protocol import ProtocolFile
from console.session import RunnerSession
from console.storage.repository import Repository


def step(
    kind: str, seconds: float | None = None, *, repeat: int = 1, command: str | None = None
) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": kind, "instruction": f"{kind} instruction"}
    if seconds is not None:
        data["seconds"] = seconds
    if repeat != 1:
        data["repeat"] = repeat
    if command is not None:
        data["command"] = command
    return data


def protocol(
    protocol_id: str,
    steps: list[dict[str, Any]],
    *,
    sets: int = 1,
    rest_between_sets_s: float = 0,
    grade_after: str = "set",
    sides: list[str] | None = None,
) -> ProtocolFile:
    data: dict[str, Any] = {
        "format": "pnf-protocol/1",
        "id": protocol_id,
        "title": {"en": f"Title {protocol_id}", "es": f"Título {protocol_id}"},
        "kind": "pnf",
        "region": "upper-extremity",
        "pattern": "D1 flexion",
        "technique": "hold-relax",
        "summary": "Test protocol.",
        "sets": sets,
        "rest_between_sets_s": rest_between_sets_s,
        "grade_after": grade_after,
        "steps": steps,
    }
    if sides is not None:
        data["sides"] = sides
    return ProtocolFile.model_validate(data)


def hold_relax(protocol_id: str = "hold-relax", **kwargs: Any) -> ProtocolFile:
    """position, hold 6 s ("Hold!"), relax 3 s, move (untimed, "Pull up!")."""
    return protocol(
        protocol_id,
        [
            step("position"),
            step("hold", 6, command="Hold!"),
            step("relax", 3, command="Relax."),
            step("move", command="Pull up!"),
        ],
        **kwargs,
    )


def plan(*items: tuple[str, str] | PlanItem) -> SessionPlan:
    return SessionPlan(
        items=tuple(
            item if isinstance(item, PlanItem) else PlanItem(protocol_id=item[0], side=item[1])
            for item in items
        )
    )


def phases_for(protocols: list[ProtocolFile], *items: tuple[str, str] | PlanItem) -> Phases:
    return expand(plan(*items), {p.id: p for p in protocols})


def stored_session(
    db: Path,
    protocols: list[ProtocolFile],
    *items: tuple[str, str] | PlanItem,
    clock: Clock,
    resume_at: int | None = None,
) -> RunnerSession:
    """A running session of these items, stored for a new patient in a real database
    file at ``db``, driven by the runner's session core."""
    repository = Repository.open(db)
    the_plan = plan(*items)
    patient = repository.patients.create(given_name="Ana", family_name="Core")
    session_id = repository.sessions.start(patient, the_plan.to_items())
    phases = expand(the_plan, {p.id: p for p in protocols})
    return RunnerSession(repository, session_id, phases, clock, resume_at=resume_at)
