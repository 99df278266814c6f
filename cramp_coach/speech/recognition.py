"""Offline recognition of the spoken commands, one utterance at a time, with pocketsphinx."""

from __future__ import annotations

import array
import enum
import logging
import math
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

# Voiced audio is what is louder than this fraction of the utterance's loudest 20 ms.
_VOICED_FRACTION = 0.01
_VOICED_FRAME_SECONDS = 0.02


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


def voiced_seconds(pcm: bytes, sample_rate: int) -> float:
    """How long the utterance has audible speech, counting 20 ms frames near its loudest."""
    samples = array.array("h")
    samples.frombytes(pcm[: len(pcm) - len(pcm) % 2])
    size = max(1, int(sample_rate * _VOICED_FRAME_SECONDS))
    energies = [
        math.fsum(x * x for x in samples[start : start + size]) / size
        for start in range(0, len(samples) - size + 1, size)
    ]
    if not energies or max(energies) == 0:
        return 0.0
    floor = max(energies) * _VOICED_FRACTION
    return sum(1 for energy in energies if energy > floor) * size / sample_rate


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
        self._decoder.start_utt()
        self._decoder.process_raw(pcm, False, True)
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
