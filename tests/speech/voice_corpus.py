"""Synthetic audio for the voice-command tests and measurements: words by several speech engines,
breaths, steady noise, mixed at a chosen level (pure Python, 16 kHz mono 16-bit PCM).

`python -m tests.speech.voice_corpus` prints the recall / false-accept tables of
docs/voice-commands.md (run from the repository root with the venv's Python).
"""

from __future__ import annotations

import array
import math
import random
import shutil
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

from cramp_coach.speech.recognition import MODEL_RATE, Command, resample

ESPEAK_VOICES = ("en-us", "en-gb", "en-gb-scotland", "en-us+f3", "en-gb-x-rp", "en-us+m7")
# flite's voices are named "flite:<voice>" here; used when flite is installed.
FLITE_VOICES = ("flite:slt", "flite:rms", "flite:awb", "flite:kal16")

# Everyday words and near misses of the commands (the "step", "top", "shop", "spot",
# "no", "yes", "help", "pose", "paws", ...), fixed, so that before and after are comparable.
EVERYDAY_WORDS = (
    *("step", "top", "shop", "spot", "stock", "stuff", "stopped", "stoop", "drop", "chop"),
    *("no", "yes", "help", "okay", "hello", "thanks", "sorry", "wait", "what", "why"),
    *("pose", "paws", "pass", "boss", "cause", "pours", "pouch", "paused", "post", "pulse"),
    *("bet", "butter", "letter", "ladder", "bitter", "setter", "fetter", "sweater", "weather"),
    *("ratty", "reddish", "teddy", "steady", "heady", "already", "reading", "red", "bread"),
    *("skin", "ship", "slip", "sip", "kiss", "script", "scape", "skipper"),
    *("gain", "against", "begin", "rain", "repair", "resin", "refuse", "review", "remain"),
    *("water", "running", "leg", "ouch", "faster", "breathe", "injure", "energy", "jury"),
)


def _read_wav(path: Path) -> bytes:
    with wave.open(str(path)) as wav:
        assert wav.getsampwidth() == 2 and wav.getnchannels() == 1
        return resample(wav.readframes(wav.getnframes()), wav.getframerate(), MODEL_RATE)


def synthesise(text: str, voice: str, tmp: Path) -> bytes:
    """`text` spoken by `voice` (espeak-ng's, or "flite:<voice>"), as 16 kHz mono 16-bit PCM."""
    path = tmp / f"{abs(hash((text, voice)))}.wav"
    if voice.startswith("flite:"):
        command = ["flite", "-voice", voice.split(":", 1)[1], "-t", text, "-o", str(path)]
    else:
        command = ["espeak-ng", "-v", voice, "-w", str(path), text]
    subprocess.run(command, check=True, capture_output=True)
    return _read_wav(path)


def voices() -> tuple[str, ...]:
    """espeak-ng's six voices, and flite's when flite is installed."""
    return ESPEAK_VOICES + (FLITE_VOICES if shutil.which("flite") else ())


def samples_of(pcm: bytes) -> array.array[int]:
    samples = array.array("h")
    samples.frombytes(pcm[: len(pcm) - len(pcm) % 2])
    return samples


def to_pcm(values: list[float]) -> bytes:
    return array.array("h", (max(-32768, min(32767, round(v))) for v in values)).tobytes()


def rms(pcm: bytes) -> float:
    samples = samples_of(pcm)
    return math.sqrt(math.fsum(x * x for x in samples) / max(1, len(samples)))


def speech_rms(pcm: bytes) -> float:
    """The RMS of the word itself: 20 ms frames within 20 dB of the loudest."""
    samples = samples_of(pcm)
    size = MODEL_RATE // 50
    energies = [
        math.fsum(x * x for x in samples[i : i + size]) / size
        for i in range(0, len(samples) - size + 1, size)
    ]
    loud = [e for e in energies if e > max(energies) / 100]
    return math.sqrt(math.fsum(loud) / len(loud))


def silence(seconds: float) -> bytes:
    return bytes(int(seconds * MODEL_RATE) * 2)


def pink_noise(seconds: float, seed: int = 1) -> list[float]:
    """Unit-RMS pink noise (Paul Kellet's filter over white noise)."""
    rng = random.Random(seed)
    b0 = b1 = b2 = b3 = b4 = b5 = b6 = 0.0
    out: list[float] = []
    for _ in range(int(seconds * MODEL_RATE)):
        white = rng.gauss(0.0, 1.0)
        b0 = 0.99886 * b0 + white * 0.0555179
        b1 = 0.99332 * b1 + white * 0.0750759
        b2 = 0.96900 * b2 + white * 0.1538520
        b3 = 0.86650 * b3 + white * 0.3104856
        b4 = 0.55000 * b4 + white * 0.5329522
        b5 = -0.7616 * b5 - white * 0.0168980
        out.append(b0 + b1 + b2 + b3 + b4 + b5 + b6 + white * 0.5362)
        b6 = white * 0.115926
    return _unit(out)


def brown_noise(seconds: float, seed: int = 1) -> list[float]:
    """Unit-RMS brown noise (leaky integral of white noise)."""
    rng = random.Random(seed)
    level = 0.0
    out: list[float] = []
    for _ in range(int(seconds * MODEL_RATE)):
        level = 0.998 * level + rng.gauss(0.0, 1.0)
        out.append(level)
    return _unit(out)


def _unit(values: list[float]) -> list[float]:
    mean = math.fsum(values) / len(values)
    centred = [v - mean for v in values]
    scale = math.sqrt(math.fsum(v * v for v in centred) / len(centred)) or 1.0
    return [v / scale for v in centred]


def breath(seconds: float = 0.5, seed: int = 1) -> list[float]:
    """A unit-peak-RMS breath: white noise band-passed around 0.4-3 kHz, a smooth rise and fall."""
    rng = random.Random(seed)
    count = int(seconds * MODEL_RATE)
    low = high = 0.0
    out: list[float] = []
    for i in range(count):
        white = rng.gauss(0.0, 1.0)
        high += 0.7 * (white - high)  # one-pole low-pass at about 3 kHz
        low += 0.15 * (high - low)  # and at about 0.4 kHz: their difference is the band
        envelope = math.sin(math.pi * i / count) ** 2
        out.append((high - low) * envelope)
    peak = max(
        math.sqrt(math.fsum(v * v for v in out[i : i + 320]) / 320)
        for i in range(0, count - 320, 320)
    )
    return [v / peak for v in out]


def with_breaths(word: bytes, level_db: float = -6.0, gap: float = 0.12, seed: int = 1) -> bytes:
    """A breath before and after `word`, `level_db` relative to the word's loudness."""
    scale = speech_rms(word) * 10 ** (level_db / 20)
    before = to_pcm([v * scale for v in breath(0.5, seed)])
    after = to_pcm([v * scale for v in breath(0.6, seed + 1)])
    return before + silence(gap) + word + silence(gap) + after


def mixed(speech: bytes, noise: list[float], snr_db: float) -> bytes:
    """`speech` with `noise` (unit RMS, at least as long) added `snr_db` below the word's level."""
    samples = samples_of(speech)
    scale = speech_rms(speech) * 10 ** (-snr_db / 20)
    return to_pcm([s + n * scale for s, n in zip(samples, noise, strict=False)])


def in_noise(words: list[bytes], noise_kind: str, snr_db: float, lead: float = 3.0) -> bytes:
    """`words` 1.5 s apart after `lead` s of noise, all in steady noise `snr_db` below them."""
    gap = silence(1.5)
    speech = silence(lead) + gap.join(words) + gap
    make = pink_noise if noise_kind == "pink" else brown_noise
    noise = make(len(speech) / 2 / MODEL_RATE + 0.1, seed=7)
    level = sum(speech_rms(word) for word in words) / len(words) * 10 ** (-snr_db / 20)
    samples = samples_of(speech)
    return to_pcm([s + n * level for s, n in zip(samples, noise, strict=False)])


# -- measurement ---------------------------------------------------------------------------------


def _measure() -> None:  # pragma: no cover (a tool, run by hand)
    from cramp_coach.speech.recognition import PocketsphinxRecognizer

    tmp = Path(tempfile.mkdtemp())
    recognizer = PocketsphinxRecognizer()
    all_voices = voices()
    rows: dict[str, dict[str, str]] = {}
    hits = 0
    started = time.perf_counter()
    for command in Command:
        for voice in all_voices:
            heard = recognizer.recognize(synthesise(command.value, voice, tmp), MODEL_RATE)
            hits += heard is command
            rows.setdefault(command.value, {})[voice] = (
                "yes" if heard is command else f"no ({heard.value if heard else 'none'})"
            )
    print(f"recall {hits}/{len(Command) * len(all_voices)}")
    for level in (-12.0, -6.0, 0.0):
        breathed = [
            recognizer.recognize(
                with_breaths(synthesise(c.value, v, tmp), level, seed=i), MODEL_RATE
            )
            is c
            for i, (c, v) in enumerate((c, v) for c in Command for v in all_voices)
        ]
        print(f"with breaths at {level:+.0f} dB: {sum(breathed)}/{len(breathed)}")
    print("| word | " + " | ".join(all_voices) + " |")
    for word, cells in rows.items():
        print(f"| {word} | " + " | ".join(cells[v] for v in all_voices) + " |")
    false: dict[str, list[str]] = {}
    for voice in ("en-us", "en-gb", "flite:slt") if shutil.which("flite") else ("en-us", "en-gb"):
        for word in EVERYDAY_WORDS:
            heard = recognizer.recognize(synthesise(word, voice, tmp), MODEL_RATE)
            if heard is not None:
                false.setdefault(f"{heard.value}", []).append(f"{word} ({voice})")
    total = sum(len(v) for v in false.values())
    print(f"false accepts {total} of {len(EVERYDAY_WORDS)} words x voices")
    for command_word, words in sorted(false.items()):
        print(f"  {command_word}: {', '.join(words)}")
    print(f"{time.perf_counter() - started:.1f} s")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(_measure())
