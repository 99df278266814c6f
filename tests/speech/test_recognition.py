"""Voice commands: real espeak-ng speech through the real recogniser; the listener's plumbing."""

from __future__ import annotations

import shutil
import tomllib
from concurrent.futures import ThreadPoolExecutor

import pytest
from pytestqt.qtbot import QtBot

from cramp_coach.content.assets import default_routine_file
from cramp_coach.speech import listener as listener_module
from cramp_coach.speech.listener import CommandListener
from cramp_coach.speech.microphone import PcmSink
from cramp_coach.speech.recognition import (
    MODEL_RATE,
    Command,
    PocketsphinxRecognizer,
    RecognizerUnavailableError,
    resample,
    voiced_seconds,
)
from tests.speech.voice_corpus import ESPEAK_VOICES, synthesise, with_breaths

pytest.importorskip("pocketsphinx")
pytestmark = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs espeak-ng")

VOICES = ESPEAK_VOICES
# Heard before the commands in the history test: any 20 words.
HISTORY = (
    *("hello", "water", "running", "leg", "three", "seven", "morning", "table", "garden", "ouch"),
    *("bread", "yes", "no", "shop", "step", "paws", "letter", "skin", "twenty", "release"),
)
CUE_VOICES = ("en-us", "en-gb", "en-us+f3")
TIME_MARKS = ("ten seconds", "three", "two", "one, release", "Three, two, one, release.")


class _Placeholders(dict[str, str]):
    """Fills any {placeholder} of a cue with a plausible number."""

    def __missing__(self, key: str) -> str:
        return "10"


def spoken_cues() -> list[str]:
    """Every cue the routine file makes the app say (cue, wait_cue, end_cue, ...), filled in."""
    data = tomllib.loads(default_routine_file().read_text(encoding="utf-8"))
    return [
        text.format_map(_Placeholders())
        for step in data["steps"]
        for field, text in step.items()
        if "cue" in field and isinstance(text, str)
    ]


@pytest.fixture(scope="session")
def speech(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], bytes]:
    """(text, voice) -> PCM, for every command by every voice and every cue by three voices."""
    tmp = tmp_path_factory.mktemp("espeak")
    jobs = [(command.value, voice) for command in Command for voice in VOICES]
    jobs += [(text, voice) for text in (*spoken_cues(), *TIME_MARKS) for voice in CUE_VOICES]
    jobs += [(word, "en-us") for word in HISTORY]
    with ThreadPoolExecutor(max_workers=4) as pool:
        audio = pool.map(lambda job: synthesise(*job, tmp), jobs)
        return dict(zip(jobs, audio, strict=True))


@pytest.fixture(scope="session")
def recognizer() -> PocketsphinxRecognizer:
    return PocketsphinxRecognizer()


def test_commands_are_recognised_across_voices(
    speech: dict[tuple[str, str], bytes], recognizer: PocketsphinxRecognizer
) -> None:
    missed = [
        (command.value, voice, heard)
        for command in Command
        for voice in VOICES
        if (heard := recognizer.recognize(speech[(command.value, voice)], MODEL_RATE)) != command
    ]
    total = len(Command) * len(VOICES)
    recall = 1 - len(missed) / total
    assert recall >= 0.9, f"recall {recall:.0%}; missed {missed}"


def test_the_verdict_does_not_depend_on_what_was_heard_before(
    speech: dict[tuple[str, str], bytes],
) -> None:
    """The same word after 20 others is heard as in a fresh decoder (the cepstral mean and the
    dither's random draws once carried over: en-gb "pause" was heard as "four")."""

    def verdicts(recognizer: PocketsphinxRecognizer) -> dict[tuple[str, str], Command | None]:
        return {
            key: recognizer.recognize(speech[key], MODEL_RATE)
            for key in ((command.value, voice) for command in Command for voice in VOICES)
        }

    fresh = verdicts(PocketsphinxRecognizer())
    for voice in VOICES:  # every voice after a long history, one fresh decoder each
        recognizer = PocketsphinxRecognizer()
        for word in HISTORY:
            recognizer.recognize(speech[(word, "en-us")], MODEL_RATE)
        after = {
            command.value: recognizer.recognize(speech[(command.value, voice)], MODEL_RATE)
            for command in Command
        }
        assert after == {word: fresh[(word, v)] for word, v in fresh if v == voice}, voice


@pytest.mark.parametrize("text", [*spoken_cues(), *TIME_MARKS])
def test_the_apps_own_speech_is_no_command(
    text: str, speech: dict[tuple[str, str], bytes], recognizer: PocketsphinxRecognizer
) -> None:
    heard = {voice: recognizer.recognize(speech[(text, voice)], MODEL_RATE) for voice in CUE_VOICES}
    assert heard == dict.fromkeys(CUE_VOICES)


def test_other_sample_rates_are_resampled(
    speech: dict[tuple[str, str], bytes], recognizer: PocketsphinxRecognizer
) -> None:
    at_48k = resample(speech[("skip", "en-us")], MODEL_RATE, 48000)
    assert recognizer.recognize(at_48k, 48000) is Command.SKIP


def test_silence_is_no_command(recognizer: PocketsphinxRecognizer) -> None:
    assert recognizer.recognize(bytes(MODEL_RATE * 2), MODEL_RATE) is None


# The listener, fed from a fake audio source instead of a microphone.


class WavSource:
    """An AudioSource that plays PCM into the sink in 100 ms chunks, as fast as it is taken."""

    def __init__(self, pcm: bytes, sample_rate: int = MODEL_RATE) -> None:
        self.sample_rate = sample_rate
        self._pcm = pcm
        self.stopped = False

    def start(self, sink: PcmSink) -> None:
        chunk = self.sample_rate // 10 * 2
        for start in range(0, len(self._pcm), chunk):
            sink(self._pcm[start : start + chunk])

    def stop(self) -> None:
        self.stopped = True


def silence(seconds: float) -> bytes:
    return bytes(int(seconds * MODEL_RATE) * 2)


def test_listener_hears_a_command_once(
    qtbot: QtBot, speech: dict[tuple[str, str], bytes], listeners: list[CommandListener]
) -> None:
    audio = silence(1.0) + speech[("pause", "en-us")] + silence(1.0)
    listener = CommandListener(make_source=lambda: WavSource(audio))
    listeners.append(listener)
    heard: list[Command] = []
    listener.heard.connect(heard.append)
    with qtbot.waitSignal(listener.listening, timeout=10_000):
        assert listener.start()
    qtbot.waitUntil(lambda: heard == [Command.PAUSE], timeout=5_000)
    assert listener.reason is None


def test_listener_hears_a_command_after_a_cue(
    qtbot: QtBot, speech: dict[tuple[str, str], bytes], listeners: list[CommandListener]
) -> None:
    cue = speech[("Hold for 10 seconds.", "en-us")]
    audio = silence(0.5) + cue + silence(1.0) + speech[("resume", "en-us")] + silence(1.0)
    listener = CommandListener(make_source=lambda: WavSource(audio))
    listeners.append(listener)
    heard: list[Command] = []
    listener.heard.connect(heard.append)
    with qtbot.waitSignal(listener.listening, timeout=10_000):
        listener.start()
    qtbot.waitUntil(lambda: heard == [Command.RESUME], timeout=5_000)


def test_muted_listener_hears_nothing(
    qtbot: QtBot, speech: dict[tuple[str, str], bytes], listeners: list[CommandListener]
) -> None:
    audio = silence(1.0) + speech[("stop", "en-us")] + silence(1.0)
    listener = CommandListener(make_source=lambda: WavSource(audio))
    listeners.append(listener)
    heard: list[Command] = []
    listener.heard.connect(heard.append)
    listener.set_muted(True)
    with qtbot.waitSignal(listener.listening, timeout=10_000):
        listener.start()
    # `listening` is queued after everything the fake source fed, so all `heard` have arrived.
    assert heard == []


def test_no_microphone_turns_voice_commands_off(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, listeners: list[CommandListener]
) -> None:
    class NoInputs:
        @staticmethod
        def audioInputs() -> list[object]:  # noqa: N802 (Qt's name)
            return []

    monkeypatch.setattr(listener_module, "QMediaDevices", NoInputs)
    listener = CommandListener()
    listeners.append(listener)
    with qtbot.waitSignal(listener.unavailable, timeout=1_000) as blocker:
        assert listener.start() is False
    assert listener.reason == blocker.args[0]
    assert "microphone" in listener.reason
    assert "\n" not in listener.reason
    assert not listener.active


def test_broken_recogniser_turns_voice_commands_off(
    qtbot: QtBot, listeners: list[CommandListener]
) -> None:
    def broken() -> PocketsphinxRecognizer:
        raise RecognizerUnavailableError("pocketsphinx could not load its model (test)")

    listener = CommandListener(make_source=lambda: WavSource(silence(0.5)), make_recognizer=broken)
    listeners.append(listener)
    with qtbot.waitSignal(listener.unavailable, timeout=5_000):
        listener.start()
    assert listener.reason is not None and "could not load its model" in listener.reason
    qtbot.waitUntil(lambda: not listener.active, timeout=2_000)


def test_breaths_around_a_word_do_not_hide_it(
    speech: dict[tuple[str, str], bytes], recognizer: PocketsphinxRecognizer
) -> None:
    """A runner out of breath: a breath 0.12 s before and after each word, 6 dB below it.
    Measured over ten voices: 13 of 90 before the voiced-frame count and the cut, 73 of 90 after
    (docs/voice-commands.md); here the six espeak-ng voices: 37 of 54."""
    keys = [(command.value, voice) for command in Command for voice in VOICES]
    heard = [
        recognizer.recognize(with_breaths(speech[key], -6.0, seed=i), MODEL_RATE) is Command(key[0])
        for i, key in enumerate(keys)
    ]
    assert sum(heard) >= 0.65 * len(keys), f"{sum(heard)}/{len(keys)}"
    breathing = with_breaths(speech[("pause", "en-us")], -6.0)
    assert voiced_seconds(breathing, MODEL_RATE) == voiced_seconds(
        speech[("pause", "en-us")], MODEL_RATE
    )


def test_words_between_digital_silences_are_recognised(
    speech: dict[tuple[str, str], bytes], recognizer: PocketsphinxRecognizer
) -> None:
    """A source that sends exact zeros between words (a virtual or muted microphone), as the
    segmenter hands them over with its pre-roll and hangover: 0.3 s before, 0.4 s after. With
    zeros the decoder missed 22 of 54; given a faint hiss, as a real microphone has, it keeps up
    with the bare words."""
    before, after = bytes(int(0.3 * MODEL_RATE) * 2), bytes(int(0.4 * MODEL_RATE) * 2)
    heard = [
        recognizer.recognize(before + speech[(command.value, voice)] + after, MODEL_RATE) == command
        for command in Command
        for voice in VOICES
    ]
    assert sum(heard) / len(heard) >= 0.85, f"{sum(heard)}/{len(heard)}"
