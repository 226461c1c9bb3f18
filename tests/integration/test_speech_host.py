"""The speech engine lives in a process of its own: what it says, and how the console
copes when it fails, ends early or hangs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from console.ui.runner.speech_process import SpeechProcess, host_command
from console.ui.runner.voices import VoiceSearch

pytestmark = pytest.mark.qt_log_ignore("pipewire")


def run_host(*args: str, given: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "console.ui.runner.speech_host", *args],
        input=given, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def answers(run: subprocess.CompletedProcess[str]) -> list[dict[str, object]]:
    return [json.loads(line) for line in run.stdout.splitlines()]


def test_the_host_speaks_each_line_and_skips_what_it_cannot_read() -> None:
    lines = [
        "this is not JSON",
        json.dumps({"speak": "no such command"}),
        json.dumps({"say": "Push up and in!", "language": "en", "voice": "Anne"}),
        json.dumps({"say": "¡Empuje hacia arriba!", "language": "es", "voice": ""}),
    ]
    run = run_host("mock", given="\n".join(lines) + "\n")
    assert run.returncode == 0, run.stderr
    got = answers(run)
    # The mock engine speaks English (en_GB and en_US) and Norwegian and Finnish only.
    assert got[0] == {"ready": True, "voices": {"en": ["Anne", "Bob", "Charly", "Mary"], "es": []}}
    # Anne is an en_GB voice: she is found although "en" alone would give en_US.
    assert got[1] == {"said": "Push up and in!", "language": "en", "voice": "Anne"}
    assert got[2]["said"] == "¡Empuje hacia arriba!" and got[2]["language"] == "es"


def test_without_a_chosen_voice_the_engine_picks_its_own() -> None:
    run = run_host("mock", given=json.dumps({"say": "Hold!", "language": "en"}) + "\n")
    said = answers(run)[1]
    assert said["said"] == "Hold!" and said["voice"] in {"Charly", "Mary"}


def test_an_engine_that_is_not_installed_is_named_and_the_host_ends() -> None:
    run = run_host("no-such-engine")
    assert run.returncode == 0
    assert answers(run) == [{"error": "not-installed"}]


def test_the_host_wants_one_engine() -> None:
    for arguments in ((), ("mock", "Anne")):
        run = run_host(*arguments)
        assert run.returncode == 2 and "usage" in run.stderr


def test_the_host_command_starts_the_module_when_not_frozen() -> None:
    assert host_command("mock") == [sys.executable, "-m", "console.ui.runner.speech_host", "mock"]


def test_a_host_that_ends_before_it_is_ready_is_a_failure(qtbot: QtBot) -> None:
    host = SpeechProcess(command=[sys.executable, "-c", "pass"])
    with qtbot.waitSignal(host.failed, timeout=15000) as failed:
        host.start("mock")
    assert failed.args == ["ended", "0"]
    host.say("Hold!", "en")  # ignored, no error
    host.stop()


def test_a_host_program_that_cannot_start_is_a_failure(qtbot: QtBot) -> None:
    host = SpeechProcess(command=["/nonexistent/speech-host"])
    with qtbot.waitSignal(host.failed, timeout=15000) as failed:
        host.start("mock")
    assert failed.args[0] == "start"
    host.stop()


def test_a_voice_search_that_hangs_is_answered_in_time_and_the_host_killed(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("console.ui.runner.voices.VOICE_SEARCH_S", 0.5)
    search = VoiceSearch(command=[sys.executable, "-c", "import time; time.sleep(120)"])
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    with qtbot.waitSignal(search.unavailable, timeout=5000) as unavailable:
        search.start()
    timer.stop()
    assert "did not answer" in unavailable.args[0]
    assert len(ticks) >= 10  # the screen's event loop went on meanwhile
    assert not search._host.running


def test_a_host_still_running_goes_with_its_owner(qtbot: QtBot) -> None:
    """A screen closed while the engine is still starting takes the host with it."""
    host = SpeechProcess(command=[sys.executable, "-c", "import time; time.sleep(120)"])
    host.start("mock")
    process = host._process
    assert process is not None
    qtbot.waitUntil(lambda: host.running, timeout=15000)
    pid = process.processId()
    host.deleteLater()
    qtbot.waitUntil(lambda: not _alive(pid), timeout=5000)


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except FileNotFoundError:
        return False


def test_a_host_started_without_pipes_ends_at_once() -> None:
    """As a windowed build run by hand would be: no input to read, so it ends (rc 3)."""
    closed_input = f'exec "{sys.executable}" -m console.ui.runner.speech_host mock <&-'
    run = subprocess.run(
        ["sh", "-c", closed_input], capture_output=True, text=True, timeout=60
    )  # fmt: skip
    assert run.returncode == 3 and run.stdout == ""
