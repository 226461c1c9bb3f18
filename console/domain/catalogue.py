"""Content text in the reader's language: one gettext catalogue per language.

The interface (widgets, menus, dialogs) is translated the Qt way, with Qt Linguist.
Content is everything else that is read in a language chosen per patient or per
therapist: protocol labels (regions, patterns, techniques, sides), the runner's phase
texts and prompts, and the words printed on a handout. Its English source text is
marked in the code with the functions below (or with ``N_`` in a table) and collected
by ``tools/content_catalogue.py`` into ``resources/locale/content.pot``; each other
language is ``resources/locale/<lang>/LC_MESSAGES/content.po``. English needs no file:
the source text is the English text. A new language is a new ``.po`` file (see
docs/translating.md); nothing here changes.

Catalogues are read from the ``.po`` files with Babel when a language is first asked
for; a fuzzy or empty entry is not used (the English text is shown, as gettext does).
Dates and numbers are written with Babel's CLDR data for the language.

Placeholders are ``str.format`` fields with names (``{n}``, ``{number}``): a translation
may move them, never rename them.
"""

from __future__ import annotations

import datetime as dt
import gettext
import logging
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from console.resources import resources_dir

if TYPE_CHECKING:
    from babel.core import Locale

# Babel is imported where it is first used, not at start-up: English text needs no
# catalogue, and the first screens show no date.

log = logging.getLogger(__name__)

#: The language the source text is written in.
SOURCE_LANGUAGE = "en"
#: The domain (file name) of the content catalogues.
DOMAIN = "content"
#: Dates in English are written day first ("5 March 2026"): no order to misread.
_FORMAT_LOCALES = {"en": "en_GB"}
#: Digit grouping that differs from CLDR's: Spanish style (RAE, *Ortografía* 2010, and
#: ISO 80000-1) groups the digits of a number of five or more digits in threes with a
#: space, never a point ("10 000"); a four-digit number stays whole ("1000"). The space
#: is a no-break space, so a number never breaks across lines.
_GROUP_SEPARATORS = {"es": "\u00a0"}


def locale_dir() -> Path:
    return resources_dir() / "locale"


def catalogue_path(lang: str) -> Path:
    return locale_dir() / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def languages() -> tuple[str, ...]:
    """English, then every language that has a content catalogue, sorted."""
    if not locale_dir().is_dir():
        return (SOURCE_LANGUAGE,)
    found = sorted(
        path.name
        for path in locale_dir().iterdir()
        if path.is_dir() and (path / "LC_MESSAGES" / f"{DOMAIN}.po").is_file()
    )
    return (SOURCE_LANGUAGE, *[lang for lang in found if lang != SOURCE_LANGUAGE])


def N_(msgid: str) -> str:  # noqa: N802 (gettext's own name for a marker)
    """Mark `msgid` for the catalogue where it is written; it is translated where shown."""
    return msgid


def _english_plural(n: int) -> int:
    return 0 if n == 1 else 1


@dataclass(frozen=True)
class _Catalogue:
    """One language's translated entries: (context, msgid) to text or plural forms."""

    entries: dict[tuple[str | None, str], str | tuple[str, ...]] = field(default_factory=dict)
    plural_form: Callable[[int], int] = _english_plural


@cache
def _catalogue(lang: str) -> _Catalogue:
    path = catalogue_path(lang)
    if lang == SOURCE_LANGUAGE or not path.is_file():
        return _Catalogue()
    from babel.messages.pofile import read_po

    try:
        with path.open("rb") as handle:
            po = read_po(handle, locale=lang, domain=DOMAIN)
        plural_form = gettext.c2py(po.plural_expr)
    except (OSError, ValueError, SyntaxError) as error:  # UnicodeDecodeError is a ValueError
        log.warning("The %s content catalogue cannot be read (%s); showing English", lang, error)
        return _Catalogue()
    entries: dict[tuple[str | None, str], str | tuple[str, ...]] = {}
    for message in po:
        if not message.id or message.fuzzy:
            continue
        key = message.id[0] if isinstance(message.id, tuple | list) else message.id
        translated = message.string
        if isinstance(translated, tuple | list):
            if all(translated):
                entries[(message.context, key)] = tuple(translated)
        elif translated:
            entries[(message.context, key)] = translated
    return _Catalogue(entries, plural_form)


def text(lang: str, msgid: str) -> str:
    """`msgid` in `lang`; the English source text where there is no translation."""
    found = _catalogue(lang).entries.get((None, msgid))
    return found if isinstance(found, str) else msgid


def context_text(lang: str, context: str, msgid: str) -> str:
    """`msgid` in `lang` where the same English words need another translation
    elsewhere (a badge word, a column heading): `context` tells them apart."""
    found = _catalogue(lang).entries.get((context, msgid))
    return found if isinstance(found, str) else msgid


def plural(lang: str, singular: str, plural: str, n: float) -> str:
    """The form of `singular`/`plural` for the count `n` in `lang`, not yet filled in.

    gettext chooses forms by whole numbers; a count with a fraction (7.5 seconds)
    takes the form of the next whole number above 1, which is the plural in English
    and Spanish.
    """
    count = int(n) if float(n).is_integer() else max(2, math.ceil(n))
    catalogue = _catalogue(lang)
    forms = catalogue.entries.get((None, singular))
    if isinstance(forms, tuple):
        index = catalogue.plural_form(count)
        if 0 <= index < len(forms):
            return forms[index]
    return singular if count == 1 else plural


@cache
def _format_locale(lang: str) -> Locale:
    from babel.core import Locale, UnknownLocaleError

    try:
        return Locale.parse(_FORMAT_LOCALES.get(lang, lang))
    except (UnknownLocaleError, ValueError):
        return Locale.parse(_FORMAT_LOCALES[SOURCE_LANGUAGE])


def date(lang: str, day: dt.date) -> str:
    """A date with the month in words: '5 March 2026', '5 de marzo de 2026'."""
    from babel.dates import format_date

    return format_date(day, format="long", locale=_format_locale(lang))


def decimal(lang: str, value: float) -> str:
    """A count or a duration: no trailing '.0', the language's decimal sign ('7,5') and
    digit grouping ('10,000', '10 000')."""
    from babel.numbers import format_decimal, get_group_symbol

    locale = _format_locale(lang)
    separator = _GROUP_SEPARATORS.get(lang)
    if separator is None:
        return format_decimal(value, locale=locale)
    written = format_decimal(value, locale=locale, group_separator=abs(value) >= 10_000)
    return written.replace(get_group_symbol(locale), separator)


def weekdays(lang: str) -> tuple[str, ...]:
    """Monday to Sunday, abbreviated, each starting with a capital (a column heading)."""
    from babel.dates import get_day_names

    names = get_day_names("abbreviated", context="stand-alone", locale=_format_locale(lang))
    return tuple(names[day][:1].upper() + names[day][1:] for day in range(7))
