"""The monotonic clock the session runner reads, injected so tests can drive time."""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    """Anything that tells monotonic seconds (never goes back, unaffected by wall time)."""

    def monotonic(self) -> float: ...


class SystemClock:
    """The real clock: ``time.monotonic``."""

    def monotonic(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that moves only when told to: a 60-minute session runs in milliseconds."""

    def __init__(self, start: float = 0.0) -> None:
        self._now = start

    def monotonic(self) -> float:
        return self._now

    def advance(self, seconds: float) -> float:
        """Move the clock forward by ``seconds`` (never back) and return the new time."""
        if seconds < 0:
            raise ValueError(f"a monotonic clock never goes back ({seconds} s)")
        self._now += seconds
        return self._now
