"""Collects the content text marked in console/ into the gettext catalogues.

    .venv/bin/python tools/content_catalogue.py extract    # content.pot, merged into each .po
    .venv/bin/python tools/content_catalogue.py init LANG  # a new language's content.po
    .venv/bin/python tools/content_catalogue.py check      # exit 1 if anything is missing

Content text is marked by the functions of ``console.domain.catalogue`` (``text``,
``context_text``, ``plural``) and by ``N_`` in tables; Babel's Python extractor finds
them. ``extract`` keeps every translation already made: a changed English text comes
back fuzzy (not used until a translator checks it), a new one comes back empty.
``check`` is what the catalogue test runs.
"""

from __future__ import annotations

import argparse
import ast
import io
import re
import string
import sys
from collections.abc import Iterable
from pathlib import Path

from babel.core import Locale
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "console"
LOCALE_DIR = REPO / "resources" / "locale"
TEMPLATE = LOCALE_DIR / "content.pot"
DOMAIN = "content"
COMMAND = ".venv/bin/python tools/content_catalogue.py extract"

#: The marking functions and which arguments are the context, the text, the plural.
KEYWORDS = {
    "N_": None,
    "text": (2,),
    "context_text": ((2, "c"), 3),
    "plural": (2, 3),
}
HEADER = "Content text of PNF Console: protocol labels, runner texts, handouts."

Key = tuple[str | None, str]


def po_path(lang: str, locale_dir: Path = LOCALE_DIR) -> Path:
    return locale_dir / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def shipped_languages(locale_dir: Path = LOCALE_DIR) -> list[str]:
    return sorted(p.parent.parent.name for p in locale_dir.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def extract(sources: Path = SOURCES) -> Catalog:
    """A fresh template from the marked text in `sources`."""
    catalog = Catalog(
        domain=DOMAIN,
        project="PNF Console",
        header_comment=f"# {HEADER}\n# Made by tools/content_catalogue.py; do not edit by hand.",
        fuzzy=False,
    )
    found = extract_from_dir(
        str(sources),
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=("Translators:",),
        strip_comment_tags=True,
    )
    for filename, lineno, message, comments, context in found:
        where = sources / filename
        path = where.relative_to(REPO).as_posix() if where.is_relative_to(REPO) else filename
        catalog.add(
            message,
            locations=[(path, lineno)],
            auto_comments=comments,
            context=context,
            flags=("python-brace-format",) if "{" in _msgid(message) else (),
        )
    return catalog


def _msgid(message: str | tuple[str, ...] | list[str]) -> str:
    return message if isinstance(message, str) else message[0]


def _write(catalog: Catalog, path: Path) -> None:
    out = io.BytesIO()
    write_po(out, catalog, width=100, sort_output=True, include_lineno=False)
    text = re.sub(rb'"POT-Creation-Date: [^"]*"\n', b"", out.getvalue())
    text = re.sub(rb'"PO-Revision-Date: [^"]*"\n', b"", text)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text)


def _read(path: Path, lang: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=lang, domain=DOMAIN)


def write_template(locale_dir: Path = LOCALE_DIR) -> Catalog:
    template = extract()
    _write(template, locale_dir / TEMPLATE.name)
    return template


def update(lang: str, template: Catalog, locale_dir: Path = LOCALE_DIR) -> None:
    """Merge the template into LANG's catalogue, keeping its translations."""
    path = po_path(lang, locale_dir)
    catalog = _read(path, lang)
    catalog.update(template, update_header_comment=False)
    catalog.obsolete.clear()
    _write(catalog, path)


def init(lang: str, locale_dir: Path = LOCALE_DIR) -> Path:
    """An empty catalogue for a new language, with that language's plural rule."""
    path = po_path(lang, locale_dir)
    if path.exists():
        raise SystemExit(f"{path} exists; run `extract` to update it")
    catalog = _read(locale_dir / TEMPLATE.name, lang)
    catalog.locale = Locale.parse(lang)
    catalog.header_comment = (
        f"# {catalog.locale.english_name} content text of PNF Console: protocol labels, "
        "runner texts, handouts.\n"
        f"# Translate with any PO editor; new entries come from {COMMAND}."
    )
    catalog.revision_date = catalog.creation_date
    catalog.fuzzy = False
    _write(catalog, path)
    return path


def _keys(catalog: Iterable[Message]) -> dict[Key, str | tuple[str, ...]]:
    return {
        (m.context, _msgid(m.id)): (m.id if isinstance(m.id, str) else tuple(m.id))
        for m in catalog
        if m.id
    }


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def marked_in_code(sources: Path = SOURCES) -> set[Key]:
    """Every literal text passed to a marking function, found by Python's own parser.

    Babel's extractor reads tokens and does not look inside f-strings; this finds
    those calls too, so that a marked text the template misses is named."""
    found: set[Key] = set()
    for path in sorted(sources.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name not in KEYWORDS:
                continue
            spec = KEYWORDS[name] or (1,)
            args = node.args
            context: str | None = None
            message: str | None = None
            for part in spec:
                index, is_context = (part[0], True) if isinstance(part, tuple) else (part, False)
                if index > len(args):
                    break
                arg = args[index - 1]
                value = arg.value if isinstance(arg, ast.Constant) else None
                if is_context:
                    context = value if isinstance(value, str) else None
                elif message is None:
                    message = value if isinstance(value, str) else None
                    if message is None:
                        break
            if message:
                found.add((context, message))
    return found


def problems(locale_dir: Path = LOCALE_DIR) -> list[str]:
    """Everything that keeps the catalogues from being complete and current."""
    found: list[str] = []
    fresh = _keys(extract())
    template = locale_dir / TEMPLATE.name
    on_disk = _keys(_read(template)) if template.exists() else {}
    for key in sorted(set(fresh) - set(on_disk), key=str):
        found.append(f"content.pot lacks {key[1]!r} (context {key[0]}); run {COMMAND}")
    for key in sorted(set(on_disk) - set(fresh), key=str):
        found.append(f"content.pot still has {key[1]!r}, no longer in the code; run {COMMAND}")
    for key in sorted(marked_in_code() - set(fresh), key=str):
        found.append(
            f"{key[1]!r} is marked in the code where the extractor cannot see it "
            "(inside an f-string?): take the call out into a variable"
        )
    for key in sorted(set(fresh) & set(on_disk), key=str):
        if fresh[key] != on_disk[key]:
            found.append(f"content.pot has another plural for {key[1]!r}; run {COMMAND}")
    for lang in shipped_languages(locale_dir):
        found.extend(_language_problems(po_path(lang, locale_dir), lang, fresh))
    return found


def _language_problems(path: Path, lang: str, fresh: dict[Key, str | tuple[str, ...]]) -> list[str]:
    found: list[str] = []
    catalog = _read(path, lang)
    where = f"{lang}/content.po"
    entries = {(m.context, _msgid(m.id)): m for m in catalog if m.id}
    for key, source in sorted(fresh.items(), key=str):
        message = entries.get(key)
        name = f"{where}: {key[1]!r}" + (f" (context {key[0]})" if key[0] else "")
        if message is None:
            found.append(f"{name} is missing; run {COMMAND}")
            continue
        if message.fuzzy:
            found.append(f"{name} is fuzzy: check the translation and remove the flag")
        strings = [message.string] if isinstance(message.string, str) else list(message.string)
        if isinstance(source, tuple) and len(strings) != catalog.num_plurals:
            found.append(f"{name} has {len(strings)} forms, the language {catalog.num_plurals}")
        if not all(s.strip() for s in strings):
            found.append(f"{name} has no translation")
            continue
        wanted = _fields(_msgid(source))
        if isinstance(source, tuple):
            wanted |= _fields(source[1])
        for translated in strings:
            extra = _fields(translated) - wanted
            if extra:
                found.append(f"{name} uses fields the English has not: {sorted(extra)}")
    for key in sorted(set(entries) - set(fresh), key=str):
        found.append(f"{where} has {key[1]!r}, no longer in the code; run {COMMAND}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("extract", help="rewrite content.pot and merge it into every .po")
    new = sub.add_parser("init", help="start the catalogue of a new language")
    new.add_argument("lang")
    sub.add_parser("check", help="exit 1 if a catalogue is incomplete or stale")
    args = parser.parse_args(argv)
    if args.command == "extract":
        template = write_template()
        for lang in shipped_languages():
            update(lang, template)
        print(f"{len(template)} messages; updated: {', '.join(shipped_languages()) or 'none'}")
        return 0
    if args.command == "init":
        write_template()
        path = init(args.lang)
        print(f"wrote {path.relative_to(REPO)}: translate every entry, then run check")
        return 0
    issues = problems()
    for issue in issues:
        print(issue, file=sys.stderr)
    return 1 if issues else 0


if __name__ == "__main__":
    sys.exit(main())
