"""Audio for the voice bench: words spoken by three Debian speech engines, levels, noise, breaths.

All audio is 16 kHz mono 16-bit, held as `array('h')`. Levels are in dB relative to full scale
(dBFS, a full-scale sine is -3 dBFS); a word's level is its *active* level, the RMS over its 20 ms
frames within 30 dB of its loudest frame, so the silence an engine pads a word with does not count
and a signal-to-noise ratio compares speech while it is heard with the noise under it."""

from __future__ import annotations

import array
import hashlib
import math
import random
import shutil
import subprocess
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

RATE = 16000
FRAME = RATE // 50  # 20 ms
ACTIVE_RANGE_DB = 30.0


@dataclass(frozen=True)
class Voice:
    """A speaker: the engine (espeak-ng, flite, festival) and its voice name."""

    engine: str
    name: str

    @property
    def label(self) -> str:
        return f"{self.engine}:{self.name}"


VOICES = (
    *(
        Voice("espeak-ng", name)
        for name in ("en-us", "en-gb", "en-gb-scotland", "en-us+f3", "en-gb-x-rp", "en-us+m7")
    ),
    *(Voice("flite", name) for name in ("slt", "rms", "awb")),
    *(Voice("festival", name) for name in ("kal_diphone", "ked_diphone")),
)

_ENGINE_COMMANDS = {"espeak-ng": "espeak-ng", "flite": "flite", "festival": "text2wave"}


def engine_missing(voice: Voice) -> bool:
    return shutil.which(_ENGINE_COMMANDS[voice.engine]) is None


def _render(voice: Voice, text: str, wav: Path) -> None:
    if voice.engine == "espeak-ng":
        command = ["espeak-ng", "-v", voice.name, "-w", str(wav), text]
        subprocess.run(command, check=True, capture_output=True)
    elif voice.engine == "flite":
        command = ["flite", "-voice", voice.name, "-t", text, "-o", str(wav)]
        subprocess.run(command, check=True, capture_output=True)
    else:
        command = ["text2wave", "-eval", f"(voice_{voice.name})", "-o", str(wav)]
        subprocess.run(command, check=True, capture_output=True, input=text.encode())


def _raw_path(voice: Voice, text: str, cache: Path) -> Path:
    return cache / f"{hashlib.sha1(f'{voice.label}|{text}'.encode()).hexdigest()[:16]}.raw"


def synthesise(voice: Voice, text: str, cache: Path) -> array.array[int]:
    """`text` said by `voice`, 16 kHz mono, without the engine's leading and trailing silence
    (cached in `cache`)."""
    raw = _raw_path(voice, text, cache)
    if not raw.exists():
        wav = raw.with_suffix(".wav")
        if not wav.exists():  # made ahead by prepare()
            _render(voice, text, wav)
        subprocess.run(
            ["sox", str(wav), "-r", str(RATE), "-c", "1", "-b", "16", "-e", "signed",
             "-t", "raw", str(raw)],
            check=True, capture_output=True,
        )  # fmt: skip
        wav.unlink()
    samples = array.array("h")
    samples.frombytes(raw.read_bytes())
    return trimmed(samples)


def frame_powers(samples: array.array[int]) -> list[float]:
    """Mean square of each whole 20 ms frame."""
    return [
        math.fsum(x * x for x in samples[start : start + FRAME]) / FRAME
        for start in range(0, len(samples) - FRAME + 1, FRAME)
    ]


def rms_dbfs(samples: array.array[int]) -> float:
    """The RMS of all of `samples` in dBFS (-inf for silence)."""
    if not samples:
        return -math.inf
    power = math.fsum(x * x for x in samples) / len(samples)
    return 10 * math.log10(power / 32768**2) if power > 0 else -math.inf


def active_dbfs(samples: array.array[int]) -> float:
    """The active level: RMS in dBFS over the frames within 30 dB of the loudest one."""
    powers = frame_powers(samples)
    if not powers or max(powers) == 0:
        return -math.inf
    floor = max(powers) * 10 ** (-ACTIVE_RANGE_DB / 10)
    active = [p for p in powers if p >= floor]
    return 10 * math.log10(math.fsum(active) / len(active) / 32768**2)


def trimmed(samples: array.array[int]) -> array.array[int]:
    """`samples` without the frames at either end that are 40 dB below the loudest one."""
    powers = frame_powers(samples)
    if not powers or max(powers) == 0:
        return samples
    floor = max(powers) * 1e-4
    loud = [i for i, p in enumerate(powers) if p >= floor]
    return samples[loud[0] * FRAME : (loud[-1] + 1) * FRAME]


def scaled(samples: array.array[int], gain_db: float) -> array.array[int]:
    """`samples` amplified by `gain_db`, clipped to 16 bits."""
    gain = 10 ** (gain_db / 20)
    return array.array("h", (max(-32768, min(32767, round(x * gain))) for x in samples))


def at_level(samples: array.array[int], dbfs: float, *, active: bool = True) -> array.array[int]:
    """`samples` scaled so that their active level (or plain RMS) is `dbfs`."""
    level = active_dbfs(samples) if active else rms_dbfs(samples)
    return samples if math.isinf(level) else scaled(samples, dbfs - level)


def silence(seconds: float) -> array.array[int]:
    return array.array("h", bytes(2 * round(seconds * RATE)))


def _sox_synth(seconds: float, effects: list[str], repeatable: bool = True) -> array.array[int]:
    """sox's synth; `repeatable`: the same noise on every run."""
    command = [
        "sox",
        *(["-R"] if repeatable else []),
        "-n",
        "-r",
        str(RATE),
        "-c",
        "1",
        "-b",
        "16",
        "-e",
        "signed",
    ]
    command += ["-t", "raw", "-", "synth", f"{seconds:.3f}", *effects]
    out = subprocess.run(command, check=True, capture_output=True).stdout
    samples = array.array("h")
    samples.frombytes(out)
    return samples


def noise(kind: str, seconds: float, dbfs: float) -> array.array[int]:
    """Steady `kind` noise ("pinknoise", "brownnoise") with RMS `dbfs`."""
    return at_level(_sox_synth(seconds, [kind]), dbfs, active=False)


def breath(seconds: float, dbfs: float, rng: random.Random) -> array.array[int]:
    """A breath-like burst: noise band-passed to 300-3000 Hz (a breath's hiss, no voicing),
    rising and falling over `seconds`, with its active level at `dbfs`."""
    hiss = _sox_synth(seconds, ["whitenoise", "sinc", "300-3000", "fade", "q",
                                f"{seconds * 0.35:.3f}", f"{seconds:.3f}",
                                f"{seconds * 0.5:.3f}"], repeatable=False)  # fmt: skip
    # Breaths differ a little in strength.
    wobble = rng.uniform(-2.0, 2.0)
    return at_level(hiss, dbfs + wobble)


def prepare(voices: Sequence[Voice], texts: Sequence[str], cache: Path) -> None:
    """Synthesises every text by every voice into `cache` ahead, on a few threads (festival: one
    process a voice, as its start takes a third of a second)."""
    jobs: list[tuple[Voice, str]] = []
    for voice in voices:
        missing = [
            text for text in dict.fromkeys(texts) if not _raw_path(voice, text, cache).exists()
        ]
        if voice.engine == "festival" and missing:
            script = [f"(voice_{voice.name})"]
            for text in missing:
                quoted = text.replace("\\", "\\\\").replace('"', '\\"')
                wav = _raw_path(voice, text, cache).with_suffix(".wav")
                script.append(f'(utt.save.wave (utt.synth (Utterance Text "{quoted}")) "{wav}")')
            scheme = cache / f"{voice.name}.scm"
            scheme.write_text("\n".join(script) + "\n")
            subprocess.run(["festival", "--batch", str(scheme)], check=True, capture_output=True)
        jobs += [(voice, text) for text in missing]
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(lambda job: synthesise(job[0], job[1], cache), jobs))
