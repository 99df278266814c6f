"""Small WAV helpers on the standard library: length, trimming silence, and a generated tone."""

from __future__ import annotations

import array
import math
import sys
import wave
from pathlib import Path

# 16-bit samples below this are treated as silence when trimming (about -40 dBFS).
_SILENCE = 330
# Kept around the audible part so word onsets and endings are not clipped.
_MARGIN_SECONDS = 0.01


def seconds(path: Path) -> float:
    """The length of a WAV file in seconds."""
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes() / wav.getframerate()


def intact_seconds(path: Path) -> float | None:
    """The length of a WAV file that is whole and readable; None when it is missing or broken
    (the wave module raises wave.Error, EOFError, even RuntimeError for a garbled file)."""
    if not path.is_file():  # a FIFO or a folder there would block or fail: as if missing
        return None
    try:
        return seconds(path)
    except (OSError, EOFError, ValueError, RuntimeError, wave.Error):
        return None


def trim_silence(source: Path, target: Path) -> float:
    """Writes source to target without its leading and trailing silence; returns the new length.

    espeak-ng ends each cue with about 0.25 s of silence; trimmed, a cue's length is what is heard,
    so the caller can fit it between time marks, and it starts as soon as it plays.
    """
    with wave.open(str(source), "rb") as wav:
        params = wav.getparams()
        frames = wav.readframes(params.nframes)
    if params.sampwidth != 2 or params.nchannels != 1:
        target.write_bytes(source.read_bytes())
        return params.nframes / params.framerate
    samples = array.array("h", frames)
    if sys.byteorder == "big":
        samples.byteswap()
    first = next((i for i, s in enumerate(samples) if abs(s) > _SILENCE), len(samples))
    last = next((i for i in range(len(samples) - 1, -1, -1) if abs(samples[i]) > _SILENCE), -1)
    margin = int(_MARGIN_SECONDS * params.framerate)
    start, end = max(0, first - margin), min(len(samples), last + 1 + margin)
    kept = samples[start:end] if start < end else array.array("h")
    if sys.byteorder == "big":
        kept.byteswap()
    with wave.open(str(target), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(params.framerate)
        out.writeframes(kept.tobytes())
    return len(kept) / params.framerate


def write_tone(path: Path, hertz: float = 880.0, length: float = 0.15, rate: int = 22050) -> None:
    """Writes a short sine tone with soft edges (no click) as a 16-bit mono WAV."""
    count = int(length * rate)
    fade = max(1, int(0.01 * rate))
    samples = array.array("h")
    for i in range(count):
        edge = min(1.0, i / fade, (count - 1 - i) / fade)
        samples.append(int(0.5 * 32767 * edge * math.sin(2 * math.pi * hertz * i / rate)))
    if sys.byteorder == "big":
        samples.byteswap()
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(samples.tobytes())
