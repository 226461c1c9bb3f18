"""The content catalogues: complete in every shipped language, current with the code,
and read at run time; dates, numbers and plurals by the language's rules."""

from __future__ import annotations

import datetime as dt
import importlib.util
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from console.domain import catalogue
from console.reports.strings import dosage_line

REPO = Path(__file__).resolve().parents[2]
TOOL = REPO / "tools" / "content_catalogue.py"


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("content_catalogue", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["content_catalogue"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def locale_copy(tmp_path: Path) -> Iterator[Path]:
    """A copy of resources/locale that the catalogue module reads instead."""
    copy = tmp_path / "locale"
    shutil.copytree(catalogue.locale_dir(), copy)
    original = catalogue.locale_dir
    catalogue.locale_dir = lambda: copy  # type: ignore[assignment]
    catalogue.languages.cache_clear()
    catalogue._catalogue.cache_clear()
    yield copy
    catalogue.locale_dir = original  # type: ignore[assignment]
    catalogue.languages.cache_clear()
    catalogue._catalogue.cache_clear()


def test_every_content_message_is_translated_in_every_language_and_the_pot_is_current(
    tool: ModuleType,
) -> None:
    assert tool.shipped_languages() == ["es"]
    assert tool.problems() == []


def test_the_check_names_a_missing_a_fuzzy_and_a_stale_entry(
    tool: ModuleType, tmp_path: Path
) -> None:
    copy = tmp_path / "locale"
    shutil.copytree(tool.LOCALE_DIR, copy)
    path = tool.po_path("es", copy)
    po = path.read_text(encoding="utf-8")
    po = po.replace('msgstr "Lado izquierdo"', 'msgstr ""')
    po = po.replace('msgid "Hands"', '#, fuzzy\nmsgid "Hands"')
    po = po.replace('msgstr "Después: {next}"', 'msgstr "Después: {siguiente}"')
    path.write_text(po, encoding="utf-8")
    pot = copy / "content.pot"
    pot.write_text(pot.read_text(encoding="utf-8").replace('msgid "Trunk"', 'msgid "Torso"'))
    problems = "\n".join(tool.problems(copy))
    assert "es/content.po: 'Left side' has no translation" in problems
    assert "es/content.po: 'Hands' is fuzzy" in problems
    assert "'Next: {next}' uses fields the English has not: ['siguiente']" in problems
    assert "content.pot lacks 'Trunk'" in problems
    assert "content.pot still has 'Torso'" in problems


def test_a_fuzzy_or_empty_entry_shows_the_english_text(locale_copy: Path) -> None:
    path = locale_copy / "es" / "LC_MESSAGES" / "content.po"
    po = path.read_text(encoding="utf-8")
    po = po.replace('msgid "Hands"', '#, fuzzy\nmsgid "Hands"')
    po = po.replace('msgstr "Lado izquierdo"', 'msgstr ""')
    path.write_text(po, encoding="utf-8")
    assert catalogue.text("es", "Hands") == "Hands"
    assert catalogue.text("es", "Left side") == "Left side"
    assert catalogue.text("es", "Right side") == "Lado derecho"


def test_a_third_language_is_a_new_catalogue(tool: ModuleType, locale_copy: Path) -> None:
    path = tool.init("pt", locale_copy)
    po = path.read_text(encoding="utf-8")
    # Portuguese, by CLDR: one (0 and 1), many (millions), other.
    assert "Plural-Forms: nplurals=3" in po
    po = po.replace('msgid "Hands"\nmsgstr ""', 'msgid "Hands"\nmsgstr "Mãos"')
    forms = '"{n} repetição"\nmsgstr[1] "{n} de repetições"\nmsgstr[2] "{n} repetições"'
    po = po.replace(
        'msgid_plural "{n} repetitions"\nmsgstr[0] ""\nmsgstr[1] ""\nmsgstr[2] ""',
        f'msgid_plural "{{n}} repetitions"\nmsgstr[0] {forms}',
    )
    path.write_text(po, encoding="utf-8")
    assert catalogue.languages() == ("en", "es", "pt")
    assert catalogue.text("pt", "Hands") == "Mãos"
    assert catalogue.plural("pt", "{n} repetition", "{n} repetitions", 0) == "{n} repetição"
    assert catalogue.plural("pt", "{n} repetition", "{n} repetitions", 3) == "{n} repetições"
    assert catalogue.text("pt", "Trunk") == "Trunk"  # not yet translated: English
    assert catalogue.date("pt", dt.date(2026, 3, 5)) == "5 de março de 2026"
    # The check names every entry the new language still lacks.
    missing = [p for p in tool.problems(locale_copy) if p.startswith("pt/")]
    assert any("'Trunk' has no translation" in p for p in missing)
    assert not any("'Hands'" in p for p in missing)


@pytest.mark.parametrize(
    ("n", "english", "spanish"),
    [
        (0, "0 repetitions", "0 repeticiones"),
        (1, "1 repetition", "1 repetición"),
        (2, "2 repetitions", "2 repeticiones"),
        (1000, "1,000 repetitions", "1000 repeticiones"),
        (1_000_000, "1,000,000 repetitions", "1\u00a0000\u00a0000 de repeticiones"),
    ],
)
def test_every_count_takes_its_plural_form(n: int, english: str, spanish: str) -> None:
    for lang, expected in (("en", english), ("es", spanish)):
        form = catalogue.plural(lang, "{n} repetition", "{n} repetitions", n)
        assert form.format(n=catalogue.decimal(lang, n)) == expected


def test_a_count_with_a_fraction_is_plural() -> None:
    for n in (0.5, 1.5, 7.5):
        assert catalogue.plural("en", "{n} second", "{n} seconds", n) == "{n} seconds"
    line = dosage_line(sets=1, reps=1, hold_s=1.5, per_day=1, days_per_week=1, lang="es")
    assert line == (
        "1 serie de 1 repetición; mantenga la postura 1,5 segundos; una vez al día,"
        " 1 día a la semana"
    )


def test_dates_and_numbers_follow_the_language() -> None:
    day = dt.date(2026, 11, 26)
    assert catalogue.date("en", day) == "26 November 2026"
    assert catalogue.date("es", day) == "26 de noviembre de 2026"
    assert catalogue.decimal("en", 7.5) == "7.5"
    assert catalogue.decimal("es", 7.5) == "7,5"
    assert catalogue.decimal("es", 10.0) == "10"
    # An unknown language reads English text and English dates.
    assert catalogue.text("xx", "Hands") == "Hands"
    assert catalogue.date("xx", day) == "26 November 2026"


def test_a_marked_text_the_extractor_cannot_see_is_named(tool: ModuleType, tmp_path: Path) -> None:
    sources = tmp_path / "console"
    sources.mkdir()
    (sources / "screen.py").write_text(
        "from console.domain.catalogue import text\n"
        "def heading(lang: str) -> str:\n"
        "    return f\"<h3>{text(lang, 'Hidden')}</h3>\" + text(lang, 'Seen')\n",
        encoding="utf-8",
    )
    extracted = {message.id for message in tool.extract(sources) if message.id}
    assert extracted == {"Seen"}
    assert tool.marked_in_code(sources) == {(None, "Hidden"), (None, "Seen")}


def test_the_protocol_detail_reads_in_the_chosen_language() -> None:
    from console.domain.library import load_file
    from console.ui.library.protocol_detail import protocol_detail_html

    path = REPO / "tests" / "data" / "protocols" / "good" / "home-bridge-clinic.toml"
    protocol = load_file(path).protocol
    assert protocol is not None
    english = protocol_detail_html(protocol, "en")
    spanish = protocol_detail_html(protocol, "es")
    assert "<b>Sides</b></td><td>Both sides</td>" in english
    assert "2 × 10 repetitions, hold 5 s; once a day, 5 days a week" in english
    assert "<b>Hold · 5 s · ×10</b>" in english
    assert "<b>Lados</b></td><td>Ambos lados</td>" in spanish
    assert "2 × 10 repeticiones, mantener 5 s; una vez al día, 5 días a la semana" in spanish
    assert "<b>Mantener · 5 s · ×10</b>" in spanish
    assert "<b>Se pide la fuerza</b></td><td>nunca</td>" in spanish


def test_an_unreadable_catalogue_shows_english_and_says_why(
    locale_copy: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = locale_copy / "es" / "LC_MESSAGES" / "content.po"
    path.write_bytes(b"\xff\xfe not a catalogue")
    assert catalogue.text("es", "Hands") == "Hands"
    assert catalogue.plural("es", "{n} repetition", "{n} repetitions", 2) == "{n} repetitions"
    assert "The es content catalogue cannot be read" in caplog.text
