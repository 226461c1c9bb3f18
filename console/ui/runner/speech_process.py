"""The console's side of the speech host (see ``console.ui.runner.speech_host``).

``SpeechProcess`` starts the host as a child process and never waits on it: the
host's answers arrive as signals, the texts to speak are written to its input, and
``stop`` closes its input and kills it if it has not ended a moment later. Killing a
process is always safe, which is why the engine lives there and not in a thread.
"""

from __future__ import annotations

import json
import logging
import sys
from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QProcess, Signal

log = logging.getLogger(__name__)

#: How long the host may take to end after its input is closed before it is killed.
END_GRACE_MS = 300
#: How long a killed host is given to go (the kernel ends it at once).
KILL_WAIT_MS = 1000


def host_command(engine: str) -> list[str]:
    """The program and arguments that start the speech host, frozen bundle or not."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--speech-host", engine]
    return [sys.executable, "-m", "console.ui.runner.speech_host", engine]


class SpeechProcess(QObject):
    """One speech host; ``ready`` (voice names by language), ``failed`` (code, detail),
    ``said`` (text, language, the voice that spoke it)."""

    ready = Signal(dict)
    failed = Signal(str, str)
    said = Signal(str, str, str)

    def __init__(self, parent: QObject | None = None, *, command: list[str] | None = None) -> None:
        super().__init__(parent)
        self._command = command
        self._process: QProcess | None = None
        self._buffer = b""
        self.is_ready = False
        self.has_failed = False

    def start(self, engine: str) -> None:
        if self._process is not None:
            return
        program, *arguments = self._command or host_command(engine)
        process = QProcess(self)
        process.setProgram(program)
        process.setArguments(arguments)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        process.readyReadStandardOutput.connect(self._read)
        process.readyReadStandardError.connect(self._read_errors)
        process.errorOccurred.connect(self._process_error)
        process.finished.connect(self._finished)
        self._process = process
        # Destroyed with its owner (a screen that closes): the host goes too, at once.
        self.destroyed.connect(partial(_end_process, process, 0))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.kill)
        process.start()

    @property
    def running(self) -> bool:
        process = self._process
        return process is not None and process.state() != QProcess.ProcessState.NotRunning

    def say(self, text: str, language: str, voice: str = "") -> None:
        """Hand ``text`` to the host; returns at once (the pipe buffers it)."""
        process = self._process
        if process is None or self.has_failed:
            return
        line = json.dumps({"say": text, "language": language, "voice": voice}) + "\n"
        process.write(line.encode("ascii"))

    def _read(self) -> None:
        process = self._process
        if process is None:
            return
        self._buffer += bytes(process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for raw in lines:
            try:
                message = json.loads(raw)
            except ValueError:
                log.warning("speech host wrote something unreadable")
                continue
            if isinstance(message, dict):
                self._answer(message)

    def _answer(self, message: dict[str, object]) -> None:
        if message.get("ready") is True:
            voices = message.get("voices")
            by_language = {
                str(language): [name for name in names if isinstance(name, str)]
                for language, names in (voices.items() if isinstance(voices, dict) else ())
                if isinstance(names, list)
            }
            self.is_ready = True
            self.ready.emit(by_language)
        elif isinstance(message.get("error"), str):
            self._fail(str(message["error"]), str(message.get("detail") or ""))
        elif isinstance(message.get("said"), str):
            self.said.emit(
                str(message["said"]),
                str(message.get("language") or ""),
                str(message.get("voice") or ""),
            )

    def _read_errors(self) -> None:
        process = self._process
        if process is not None:
            text = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
            for line in text.splitlines():
                if line.strip():
                    log.info("speech host: %s", line.strip()[:300])

    def _process_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._fail("start", "")

    def _finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        self._read()
        if not self.is_ready:
            self._fail("ended", str(code))

    def _fail(self, code: str, detail: str) -> None:
        if not self.has_failed:
            self.has_failed = True
            self.failed.emit(code, detail)

    def stop(self) -> None:
        """Close the host's input so that it ends; kill it if it is still there soon after."""
        self._end(END_GRACE_MS)

    def end(self) -> None:
        """``stop`` a host that has answered (it reads its input); ``kill`` one that has
        not (it may hang in the engine)."""
        if self.is_ready or self.has_failed:
            self.stop()
        else:
            self.kill()

    def kill(self) -> None:
        """End the host now (the application is quitting, or the host hangs)."""
        self._end(0)

    def _end(self, grace_ms: int) -> None:
        process, self._process = self._process, None
        if process is not None:
            for signal in (process.finished, process.errorOccurred):
                signal.disconnect()
            _end_process(process, grace_ms)
            process.deleteLater()


def _end_process(process: QProcess, grace_ms: int) -> None:
    """End the host: a polite end of its input first, then a kill. Waits at most
    ``grace_ms`` plus the moment a killed process takes to go."""
    if not shiboken6.isValid(process) or process.state() == QProcess.ProcessState.NotRunning:
        return
    if grace_ms:
        process.closeWriteChannel()
        if process.waitForFinished(grace_ms):
            return
    process.kill()
    process.waitForFinished(KILL_WAIT_MS)
