"""The speech problem lines travel in English and are shown in the user's language."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cramp_coach import i18n
from cramp_coach.speech import problems, render
from cramp_coach.speech.cached import CachedSpeaker
from cramp_coach.speech.playback import NO_AUDIO_OUTPUT
from cramp_coach.speech.render import SpeechUnavailable
from cramp_coach.speech.worker import HUNG
from tests.speech.engine_fakes import FakePlayer, FakeRenderer


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    i18n.install(qapp, "en")


def test_every_line_the_engine_can_give_is_known() -> None:
    for name in ("NO_PYTTSX3", "NO_ESPEAK", "NO_ESPEAK_DATA"):
        assert getattr(render, name) == getattr(problems, name) in problems.LINES, name
    assert NO_AUDIO_OUTPUT in problems.LINES and HUNG in problems.LINES
    assert all(line.startswith("Speech is off: ") for line in problems.LINES)


@pytest.mark.parametrize("language", ["es", "de"])
def test_each_line_is_translated(app: QApplication, language: str) -> None:
    i18n.install(app, language)
    for source in problems.LINES:
        line = problems.with_detail(source, "boom")
        shown = problems.translated(line)
        assert shown is not None and shown != line, source
        assert shown == QCoreApplication.translate("Speech", source).replace("%1", "boom")
        assert ("(boom)" in shown) == ("%1" in source)


def test_english_stays_as_it_was_and_other_lines_are_left_alone(app: QApplication) -> None:
    for source in problems.LINES:
        line = problems.with_detail(source, "x (y)")
        assert problems.translated(line) == line
    assert problems.translated("Speech is off: something new") is None
    assert problems.translated("bad.toml: not valid TOML") is None
    assert problems.translated("") is None


Make = Callable[[], CachedSpeaker]


@pytest.fixture
def make_speaker(qapp: QApplication, tmp_path: Path) -> Iterator[tuple[FakeRenderer, Make]]:
    renderer = FakeRenderer()
    made: list[CachedSpeaker] = []

    def make() -> CachedSpeaker:
        speaker = CachedSpeaker(tmp_path / "cues", renderer, FakePlayer(renderer), 3.0)
        made.append(speaker)
        return speaker

    yield renderer, make
    renderer.gate.set()
    for speaker in made:
        speaker.close()
        speaker.deleteLater()


@pytest.mark.parametrize(
    ("fault", "german"),
    [
        (
            RuntimeError("no driver"),
            "Die Sprachausgabe ist aus: die Sprach-Engine ist nicht gestartet (no driver); "
            "prüfe espeak-ng",
        ),
        (
            SpeechUnavailable(render.NO_ESPEAK),
            "Die Sprachausgabe ist aus: espeak-ng ist nicht installiert "
            "(sudo apt-get install espeak-ng)",
        ),
    ],
)
def test_an_engine_that_does_not_start_gives_a_line_that_translates(
    app: QApplication,
    qtbot: QtBot,
    make_speaker: tuple[FakeRenderer, Make],
    fault: Exception,
    german: str,
) -> None:
    renderer, make = make_speaker
    renderer.open_fails = fault
    speaker = make()
    with qtbot.waitSignal(speaker.unavailable, timeout=3000) as blocker:
        pass
    line = blocker.args[0]
    assert line == speaker.problem and line.startswith("Speech is off: ")  # English in the log
    i18n.install(app, "de")
    assert problems.translated(line) == german


def test_an_engine_that_fails_mid_way_gives_a_line_that_translates(
    app: QApplication, qtbot: QtBot, make_speaker: tuple[FakeRenderer, Make]
) -> None:
    renderer, make = make_speaker
    renderer.render_fails = OSError("espeak exploded")
    speaker = make()
    with qtbot.waitSignal(speaker.unavailable, timeout=3000) as blocker:
        speaker.say("Stop running")
    i18n.install(app, "es")
    assert problems.translated(blocker.args[0]) == (
        "La voz está desactivada: el motor de voz ha fallado (espeak exploded); revisa espeak-ng"
    )
