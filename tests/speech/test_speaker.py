"""The Speaker interface is all a caller needs: the real speaker and the fake both keep to it.

Callers connect to its signals and call its methods without probing for them; mypy --strict on
this file checks that CachedSpeaker and FakeSpeaker are Speakers (and FakePlayer a Player).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cramp_coach.speech.cached import CachedSpeaker
from cramp_coach.speech.playback import Player
from cramp_coach.speech.speaker import Speaker
from tests.fakes import FakeSpeaker
from tests.speech.engine_fakes import FakePlayer, FakeRenderer


class Heard:
    """What a caller of a Speaker hears through its signals, connected as the app connects them."""

    def __init__(self, speaker: Speaker) -> None:
        self.problems: list[str] = []
        self.back = 0
        self.voice_lists = 0
        self.playing: list[bool] = []
        speaker.unavailable.connect(self.problems.append)
        speaker.available.connect(self._back)
        speaker.voicesChanged.connect(self._voices)
        speaker.playingChanged.connect(self.playing.append)

    def _back(self) -> None:
        self.back += 1

    def _voices(self) -> None:
        self.voice_lists += 1


@pytest.fixture
def player() -> Iterator[FakePlayer]:
    renderer = FakeRenderer()
    yield FakePlayer(renderer)
    renderer.gate.set()


@pytest.fixture
def cached(qapp: object, tmp_path: Path, player: FakePlayer) -> Iterator[CachedSpeaker]:
    speaker = CachedSpeaker(tmp_path / "cues", FakeRenderer(), player, open_engine_early=False)
    yield speaker
    speaker.close()
    speaker.deleteLater()


def test_the_real_speaker_tells_its_callers_what_its_player_tells_it(
    qtbot: QtBot, cached: CachedSpeaker, player: FakePlayer
) -> None:
    playing: Player = player
    heard = Heard(cached)
    playing.playingChanged.emit(True)
    playing.playingChanged.emit(False)
    assert heard.playing == [True, False]  # the microphone is deaf while a cue is heard
    with qtbot.waitSignal(cached.unavailable, timeout=1000):
        playing.problemFound.emit("The sound server went away.")
    with qtbot.waitSignal(cached.available, timeout=1000):
        playing.recovered.emit()
    assert (heard.problems, heard.back) == (["The sound server went away."], 1)


def test_the_real_speaker_finds_its_voices_when_asked(qtbot: QtBot, cached: CachedSpeaker) -> None:
    heard = Heard(cached)
    speaker: Speaker = cached
    assert speaker.voices == []  # the engine is not open yet
    with qtbot.waitSignal(speaker.voicesChanged, timeout=3000):
        speaker.load_voices()
    assert [voice.name for voice in speaker.voices] == ["English (Great Britain)", "US"]
    assert heard.voice_lists == 1


def test_the_fake_speaker_keeps_to_the_interface_without_an_application() -> None:
    fake = FakeSpeaker()
    speaker: Speaker = fake
    heard = Heard(speaker)
    speaker.load_voices()
    speaker.warm_up()
    fake.playingChanged.emit(True)
    fake.unavailable.emit("Speech is off.")
    fake.available.emit()
    speaker.close()
    assert heard.voice_lists == 1
    assert (heard.playing, heard.problems, heard.back) == ([True], ["Speech is off."], 1)
    assert fake.warmed_up and fake.closed
    assert [voice.id for voice in speaker.voices] == ["en-gb", "de"]
