"""Cues never hold up the runner: a missing sound or speech engine gives a notice."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from console.ui.cues import Cues, Speaker, TonePlayer
from console.ui.runner_window import start_runner
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


def test_speech_through_the_mock_engine_runs_in_its_own_thread(qtbot: QtBot) -> None:
    speaker = Speaker(engine="mock")
    speaker.say("Hold!", "en")
    qtbot.waitUntil(lambda: speaker.ready, timeout=5000)
    speaker.say("¡Sostenga!", "es")
    assert speaker.spoken == ["Hold!", "¡Sostenga!"]
    assert speaker.silent_reason is None
    speaker.shutdown()


def test_a_missing_speech_engine_gives_a_notice_and_silence(qtbot: QtBot) -> None:
    speaker = Speaker(engine="no-such-engine")
    with qtbot.waitSignal(speaker.notice, timeout=5000) as notice:
        speaker.say("Hold!")
    assert "not installed" in notice.args[0]
    speaker.say("Relax.")  # ignored, never waited on
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
