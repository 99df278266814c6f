"""WAV helpers: the beep tone, and trimming espeak-ng's silent padding."""

from __future__ import annotations

import array
import math
import wave
from pathlib import Path

import pytest

from cramp_coach.speech import wav


def rms(path: Path) -> float:
    with wave.open(str(path), "rb") as f:
        samples = array.array("h", f.readframes(f.getnframes()))
    return math.sqrt(sum(s * s for s in samples) / len(samples)) if samples else 0.0


def write(path: Path, samples: list[int], rate: int = 22050) -> None:
    with wave.open(str(path), "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(rate)
        f.writeframes(array.array("h", samples).tobytes())


def test_the_beep_is_a_short_audible_tone(tmp_path: Path) -> None:
    path = tmp_path / "beep.wav"
    wav.write_tone(path, hertz=880, length=0.15)
    assert wav.seconds(path) == pytest.approx(0.15, abs=0.001)
    assert rms(path) > 5000  # a 0.5 full-scale sine is about 11 500


def test_trimming_keeps_what_is_heard_and_drops_the_padding(tmp_path: Path) -> None:
    rate = 22050
    tone = [int(8000 * math.sin(2 * math.pi * 440 * i / rate)) for i in range(rate // 2)]
    silence = [0] * (rate // 4)
    write(tmp_path / "padded.wav", silence + tone + silence)
    seconds = wav.trim_silence(tmp_path / "padded.wav", tmp_path / "trimmed.wav")
    assert seconds == pytest.approx(0.5 + 2 * 0.01, abs=0.005)  # the tone and two margins
    assert wav.seconds(tmp_path / "trimmed.wav") == pytest.approx(seconds)


def test_trimming_silence_only_leaves_nothing(tmp_path: Path) -> None:
    write(tmp_path / "silent.wav", [0] * 1000)
    assert wav.trim_silence(tmp_path / "silent.wav", tmp_path / "out.wav") == 0.0
