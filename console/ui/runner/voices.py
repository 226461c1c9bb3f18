"""The speech voices a Settings screen can offer, found without holding up the screen.

A speech engine can take long to start or hang (speech-dispatcher was seen to), so it
is asked in the speech host, a process of its own (``console.ui.runner.speech_process``),
and given ``VOICE_SEARCH_S`` seconds; a host that has not answered by then is killed.
The answer arrives as a signal: ``found`` with the voice names, or ``unavailable``
with the reason in words. The "mock" engine that ships with Qt is for tests and is
never offered.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from console.ui.runner.speech_process import SpeechProcess

log = logging.getLogger(__name__)

VOICE_SEARCH_S = 8.0
#: The engine asked when none is named: the computer's usual one. Tests name Qt's
#: "mock" engine instead.
DEFAULT_ENGINE = "default"


class VoiceSearch(QObject):
    """Looks for voices once (``start``); answers with ``found`` (the voice names of
    each language, {"en": [...], "es": [...]}) or ``unavailable``."""

    found = Signal(dict)
    unavailable = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        engine: str | None = None,
        command: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.answered = False
        self._host = SpeechProcess(self, command=command)
        self._host.ready.connect(self._found)
        self._host.failed.connect(self._failed)
        self._started = False
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._too_slow)

    def start(self) -> None:
        if self._started or self.answered:
            return
        self._started = True
        self._watchdog.start(int(VOICE_SEARCH_S * 1000))
        self._host.start(self.engine or DEFAULT_ENGINE)

    def _found(self, by_language: dict[str, list[str]]) -> None:
        if any(by_language.values()):
            self._answer(by_language, "")
        else:
            self._answer(None, self.tr("The speech engine has no English or Spanish voices."))

    def _failed(self, code: str, _detail: str) -> None:
        if code == "not-installed":
            reason = self.tr("No speech engine is installed.")
        else:
            reason = self.tr("The speech engine does not work on this computer.")
        self._answer(None, reason)

    def _too_slow(self) -> None:
        self._answer(None, self.tr("The speech engine did not answer; no voice can be chosen."))

    def _answer(self, names: dict[str, list[str]] | None, reason: str) -> None:
        if self.answered:
            return
        self.answered = True
        self._watchdog.stop()
        self.stop()
        if names is not None:
            self.found.emit(names)
        else:
            log.info("no voices: %s", reason)
            self.unavailable.emit(reason)

    def stop(self) -> None:
        """End the host; one that hangs is killed, never waited on."""
        self._watchdog.stop()
        self._host.end()
