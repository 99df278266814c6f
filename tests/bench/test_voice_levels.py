"""The voice bench's level arithmetic (bench/voice_audio.py): what "10 dB SNR" means there."""

from __future__ import annotations

import array
import math

import pytest

from bench.figures import Figure
from bench.voice_audio import FRAME, RATE, active_dbfs, at_level, rms_dbfs, scaled, trimmed


def sine(seconds: float, amplitude: float, hz: float = 440.0) -> array.array[int]:
    count = round(seconds * RATE)
    return array.array(
        "h", (round(amplitude * math.sin(2 * math.pi * hz * i / RATE)) for i in range(count))
    )


def test_a_full_scale_sine_is_minus_3_dbfs() -> None:
    assert rms_dbfs(sine(0.2, 32767)) == pytest.approx(-3.01, abs=0.01)


def test_silence_has_no_level() -> None:
    quiet = array.array("h", bytes(2 * RATE // 10))
    assert rms_dbfs(quiet) == -math.inf
    assert active_dbfs(quiet) == -math.inf
    assert at_level(quiet, -20) == quiet


def test_the_active_level_ignores_the_silence_around_a_word() -> None:
    word = sine(0.3, 3000)
    padded = array.array("h", bytes(2 * RATE)) + word + array.array("h", bytes(2 * RATE))
    assert active_dbfs(padded) == pytest.approx(active_dbfs(word), abs=0.01)
    # Plain RMS counts the padding: 0.3 s of 2.3 s is almost 9 dB lower.
    assert rms_dbfs(padded) == pytest.approx(rms_dbfs(word) + 10 * math.log10(0.3 / 2.3), abs=0.1)


def test_at_level_sets_the_level_so_a_word_and_a_noise_are_10_db_apart() -> None:
    word = at_level(sine(0.3, 1000), -20.0)
    hum = at_level(sine(1.0, 9000, hz=97.0), -30.0, active=False)
    assert active_dbfs(word) == pytest.approx(-20.0, abs=0.05)
    assert active_dbfs(word) - rms_dbfs(hum) == pytest.approx(10.0, abs=0.1)


def test_scaling_clips_instead_of_wrapping() -> None:
    loud = scaled(array.array("h", [20000, -20000, 100]), 6.0)
    assert list(loud) == [32767, -32768, 200]


def test_trimmed_drops_the_quiet_frames_at_both_ends_only() -> None:
    gap = array.array("h", bytes(2 * FRAME * 5))
    word = sine(0.1, 5000) + gap + sine(0.1, 5000)
    cut = trimmed(gap + word + gap)
    assert len(cut) == len(word)


def test_a_recall_figure_is_a_floor() -> None:
    assert Figure("recall", 96.0, 95.0, "%", at_least=True).ok
    assert not Figure("recall", 94.0, 95.0, "%", at_least=True).ok
    assert not Figure("recall", float("nan"), 95.0, "%", at_least=True).ok
    assert Figure("false_stop", 0.0, 0.0, "").ok
    assert not Figure("false_stop", 0.1, 0.0, "").ok


def test_a_false_action_counts_only_when_the_app_would_act() -> None:
    """ "ready"/"skip" releases a hold only said twice within 10 s, and no word ends the
    routine ("stop" pauses): the bench counts the words heard in everyday speech as the app
    would act on them."""
    import array as array_module

    from bench.voice import Slot, Track, confirmed_actions
    from bench.voice_audio import Voice

    def heard(*at_verdicts: tuple[float, str | None]) -> Track:
        slots = [Slot("x", at, at, [verdict], [0.5]) for at, verdict in at_verdicts]
        return Track(Voice("flite", "slt"), "everyday", array_module.array("h"), None, slots)

    assert confirmed_actions(heard((1, "stop"), (30, "stop"))) == {}
    assert confirmed_actions(heard((1, "stop"), (5, "pause"), (9, "stop"))) == {}
    assert confirmed_actions(heard((1, "stop"), (4, "stop"), (6, "stop"))) == {}
    assert confirmed_actions(heard((1, "ready"), (3, "skip"), (40, None))) == {"hold released": 1}
