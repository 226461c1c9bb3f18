"""Cues never hold up the runner: a missing sound or speech engine gives a notice."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from console.ui.runner.cues import Cues, Speaker, TonePlayer
from console.ui.runner.runner_window import start_runner
from tests.end2end.runner_helpers import make_context, start_session

pytestmark = pytest.mark.qt_log_ignore("pipewire", "QSoundEffect", "PulseAudio")


def test_the_tone_files_exist_and_are_short() -> None:
    from console import resources

    for name in ("start.wav", "tick.wav", "end.wav"):
        path = resources.sounds_dir() / name
        assert path.is_file() and path.stat().st_size < 20_000


def test_missing_tone_files_make_a_silent_player_with_a_notice(
    qtbot: QtBot, tmp_path: Path
) -> None:
    player = TonePlayer(enabled=False, folder=tmp_path)
    with qtbot.waitSignal(player.notice) as notice:
        player._load()
    assert "missing" in notice.args[0]
    player.play("start")  # returns at once, plays nothing
    assert player.played == ["start"]


def test_speech_goes_through_the_mock_engine_in_the_speech_host(qtbot: QtBot) -> None:
    speaker = Speaker(engine="mock", voices={"en": "Mary"})
    speaker.say("Hold!", "en")  # said before the host is ready: it waits in the pipe
    qtbot.waitUntil(lambda: speaker.ready, timeout=15000)
    speaker.say("¡Sostenga!", "es")
    assert speaker.spoken == ["Hold!", "¡Sostenga!"]
    # The host confirms each text reached the engine, in the patient's language.
    qtbot.waitUntil(lambda: len(speaker.engine_said) == 2, timeout=15000)
    # English in the voice chosen for English; Spanish, with none chosen, in the
    # engine's own (the mock engine has no Spanish voice, so it keeps an English one).
    assert speaker.engine_said[0] == ("Hold!", "en", "Mary")
    assert speaker.engine_said[1][:2] == ("¡Sostenga!", "es")
    assert speaker.silent_reason is None
    speaker.shutdown()


def test_a_missing_speech_engine_gives_a_notice_and_silence(qtbot: QtBot) -> None:
    speaker = Speaker(engine="no-such-engine")
    with qtbot.waitSignal(speaker.notice, timeout=15000) as notice:
        speaker.say("Hold!")
    assert "not installed" in notice.args[0]
    speaker.say("Relax.")  # ignored, never waited on
    assert speaker.engine_said == []
    speaker.shutdown()


def test_a_speech_engine_that_hangs_is_given_up_and_killed(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A host that never answers: the speaker gives a notice in time and kills it,
    while the Qt thread keeps running (a timer goes on ticking meanwhile)."""
    monkeypatch.setattr("console.ui.runner.cues.SPEECH_START_S", 0.5)
    hang = [sys.executable, "-c", "import time; time.sleep(120)"]
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    speaker = Speaker(engine="mock", command=hang)
    with qtbot.waitSignal(speaker.notice, timeout=5000) as notice:
        speaker.say("Hold!")
    timer.stop()
    assert "did not start within 0.5 s" in notice.args[0]
    assert len(ticks) >= 10  # the event loop was never held up
    assert not speaker._host.running  # the hung host was killed
    speaker.say("Relax.")  # ignored
    speaker.shutdown()


def test_speech_switched_off_starts_no_engine() -> None:
    speaker = Speaker(engine="mock", enabled=False)
    speaker.say("Hold!")
    assert speaker.spoken == ["Hold!"] and not speaker.ready
    speaker.shutdown()


def test_the_runner_shows_why_it_is_silent(qtbot: QtBot, db_path: Path) -> None:
    context = make_context(db_path)
    _, session_id = start_session(context)
    cues = Cues(sound=False, speech=False)
    window = start_runner(context, session_id, cues=cues, full_screen=False)
    qtbot.addWidget(window)
    assert not window.notices.isVisibleTo(window)
    cues.tones._silence("No sound device is working.")
    assert window.notices.isVisibleTo(window)
    assert "No sound device" in window.notices.text()
    window.leave()
    context.close()


def test_with_no_engine_on_the_computer_the_notice_says_so(qtbot: QtBot) -> None:
    """The usual engine ("default": speech-dispatcher, SAPI...) missing altogether."""
    answer = 'print(\'{"error": "not-installed"}\', flush=True)'
    speaker = Speaker(engine="default", command=[sys.executable, "-c", answer])
    with qtbot.waitSignal(speaker.notice, timeout=15000) as notice:
        speaker.say("Hold!")
    assert notice.args[0].startswith("No speech engine is installed on this computer.")
    speaker.shutdown()
