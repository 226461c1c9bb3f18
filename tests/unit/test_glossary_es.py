"""Every Spanish text of the protocol library, the interface, the content catalogue and
the demo data follows docs/glossary-es.md.

The terms to avoid, the technique names and the title starts are read from the tables
of the glossary itself, so the document and the check cannot drift apart. Each failure
names the file, the field and the term, with what to write instead.
"""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from console.storage.demo_texts import TEXTS

REPO = Path(__file__).resolve().parents[2]
PROTOCOLS = REPO / "protocols"
GLOSSARY = REPO / "docs" / "glossary-es.md"
CONTENT_CATALOGUE = REPO / "resources" / "locale" / "es" / "LC_MESSAGES" / "content.po"
INTERFACE_CATALOGUE = REPO / "resources" / "translations" / "pnf_console_es.ts"
#: The code whose content texts the patient reads: the handout.
HANDOUT_CODE = "console/reports/"

SCOPES = {"all", "home", "titles", "summary start"}
#: Between the two halves of a term with "…": up to three words, no punctuation.
GAP = r"(?:\s+\w+){0,3}\s+"


@dataclass(frozen=True)
class Rule:
    avoid: str
    use: str
    where: str

    def pattern(self) -> re.Pattern[str]:
        halves = [re.escape(part.strip()) for part in self.avoid.split("…")]
        return re.compile(r"(?<!\w)" + GAP.join(halves) + r"(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class SpanishText:
    field: str
    text: str


def _table(markdown: str, header: list[str]) -> list[list[str]]:
    """The rows of the markdown table whose header row is `header`."""
    lines = markdown.splitlines()
    for at, line in enumerate(lines):
        if _cells(line) == header:
            rows = []
            for row in lines[at + 2 :]:
                if not row.startswith("|"):
                    break
                rows.append(_cells(row))
            return rows
    raise AssertionError(f"{GLOSSARY.name}: no table with the header {header}")


def _cells(line: str) -> list[str]:
    if not line.startswith("|"):
        return []
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def glossary_rules(markdown: str) -> list[Rule]:
    rules = []
    for avoid, use, where, _note in _table(markdown, ["avoid", "use", "where", "note"]):
        assert where in SCOPES, f"{GLOSSARY.name}: where {where!r} is not one of {SCOPES}"
        terms, uses = avoid.split(" / "), use.split(" / ")
        if len(uses) != len(terms):  # one advice for all the terms of the row
            uses = [use] * len(terms)
        rules += [
            Rule(term.strip(), advice.strip(), where)
            for term, advice in zip(terms, uses, strict=True)
        ]
    return rules


def spanish_texts(data: dict[str, Any]) -> Iterator[SpanishText]:
    """Every Spanish text of one protocol file, with its field path."""

    def walk(value: Any, path: str) -> Iterator[SpanishText]:
        if isinstance(value, dict):
            if isinstance(value.get("en"), str):
                if isinstance(value.get("es"), str):
                    yield SpanishText(path, value["es"])
                return
            for key, inner in value.items():
                if key != "x":
                    yield from walk(inner, f"{path}.{key}" if path else key)
        elif isinstance(value, list):
            for index, inner in enumerate(value, start=1):
                yield from walk(inner, f"{path}[{index}]")

    yield from walk(data, "")


def glossary_problems(name: str, data: dict[str, Any], rules: list[Rule]) -> list[str]:
    """One line per term of the glossary a protocol file uses where it should not."""
    problems = []
    is_home = data.get("kind") == "home"
    for item in spanish_texts(data):
        for rule in rules:
            if rule.where == "home" and not is_home:
                continue
            if rule.where == "titles" and item.field != "title":
                continue
            if rule.where == "summary start":
                first = re.match(r"\W*(\w+)", item.text)
                hit = item.field == "summary" and first is not None
                if not (hit and first is not None and first[1].lower() == rule.avoid.lower()):
                    continue
            elif not rule.pattern().search(item.text):
                continue
            problems.append(f"{name}: {item.field}: “{rule.avoid}”; write “{rule.use}”")
    return problems


def title_problems(name: str, data: dict[str, Any], glossary: str) -> list[str]:
    """A PNF title starts with its region and ends with its technique's name."""
    if data.get("kind") != "pnf":
        return []
    title = data["title"]
    spanish = title.get("es") if isinstance(title, dict) else None
    if spanish is None:
        return [f"{name}: title: no Spanish title"]
    starts = dict(_table(glossary, ["region", "Spanish title start"]))
    names = dict(_table(glossary, ["technique", "Spanish name"]))
    problems = []
    allowed = starts[data["region"]].split(" / ")
    if not any(spanish.startswith(start + " ") for start in allowed):
        problems.append(f"{name}: title: “{spanish}” should start with “{' / '.join(allowed)}”")
    technique = data.get("technique")
    last = spanish.rsplit(", ", 1)[-1]
    if technique in names and not re.match(re.escape(names[technique]) + r"(?!\w)", last):
        problems.append(f"{name}: title: “{spanish}” should end with “, {names[technique]}”")
    return problems


@pytest.fixture(scope="module")
def glossary() -> str:
    return GLOSSARY.read_text(encoding="utf-8")


def _files() -> list[Path]:
    return sorted(PROTOCOLS.glob("*.toml"))


def test_the_glossary_tables_are_there(glossary: str) -> None:
    rules = glossary_rules(glossary)
    assert len(rules) >= 20
    assert {"all", "home", "summary start"} <= {rule.where for rule in rules} <= SCOPES
    regions = dict(_table(glossary, ["region", "Spanish title start"]))
    assert regions["upper-extremity"] == "Miembro superior:"
    assert regions["trunk"].split(" / ")[0] == "Tronco:"
    names = dict(_table(glossary, ["technique", "Spanish name"]))
    assert names["hold-relax"] == "mantener-relajar"


def test_every_spanish_text_follows_the_glossary(glossary: str) -> None:
    rules = glossary_rules(glossary)
    problems = []
    for path in _files():
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        problems += glossary_problems(path.name, data, rules)
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(problems)


def test_every_pnf_title_names_region_and_technique_as_the_glossary_does(
    glossary: str,
) -> None:
    problems = []
    for path in _files():
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        problems += title_problems(path.name, data, glossary)
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(problems)


CALQUES = """
format = "pnf-protocol/1"
id = "calques"
title = { en = "Arm D1 flexion, hold-relax", es = "Miembro superior D1 flexión, sostener-relajar" }
kind = "home"
region = "upper-extremity"
summary = { en = "Gains range.", es = "Gana recorrido con un sostenimiento." }

[home]
reps = 1
sets = 1
caution = { en = "Careful.", es = "Haga el dead bug con cuidado." }

[[steps]]
kind = "move"
instruction = { en = "Stand in a stride.", es = "Terapeuta en posición de paso." }
command = { en = "Lift your leg up and out!", es = "¡Suba la pierna hacia arriba y hacia afuera!" }
"""


def test_the_check_finds_each_kind_of_calque(glossary: str) -> None:
    data = tomllib.loads(CALQUES)
    found = glossary_problems("calques.toml", data, glossary_rules(glossary))
    expected = {
        "title: “sostener-relajar”",
        "title: “sostener”",
        "title: “D1 flexión”",
        "summary: “sostenimiento”",
        "summary: “Gana”",
        "home.caution: “dead bug”",
        "steps[1].instruction: “posición de paso”",
        "steps[1].instruction: “terapeuta”",
        "steps[1].command: “suba … hacia arriba”",
        "steps[1].command: “afuera”",
    }
    assert {line.split(": ", 1)[1].split(";")[0] for line in found} == expected
    data["kind"] = "pnf"
    data["technique"] = "hold-relax"
    assert title_problems("calques.toml", data, glossary) == [
        "calques.toml: title: “Miembro superior D1 flexión, sostener-relajar” "
        "should start with “Miembro superior:”",
        "calques.toml: title: “Miembro superior D1 flexión, sostener-relajar” "
        "should end with “, mantener-relajar”",
    ]


def test_a_phrase_with_a_gap_stops_at_punctuation(glossary: str) -> None:
    rules = [rule for rule in glossary_rules(glossary) if rule.avoid == "suba … hacia arriba"]
    [rule] = rules
    assert rule.pattern().search("¡Suba el brazo derecho hacia arriba!")
    assert not rule.pattern().search("Suba. Después mire hacia arriba.")
    assert not rule.pattern().search("¡Suba cruzando!")


def text_problems(label: str, text: str, rules: list[Rule], *, home: bool) -> list[str]:
    """The terms of the glossary one text outside the protocol files uses: the rules for
    every text, and where the patient reads it (``home``) the rules for handouts too."""
    wanted = {"all", "home"} if home else {"all"}
    return [
        f"{label}: “{rule.avoid}”; write “{rule.use}”"
        for rule in rules
        if rule.where in wanted and rule.pattern().search(text)
    ]


def catalogue_problems(catalog: Catalog, rules: list[Rule]) -> list[str]:
    """One line per term of the glossary a translation of the content catalogue uses."""
    problems = []
    for message in catalog:
        if not message.id:
            continue
        home = any(path.startswith(HANDOUT_CODE) for path, _line in message.locations)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in strings:
            if text:
                problems += text_problems(f"{message.id!r}", text, rules, home=home)
    return problems


def test_the_content_catalogue_follows_the_glossary(glossary: str) -> None:
    with CONTENT_CATALOGUE.open("rb") as handle:
        catalog = read_po(handle)
    assert len(catalog) > 100
    problems = catalogue_problems(catalog, glossary_rules(glossary))
    assert not problems, f"{CONTENT_CATALOGUE.name}: {len(problems)} problem(s):\n" + "\n".join(
        problems
    )


def test_the_demo_texts_follow_the_glossary(glossary: str) -> None:
    rules = glossary_rules(glossary)
    problems = [
        problem
        for kind, texts in TEXTS["es"].items()
        for text in texts
        for problem in text_problems(f"demo {kind}", text, rules, home=False)
    ]
    assert not problems, "\n".join(problems)


def test_the_catalogue_check_finds_calques_and_handout_loanwords(glossary: str) -> None:
    catalog = Catalog(locale="es")
    catalog.add("Hold-relax", "Sostener-relajar", locations=[("console/domain/labels.py", 1)])
    catalog.add("chop", "chopping", locations=[("console/domain/labels.py", 2)])
    catalog.add("Do the chop", "Haga el chopping", locations=[("console/reports/strings.py", 3)])
    catalog.add("Stop", "Deténgase", locations=[("console/reports/strings.py", 4)])
    assert catalogue_problems(catalog, glossary_rules(glossary)) == [
        "'Hold-relax': “sostener-relajar”; write “mantener-relajar”",
        "'Hold-relax': “sostener”; write “mantener”",
        "'Do the chop': “chopping”; write “diagonal de leñador”",
        "'Stop': “deténgase”; write “pare”",
    ]


def interface_translations(path: Path = INTERFACE_CATALOGUE) -> Iterator[tuple[str, str]]:
    """(where, text) for every Spanish translation of the interface catalogue, each
    plural form apart, with the access-key ampersands taken out."""
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            for text in forms or [translation.text or ""]:
                plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
                yield f"{name}: {message.findtext('source')!r}", plain


def test_the_interface_follows_the_glossary(glossary: str) -> None:
    rules = glossary_rules(glossary)
    texts = list(interface_translations())
    assert len(texts) > 700
    problems = [
        problem
        for where, text in texts
        for problem in text_problems(where, text, rules, home=False)
    ]
    assert not problems, f"{INTERFACE_CATALOGUE.name}: {len(problems)} problem(s):\n" + "\n".join(
        problems
    )


def test_the_interface_check_sees_a_term_behind_an_access_key(
    glossary: str, tmp_path: Path
) -> None:
    path = tmp_path / "es.ts"
    path.write_text(
        "<TS><context><name>SoapEditor</name><message><source>Add &amp;amendment…</source>"
        "<translation>Añadir &amp;enmienda…</translation></message></context></TS>",
        encoding="utf-8",
    )
    [(where, text)] = interface_translations(path)
    assert text == "Añadir enmienda…"
    assert text_problems(where, text, glossary_rules(glossary), home=False) == [
        "SoapEditor: 'Add &amendment…': “enmienda”; write “rectificación”"
    ]
