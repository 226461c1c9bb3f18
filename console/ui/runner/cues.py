"""The runner's cues: short tones and the spoken verbal command.

Nothing here may hold up the runner's clock:

- Tones are ``QSoundEffect``s loaded once from ``resources/sounds`` (see
  tools/make_tones.py). ``play`` starts a tone and returns; a sound that is not ready
  is skipped. With no audio device a sound effect goes to its Error status: the
  player then reports a notice once and stays silent.
- Speech runs in the speech host, a process of its own, because an engine can take
  long to start or hang (speech-dispatcher was seen to) and a hung thread cannot be
  ended safely. The runner only writes the text to the host's input and never waits.
  If the engine reports no ready state within ``SPEECH_START_S`` seconds, or reports
  an error, the speaker gives a notice, ignores later commands and kills the host.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal

from console import resources
from console.ui.runner.speech_process import SpeechProcess

log = logging.getLogger(__name__)

TONES = {"start": "start.wav", "countdown": "tick.wav", "end": "end.wav"}

#: How long the speech engine may take to become ready before the runner gives up on it.
SPEECH_START_S = 8.0


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


class Speaker(QObject):
    """Speaks verbal commands through the speech host; ``notice`` tells why it is silent.

    The host (a process of its own, see ``console.ui.runner.speech_host``) is started when the
    speaker is made, so that the engine is warm by the first command. Texts said before
    the engine is ready wait in the host's input. ``voices`` names the voice for each
    language (none: the engine's own). ``engine_said`` lists what the host confirms it
    handed to the engine, as (text, language, voice).
    """

    notice = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        engine: str = "default",
        enabled: bool = True,
        voices: Mapping[str, str] | None = None,
        command: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.engine = engine
        self.voices = dict(voices or {})
        self.silent_reason: str | None = None
        self.spoken: list[str] = []
        self.engine_said: list[tuple[str, str, str]] = []
        self._host = SpeechProcess(self, command=command)
        self._host.ready.connect(self._on_ready)
        self._host.failed.connect(self._host_failed)
        self._host.said.connect(lambda *said: self.engine_said.append(said))
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._too_slow)
        if enabled:
            self._start()

    def _start(self) -> None:
        self._watchdog.start(int(SPEECH_START_S * 1000))
        self._host.start(self.engine)

    def say(self, text: str, language: str = "en") -> None:
        """Hand ``text`` to the speech host; never waits."""
        self.spoken.append(text)
        if not self.enabled or self.silent_reason is not None:
            return
        self._host.say(text, language, self.voices.get(language, ""))

    @property
    def ready(self) -> bool:
        """The engine answered that it is ready."""
        return self._host.is_ready

    def _on_ready(self, _voices: dict[str, list[str]]) -> None:
        self._watchdog.stop()

    def _host_failed(self, code: str, detail: str) -> None:
        if code == "not-installed" and self.engine == "default":
            reason = self.tr("No speech engine is installed on this computer.")
        elif code == "not-installed":
            reason = self.tr("The speech engine “{0}” is not installed.").format(self.engine)
        else:
            detail = detail or self.tr("no detail")
            reason = self.tr("The speech engine does not work ({0}).").format(detail)
        self._fail(reason)

    def _too_slow(self) -> None:
        if not self.ready:
            self._fail(
                self.tr("The speech engine did not start within {0:g} s.").format(SPEECH_START_S)
            )
            self._host.kill()

    def _fail(self, reason: str) -> None:
        self._watchdog.stop()
        if self.silent_reason is None:
            self.silent_reason = reason + " " + self.tr("Commands are shown, not spoken.")
            log.info("speech off: %s", reason)
            self.notice.emit(self.silent_reason)

    def shutdown(self) -> None:
        """End the speech host; one that hangs is killed, never waited on."""
        self._watchdog.stop()
        self._host.end()


class Cues(QObject):
    """Tones and speech together, as the runner uses them."""

    notice = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        sound: bool = True,
        speech: bool = False,
        engine: str = "default",
        voices: Mapping[str, str] | None = None,
        volume: float = 0.9,
    ) -> None:
        super().__init__(parent)
        self.tones = TonePlayer(self, enabled=sound, volume=volume)
        self.speaker = Speaker(self, engine=engine, enabled=speech, voices=voices)
        self.tones.notice.connect(self.notice)
        self.speaker.notice.connect(self.notice)

    def notices(self) -> list[str]:
        return [r for r in (self.tones.silent_reason, self.speaker.silent_reason) if r]

    def shutdown(self) -> None:
        self.speaker.shutdown()


CuesFactory = Callable[[QObject], Cues]
