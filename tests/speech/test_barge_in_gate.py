"""The listener's rules for hearing through an echo canceller, without a sound server: the
canceller learns the room before the listener stops muting, and over the app's voice only a
loud word that stops the app counts."""

from __future__ import annotations

import array
import math

from cramp_coach.speech import listener as listener_module
from cramp_coach.speech.listener import BARGE_IN, _Gate, _Segmenter
from cramp_coach.speech.recognition import Command

RATE = 16000


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _speak(gate: _Gate, clock: Clock, seconds: float) -> None:
    gate.set_muted(True)
    clock.now += seconds
    gate.set_muted(False)


def test_the_canceller_is_trusted_only_after_it_has_heard_the_app_speak() -> None:
    clock = Clock()
    gate = _Gate(0.0, clock)
    gate.set_cancelled(True)
    _speak(gate, clock, listener_module.LEARN_SECONDS / 2)
    gate.set_muted(True)
    assert gate.admit(b"\1\0" * 10, RATE)[0] == b""  # still learning: muted as without it
    clock.now += listener_module.LEARN_SECONDS
    gate.set_muted(False)
    gate.set_muted(True)
    assert gate.trusted and gate.talking
    assert gate.admit(b"\1\0" * 10, RATE)[0] == b"\1\0" * 10  # heard while the app speaks
    gate.set_cancelled(False)  # a microphone without a canceller (found again): mutes again
    assert not gate.trusted
    gate.set_cancelled(True)
    assert not gate.trusted  # a new canceller learns afresh


def _tone(seconds: float, rms: float) -> bytes:
    count = int(seconds * RATE)
    amplitude = rms * math.sqrt(2)
    return array.array(
        "h", (int(amplitude * math.sin(2 * math.pi * 300 * i / RATE)) for i in range(count))
    ).tobytes()


def test_over_the_apps_voice_only_a_loud_word_starts_an_utterance() -> None:
    segmenter = _Segmenter(RATE)
    silence = bytes(2 * RATE)
    segmenter.talking = True
    # What a canceller leaves of a cue: 20 dB under a word, above the quiet floor.
    assert segmenter.feed(silence + _tone(0.4, 300.0) + silence) == []
    heard = segmenter.feed(_tone(0.4, 3000.0) + silence)
    assert len(heard) == 1 and segmenter.overlapped == [True]
    segmenter.talking = False
    assert len(segmenter.feed(_tone(0.4, 300.0) + silence)) == 1
    assert segmenter.overlapped == [False]


def test_only_the_commands_that_stop_the_app_count_over_its_voice() -> None:
    assert frozenset({Command.PAUSE, Command.STOP}) == BARGE_IN
