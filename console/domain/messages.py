"""Messages for the person at the computer, in the interface language.

Validation and storage messages are written in English in the domain and storage
layers, which know nothing of Qt. The interface installs a translator here when it
starts (``console/ui/shell/i18n.py``); every ``ValidationError`` and ``StorageError`` message
passes through ``user_text`` when it is made, and the runner's, plan's and home
program's messages through ``say``, so the screens show them in the language of the
interface. The command line keeps English. The static messages are listed for
the translation catalogue in ``console/ui/shell/message_catalogue.py``.
"""

from __future__ import annotations

from collections.abc import Callable


def _as_is(text: str) -> str:
    return text


_translate: Callable[[str], str] = _as_is


def set_translator(translate: Callable[[str], str] | None) -> None:
    """Install the interface's translation function (None: back to English)."""
    global _translate
    _translate = translate or _as_is


def user_text(text: str) -> str:
    """`text` in the interface language where a translation exists, else as it is."""
    return _translate(text)


def say(template: str, *values: object) -> str:
    """`template` translated, then its ``{0}``, ``{1}``... filled with `values`.

    The template is what the catalogue lists; the values (a key, a number, a name)
    are put in after translation so that one entry serves every value.
    """
    return user_text(template).format(*values)
