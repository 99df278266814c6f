"""Offline recognition of the spoken commands, one utterance at a time, with pocketsphinx."""

from __future__ import annotations

import array
import enum
import itertools
import logging
import math
import random
from typing import Protocol

log = logging.getLogger(__name__)

#: The rate the acoustic model was trained on; other rates are resampled to it.
MODEL_RATE = 16000

#: A command is one word: anything with more voiced audio than this is not one (measured: every
#: command by six espeak-ng voices has at most 0.54 s, every full cue of the routine 0.9 s or
#: more; real speakers are slower than espeak-ng, hence the margin).
MAX_COMMAND_SECONDS = 1.0

# The app's own short words (spoken time marks and numbers), offered to the grammar as the
# alternative to a command, so that "three" or "one, release" decodes as itself and not as the
# nearest command ("massage": "That is enough massage." came out as 'pause'). Measured: a larger
# decoy set (common words such as "the", "you", "still", "hello") also swallowed real commands
# ("stop" heard as "still"; recall 31/48), so it stays this small.
DECOY_WORDS = [
    *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("twenty", "thirty", "seconds", "release", "hold", "massage"),
]

# Extra pronunciations: British voices say "betta" and American ones flap the t; the dictionary
# only has "B EH T ER". Measured: 'better' went from 2/6 to 4/6 voices.
EXTRA_PRONUNCIATIONS = {"better(2)": "B EH T AH", "better(3)": "B EH D ER"}

# Voiced audio: 20 ms frames louder than 1 % of the utterance's loudest and than the noise (its
# quietest tenth, times _ABOVE_NOISE), whose waveform crosses zero seldom enough to be a voice
# rather than breath or hiss: vowels and voiced consonants cross at most about 0.2 times a sample,
# breaths 0.4 and more (measured on espeak-ng, flite and synthesised breaths).
_VOICED_FRACTION = 0.01
_VOICED_FRAME_SECONDS = 0.02
_ABOVE_NOISE = 4.0
_VOICED_MAX_CROSSINGS = 0.25

# What the decoder sees: the voiced part and this much either side (a word's unvoiced start, "s"
# of "stop" and "skip", and its end, "s" of "pause"; the decoder also needs some silence around
# the word). Measured over 90 words (9 commands x 10 voices) with a breath 0.12 s before and after:
# 0.25 s either side keeps the clean recall (86/90) and hears 70-74 of 90 with breaths (from 3-14
# uncut); cutting closer lost clean words, padding the cut with silence lost more (63/90).
TRIM_BEFORE_SECONDS = 0.25
TRIM_AFTER_SECONDS = 0.25


class Command(enum.Enum):
    """A spoken command; the value is the word the user says."""

    READY = "ready"
    BETTER = "better"
    AGAIN = "again"
    PAUSE = "pause"
    RESUME = "resume"
    REPEAT = "repeat"
    SKIP = "skip"
    STOP = "stop"
    INJURY = "injury"  # at "a cramp, or an injury?"
    LEFT = "left"  # which leg the cramp is in (asked once during the routine)
    RIGHT = "right"


class Recognizer(Protocol):
    """Turns one utterance of 16-bit mono PCM into the command it is, or None."""

    def recognize(self, pcm: bytes, sample_rate: int) -> Command | None: ...


class RecognizerUnavailableError(Exception):
    """The recognition engine cannot be used (not installed, model missing)."""


def resample(pcm: bytes, source_rate: int, target_rate: int = MODEL_RATE) -> bytes:
    """16-bit mono PCM at `source_rate`, linearly interpolated to `target_rate`."""
    if source_rate == target_rate:
        return pcm
    samples = array.array("h")
    samples.frombytes(pcm[: len(pcm) - len(pcm) % 2])
    if not samples:
        return b""
    count = int(len(samples) * target_rate / source_rate)
    step = source_rate / target_rate
    last = len(samples) - 1
    out = array.array("h", bytes(2 * count))
    for i in range(count):
        position = i * step
        j = int(position)
        k = min(j + 1, last)
        out[i] = int(samples[j] + (samples[k] - samples[j]) * (position - j))
    return out.tobytes()


#: Below this the input is rumble (wind, traffic, a treadmill's motor: brown noise), not voice;
#: the acoustic model's filters start at 133 Hz.
HIGH_PASS_HZ = 100.0


class HighPass:
    """A one-pole high-pass filter at HIGH_PASS_HZ over 16-bit samples, kept across chunks."""

    def __init__(self, sample_rate: int) -> None:
        self._pole = math.exp(-2 * math.pi * HIGH_PASS_HZ / sample_rate)
        self._last_in = 0.0
        self._last_out = 0.0

    def __call__(self, samples: array.array[int]) -> list[float]:
        pole, last_in, last_out = self._pole, self._last_in, self._last_out
        out: list[float] = []
        for x in samples:
            last_out = pole * (last_out + x - last_in)
            last_in = x
            out.append(last_out)
        self._last_in, self._last_out = last_in, last_out
        return out


def _frame_measures(pcm: bytes, sample_rate: int) -> tuple[list[float], list[float], float]:
    """Each 20 ms frame's energy and zero-crossing rate (above the rumble: HighPass), and the
    floor that speech is above."""
    raw = array.array("h")
    raw.frombytes(pcm[: len(pcm) - len(pcm) % 2])
    samples = HighPass(sample_rate)(raw)
    size = max(2, int(sample_rate * _VOICED_FRAME_SECONDS))
    energies: list[float] = []
    crossings: list[float] = []
    for start in range(0, len(samples) - size + 1, size):
        frame = samples[start : start + size]
        energies.append(math.fsum(x * x for x in frame) / size)
        signs = [x < 0 for x in frame]
        crossings.append(sum(a != b for a, b in itertools.pairwise(signs)) / size)
    if not energies:
        return [], [], 0.0
    noise = sorted(energies)[len(energies) // 10]
    return energies, crossings, max(max(energies) * _VOICED_FRACTION, noise * _ABOVE_NOISE)


def voiced_frames(pcm: bytes, sample_rate: int) -> list[bool]:
    """For each 20 ms frame of the utterance: whether it is voiced speech (see above)."""
    energies, crossings, floor = _frame_measures(pcm, sample_rate)
    return [
        energy > floor and crossing <= _VOICED_MAX_CROSSINGS
        for energy, crossing in zip(energies, crossings, strict=True)
    ]


def trimmed(pcm: bytes, sample_rate: int) -> bytes:
    """`pcm` from TRIM_BEFORE_SECONDS before its first voiced frame to TRIM_AFTER_SECONDS after its
    last: breaths and noise further out are cut off, as the grammar would turn them into words (a
    breath before "pause" decoded as "five hold")."""
    voiced = voiced_frames(pcm, sample_rate)
    if not any(voiced):
        return pcm
    frame = int(sample_rate * _VOICED_FRAME_SECONDS)
    first = voiced.index(True) * frame - int(TRIM_BEFORE_SECONDS * sample_rate)
    last = (len(voiced) - voiced[::-1].index(True)) * frame + int(TRIM_AFTER_SECONDS * sample_rate)
    return pcm[2 * max(0, first) : 2 * last]


#: Digital silence (a source that sends exact zeros between words: a muted or virtual microphone)
#: is given the hiss of a real one, this loud at most (-66 dBFS). Measured: the grammar decoder
#: missed 22 of 54 espeak-ng words with 0.3 s of zeros around them, 8 with this hiss instead; a
#: real microphone's own hiss is louder, and left as it is.
HISS_LEVEL = 16


def with_hiss(pcm: bytes) -> bytes:
    """`pcm` with the near-silent samples (|x| <= HISS_LEVEL) given a faint, repeatable hiss."""
    samples = array.array("h")
    samples.frombytes(pcm[: len(pcm) - len(pcm) % 2])
    noise = random.Random(len(samples))  # the same utterance decodes the same way every time
    level = HISS_LEVEL
    for i, x in enumerate(samples):
        if -level <= x <= level:
            samples[i] = x + noise.randint(-level, level)
    return samples.tobytes()


def voiced_seconds(pcm: bytes, sample_rate: int) -> float:
    """How long the utterance has voiced speech: breaths, hiss and steady noise do not count."""
    return sum(voiced_frames(pcm, sample_rate)) * _VOICED_FRAME_SECONDS


def command_grammar(words: list[str], decoys: list[str]) -> str:
    """A JSGF grammar: one command word, or one or two of the decoy words."""
    return (
        "#JSGF V1.0;\n"
        "grammar commands;\n"
        f"public <utterance> = {' | '.join(words)} | <other> [<other>];\n"
        f"<other> = {' | '.join(decoys)};\n"
    )


class PocketsphinxRecognizer:
    """A pocketsphinx grammar decoder over one utterance, with a duration gate and decoy words.

    The grammar is closed, so it always picks something; two checks turn non-commands into None.
    Utterances with more than `max_seconds` of voiced audio are not decoded at all (cues and
    sentences are long), and the grammar offers the app's own short words as an alternative
    (a short time mark decodes as itself, which is not a command). Not thread-safe: one instance
    per thread.
    """

    def __init__(self, max_seconds: float = MAX_COMMAND_SECONDS) -> None:
        try:
            from pocketsphinx import Decoder  # type: ignore[import-untyped]
        except ImportError as error:
            raise RecognizerUnavailableError(f"pocketsphinx is not installed ({error})") from error
        self.max_seconds = max_seconds
        try:
            # dither: synthesised and gated audio has runs of digital silence, which make the
            # features degenerate (measured: recall 39/48 without, 43/48 with).
            self._decoder = Decoder(lm=None, loglevel="FATAL", dither=True, seed=1)
            for word, phones in EXTRA_PRONUNCIATIONS.items():
                self._decoder.add_word(word, phones, False)
            words = [command.value for command in Command]
            self._decoder.add_jsgf_string("commands", command_grammar(words, DECOY_WORDS))
            self._decoder.activate_search("commands")
        except (RuntimeError, ValueError, KeyError) as error:
            raise RecognizerUnavailableError(
                f"pocketsphinx could not load its model ({error})"
            ) from error

    def recognize(self, pcm: bytes, sample_rate: int) -> Command | None:
        """The command said in `pcm` (one utterance, 16-bit mono), or None."""
        if sample_rate != MODEL_RATE:
            pcm = resample(pcm, sample_rate)
        voiced = voiced_seconds(pcm, MODEL_RATE)
        if voiced == 0.0 or voiced > self.max_seconds:
            log.debug("ignored an utterance of %.2f s voiced audio", voiced)
            return None
        # A fresh feature computation per utterance: the cepstral mean and the dither's random
        # draws otherwise carry over from what was heard before, and the verdict on the same
        # word drifted with that history (en-gb "pause" heard as "four" after ten other words).
        self._decoder.reinit_feat()
        self._decoder.start_utt()
        self._decoder.process_raw(with_hiss(trimmed(pcm, MODEL_RATE)), False, True)
        self._decoder.end_utt()
        hypothesis = self._decoder.hyp()
        words = hypothesis.hypstr.split() if hypothesis is not None else []
        log.debug("heard %r (%.2f s voiced)", " ".join(words), voiced)
        if len(words) != 1:
            return None
        try:
            return Command(words[0])
        except ValueError:  # a decoy word
            return None
