"""Write the runner's cue tones as small WAV files in resources/sounds/.

    python tools/make_tones.py

- ``start.wav``: a timed phase starts (one bright 880 Hz tone, 160 ms).
- ``tick.wav``: 3-2-1 before the end (a short 660 Hz tick, 70 ms).
- ``end.wav``: the phase is over (a falling pair, 990 Hz then 660 Hz, 320 ms).

Mono, 16-bit, 22,050 Hz, with short fades so the tones do not click. Deterministic: the
same bytes on every run.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
VOLUME = 0.45
FADE_S = 0.008
OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"


def tone(frequency: float, seconds: float) -> list[float]:
    count = int(RATE * seconds)
    fade = int(RATE * FADE_S)
    samples = []
    for i in range(count):
        envelope = min(1.0, i / fade, (count - 1 - i) / fade)
        # A little of the octave makes the tone carry across a room.
        value = math.sin(2 * math.pi * frequency * i / RATE)
        value += 0.25 * math.sin(4 * math.pi * frequency * i / RATE)
        samples.append(VOLUME * envelope * value / 1.25)
    return samples


def silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


def write(name: str, samples: list[float]) -> Path:
    path = OUT / name
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))
    return path


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for path in (
        write("start.wav", tone(880, 0.16)),
        write("tick.wav", tone(660, 0.07)),
        write("end.wav", tone(990, 0.14) + silence(0.04) + tone(660, 0.14)),
    ):
        print(f"{path.relative_to(OUT.parent.parent)}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
