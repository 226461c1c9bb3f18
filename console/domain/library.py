"""Loading protocol files into a library, with located, readable errors.

Every problem becomes one `ProtocolError` printed as `path:line:col: field: message`.
A bad file never stops the others: it is listed as rejected with its messages.
Two files with the same id are both reported and neither is loaded, so nobody runs
the wrong one by accident.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from console.domain.plan_template import (
    TEMPLATE_FORMAT,
    PlanTemplate,
    TemplateFile,
    reference_problems,
)
from console.domain.protocol import (
    Protocol,
    ProtocolFile,
    kind_rule_problems,
    step_rule_problems,
)
from console.domain.toml_positions import KeyPath, Positions, scan_positions

MAX_FILE_BYTES = 1024 * 1024


@dataclass(frozen=True, order=True)
class ProtocolError:
    """One problem in one file. `line`/`col` are None only for undecodable files."""

    path: Path
    line: int | None
    col: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = str(self.path)
        if self.line is not None:
            where += f":{self.line}:{self.col or 1}"
        return f"{where}: {self.field}: {self.message}"


@dataclass(frozen=True)
class RejectedFile:
    path: Path
    errors: tuple[ProtocolError, ...]


@dataclass(frozen=True)
class FileResult:
    path: Path
    protocol: Protocol | None
    errors: tuple[ProtocolError, ...]
    template: PlanTemplate | None = None
    text: str = ""

    @cached_property
    def positions(self) -> Positions:
        """Where the file's keys are. Scanned only when a message needs a line, which
        a valid file never does: the scan costs far more than parsing the file."""
        return scan_positions(self.text)

    @property
    def id_position(self) -> tuple[int, int]:
        return self.positions.of_key(("id",)) or (1, 1)


@dataclass
class Library:
    """The loaded protocols and plan templates by id, in a stable order, and the files
    that were rejected."""

    protocols: dict[str, Protocol] = field(default_factory=dict)
    templates: dict[str, PlanTemplate] = field(default_factory=dict)
    rejected: list[RejectedFile] = field(default_factory=list)

    def __iter__(self) -> Any:
        return iter(self.protocols.values())

    def __len__(self) -> int:
        return len(self.protocols)

    def get(self, protocol_id: str) -> Protocol | None:
        return self.protocols.get(protocol_id)

    def specs(self) -> dict[str, ProtocolFile]:
        return {pid: p.spec for pid, p in self.protocols.items()}

    def templates_by_name(self, lang: str) -> list[PlanTemplate]:
        """The plan templates in the order of their names in `lang`."""
        return sorted(self.templates.values(), key=lambda t: t.name.in_(lang).casefold())

    def template_named(self, name: str) -> PlanTemplate | None:
        """The template called `name` in any language, if there is one."""
        return next((t for t in self.templates.values() if t.is_named(name)), None)

    def titles(self, protocol_ids: Iterable[str], lang: str) -> list[str]:
        """The titles in `lang` of those of `protocol_ids` that are loaded, in order."""
        return [self.protocols[p].title.in_(lang) for p in protocol_ids if p in self.protocols]

    @property
    def errors(self) -> list[ProtocolError]:
        return [error for rejected in self.rejected for error in rejected.errors]


# -- field paths and messages ------------------------------------------------------


def field_path(loc: Sequence[str | int]) -> str:
    """('steps', 1, 'seconds') -> 'steps[2].seconds': array items count from 1."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += f".{part}" if out else part
    return out or "(file)"


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"' if len(value) <= 40 else f'"{value[:37]}..."'
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "an array"
    return repr(value)


_TYPE_NAMES = {
    "int_type": "an integer",
    "float_type": "a number",
    "string_type": "a string",
    "list_type": "an array",
    "dict_type": "a table",
    "bool_type": "true or false",
    "date_type": "a date such as 2026-12-04 (without quotes)",
}


def _message(error: ErrorDetails) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    value = error.get("input")
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return "unknown field (a typo? clinic data may go under a [x] table)"
    if kind in _TYPE_NAMES:
        return f"expected {_TYPE_NAMES[kind]}, got {_describe(value)}"
    if kind == "model_type":
        return (
            f'expected text: a string or a table such as {{ en = "...", es = "..." }},'
            f" got {_describe(value)}"
        )
    if kind in ("literal_error", "enum"):
        return f"expected one of {ctx.get('expected', '')}, got {_describe(value)}"
    if kind == "string_pattern_mismatch":
        return (
            f"{_describe(value)} is not a valid id: use 2 to 64 lower-case letters, digits"
            " and hyphens, starting with a letter or digit"
        )
    if kind == "string_too_short":
        return "must not be empty"
    bounds = {
        "greater_than_equal": ("at least", "ge"),
        "less_than_equal": ("at most", "le"),
        "greater_than": ("more than", "gt"),
        "less_than": ("less than", "lt"),
    }
    if kind in bounds:
        words, key = bounds[kind]
        limit = ctx.get(key)
        shown = f"{limit:g}" if isinstance(limit, float) else str(limit)
        return f"must be {words} {shown}, got {_describe(value)}"
    if kind == "too_short":
        return f"needs at least {ctx.get('min_length')} item(s), got {ctx.get('actual_length')}"
    if kind == "too_long":
        return f"allows at most {ctx.get('max_length')} item(s), got {ctx.get('actual_length')}"
    if kind == "field_rule":
        return str(ctx.get("message", error["msg"]))
    return re.sub(r"^Value error, ", "", error["msg"])


def _locate(error: ErrorDetails, positions: Positions) -> tuple[KeyPath, tuple[int, int]]:
    loc: KeyPath = tuple(error["loc"])
    ctx = error.get("ctx") or {}
    if error["type"] == "field_rule":
        loc = (*loc, str(ctx["field"]))
        if ctx.get("missing"):
            return loc, positions.of_table(loc[:-1])
    if error["type"] == "missing":
        return loc, positions.of_table(loc[:-1])
    return loc, positions.of_key(loc) or positions.of_table(loc[:-1])


def _validation_errors(
    path: Path, exc: ValidationError, text: str, raw: dict[str, Any], protocol: bool = True
) -> list[ProtocolError]:
    positions = scan_positions(text)
    seen: set[tuple[str, str]] = set()
    errors: list[ProtocolError] = []
    details = list(exc.errors())
    # Model-level rules run only when every field is valid; check them on the raw
    # table too, so one run reports everything.
    rules: list[tuple[tuple[str | int, ...], str, str, bool]] = [
        ((), name, message, True) for name, message in kind_rule_problems(raw) if protocol
    ]
    steps = raw.get("steps") if protocol else None
    if isinstance(steps, list):
        for index, step in enumerate(steps):
            if isinstance(step, dict):
                rules += [
                    (("steps", index), name, message, missing)
                    for name, message, missing in step_rule_problems(step)
                ]
    for loc, name, message, missing in rules:
        ctx = {"field": name, "message": message, "missing": missing}
        details.append(ErrorDetails(type="field_rule", loc=loc, msg=message, input=raw, ctx=ctx))
    for error in details:
        loc, (line, col) = _locate(error, positions)
        name, message = field_path(loc), _message(error)
        if (name, message) in seen:
            continue
        seen.add((name, message))
        errors.append(ProtocolError(path, line, col, name, message))
    return sorted(errors, key=lambda e: (e.line or 0, e.col or 0, e.field))


# -- one file ------------------------------------------------------------------------

_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


def _decode(path: Path, data: bytes) -> tuple[str | None, ProtocolError | None]:
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        col = len(before) - (before.rfind(b"\n") + 1) + 1
        message = f"not UTF-8 text (byte 0x{data[exc.start]:02x} cannot be decoded)"
        return None, ProtocolError(path, line, col, "(file)", message)


def _deepest_line(text: str) -> tuple[int, int]:
    """Where runaway nesting starts: the line with the most opening brackets."""
    lines = text.split("\n")
    counts = [line.count("[") + line.count("{") for line in lines]
    index = max(range(len(lines)), key=counts.__getitem__)
    first = min((lines[index].find(c) for c in "[{" if c in lines[index]), default=0)
    return index + 1, first + 1


def load_file(path: Path, builtin: bool = False, illustrations: Path | None = None) -> FileResult:
    """Read and validate one protocol file; never raises for a bad file."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            message = f"file is {size:,} bytes; protocol files may be at most 1 MiB (not read)"
            return FileResult(path, None, (ProtocolError(path, 1, 1, "(file)", message),))
        data = path.read_bytes()
    except OSError as exc:
        message = f"cannot be read: {exc.strerror or exc}"
        return FileResult(path, None, (ProtocolError(path, None, None, "(file)", message),))
    text, problem = _decode(path, data)
    if problem is not None or text is None:
        return FileResult(path, None, (problem,) if problem else ())
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_POSITION.search(str(exc))
        if found:
            line, col = int(found.group(1)), int(found.group(2))
        else:  # "(at end of document)"
            line, col = text.count("\n") + 1, len(text.rsplit("\n", 1)[-1]) + 1
        detail = _TOML_POSITION.sub("", str(exc)).replace("(at end of document)", "")
        message = "TOML syntax error: " + detail.strip()
        return FileResult(path, None, (ProtocolError(path, line, col, "(syntax)", message),))
    except RecursionError:
        line, col = _deepest_line(text)
        message = "TOML syntax error: arrays or tables nested too deeply"
        return FileResult(path, None, (ProtocolError(path, line, col, "(syntax)", message),))
    if raw.get("format") == TEMPLATE_FORMAT:
        return _load_template(path, text, raw, builtin)
    try:
        spec = ProtocolFile.model_validate(raw)
    except ValidationError as exc:
        return FileResult(path, None, tuple(_validation_errors(path, exc, text, raw)))
    except RecursionError:
        message = "nested too deeply"
        return FileResult(path, None, (ProtocolError(path, 1, 1, "(file)", message),))
    protocol = Protocol(spec=spec, path=path, builtin=builtin)
    errors = _illustration_errors(protocol, text, illustrations)
    if errors:
        return FileResult(path, None, tuple(errors), text=text)
    return FileResult(path, protocol, (), text=text)


def _load_template(path: Path, text: str, raw: dict[str, Any], builtin: bool) -> FileResult:
    """A plan template file; its protocol ids are checked later, in `assemble`."""
    try:
        spec = TemplateFile.model_validate(raw)
    except ValidationError as exc:
        return FileResult(path, None, tuple(_validation_errors(path, exc, text, raw, False)))
    except RecursionError:
        message = "nested too deeply"
        return FileResult(path, None, (ProtocolError(path, 1, 1, "(file)", message),))
    template = PlanTemplate(spec=spec, path=path, builtin=builtin)
    return FileResult(path, None, (), template=template, text=text)


def _illustration_errors(
    protocol: Protocol, text: str, illustrations: Path | None
) -> list[ProtocolError]:
    if illustrations is None or protocol.spec.illustration is None:
        return []
    target = protocol.illustration_path(illustrations)
    if target is None or target.is_file():
        return []
    line, col = scan_positions(text).of_key(("illustration",)) or (1, 1)
    message = f"file not found: {target}"
    return [ProtocolError(protocol.path, line, col, "illustration", message)]


# -- folders and the library -------------------------------------------------------


def protocol_files(paths: Iterable[Path]) -> list[Path]:
    """The *.toml files named, and those found (recursively) in the folders named."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.toml") if p.is_file()))
        else:
            files.append(path)
    return files


def load_library(
    sources: Iterable[tuple[Path, bool]], illustrations: Path | None = None
) -> Library:
    """Load every protocol from (path, is_builtin) sources; folders are searched for *.toml.

    `illustrations` is the built-in illustration folder; when given, a protocol whose
    illustration file does not exist is rejected with a located message.
    """
    results: list[FileResult] = []
    for source, builtin in sources:
        if not source.exists():
            continue
        results.extend(load_file(path, builtin, illustrations) for path in protocol_files([source]))
    return assemble(results)


def assemble(results: Sequence[FileResult]) -> Library:
    """Combine per-file results; files sharing an id are all rejected and reported."""
    by_id: dict[str, list[FileResult]] = {}
    for result in results:
        if result.protocol is not None:
            by_id.setdefault(result.protocol.id, []).append(result)
    library = Library()
    templates: list[FileResult] = []
    for result in results:
        if result.template is not None:
            templates.append(result)
            continue
        if result.protocol is None:
            library.rejected.append(RejectedFile(result.path, result.errors))
            continue
        twins = by_id[result.protocol.id]
        if len(twins) == 1:
            library.protocols[result.protocol.id] = result.protocol
            continue
        others = ", ".join(str(t.path) for t in twins if t is not result)
        line, col = result.id_position
        message = f"duplicate id '{result.protocol.id}' (also in {others}); neither is loaded"
        error = ProtocolError(result.path, line, col, "id", message)
        library.rejected.append(RejectedFile(result.path, (error,)))
    _assemble_templates(library, templates)
    return library


def _assemble_templates(library: Library, results: Sequence[FileResult]) -> None:
    """Add the templates whose ids are unique and whose protocols are all loaded."""
    by_id: dict[str, list[FileResult]] = {}
    for result in results:
        if result.template is not None:
            by_id.setdefault(result.template.id, []).append(result)
    for result in results:
        template = result.template
        if template is None:
            continue
        twins = by_id[template.id]
        if len(twins) > 1:
            others = ", ".join(str(t.path) for t in twins if t is not result)
            line, col = result.id_position
            message = f"duplicate template id '{template.id}' (also in {others}); neither is loaded"
            error = ProtocolError(result.path, line, col, "id", message)
            library.rejected.append(RejectedFile(result.path, (error,)))
            continue
        errors = []
        for loc, message in reference_problems(template.spec, library.protocols):
            positions = result.positions
            line, col = positions.of_key(loc) or positions.of_table(loc[:-1])
            errors.append(ProtocolError(result.path, line, col, field_path(loc), message))
        if errors:
            library.rejected.append(RejectedFile(result.path, tuple(errors)))
        else:
            library.templates[template.id] = template
