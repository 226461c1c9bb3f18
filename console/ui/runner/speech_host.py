"""The speech host: a small program of its own that owns the text-to-speech engine.

A speech engine can take long to start or hang (speech-dispatcher was seen to), and a
thread that hangs inside an engine cannot be ended safely from Python. So the engine
never lives in the console's process: the console starts this program
(``pnf-console --speech-host ENGINE``; ENGINE ``default`` is the computer's
usual engine: speech-dispatcher on Linux, SAPI or WinRT on Windows, the system voices
on macOS) and talks to it in JSON lines. If the
host stops answering, the console kills it; nothing the engine does can hold up or
take down the console.

What the host writes on its standard output, one JSON object a line:

- ``{"ready": true, "voices": {"en": [...], "es": [...]}}`` once the engine is ready,
  with the names of its English and of its Spanish voices;
- ``{"error": "not-installed"}``, ``{"error": "engine", "detail": "..."}``: the
  engine cannot be used; the host then ends;
- ``{"said": TEXT, "language": CODE, "voice": NAME}`` each time a text was handed to
  the engine.

What it reads on its standard input, one JSON object a line:
``{"say": TEXT, "language": CODE, "voice": NAME}`` (no voice, or "", for the engine's
own voice for that language). The end of its input ends it.

The words for the therapist are chosen by the console (translated there): the host
only writes codes and the engine's own detail.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtTextToSpeech import QTextToSpeech

#: The engine name that means "the computer's usual engine" (Qt picks it per platform).
DEFAULT_ENGINE = "default"
#: The languages the console speaks (the protocols' and handouts' languages).
SPOKEN_LANGUAGES = ("en", "es")
#: How long the host lives on after its input has ended.
ORPHAN_GRACE_S = 2.0


def _write(message: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


class _Input(QObject):
    """Reads standard input in a plain thread and hands each line to the Qt thread."""

    line = Signal(str)
    ended = Signal()

    def start(self) -> None:
        threading.Thread(target=self._read, name="speech-host-input", daemon=True).start()

    def _read(self) -> None:
        for line in sys.stdin:
            self.line.emit(line)
        self.ended.emit()
        # The console has gone. If the engine holds up the Qt thread, end anyway.
        time.sleep(ORPHAN_GRACE_S)
        os._exit(0)


class _Host(QObject):
    def __init__(self, app: QCoreApplication, engine: str) -> None:
        super().__init__()
        self._app = app
        self._speaking_as: tuple[str, str] | None = None  # (language, voice) set
        self._input = _Input()
        self._input.line.connect(self._command)
        self._input.ended.connect(app.quit)
        self._listening = False
        known = QTextToSpeech.availableEngines()
        if engine == DEFAULT_ENGINE:
            usable = [name for name in known if name != "mock"]  # mock is Qt's, for tests
        else:
            usable = [name for name in known if name == engine]
        if not usable:
            _write({"error": "not-installed"})
            self._tts: QTextToSpeech | None = None
            return
        if engine == DEFAULT_ENGINE:  # the computer's own: speechd, sapi, darwin...
            self._tts = QTextToSpeech(self)
        else:
            self._tts = QTextToSpeech(engine, self)
        self._tts.stateChanged.connect(self._state)
        self._state(self._tts.state())

    @property
    def failed(self) -> bool:
        return self._tts is None

    def _state(self, state: object) -> None:
        tts = self._tts
        if tts is None or self._listening:
            return
        if state == QTextToSpeech.State.Error:
            _write({"error": "engine", "detail": tts.errorString()})
            self._tts = None
            self._app.quit()
        elif state == QTextToSpeech.State.Ready:
            _write({"ready": True, "voices": _spoken_voices(tts)})
            self._listening = True
            self._input.start()

    def _command(self, line: str) -> None:
        try:
            message = json.loads(line)
        except ValueError:
            return
        if not isinstance(message, dict) or not isinstance(message.get("say"), str):
            return
        text, language = message["say"], str(message.get("language") or "en")
        voice = str(message.get("voice") or "")
        tts = self._tts
        if tts is None:
            return
        if (language, voice) != self._speaking_as:
            self._speaking_as = (language, voice)
            _choose(tts, language, voice)
        tts.stop()
        tts.say(text)
        _write({"said": text, "language": language, "voice": tts.voice().name()})


def _locales(tts: QTextToSpeech, language: str) -> list[QLocale]:
    """The engine's locales for a language code ("en": en_GB, en_US, ...)."""
    wanted = QLocale(language).language()
    return [locale for locale in tts.availableLocales() if locale.language() == wanted]


def _spoken_voices(tts: QTextToSpeech) -> dict[str, list[str]]:
    """The voice names of each language the console speaks, sorted, once each.

    An engine lists its voices for the locale it is set to (speech-dispatcher with
    eSpeak NG has some 1,500 in all, most of them for languages the console never
    speaks), so each English and Spanish locale is asked in turn."""
    found: dict[str, list[str]] = {}
    for language in SPOKEN_LANGUAGES:
        names: set[str] = set()
        for locale in _locales(tts, language):
            tts.setLocale(locale)
            names.update(voice.name() for voice in tts.availableVoices() if voice.name())
        found[language] = sorted(names)
    return found


def _choose(tts: QTextToSpeech, language: str, voice_name: str) -> None:
    """Set the engine to `language`, in the chosen voice where it speaks that language."""
    if voice_name:
        for locale in _locales(tts, language):
            tts.setLocale(locale)
            for voice in tts.availableVoices():
                if voice.name() == voice_name:
                    tts.setVoice(voice)
                    return
    tts.setLocale(QLocale(language))


def main(argv: Sequence[str]) -> int:
    """Run the host for ``argv == [ENGINE]`` until its input ends."""
    if len(argv) != 1:
        print("usage: pnf-console --speech-host ENGINE", file=sys.stderr)
        return 2
    engine = argv[0]
    if sys.stdin is None or sys.stdout is None:
        # Started without pipes (a windowed build run by hand): nothing to talk to.
        return 3
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    assert isinstance(app, QCoreApplication)
    host = _Host(app, engine)
    if host.failed:
        return 0
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
