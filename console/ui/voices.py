"""The speech voices a Settings screen can offer, found without holding up the screen.

A speech engine can take long to start or hang (speech-dispatcher was seen to), so the
engine is created in its own thread and given ``VOICE_SEARCH_S`` seconds. The answer
arrives as a signal: ``found`` with the voice names, or ``unavailable`` with the reason
in words. The "mock" engine that ships with Qt is for tests and is never offered.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from console.ui.threads import stop_thread

log = logging.getLogger(__name__)

VOICE_SEARCH_S = 4.0
#: The engine asked when none is named; tests name Qt's "mock" engine instead.
DEFAULT_ENGINE = "speechd"

# Search threads still running; kept here so that none is destroyed while it runs.
_RUNNING: set[QThread] = set()


class _VoiceWorker(QObject):
    found = Signal(list)
    unavailable = Signal(str)

    def __init__(self, engine: str) -> None:
        super().__init__()
        self._engine = engine
        self._tts: QObject | None = None

    @Slot()
    def search(self) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._engine not in QTextToSpeech.availableEngines():
            self.unavailable.emit(self.tr("No speech engine is installed."))
            return
        tts = QTextToSpeech(self._engine, self)
        self._tts = tts
        tts.stateChanged.connect(self._state)
        self._state(tts.state())

    def _state(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        tts = self._tts
        assert isinstance(tts, QTextToSpeech)
        if state == QTextToSpeech.State.Error:
            self.unavailable.emit(self.tr("The speech engine does not work on this computer."))
        elif state == QTextToSpeech.State.Ready:
            names = sorted({voice.name() for voice in tts.availableVoices() if voice.name()})
            if names:
                self.found.emit(names)
            else:
                self.unavailable.emit(self.tr("The speech engine has no voices."))


class VoiceSearch(QObject):
    """Looks for voices once (``start``); answers with ``found`` or ``unavailable``."""

    found = Signal(list)
    unavailable = Signal(str)
    _search = Signal()

    def __init__(self, parent: QObject | None = None, *, engine: str | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.answered = False
        self._thread: QThread | None = None
        self._worker: _VoiceWorker | None = None
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._too_slow)

    def start(self) -> None:
        if self._thread is not None or self.answered:
            return
        thread = QThread()
        thread.setObjectName("voices")
        worker = _VoiceWorker(self.engine or DEFAULT_ENGINE)
        worker.moveToThread(thread)
        self._search.connect(worker.search)
        worker.found.connect(self._found)
        worker.unavailable.connect(self._unavailable)
        thread.finished.connect(worker.deleteLater)
        thread.finished.connect(lambda: _RUNNING.discard(thread))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        self._thread, self._worker = thread, worker
        _RUNNING.add(thread)
        thread.start()
        self._watchdog.start(int(VOICE_SEARCH_S * 1000))
        self._search.emit()

    def _found(self, names: list[str]) -> None:
        if not self.answered:
            self.answered = True
            self._watchdog.stop()
            self.found.emit(names)
            self.stop()

    def _unavailable(self, reason: str) -> None:
        if not self.answered:
            self.answered = True
            self._watchdog.stop()
            log.info("no voices: %s", reason)
            self.unavailable.emit(reason)
            self.stop()

    def _too_slow(self) -> None:
        self._unavailable(self.tr("The speech engine did not answer; no voice can be chosen."))

    def stop(self) -> None:
        """End the search thread; a hung engine is abandoned, never waited on long."""
        self._watchdog.stop()
        thread, self._thread = self._thread, None
        stop_thread(thread, "voice search thread")
