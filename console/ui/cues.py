"""The runner's cues: short tones and the spoken verbal command.

Nothing here may hold up the runner's clock:

- Tones are ``QSoundEffect``s loaded once from ``resources/sounds`` (see
  tools/make_tones.py). ``play`` starts a tone and returns; a sound that is not ready
  is skipped. With no audio device a sound effect goes to its Error status: the
  player then reports a notice once and stays silent.
- Speech runs in its own thread. The engine is created there, lazily on the first
  command, because an engine can take long to start or hang (speech-dispatcher was
  seen to). The runner only posts the text (a queued signal) and never waits. If the
  engine reports no ready state within ``SPEECH_START_S`` seconds, or reports an
  error, the speaker gives a notice and ignores later commands.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QThread, QTimer, QUrl, Signal, Slot

from console import resources
from console.ui.threads import stop_thread

log = logging.getLogger(__name__)

TONES = {"start": "start.wav", "countdown": "tick.wav", "end": "end.wav"}

#: How long the speech engine may take to become ready before the runner gives up on it.
SPEECH_START_S = 4.0


class TonePlayer(QObject):
    """Plays the start, countdown and end tones; ``notice`` tells why it is silent."""

    notice = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        folder: Path | None = None,
        enabled: bool = True,
        volume: float = 0.9,
    ) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.volume = volume
        self.silent_reason: str | None = None
        self.played: list[str] = []
        self._folder = folder or resources.sounds_dir()
        self._effects: dict[str, object] = {}
        if enabled:
            self._load()

    def _load(self) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        for kind, name in TONES.items():
            path = self._folder / name
            if not path.is_file():
                self._silence(
                    self.tr("The sound file {0} is missing; cues are silent.").format(name)
                )
                return
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(self.volume)
            effect.statusChanged.connect(lambda e=effect: self._status(e))
            self._effects[kind] = effect
            self._status(effect)

    def _status(self, effect: object) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        assert isinstance(effect, QSoundEffect)
        if effect.status() == QSoundEffect.Status.Error:
            self._silence(
                self.tr("No sound device is working: the runner is silent (cues are shown).")
            )

    def _silence(self, reason: str) -> None:
        if self.silent_reason is None:
            self.silent_reason = reason
            log.info("tones off: %s", reason)
            self.notice.emit(reason)

    def play(self, kind: str) -> None:
        """Start the tone for ``kind`` ("start", "countdown", "end") and return at once."""
        self.played.append(kind)
        if not self.enabled or self.silent_reason is not None:
            return
        from PySide6.QtMultimedia import QSoundEffect

        effect = self._effects.get(kind)
        if isinstance(effect, QSoundEffect) and effect.status() == QSoundEffect.Status.Ready:
            effect.play()


class _SpeechWorker(QObject):
    """Lives in the speech thread: owns the engine, speaks what it is sent."""

    ready = Signal()
    failed = Signal(str)

    def __init__(self, engine: str, voice: str = "") -> None:
        super().__init__()
        self._engine_name = engine
        self._voice = voice
        self._language = ""
        self._tts: object | None = None

    @Slot(str, str)
    def say(self, text: str, language: str) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._tts is None:
            if self._engine_name not in QTextToSpeech.availableEngines():
                self.failed.emit(
                    self.tr("The speech engine “{0}” is not installed.").format(self._engine_name)
                )
                return
            created = QTextToSpeech(self._engine_name, self)
            created.stateChanged.connect(self._state)
            self._tts = created
            self._state(created.state())
        tts = self._tts
        assert isinstance(tts, QTextToSpeech)
        if tts.state() == QTextToSpeech.State.Error:
            return
        if self._language != language:
            self._language = language
            tts.setLocale(QLocale(language))
            for voice in tts.availableVoices():
                if self._voice and voice.name() == self._voice:
                    tts.setVoice(voice)
                    break
        tts.stop()
        tts.say(text)

    def _state(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state == QTextToSpeech.State.Error:
            tts = self._tts
            detail = tts.errorString() if isinstance(tts, QTextToSpeech) else ""
            detail = detail or self.tr("no detail")
            self.failed.emit(self.tr("The speech engine does not work ({0}).").format(detail))
        elif state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Speaking):
            self.ready.emit()


class Speaker(QObject):
    """Speaks verbal commands off the GUI thread; ``notice`` tells why it is silent."""

    notice = Signal(str)
    _say = Signal(str, str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        engine: str = "speechd",
        enabled: bool = True,
        voice: str = "",
    ) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.engine = engine
        self.voice = voice
        self.silent_reason: str | None = None
        self.spoken: list[str] = []
        self.ready = False
        self._thread: QThread | None = None
        self._worker: _SpeechWorker | None = None
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._too_slow)

    def say(self, text: str, language: str = "en") -> None:
        """Post ``text`` to the speech thread; never waits."""
        self.spoken.append(text)
        if not self.enabled or self.silent_reason is not None:
            return
        if self._thread is None:
            self._start_thread()
        self._say.emit(text, language)

    def _start_thread(self) -> None:
        thread = QThread()
        thread.setObjectName("speech")
        worker = _SpeechWorker(self.engine, self.voice)
        worker.moveToThread(thread)
        self._say.connect(worker.say)
        worker.ready.connect(self._on_ready)
        worker.failed.connect(self._fail)
        thread.finished.connect(worker.deleteLater)
        self._thread, self._worker = thread, worker
        thread.start()
        self._watchdog.start(int(SPEECH_START_S * 1000))

    def _on_ready(self) -> None:
        self.ready = True
        self._watchdog.stop()

    def _too_slow(self) -> None:
        if not self.ready:
            self._fail(
                self.tr("The speech engine did not start within {0:g} s.").format(SPEECH_START_S)
            )

    def _fail(self, reason: str) -> None:
        self._watchdog.stop()
        if self.silent_reason is None:
            self.silent_reason = reason + " " + self.tr("Commands are shown, not spoken.")
            log.info("speech off: %s", reason)
            self.notice.emit(self.silent_reason)

    def shutdown(self) -> None:
        """Stop the speech thread; a hung engine is abandoned, never waited on long."""
        self._watchdog.stop()
        thread, self._thread = self._thread, None
        stop_thread(thread, "speech thread")


class Cues(QObject):
    """Tones and speech together, as the runner uses them."""

    notice = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        sound: bool = True,
        speech: bool = False,
        engine: str = "speechd",
        voice: str = "",
        volume: float = 0.9,
    ) -> None:
        super().__init__(parent)
        self.tones = TonePlayer(self, enabled=sound, volume=volume)
        self.speaker = Speaker(self, engine=engine, enabled=speech, voice=voice)
        self.tones.notice.connect(self.notice)
        self.speaker.notice.connect(self.notice)

    def notices(self) -> list[str]:
        return [r for r in (self.tones.silent_reason, self.speaker.silent_reason) if r]

    def shutdown(self) -> None:
        self.speaker.shutdown()


CuesFactory = Callable[[QObject], Cues]
