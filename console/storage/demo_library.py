"""The protocols demo data draws on: the built-in library's ids, sides, home dosage
and titles, read straight from the protocol files (demo data must not need the whole
library loaded), with a fixed list when the files are not at hand."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from typing import Any

from console import resources

# Used when the built-in library is not at hand.
FALLBACK_PNF = (
    ("ue-d1-flexion-hold-relax", ("left", "right")),
    ("le-d2-flexion-hold-relax", ("left", "right")),
    ("trunk-chop-rhythmic-stabilization", ("left", "right")),
    ("ue-d2-flexion-rhythmic-initiation", ("left", "right")),
)
FALLBACK_HOME: tuple[dict[str, Any], ...] = (
    {"protocol_id": "home-bridge", "sets": 2, "reps": 10, "hold_s": 5},
    {"protocol_id": "home-bird-dog", "sets": 2, "reps": 8, "hold_s": 5},
    {"protocol_id": "home-drawing-in", "sets": 3, "reps": 10, "hold_s": 10},
    {"protocol_id": "home-dead-bug", "sets": 2, "reps": 8, "hold_s": None},
)


@dataclass(frozen=True)
class Library:
    """The protocol ids demo sessions and programs are drawn from."""

    pnf: tuple[tuple[str, tuple[str, ...]], ...]
    home: tuple[dict[str, Any], ...]
    #: Titles by id, for the Objective drafted in demo SOAP notes, in English and Spanish.
    titles: tuple[tuple[str, str], ...] = ()
    titles_es: tuple[tuple[str, str], ...] = ()

    def titles_in(self, language: str) -> dict[str, str]:
        spanish = dict(self.titles_es) if language == "es" else {}
        return {pid: spanish.get(pid, title) for pid, title in self.titles}


def builtin_library() -> Library:
    """The built-in protocols' ids, sides and home dosage (a fixed list without files)."""
    pnf: list[tuple[str, tuple[str, ...]]] = []
    home: list[dict[str, Any]] = []
    titles: list[tuple[str, str]] = []
    titles_es: list[tuple[str, str]] = []
    folder = resources.protocols_dir()
    for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue
        pid = data.get("id")
        if not isinstance(pid, str):
            continue
        title = data.get("title")
        spanish = title.get("es") if isinstance(title, dict) else None
        title = title.get("en") if isinstance(title, dict) else title
        if isinstance(title, str):
            titles.append((pid, title))
        if isinstance(spanish, str):
            titles_es.append((pid, spanish))
        if data.get("kind") == "pnf" and data.get("grade_after", "set") != "never":
            sides = tuple(s for s in data.get("sides", ["left", "right"]) if isinstance(s, str))
            pnf.append((pid, sides or ("left", "right")))
        elif data.get("kind") == "home" and isinstance(data.get("home"), dict):
            dose = data["home"]
            home.append(
                {
                    "protocol_id": pid,
                    "sets": dose.get("sets", 2),
                    "reps": dose.get("reps", 10),
                    "hold_s": dose.get("hold_s"),
                }
            )
    return Library(
        pnf=tuple(pnf) if len(pnf) >= 3 else FALLBACK_PNF,
        home=tuple(home) if len(home) >= 3 else FALLBACK_HOME,
        titles=tuple(titles),
        titles_es=tuple(titles_es),
    )
